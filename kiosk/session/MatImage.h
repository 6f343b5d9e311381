#pragma once
// OpenCV picture → QImage (a deep copy, RGB888), for the windows' image provider.

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace shikaku::kiosk {

/// BGR or grey `cv::Mat` → RGB QImage; null for an empty Mat.
QImage toQImage(const cv::Mat& bgrOrGrey);

} // namespace shikaku::kiosk
