#pragma once
// Images for both windows, straight from memory (never written to disk):
//   image://kiosk/preview/<n>        newest live camera picture
//   image://kiosk/entry/<id>         the rectified document of staff-queue entry <id>
//   image://kiosk/crop/<id>/<row>    the part of entry <id>'s document field <row> was read from
//   image://kiosk/qr/<token>         the QR code of the upload link
// The preview's trailing number only makes each URL new so that QML reloads; an entry's image
// never changes while it exists.

#include <QQuickImageProvider>

namespace shikaku::kiosk {

class StaffQueue;
class LiveCapture;
class UploadServer;

class KioskImageProvider final : public QQuickImageProvider {
public:
    KioskImageProvider(const StaffQueue& queue, const LiveCapture& capture, const UploadServer& upload);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    const StaffQueue& m_queue;
    const LiveCapture& m_capture;
    const UploadServer& m_upload;
};

} // namespace shikaku::kiosk
