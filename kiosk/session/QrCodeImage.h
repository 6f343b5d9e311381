#pragma once
// A QR code as an image (ZXing-C++ writer), for the phone-upload link.

#include <QImage>
#include <QString>

namespace shikaku::kiosk {

/// Black modules on white, each module `moduleSize` pixels, with a 4-module quiet zone.
/// Null image when the text does not fit a QR code.
QImage makeQrCode(const QString& text, int moduleSize = 8);

} // namespace shikaku::kiosk
