#include "CoveredValue.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace shikaku {

bool isValuePartlyCovered(const cv::Mat& gray, const cv::Rect& valueBox, int glyph)
{
    static constexpr int kDifferentGrey = 50; // from the ground, in grey levels
    glyph = std::max(glyph, 6);
    // The value's row from a glyph and a half before it: the finger that hides a value's start
    // ends where the visible print begins.
    const cv::Rect region = cv::Rect(valueBox.x - glyph * 3 / 2, valueBox.y, valueBox.width + glyph * 3 / 2, valueBox.height) &
                            cv::Rect(0, 0, gray.cols, gray.rows);
    if (region.area() < glyph * glyph || gray.type() != CV_8UC1)
        return false;
    const cv::Mat patch = gray(region);
    // The ground: the page reaches the reader dark print on light (InvertedText), so it is the
    // light end of the row (taken four glyphs further on too), even where a finger covers most
    // of the value.
    const cv::Rect row = cv::Rect(region.x, region.y, region.width + 4 * glyph, region.height) & cv::Rect(0, 0, gray.cols, gray.rows);
    const cv::Mat rowPixels = gray(row).clone();
    std::vector<uchar> values(rowPixels.begin<uchar>(), rowPixels.end<uchar>());
    const auto light = values.begin() + static_cast<std::ptrdiff_t>(values.size() * 9 / 10);
    std::nth_element(values.begin(), light, values.end());
    const int ground = *light;
    cv::Mat thick;
    cv::absdiff(patch, cv::Scalar(ground), thick);
    cv::threshold(thick, thick, kDifferentGrey, 255, cv::THRESH_BINARY);
    // Strokes of print and rules, bold ones too, are thinner than half a glyph; an opening by a
    // square of that size removes them and keeps only thick things (a finger is several glyphs wide).
    const int k = std::max(3, glyph / 2);
    cv::morphologyEx(thick, thick, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {k, k}));
    // Covered: something thick reaches the value's first glyph over most of the row's height.
    const int edge = valueBox.x - region.x;
    const cv::Rect start = cv::Rect(edge - glyph / 2, 0, glyph, region.height) & cv::Rect(0, 0, region.width, region.height);
    if (start.area() == 0)
        return false;
    cv::Mat rows;
    cv::reduce(thick(start), rows, 1, cv::REDUCE_MAX);
    if (cv::countNonZero(rows) * 2 <= region.height)
        return false;
    // ... and comes from before it: a finger ends where the visible print begins, while a lone
    // dense kanji (「南」 of a one-kanji 記号, soft on a phone's screen) is as solid as a finger
    // but starts where its box starts.
    const cv::Rect before = cv::Rect(edge - glyph / 2, 0, glyph / 4, region.height) & cv::Rect(0, 0, region.width, region.height);
    if (before.area() == 0)
        return false;
    cv::reduce(thick(before), rows, 1, cv::REDUCE_MAX);
    if (cv::countNonZero(rows) * 2 <= region.height)
        return false;
    // A shadow or a dim corner lies over print that still shows through; a finger shows none.
    // Looked at away from the thing's edge, where the print beside it would count.
    cv::Mat inner;
    cv::erode(thick, inner, cv::getStructuringElement(cv::MORPH_RECT, {k, k}));
    std::vector<uchar> under;
    const cv::Mat strip = patch(start), mask = inner(start);
    for (int y = 0; y < strip.rows; ++y)
        for (int x = 0; x < strip.cols; ++x)
            if (mask.at<uchar>(y, x))
                under.push_back(strip.at<uchar>(y, x));
    if (under.size() < static_cast<std::size_t>(glyph))
        return false; // only the edge of something reaches the value
    std::sort(under.begin(), under.end());
    static constexpr int kPrintShowsThrough = 40; // grey levels between the darkest tenth and the middle
    return under[under.size() / 2] - under[under.size() / 10] < kPrintShowsThrough;
}

} // namespace shikaku
