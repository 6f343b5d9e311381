#include "DocumentQuad.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shikaku {
namespace {
double distance(cv::Point2f a, cv::Point2f b)
{
    return std::hypot(double(a.x) - b.x, double(a.y) - b.y);
}

double cross(cv::Point2f o, cv::Point2f a, cv::Point2f b)
{
    return (double(a.x) - o.x) * (double(b.y) - o.y) - (double(a.y) - o.y) * (double(b.x) - o.x);
}
} // namespace

double quadArea(const std::array<cv::Point2f, 4>& c)
{
    double twice = 0.0;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& p = c[i];
        const auto& q = c[(i + 1) % 4];
        twice += double(p.x) * q.y - double(q.x) * p.y;
    }
    return std::abs(twice) / 2.0;
}

double quadPerimeter(const std::array<cv::Point2f, 4>& c)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < 4; ++i)
        sum += distance(c[i], c[(i + 1) % 4]);
    return sum;
}

bool isConvexQuad(const std::array<cv::Point2f, 4>& c)
{
    int positive = 0, negative = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const double z = cross(c[i], c[(i + 1) % 4], c[(i + 2) % 4]);
        if (z > 1e-6)
            ++positive;
        else if (z < -1e-6)
            ++negative;
    }
    return (positive == 4 || negative == 4) && quadArea(c) > 1.0;
}

double quadAspectRatio(const std::array<cv::Point2f, 4>& c)
{
    const double a = (distance(c[0], c[1]) + distance(c[2], c[3])) / 2.0;
    const double b = (distance(c[1], c[2]) + distance(c[3], c[0])) / 2.0;
    const double shorter = std::min(a, b);
    return shorter > 0.0 ? std::max(a, b) / shorter : 0.0;
}

double quadDiagonal(const std::array<cv::Point2f, 4>& c)
{
    return std::max(distance(c[0], c[2]), distance(c[1], c[3]));
}

std::array<cv::Point2f, 4> orderClockwiseFromTopLeft(const std::array<cv::Point2f, 4>& corners)
{
    cv::Point2f centre(0.f, 0.f);
    for (const auto& p : corners)
        centre += p * 0.25f;
    std::array<cv::Point2f, 4> sorted = corners;
    // Angle measured on screen (y down): increasing atan2 is clockwise as seen by a person.
    std::sort(sorted.begin(), sorted.end(), [&](cv::Point2f a, cv::Point2f b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    std::size_t start = 0;
    for (std::size_t i = 1; i < 4; ++i)
        if (sorted[i].x + sorted[i].y < sorted[start].x + sorted[start].y)
            start = i;
    std::array<cv::Point2f, 4> out;
    for (std::size_t i = 0; i < 4; ++i)
        out[i] = sorted[(start + i) % 4];
    return out;
}

std::array<cv::Point2f, 4> scaledQuad(const std::array<cv::Point2f, 4>& corners, double factor)
{
    std::array<cv::Point2f, 4> out;
    for (std::size_t i = 0; i < 4; ++i)
        out[i] = cv::Point2f(float(corners[i].x * factor), float(corners[i].y * factor));
    return out;
}

double cornerError(const std::array<cv::Point2f, 4>& found, const std::array<cv::Point2f, 4>& truth)
{
    double best = std::numeric_limits<double>::infinity();
    for (int direction : {1, -1}) {
        for (int start = 0; start < 4; ++start) {
            double worst = 0.0;
            for (int i = 0; i < 4; ++i) {
                const int j = ((start + direction * i) % 4 + 4) % 4;
                worst = std::max(worst, distance(found[std::size_t(j)], truth[std::size_t(i)]));
            }
            best = std::min(best, worst);
        }
    }
    return best;
}

} // namespace shikaku
