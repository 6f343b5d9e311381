#include "DroppedDigit.h"

#include "InkRuns.h"
#include "TextNormalize.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// Digits print at most ~0.75 glyph heights wide (as DoubtfulDigits); a digit stands at least
// half a glyph high (a hyphen, a dot or a speck does not).
constexpr double kMaxDigitWidth = 0.8;
constexpr double kMinDigitHeight = 0.5;

} // namespace

bool droppedDigitsOf(const std::string& fuller, const std::string& shorter)
{
    if (!isAllDigits(fuller) || (!shorter.empty() && !isAllDigits(shorter)) || shorter.size() >= fuller.size())
        return false;
    std::size_t next = 0;
    for (char c : fuller)
        if (next < shorter.size() && shorter[next] == c)
            ++next;
    return next == shorter.size();
}

std::optional<cv::Mat> separateDigitsSideBySide(const cv::Mat& gray, const cv::Rect& region, int glyph, std::size_t digits)
{
    const cv::Rect area = region & cv::Rect(0, 0, gray.cols, gray.rows);
    if (glyph <= 0 || digits == 0 || area.width < 3 || area.height < 3)
        return std::nullopt;
    const cv::Mat crop = gray(area);
    cv::Mat ink = inkOfLine(crop);
    removeLineRules(ink, glyph, true);
    // A glyph the crop cuts is no whole glyph to count.
    if (cv::countNonZero(ink.col(0)) > 0 || cv::countNonZero(ink.col(ink.cols - 1)) > 0)
        return std::nullopt;
    const std::vector<InkRun> runs = inkRuns(ink, glyph);
    if (runs.size() != digits)
        return std::nullopt;
    for (const InkRun& run : runs) {
        const cv::Rect inked = cv::boundingRect(ink(cv::Rect(run.from, 0, run.to - run.from, ink.rows)));
        if (run.to - run.from > kMaxDigitWidth * glyph || inked.height < kMinDigitHeight * glyph)
            return std::nullopt;
    }
    // Paper between the glyphs as printed in a compact number: a third of a glyph.
    cv::Mat paperMask;
    cv::bitwise_not(inkOfLine(crop), paperMask);
    const cv::Scalar paper = cv::mean(crop, paperMask);
    const int gap = std::max(2, glyph / 3);
    std::vector<cv::Mat> pieces{cv::Mat(crop.rows, gap, crop.type(), paper)};
    for (const InkRun& run : runs) {
        pieces.push_back(crop.colRange(std::max(0, run.from - 1), std::min(crop.cols, run.to + 1)));
        pieces.push_back(cv::Mat(crop.rows, gap, crop.type(), paper));
    }
    cv::Mat strip;
    cv::hconcat(pieces, strip);
    return strip;
}

} // namespace shikaku
