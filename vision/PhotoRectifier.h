#pragma once
// Photo → flat, face-on document: DocumentFinder's outline, a perspective warp at the photo's
// own resolution, and a quarter turn when the text runs down the page. Interim until the
// geometry stage's Rectifier lands; the photo reader only needs "a flat document image".

#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// The document in `bgr` as a flat image; the whole frame when no outline is found
/// (quality.documentFound says which).
cv::Mat rectifyPhoto(const cv::Mat& bgr, QualityMeasures& quality);

} // namespace shikaku
