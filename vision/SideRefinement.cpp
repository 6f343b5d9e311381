#include "SideRefinement.h"

#include "SideFit.h"

#include <array>

namespace shikaku {

RefinedSides refineSides(const cv::Mat& image, const Quad& corners, const DocumentFinderOptions& o, int samples,
                         double searchPx, double inlierPx, double smoothingPx)
{
    std::array<StraightLine, 4> lines;
    int inliers = 0, total = 0;
    const cv::Point2f centre = (corners[0] + corners[1] + corners[2] + corners[3]) * 0.25f;
    for (std::size_t i = 0; i < 4; ++i) {
        const SideFit fit = fitSide(image, corners[i], corners[(i + 1) % 4], centre, o, samples, searchPx, inlierPx, smoothingPx);
        lines[i] = fit.line;
        inliers += fit.inliers;
        total += fit.samples;
    }
    RefinedSides r{corners, total ? double(inliers) / total : 0.0};
    Quad refined;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto corner = intersect(lines[(i + 3) % 4], lines[i]);
        // A corner that jumps far has latched onto something else (a shadow, the desk's edge).
        if (!corner || cv::norm(*corner - corners[i]) > 4.0 * searchPx)
            return r;
        refined[i] = *corner;
    }
    if (isConvexQuad(refined))
        r.corners = refined;
    return r;
}

} // namespace shikaku
