#include "SideRefinement.h"

#include "SideFit.h"

#include <array>

namespace shikaku {
namespace {

/// The search finds edges at most one search width from the side; a corner (extrapolated from the
/// fit) further than this many widths away has latched onto something else (a shadow, the desk's edge).
constexpr double kMaxCornerJumpInSearchWidths = 4.0;

} // namespace

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
    const auto refined = quadFromSides(lines);
    if (!refined)
        return r;
    for (std::size_t i = 0; i < 4; ++i)
        if (cv::norm((*refined)[i] - corners[i]) > kMaxCornerJumpInSearchWidths * searchPx)
            return r;
    r.corners = *refined;
    return r;
}

} // namespace shikaku
