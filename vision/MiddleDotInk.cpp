#include "MiddleDotInk.h"

#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <limits>

namespace shikaku {

bool isMiddleDot(const cv::Rect& b, const cv::Rect& valueBox, int valueGlyph)
{
    const int centreY = b.y + b.height / 2;
    return b.width * 2 <= valueGlyph && b.height * 2 <= valueGlyph && centreY * 3 >= valueBox.y * 3 + valueBox.height &&
           centreY * 3 <= valueBox.y * 3 + 2 * valueBox.height;
}

std::optional<int> numberStartAfterMiddleDot(const cv::Mat& gray, const cv::Rect& box, int glyphHeight, int nearX)
{
    const cv::Rect area = box & cv::Rect(0, 0, gray.cols, gray.rows);
    if (area.width < 2 || area.height < 2 || glyphHeight <= 0)
        return std::nullopt;
    const cv::Mat ink = inkOfLine(gray(area));
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    auto boxOf = [&](int i) {
        return cv::Rect(area.x + stats.at<int>(i, cv::CC_STAT_LEFT), area.y + stats.at<int>(i, cv::CC_STAT_TOP),
                        stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
    };
    // Grain of a pixel or two is neither the dot nor print.
    auto isGrain = [&](int i) { return stats.at<int>(i, cv::CC_STAT_AREA) * 100 < glyphHeight * glyphHeight; };
    int dot = -1, nearest = 2 * glyphHeight + 1;
    for (int i = 1; i < n; ++i) {
        const cv::Rect b = boxOf(i);
        const int distance = std::abs(b.x + b.width / 2 - nearX);
        if (!isGrain(i) && isMiddleDot(b, area, glyphHeight) && distance < nearest)
            dot = i, nearest = distance;
    }
    if (dot < 0)
        return std::nullopt;
    const int dotEnd = boxOf(dot).br().x;
    int next = std::numeric_limits<int>::max();
    for (int i = 1; i < n; ++i)
        if (i != dot && !isGrain(i) && boxOf(i).x >= dotEnd)
            next = std::min(next, boxOf(i).x);
    if (next == std::numeric_limits<int>::max())
        return std::nullopt;
    return (dotEnd + next) / 2;
}

} // namespace shikaku
