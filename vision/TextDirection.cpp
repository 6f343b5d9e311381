#include "TextDirection.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// Sum over merged components of their length along the closing direction, minus across it:
// large when the closing followed the lines.
double elongation(const cv::Mat& ink, bool horizontal, int reach)
{
    cv::Mat closed;
    const cv::Size k = horizontal ? cv::Size(reach, 1) : cv::Size(1, reach);
    cv::morphologyEx(ink, closed, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, k));
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(closed, labels, stats, centroids, 8, CV_32S);
    double score = 0;
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int along = horizontal ? w : h, across = horizontal ? h : w;
        if (along > across * 2 && across < ink.rows / 10)
            score += along;
    }
    return score;
}

} // namespace

bool textRunsVertically(const cv::Mat& gray)
{
    if (gray.empty())
        return false;
    const double scale = std::min(1.0, 800.0 / std::max(gray.cols, gray.rows));
    cv::Mat small;
    cv::resize(gray, small, {}, scale, scale, cv::INTER_AREA);
    cv::Mat ink;
    const int k = std::max(9, std::max(small.cols, small.rows) / 50);
    cv::morphologyEx(small, ink, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, {k, k}));
    cv::threshold(ink, ink, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const int reach = std::max(3, std::max(small.cols, small.rows) / 120);
    return elongation(ink, false, reach) > 1.3 * elongation(ink, true, reach);
}

} // namespace shikaku
