#pragma once
// Camera photos and image files: find the document, rectify, classify, read the fields.

#include "ReadContext.h"
#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// Reads a BGR photo. Never throws; problems come back in ScanResult::error.
ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& context);

} // namespace shikaku
