#include "StraightStretchQuads.h"

#include "DocumentQuad.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shikaku {
namespace {

/// A straight stretch of an outline: where a document side may lie.
struct Segment {
    std::vector<cv::Point2f> ends; ///< end points of the polygon edges merged into it
    double length = 0.0;
    StraightLine line;
};

} // namespace

void quadsFromStraightStretches(const std::vector<cv::Point>& contour, double hullPerimeter, std::vector<Quad>& out)
{
    static constexpr double kPolygonTolerance = 0.01; // of the hull perimeter
    static constexpr double kMinStretch = 0.06;       // of the hull perimeter: shorter pieces are detail
    static constexpr double kCollinearDegrees = 4.0;
    static constexpr double kCollinearOffset = 0.01;  // of the hull perimeter
    static constexpr std::size_t kMaxPolygon = 32, kMaxStretches = 8;
    std::vector<cv::Point> polygon;
    cv::approxPolyDP(contour, polygon, kPolygonTolerance * hullPerimeter, true);
    if (polygon.size() < 5 || polygon.size() > kMaxPolygon)
        return;
    std::vector<Segment> stretches;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const cv::Point2f a(polygon[i]), b(polygon[(i + 1) % polygon.size()]);
        const double length = cv::norm(b - a);
        if (length < kMinStretch * hullPerimeter)
            continue;
        const StraightLine line{cv::Point2d(a), cv::Point2d(b - a) / length};
        bool merged = false;
        for (Segment& s : stretches) {
            const double cosAngle = std::abs(s.line.direction.dot(line.direction));
            if (cosAngle > std::cos(kCollinearDegrees * CV_PI / 180.0) &&
                distanceToLine(s.line, a) < kCollinearOffset * hullPerimeter &&
                distanceToLine(s.line, b) < kCollinearOffset * hullPerimeter) {
                s.ends.push_back(a);
                s.ends.push_back(b);
                s.length += length;
                s.line = fitLine(s.ends, cv::DIST_L2);
                merged = true;
                break;
            }
        }
        if (!merged)
            stretches.push_back({{a, b}, length, line});
    }
    if (stretches.size() < 4)
        return;
    std::sort(stretches.begin(), stretches.end(), [](const Segment& x, const Segment& y) { return x.length > y.length; });
    if (stretches.size() > kMaxStretches)
        stretches.resize(kMaxStretches);
    cv::Point2d centre(0, 0);
    for (const Segment& s : stretches)
        for (const auto& p : s.ends)
            centre += cv::Point2d(p);
    centre *= 1.0 / [&] { std::size_t n = 0; for (const auto& s : stretches) n += s.ends.size(); return double(n); }();
    const std::size_t n = stretches.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            for (std::size_t k = j + 1; k < n; ++k)
                for (std::size_t l = k + 1; l < n; ++l) {
                    std::array<const Segment*, 4> sides{&stretches[i], &stretches[j], &stretches[k], &stretches[l]};
                    // Order the four sides around the outline by where their pieces lie.
                    auto angleOf = [&](const Segment* s) {
                        cv::Point2d m(0, 0);
                        for (const auto& p : s->ends)
                            m += cv::Point2d(p);
                        m *= 1.0 / double(s->ends.size());
                        return std::atan2(m.y - centre.y, m.x - centre.x);
                    };
                    std::sort(sides.begin(), sides.end(), [&](const Segment* x, const Segment* y) { return angleOf(x) < angleOf(y); });
                    if (const auto q = quadFromSides({sides[0]->line, sides[1]->line, sides[2]->line, sides[3]->line}))
                        out.push_back(orderClockwiseFromTopLeft(*q));
                }
}

} // namespace shikaku
