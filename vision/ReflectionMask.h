#pragma once
// A lamp's reflection on a photographed page clips the sensor: white in every channel. Where
// it lies, print is washed out, and what is left of a value can read cleanly as a shorter one
// (「7136」 with its 6 under a reflection read as 713 by both models).

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// The pixels of `image` (BGR or grey, 8-bit) a reflection clipped: the darkest channel at
/// `level` or above. Empty when the paper itself is that bright (white paper exposed high: no
/// reflection can stand out from it) or the image is not 8-bit.
cv::Mat reflectionMask(const cv::Mat& image, int level);

/// True when a solid spot of `mask` (reflectionMask of the page), half a glyph across, lies
/// inside `valueBox` or within a glyph before or after it, on its rows. The glyph is the box's
/// height.
bool reflectionNearValue(const cv::Mat& mask, const cv::Rect& valueBox);

} // namespace shikaku
