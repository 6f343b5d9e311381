#pragma once
// Whether the lines of text on a rectified document run across the image or down it, from the
// shape of the ink alone (no OCR): closing along the writing direction merges characters into
// long runs, closing across it does not. Settles 0/90 for formats that exist both ways round
// (postcards, phone screens); 0/180 is left to the OCR.

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// True when the text on `gray` runs top to bottom (the image must be turned by 90°).
bool textRunsVertically(const cv::Mat& gray);

} // namespace shikaku
