#pragma once
// The pixel size of a JPEG or PNG from its header alone: a decompression bomb is refused before
// decoding, and a large photo can be decoded at a reduced size first.

#include <opencv2/core/types.hpp>

#include <optional>
#include <string_view>

namespace shikaku {

/// Width and height from the PNG IHDR or the first JPEG frame header; unset for other formats
/// or a header that cannot be found.
std::optional<cv::Size> imageSizeFromHeader(std::string_view bytes);

} // namespace shikaku
