#include "GluedValueStart.h"

#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace shikaku {

cv::Rect widenToInkAfterLabel(const cv::Mat& gray, const cv::Rect& valueBox, int labelLastCharacterX, int glyph, bool bracketedLabel)
{
    constexpr double kBracketWidth = 0.4; // of the glyph height: 「)」 is a thin arc, about as tall
    constexpr double kBracketHeight[] = {0.8, 1.4}; // as the label's last character (a cell's rule is not)
    glyph = std::max(glyph, 4);
    const cv::Rect page(0, 0, gray.cols, gray.rows);
    // From a glyph before the label's last character to half a glyph into the value box.
    const int from = std::max(0, std::min(labelLastCharacterX - glyph, valueBox.x));
    const cv::Rect band = cv::Rect(from, valueBox.y, valueBox.x + glyph / 2 - from, valueBox.height) & page;
    if (band.width < glyph || band.height < 4 || gray.type() != CV_8UC1)
        return valueBox;
    cv::Mat ink = inkOfLine(gray(band));
    removeLineRules(ink, glyph, false);
    const std::vector<InkRun> runs = inkRuns(ink, glyph);
    // The label's last character: the last run starting by its symbol box (which may sit at the
    // character's right end rather than its start). The run after it is the value's first character.
    const int labelX = labelLastCharacterX - band.x + glyph / 4;
    auto after = std::find_if(runs.begin(), runs.end(), [&](const InkRun& r) { return r.from > labelX; });
    // A bracketed label's closing bracket may be left unread, or its box put on the character
    // before it (「番」 of 「(枝番)」): a thin run there as tall as the label's print is the
    // bracket, not the value's first character. (A 枝番 whose first digit is a 1, read from its
    // second digit on, is one digit short: never `ok`.)
    auto inkHeight = [&](const InkRun& r) { return static_cast<double>(cv::boundingRect(ink.colRange(r.from, r.to)).height); };
    auto isBracket = [&](const InkRun& r, const InkRun& labelEnd) {
        const double height = inkHeight(r) / std::max(1.0, inkHeight(labelEnd));
        return r.to - r.from <= kBracketWidth * glyph && height >= kBracketHeight[0] && height <= kBracketHeight[1];
    };
    if (bracketedLabel && after != runs.begin() && after != runs.end() && isBracket(*after, *std::prev(after)))
        ++after;
    if (after == runs.begin() || after == runs.end())
        return valueBox;
    const int valueStart = band.x + after->from;
    if (valueStart >= valueBox.x - 1)
        return valueBox;
    // A cell's rule between a small label and its value (an お知らせ's card part: 「記号|867」
    // in one chunk) is no value's first character: a thin stroke running on above and below
    // the line, taller than the value's print. The chunk's glyph height is no measure here (the
    // rule made the chunk tall), the value's ink is. A box from a little before the rule took
    // in the label's last character when it stood close (read 「三867」).
    int valueHeight = 0;
    for (const InkRun& r : runs)
        if (band.x + r.from >= valueBox.x)
            valueHeight = std::max(valueHeight, static_cast<int>(inkHeight(r)));
    const int printHeight = valueHeight > 0 ? valueHeight : glyph;
    if (after->to - after->from <= std::max(3, printHeight / 6)) {
        const cv::Rect tallBand = cv::Rect(band.x, band.y - glyph / 2, band.width, band.height + glyph) & page;
        cv::Mat tallInk = inkOfLine(gray(tallBand));
        removeLineRules(tallInk, glyph, false);
        if (tallestInkedStretch(tallInk.colRange(after->from, after->to)) > printHeight * 13 / 10) {
            // The value starts after the rule; the crop's margin takes the whole rule in
            // again, which the crop's rule erasing then finds, but none of the label.
            const int x = band.x + after->to + 1;
            return x < valueBox.x - 1 ? cv::Rect(x, valueBox.y, valueBox.br().x - x, valueBox.height) : valueBox;
        }
    }
    const int labelEnd = band.x + std::prev(after)->to;
    const int x = std::max(labelEnd, valueStart - std::max(1, glyph / 8));
    return cv::Rect(x, valueBox.y, valueBox.br().x - x, valueBox.height);
}

} // namespace shikaku
