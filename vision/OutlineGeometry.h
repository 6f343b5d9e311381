#pragma once
// The plane geometry of the document finder: an outline's four corners and the straight lines
// its sides are fitted to.

#include <opencv2/core/types.hpp>

#include <array>
#include <optional>
#include <vector>

namespace shikaku {

/// Four corners of an outline, in order around it.
using Quad = std::array<cv::Point2f, 4>;

/// Sides shorter than this (pixels of the image searched) are not sampled across (side fit,
/// phone screen): too short to be a document's side (at the 640 px working size the smallest
/// outline accepted, 3 % of the frame, has sides of ~60 px), so the outline is degenerate.
constexpr double kShortestSampledSidePx = 8.0;

/// The line through `point` along `direction`.
struct StraightLine {
    cv::Point2d point, direction;
};

/// Where two lines cross; nothing when they are parallel.
std::optional<cv::Point2f> intersect(const StraightLine& a, const StraightLine& b);

/// The outline whose four sides lie on `sides`, in order around it: corner i is where side i − 1
/// meets side i. Nothing when two neighbouring sides are parallel or the corners are not a
/// convex quad. (Used by the side fit, the phone screen and the straight-stretch finder; each
/// adds its own check afterwards.)
std::optional<Quad> quadFromSides(const std::array<StraightLine, 4>& sides);

/// cv::fitLine through `points` with `distance` (cv::DIST_L2, cv::DIST_HUBER, ...); the direction
/// has unit length.
StraightLine fitLine(const std::vector<cv::Point2f>& points, int distance);

/// Distance of `p` from the line `l`, whose direction has unit length.
double distanceToLine(const StraightLine& l, cv::Point2f p);

} // namespace shikaku
