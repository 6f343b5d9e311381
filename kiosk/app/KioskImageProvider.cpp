#include "KioskImageProvider.h"

#include "FieldReviewModel.h"
#include "LiveCapture.h"
#include "QrCodeImage.h"
#include "Session.h"
#include "UploadServer.h"

namespace shikaku::kiosk {

KioskImageProvider::KioskImageProvider(const Session& session, const LiveCapture& capture, const UploadServer& upload)
    : QQuickImageProvider(QQuickImageProvider::Image), m_session(session), m_capture(capture), m_upload(upload)
{
}

QImage KioskImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    QImage image;
    if (parts.value(0) == QLatin1String("preview")) {
        image = m_capture.latestPreview();
    } else if (parts.value(0) == QLatin1String("document")) {
        image = m_session.documentImage();
    } else if (parts.value(0) == QLatin1String("crop")) {
        const QImage document = m_session.documentImage();
        auto* fields = const_cast<Session&>(m_session).fields();
        const QRect box = fields->data(fields->index(parts.value(1).toInt()), FieldReviewModel::BoxRole).toRect();
        if (!document.isNull() && box.isValid()) {
            // A margin of half the box height shows the label next to the value for context.
            const int margin = box.height() / 2;
            image = document.copy(box.adjusted(-margin, -margin, margin, margin).intersected(document.rect()));
        }
    } else if (parts.value(0) == QLatin1String("qr")) {
        image = makeQrCode(m_upload.link());
    }
    if (image.isNull()) {
        image = QImage(1, 1, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty() && parts.value(0) != QLatin1String("qr"))
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace shikaku::kiosk
