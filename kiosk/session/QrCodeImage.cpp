#include "QrCodeImage.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QPainter>

namespace shikaku::kiosk {

QImage makeQrCode(const QString& text, int moduleSize)
{
    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0).setEccLevel(2); // quiet zone drawn below; level M survives a scratched screen
        matrix = writer.encode(text.toStdWString(), 1, 1); // 1×1 asks for the natural module grid
    } catch (const std::exception&) {
        return {}; // too long for a QR code: the caller shows the link instead
    }
    constexpr int quiet = 4; // ISO/IEC 18004 quiet zone, in modules
    const int modules = matrix.width() + 2 * quiet;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            if (matrix.get(x, y))
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize, Qt::black);
    return image;
}

} // namespace shikaku::kiosk
