#pragma once
// Sub-pixel reads of an image: the finder looks across a side at fractions of a pixel.

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// Bilinear sample of every channel of an 8-bit image at (x, y), clamped to the image; `out`
/// holds at least image.channels() values.
void sampleChannels(const cv::Mat& image, double x, double y, float* out);

} // namespace shikaku
