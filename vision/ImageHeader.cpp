#include "ImageHeader.h"

namespace shikaku {

std::optional<cv::Size> imageSizeFromHeader(std::string_view bytes)
{
    auto u8 = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() >= 24 && bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
        const long w = (long(u8(16)) << 24) | (u8(17) << 16) | (u8(18) << 8) | u8(19);
        const long h = (long(u8(20)) << 24) | (u8(21) << 16) | (u8(22) << 8) | u8(23);
        if (w > 0 && h > 0 && w <= 0x7FFFFFFF && h <= 0x7FFFFFFF)
            return cv::Size(static_cast<int>(w), static_cast<int>(h));
        return std::nullopt;
    }
    if (bytes.size() >= 3 && bytes.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3)) {
        for (std::size_t i = 2; i + 9 < bytes.size();) {
            if (u8(i) != 0xFF) {
                ++i;
                continue;
            }
            const int marker = u8(i + 1);
            // SOF0…SOF15 (not DHT C4, JPG C8, DAC CC) carry the frame's height and width.
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
                return cv::Size((u8(i + 7) << 8) | u8(i + 8), (u8(i + 5) << 8) | u8(i + 6));
            const std::size_t len = (u8(i + 2) << 8) | u8(i + 3);
            i += 2 + len;
        }
    }
    return std::nullopt;
}

} // namespace shikaku
