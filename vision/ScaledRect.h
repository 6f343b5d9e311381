#pragma once
// A rectangle carried to an image of another resolution (the page and the photo it was cut
// from, a page read again at a coarser scale): rounded outward, so it still holds all it held.

#include "FieldReading.h"

#include <opencv2/core/types.hpp>

namespace shikaku {

/// `r` with every coordinate multiplied by `s`, rounded outward; an empty `r` as it is.
cv::Rect scaledOutward(const cv::Rect& r, double s);
Box scaledOutward(const Box& b, double s);

} // namespace shikaku
