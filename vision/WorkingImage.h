#pragma once
// The small, smoothed copy of a frame that the document finder searches, with its colour
// gradient: the full photo is only looked at again for the last corner fit.

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// The working copy every stage looks at.
struct WorkingImage {
    cv::Mat smooth;    ///< downscaled, lightly blurred BGR (or grey)
    cv::Mat dx, dy;    ///< Sobel 3×3 of `smooth`, CV_16SC1: the strongest channel per pixel
    cv::Mat1w magnitude; ///< per pixel: the strongest channel's |dx| + |dy|
    double scale = 1.0;  ///< working pixels per photo pixel
};

/// `image` as 8-bit BGR or grey (converted from another depth or from BGRA), or itself.
cv::Mat toBgrOrGrey(const cv::Mat& image);

/// The working copy of an 8-bit BGR or grey image whose long side is at most `workingLongSidePx`.
WorkingImage makeWorkingImage(const cv::Mat& image, int workingLongSidePx);

} // namespace shikaku
