#include "EdgeSupport.h"

#include <algorithm>
#include <cmath>

namespace shikaku {

double supportOnMagnitude(const cv::Mat1w& magnitude, const Quad& corners, double minGradient)
{
    // Ends of each side are skipped (share of the side at each end): rounded card corners (radius
    // 3 mm ≈ 5.6 % of the 54 mm short side) leave the straight outline there. The side fit skips
    // more (DocumentFinderOptions::cornerSkipFraction, 10 %); no reason for the difference is
    // recorded, both are the tuned values.
    static constexpr double kEndSkip = 0.06;
    static constexpr double kSampleSpacingPx = 2.0;
    int total = 0, onEdge = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = corners[i], b = corners[(i + 1) % 4];
        const double length = std::hypot(double(b.x) - a.x, double(b.y) - a.y);
        const int n = std::max(4, int(length / kSampleSpacingPx));
        for (int k = 0; k < n; ++k) {
            const double t = kEndSkip + (1.0 - 2.0 * kEndSkip) * (k + 0.5) / n;
            const int x = int(std::lround(a.x + (b.x - a.x) * t));
            const int y = int(std::lround(a.y + (b.y - a.y) * t));
            ++total;
            bool edge = false;
            for (int yy = std::max(0, y - 1); yy <= std::min(magnitude.rows - 1, y + 1) && !edge; ++yy)
                for (int xx = std::max(0, x - 1); xx <= std::min(magnitude.cols - 1, x + 1) && !edge; ++xx)
                    edge = magnitude(yy, xx) >= minGradient;
            onEdge += edge ? 1 : 0;
        }
    }
    return total ? double(onEdge) / total : 0.0;
}

} // namespace shikaku
