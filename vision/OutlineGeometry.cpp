#include "OutlineGeometry.h"

#include "DocumentQuad.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace shikaku {

std::optional<cv::Point2f> intersect(const StraightLine& a, const StraightLine& b)
{
    const double det = a.direction.x * b.direction.y - a.direction.y * b.direction.x;
    if (std::abs(det) < 1e-9)
        return std::nullopt;
    const cv::Point2d d = b.point - a.point;
    const double t = (d.x * b.direction.y - d.y * b.direction.x) / det;
    const cv::Point2d p = a.point + t * a.direction;
    return cv::Point2f(float(p.x), float(p.y));
}

std::optional<Quad> quadFromSides(const std::array<StraightLine, 4>& sides)
{
    Quad q;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto corner = intersect(sides[(i + 3) % 4], sides[i]);
        if (!corner)
            return std::nullopt;
        q[i] = *corner;
    }
    if (!isConvexQuad(q))
        return std::nullopt;
    return q;
}

StraightLine fitLine(const std::vector<cv::Point2f>& points, int distance)
{
    cv::Vec4f l;
    cv::fitLine(points, l, distance, 0, 0.01, 0.01);
    return {cv::Point2d(l[2], l[3]), cv::Point2d(l[0], l[1])};
}

double distanceToLine(const StraightLine& l, cv::Point2f p)
{
    const cv::Point2d d(p.x - l.point.x, p.y - l.point.y);
    return std::abs(d.x * l.direction.y - d.y * l.direction.x);
}

} // namespace shikaku
