#pragma once
// The steps in brightness or colour across one side of an outline, sampled along it: the
// evidence the side fit votes with.

#include <opencv2/core/mat.hpp>

#include <array>
#include <vector>

namespace shikaku {

/// Steps found across one sample position of a side: up to three, strongest first.
struct SamplePeaks {
    std::array<cv::Point2f, 3> points{};
    std::array<float, 3> outward{}; ///< distance outwards from the side as given, in pixels
    int count = 0;
};

/// For each sample position along side a→b, the clear steps across it (local maxima of the
/// colour derivative within searchPx). Keeping several per sample lets the line fit choose the
/// document's edge over a printed frame line or a soft shadow beside it.
std::vector<SamplePeaks> sideEdgePeaks(const cv::Mat& image, cv::Point2f a, cv::Point2f b, bool normalPointsInward,
                                       int samples, double cornerSkip, double minStep, double searchPx,
                                       double smoothingPx);

} // namespace shikaku
