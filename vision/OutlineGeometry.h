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

/// The line through `point` along `direction`.
struct StraightLine {
    cv::Point2d point, direction;
};

/// Where two lines cross; nothing when they are parallel.
std::optional<cv::Point2f> intersect(const StraightLine& a, const StraightLine& b);

/// cv::fitLine through `points` with `distance` (cv::DIST_L2, cv::DIST_HUBER, ...); the direction
/// has unit length.
StraightLine fitLine(const std::vector<cv::Point2f>& points, int distance);

/// Distance of `p` from the line `l`, whose direction has unit length.
double distanceToLine(const StraightLine& l, cv::Point2f p);

} // namespace shikaku
