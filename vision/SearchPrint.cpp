#include "SearchPrint.h"

#include "PageCleanup.h"

#include <opencv2/imgproc.hpp>


namespace shikaku {

namespace {

double grainOf(const cv::Mat& gray)
{
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols < 8 || gray.rows < 8)
        return 0.0;
    cv::Mat half;
    cv::resize(gray, half, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    return measurePage(half).noiseSigma;
}

} // namespace

bool hasBlurredPrint(const cv::Mat& gray, const SearchPrintOptions& options)
{
    return grainOf(gray) > options.grainySigma;
}

cv::Mat printForSearch(const cv::Mat& gray, const SearchPrintOptions& options)
{
    const double grain = grainOf(gray);
    if (grain <= options.grainySigma)
        return gray;
    // Edge-preserving smoothing of the grain (the page clean-up's full-resolution estimate
    // misses correlated noise), then an unsharp mask of about the blur's width.
    cv::Mat smoothed, soft, sharp;
    cv::bilateralFilter(gray, smoothed, 5, 6.0 * grain, 2.0);
    cv::GaussianBlur(smoothed, soft, cv::Size(), options.unsharpSigma);
    cv::addWeighted(smoothed, 2.0, soft, -1.0, 0.0, sharp);
    return sharp;
}

} // namespace shikaku
