#pragma once
// Camera photos and image files: find the document, rectify, classify, read the fields.

#include "DocumentQuad.h"
#include "ReadContext.h"
#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// Reads a BGR photo. Never throws; problems come back in ScanResult::error.
ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& context);

/// The same with the document's outline already known (found on the live preview, or the
/// true outline of a generated photo when the benchmark separates finding from reading).
ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& context, const DocumentQuad& outline);

} // namespace shikaku
