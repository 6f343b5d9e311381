#include "PreviewAnalysis.h"

#include "DocumentFinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

// The document is found by the scan engine's DocumentFinder (vision/DocumentFinder.h) on the
// preview frame, without the full-resolution refinement (guidance needs no sub-pixel corners).
// The quality measures are simple and cheap: they only choose a guidance message.

namespace shikaku::kiosk {

namespace {

struct QualityOptions {
    int edgeMarginPx = 4;           ///< corners this close to the border "touch the edge" (preview pixels)
    double sharpnessScale = 400.0;  ///< Laplacian variance (grey levels²) at which sharpness saturates to 1
    int glareLevel = 250;           ///< grey level counted as blown out
    int measureWidth = 480;         ///< quality is measured on a copy this wide
};

} // namespace

PreviewAnalysis analysePreview(const cv::Mat& bgr)
{
    const QualityOptions options;
    PreviewAnalysis analysis;
    analysis.frameSize = bgr.size();
    if (bgr.empty())
        return analysis;

    DocumentFinderOptions finderOptions;
    finderOptions.refineAtFullResolution = false;
    const DocumentQuad quad = findDocument(bgr, finderOptions);

    const double scale = double(options.measureWidth) / bgr.cols;
    cv::Mat small, grey;
    cv::resize(bgr, small, cv::Size(options.measureWidth, std::max(1, int(bgr.rows * scale))), 0, 0, cv::INTER_AREA);
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    analysis.quality.exposure = cv::mean(grey)[0] / 255.0;
    if (!quad.found)
        return analysis;

    const auto corners = orderClockwiseFromTopLeft(quad.corners);
    analysis.quad = corners;
    analysis.quality.documentFound = true;
    analysis.quality.coverage = quadArea(corners) / (double(bgr.cols) * bgr.rows);
    for (const auto& p : corners)
        if (p.x <= options.edgeMarginPx || p.y <= options.edgeMarginPx || p.x >= bgr.cols - 1 - options.edgeMarginPx
            || p.y >= bgr.rows - 1 - options.edgeMarginPx)
            analysis.touchesEdge = true;

    std::vector<cv::Point> polygon;
    for (const auto& p : corners)
        polygon.emplace_back(int(p.x * scale), int(p.y * scale));
    cv::Mat mask = cv::Mat::zeros(grey.size(), CV_8U);
    cv::fillConvexPoly(mask, polygon, cv::Scalar(255));
    const double inside = std::max(1, cv::countNonZero(mask));
    cv::Mat laplacian;
    cv::Laplacian(grey, laplacian, CV_64F);
    cv::Scalar lapMean, lapStd;
    cv::meanStdDev(laplacian, lapMean, lapStd, mask);
    analysis.quality.sharpness = std::min(1.0, lapStd[0] * lapStd[0] / options.sharpnessScale);
    cv::Mat blown = (grey >= options.glareLevel) & mask;
    analysis.quality.glare = cv::countNonZero(blown) / inside;
    analysis.quality.exposure = cv::mean(grey, mask)[0] / 255.0;
    return analysis;
}

} // namespace shikaku::kiosk
