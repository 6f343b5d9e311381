#include "DocumentQuad.h"

#include <opencv2/imgproc.hpp>

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

namespace {
/// Columns of K⁻¹·H for the homography H taking the unit square to the quad: the directions
/// of the document's x and y axes in camera space, each scaled by that side's length.
std::pair<cv::Vec3d, cv::Vec3d> cameraAxes(const std::array<cv::Point2f, 4>& corners, cv::Size frame, double focalPx)
{
    const cv::Point2f centre(frame.width / 2.f, frame.height / 2.f);
    const std::array<cv::Point2f, 4> square{cv::Point2f(0, 0), cv::Point2f(1, 0), cv::Point2f(1, 1), cv::Point2f(0, 1)};
    std::array<cv::Point2f, 4> centred;
    for (std::size_t i = 0; i < 4; ++i)
        centred[i] = corners[i] - centre;
    const cv::Matx33d h = cv::getPerspectiveTransform(square.data(), centred.data());
    const cv::Vec3d x(h(0, 0) / focalPx, h(1, 0) / focalPx, h(2, 0));
    const cv::Vec3d y(h(0, 1) / focalPx, h(1, 1) / focalPx, h(2, 1));
    return {x, y};
}
} // namespace

double metricSideRatio(const std::array<cv::Point2f, 4>& corners, cv::Size frame, double focalPx)
{
    if (!isConvexQuad(corners) || focalPx <= 0.0)
        return 0.0;
    const auto [x, y] = cameraAxes(corners, frame, focalPx);
    const double ny = cv::norm(y);
    return ny > 0.0 ? cv::norm(x) / ny : 0.0;
}

double viewTiltDegrees(const std::array<cv::Point2f, 4>& corners, cv::Size frame, double focalPx)
{
    if (!isConvexQuad(corners) || focalPx <= 0.0)
        return 0.0;
    const auto [x, y] = cameraAxes(corners, frame, focalPx);
    const cv::Vec3d normal = cv::normalize(x).cross(cv::normalize(y));
    const double n = cv::norm(normal);
    if (n <= 0.0)
        return 0.0;
    return std::acos(std::min(1.0, std::abs(normal[2]) / n)) * 180.0 / CV_PI;
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
