#include "GluedValueStart.h"

#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace shikaku {

cv::Rect widenToInkAfterLabel(const cv::Mat& gray, const cv::Rect& valueBox, int labelLastCharacterX, int glyph)
{
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
    const auto after = std::find_if(runs.begin(), runs.end(), [&](const InkRun& r) { return r.from > labelX; });
    if (after == runs.begin() || after == runs.end())
        return valueBox;
    const int labelEnd = band.x + std::prev(after)->to;
    const int valueStart = band.x + after->from;
    if (valueStart >= valueBox.x - 1)
        return valueBox;
    const int x = std::max(labelEnd, valueStart - std::max(1, glyph / 8));
    return cv::Rect(x, valueBox.y, valueBox.br().x - x, valueBox.height);
}

} // namespace shikaku
