#include "PreviewAnalysis.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

// A compact document finder for the live preview (the squares.cpp idea: edges → contours →
// the largest convex four-corner shape). It only has to be good enough for guidance at
// preview size; the still goes through the scan engine's own finder.

namespace shikaku::kiosk {

namespace {

struct FinderOptions {
    int workWidth = 480;            ///< analysis width in pixels: enough for a card at 1/3 of the frame
    double minAreaShare = 0.04;     ///< smaller shapes are not a document on this desk
    double approxEpsilon = 0.03;    ///< polygon simplification, share of the perimeter
    int edgeMarginPx = 3;           ///< corners this close to the border "touch the edge"
    double sharpnessScale = 400.0;  ///< Laplacian variance at which sharpness saturates to 1
    int glareLevel = 250;           ///< grey level counted as blown out
};

std::array<cv::Point2f, 4> orderCorners(const std::vector<cv::Point>& poly, double scale)
{
    std::array<cv::Point2f, 4> pts;
    for (int i = 0; i < 4; ++i)
        pts[std::size_t(i)] = cv::Point2f(float(poly[std::size_t(i)].x * scale), float(poly[std::size_t(i)].y * scale));
    // TL has the smallest x+y, BR the largest; TR the smallest y-x, BL the largest.
    std::array<cv::Point2f, 4> ordered;
    auto bySum = [](const cv::Point2f& a, const cv::Point2f& b) { return a.x + a.y < b.x + b.y; };
    auto byDiff = [](const cv::Point2f& a, const cv::Point2f& b) { return a.y - a.x < b.y - b.x; };
    ordered[0] = *std::min_element(pts.begin(), pts.end(), bySum);
    ordered[2] = *std::max_element(pts.begin(), pts.end(), bySum);
    ordered[1] = *std::min_element(pts.begin(), pts.end(), byDiff);
    ordered[3] = *std::max_element(pts.begin(), pts.end(), byDiff);
    return ordered;
}

} // namespace

PreviewAnalysis analysePreview(const cv::Mat& bgr)
{
    const FinderOptions options;
    PreviewAnalysis analysis;
    analysis.frameSize = bgr.size();
    if (bgr.empty())
        return analysis;
    const double scale = double(bgr.cols) / options.workWidth;
    cv::Mat small, grey, edges;
    cv::resize(bgr, small, cv::Size(options.workWidth, int(bgr.rows / scale)), 0, 0, cv::INTER_AREA);
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    cv::GaussianBlur(grey, grey, cv::Size(5, 5), 0);
    cv::Canny(grey, edges, 30, 90);
    cv::dilate(edges, edges, cv::Mat(), cv::Point(-1, -1), 2);

    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const double frameArea = double(small.cols) * small.rows;
    double bestArea = 0.0;
    std::vector<cv::Point> best;
    for (const auto& contour : contours) {
        std::vector<cv::Point> poly;
        cv::approxPolyDP(contour, poly, options.approxEpsilon * cv::arcLength(contour, true), true);
        const double area = std::fabs(cv::contourArea(poly));
        if (poly.size() == 4 && cv::isContourConvex(poly) && area > bestArea && area > options.minAreaShare * frameArea) {
            bestArea = area;
            best = poly;
        }
    }

    cv::Mat mean, stddev;
    cv::meanStdDev(grey, mean, stddev);
    analysis.quality.exposure = mean.at<double>(0) / 255.0;
    if (best.empty())
        return analysis;

    analysis.quad = orderCorners(best, scale);
    analysis.quality.documentFound = true;
    analysis.quality.coverage = bestArea / frameArea;
    const cv::Rect box = cv::boundingRect(best) & cv::Rect(0, 0, small.cols, small.rows);
    for (const auto& p : best)
        if (p.x <= options.edgeMarginPx || p.y <= options.edgeMarginPx || p.x >= small.cols - 1 - options.edgeMarginPx
            || p.y >= small.rows - 1 - options.edgeMarginPx)
            analysis.touchesEdge = true;

    cv::Mat laplacian;
    cv::Mat roi = grey(box);
    cv::Mat sharpGrey;
    cv::cvtColor(small(box), sharpGrey, cv::COLOR_BGR2GRAY); // unblurred for sharpness
    cv::Laplacian(sharpGrey, laplacian, CV_64F);
    cv::Scalar lapMean, lapStd;
    cv::meanStdDev(laplacian, lapMean, lapStd);
    analysis.quality.sharpness = std::min(1.0, lapStd[0] * lapStd[0] / options.sharpnessScale);
    analysis.quality.glare = cv::countNonZero(sharpGrey >= options.glareLevel) / double(std::max(1, box.area()));
    analysis.quality.exposure = cv::mean(roi)[0] / 255.0;
    return analysis;
}

} // namespace shikaku::kiosk
