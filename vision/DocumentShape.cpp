#include "DocumentShape.h"

#include <cmath>
#include <cstdio>

namespace shikaku {
namespace {

double cornerCosine(cv::Point2f prev, cv::Point2f corner, cv::Point2f next)
{
    const cv::Point2d a(prev.x - corner.x, prev.y - corner.y);
    const cv::Point2d b(next.x - corner.x, next.y - corner.y);
    const double norms = std::hypot(a.x, a.y) * std::hypot(b.x, b.y);
    return norms > 0.0 ? std::abs(a.dot(b)) / norms : 1.0;
}

} // namespace

std::string shapeProblem(const Quad& q, double frameArea, const DocumentFinderOptions& o)
{
    char text[160];
    if (!isConvexQuad(q))
        return "outline is not convex";
    const double fraction = quadArea(q) / frameArea;
    if (fraction < o.minAreaFraction) {
        std::snprintf(text, sizeof text, "outline too small: %.1f%% of the frame (needs %.1f%%)", 100.0 * fraction,
                      100.0 * o.minAreaFraction);
        return text;
    }
    if (fraction > o.maxAreaFraction)
        return "outline is the whole frame";
    for (std::size_t i = 0; i < 4; ++i) {
        if (cornerCosine(q[(i + 3) % 4], q[i], q[(i + 1) % 4]) > o.maxCornerCosine)
            return "corners too far from right angles";
    }
    const double aspect = quadAspectRatio(q);
    if (aspect < o.minAspect || aspect > o.maxAspect) {
        std::snprintf(text, sizeof text, "side ratio %.2f is no document format", aspect);
        return text;
    }
    return {};
}

} // namespace shikaku
