#pragma once
// Images for both windows, straight from memory (never written to disk):
//   image://kiosk/preview/<n>        newest live camera picture
//   image://kiosk/document/<rev>     the rectified (or captured) document
//   image://kiosk/crop/<row>/<rev>   the part of the document a field was read from
//   image://kiosk/qr/<token>         the QR code of the upload link
// The trailing number only makes each URL new so that QML reloads.

#include <QQuickImageProvider>

namespace shikaku::kiosk {

class Session;
class LiveCapture;
class UploadServer;

class KioskImageProvider final : public QQuickImageProvider {
public:
    KioskImageProvider(const Session& session, const LiveCapture& capture, const UploadServer& upload);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    const Session& m_session;
    const LiveCapture& m_capture;
    const UploadServer& m_upload;
};

} // namespace shikaku::kiosk
