#include "GlyphEdge.h"

#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {

GlyphEdge leftEdgeOutsideGlyphs(const cv::Mat& gray, int left, int top, int bottom, int glyphHeight)
{
    GlyphEdge out;
    out.left = left;
    const int g = std::max(4, glyphHeight);
    const cv::Rect region = cv::Rect(left - 2 * g, top, 4 * g, bottom - top) & cv::Rect(0, 0, gray.cols, gray.rows);
    if (region.width < 4 || region.height < 4 || left <= region.x || left >= region.br().x)
        return out;
    // Cell rules and underlines cross every edge: they are no glyph.
    cv::Mat ink = inkOfLine(gray(region));
    removeLineRules(ink, g, true);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    const int edge = left - region.x;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT), w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        // Crossing the edge by more than a pixel on each side, and more than a speck.
        if (x >= edge - 1 || x + w <= edge + 1 || h * 10 < g * 3)
            continue;
        if (w * 4 <= g * 3)
            out.left = std::min(out.left, region.x + x - 1);
        else
            out.cutsWideGlyph = true;
    }
    return out;
}

} // namespace shikaku
