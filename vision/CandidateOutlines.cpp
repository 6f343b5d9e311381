#include "CandidateOutlines.h"

#include "StraightStretchQuads.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace shikaku {
namespace {

/// Closed outlines of an edge or segment map, each reduced to a convex four-corner polygon.
void collectQuads(const cv::Mat& binary, double minArea, double maxArea, std::vector<Quad>& out)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    // The hull makes the outline robust to a finger or a glare spot biting into one side
    // and to a gap in an edge; approxPolyDP then keeps the four dominant corners.
    static constexpr std::array<double, 3> kApproxFractions{0.02, 0.035, 0.05};
    static constexpr double kExplainedArea = 0.9;
    std::vector<cv::Point> hull, approx;
    for (const auto& contour : contours) {
        if (contour.size() < 4 || double(cv::boundingRect(contour).area()) < minArea)
            continue;
        cv::convexHull(contour, hull);
        const double area = cv::contourArea(hull);
        if (area < minArea || area > maxArea)
            continue;
        const double perimeter = cv::arcLength(hull, true);
        bool clean = false;
        for (double fraction : kApproxFractions) {
            cv::approxPolyDP(hull, approx, fraction * perimeter, true);
            if (approx.size() < 4)
                break;
            if (approx.size() == 4) {
                Quad q;
                for (std::size_t i = 0; i < 4; ++i)
                    q[i] = cv::Point2f(approx[i]);
                out.push_back(orderClockwiseFromTopLeft(q));
                // Clean: four corners at the finest tolerance that also explain the outline's
                // area (a finger joined to the outline makes the hull a wrong quad).
                clean = fraction == kApproxFractions.front() &&
                        std::abs(cv::contourArea(contour)) >= kExplainedArea * quadArea(q);
                break;
            }
        }
        if (!clean)
            quadsFromStraightStretches(contour, perimeter, out);
    }
}

} // namespace

std::vector<Quad> candidateQuads(const WorkingImage& w, const DocumentFinderOptions& o)
{
    const double frameArea = double(w.smooth.total());
    const double minArea = o.minAreaFraction * frameArea;
    const double maxArea = o.maxAreaFraction * frameArea;
    std::vector<Quad> quads;
    const cv::Mat closeGaps = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    cv::Mat edges;
    for (double high : o.cannyHighThresholds) {
        cv::Canny(w.dx, w.dy, edges, high / 2.0, high);
        cv::dilate(edges, edges, closeGaps);
        collectQuads(edges, minArea, maxArea, quads);
    }
    // A two-level segmentation finds documents whose outline is faint but whose inside is
    // uniformly brighter or darker than the desk (paper on a dark mat, a card on wood).
    cv::Mat grey, binary;
    if (w.smooth.channels() == 3)
        cv::cvtColor(w.smooth, grey, cv::COLOR_BGR2GRAY);
    else
        grey = w.smooth;
    cv::threshold(grey, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    collectQuads(binary, minArea, maxArea, quads);
    cv::bitwise_not(binary, binary);
    collectQuads(binary, minArea, maxArea, quads);
    return quads;
}

} // namespace shikaku
