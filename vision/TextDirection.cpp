#include "TextDirection.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace shikaku {
namespace {

constexpr int kMaxLineGlyphs = 3;
// A speck smaller than this is grain, not a character: a 2 MP photo's grain leaves thousands,
// and as "characters" they made lines of 11 px print too thick to count as lines.
constexpr int kMinGlyphPx = 5;

// The typical size of a character: the median longer side of the ink's small components.
int glyphSize(const cv::Mat& ink)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<int> sizes;
    for (int i = 1; i < n; ++i) {
        const int size = std::max(stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (size >= kMinGlyphPx && size < std::min(ink.rows, ink.cols) / 10)
            sizes.push_back(size);
    }
    if (sizes.empty())
        return std::max(ink.rows, ink.cols); // no characters: no limit
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
}

// Sum over merged components of their length along the closing direction, minus across it:
// large when the closing followed the lines.
double elongation(const cv::Mat& ink, bool horizontal, int reach, int glyph)
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
        // A line of characters is about one character thick; a much thicker component is a
        // column of stacked lines (a phone's labels over their values), which closing along
        // the column glued into one: it says nothing about the direction of the text.
        if (along > across * 2 && across < ink.rows / 10 && across <= glyph * kMaxLineGlyphs)
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
    const int glyph = glyphSize(ink);
    return elongation(ink, false, reach, glyph) > 1.3 * elongation(ink, true, reach, glyph);
}

} // namespace shikaku
