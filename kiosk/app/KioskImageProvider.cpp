#include "KioskImageProvider.h"

#include "LiveCapture.h"
#include "QrCodeImage.h"
#include "StaffQueue.h"
#include "UploadServer.h"

namespace shikaku::kiosk {

KioskImageProvider::KioskImageProvider(const StaffQueue& queue, const LiveCapture& capture, const UploadServer& upload)
    : QQuickImageProvider(QQuickImageProvider::Image), m_queue(queue), m_capture(capture), m_upload(upload)
{
}

QImage KioskImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    QImage image;
    if (parts.value(0) == QLatin1String("preview")) {
        image = m_capture.latestPreview();
    } else if (parts.value(0) == QLatin1String("entry")) {
        image = m_queue.entryImage(parts.value(1).toInt());
    } else if (parts.value(0) == QLatin1String("crop")) {
        image = m_queue.fieldCrop(parts.value(1).toInt(), parts.value(2).toInt());
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
