#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace shikaku {

cv::Mat inkOfLine(const cv::Mat& gray)
{
    cv::Mat ink;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return ink;
}

void removeLineRules(cv::Mat& ink, int glyph, bool vertical)
{
    cv::Mat rules;
    cv::morphologyEx(ink, rules, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {std::max(3, glyph * 2), 1}));
    if (vertical) {
        cv::Mat upright;
        cv::morphologyEx(ink, upright, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, glyph * 3 / 2}));
        rules |= upright;
    }
    ink -= rules;
}

// A speck below or above a glyph (a cell border's grain) is apart from it and does not make it tall.
int tallestInkedStretch(const cv::Mat& strip)
{
    cv::Mat rows;
    cv::reduce(strip, rows, 1, cv::REDUCE_MAX);
    int tallest = 0, stretch = 0;
    for (int y = 0; y < rows.rows; ++y) {
        stretch = rows.at<uchar>(y, 0) != 0 ? stretch + 1 : 0;
        tallest = std::max(tallest, stretch);
    }
    return tallest;
}

// Runs of inked columns: a glyph, or a part of a kanji (和 is 禾 and 口). Specks and table
// rules (taller than a character) are left out.
std::vector<InkRun> inkRuns(const cv::Mat& ink, int glyph)
{
    std::vector<InkRun> runs;
    cv::Mat columns;
    cv::reduce(ink, columns, 0, cv::REDUCE_SUM, CV_32S);
    for (int x = 0; x < columns.cols;) {
        if (columns.at<int>(0, x) == 0) {
            ++x;
            continue;
        }
        int end = x;
        while (end < columns.cols && columns.at<int>(0, end) > 0)
            ++end;
        const cv::Rect strip(x, 0, end - x, ink.rows);
        const int area = cv::countNonZero(ink(strip));
        if (area * 40 >= glyph * glyph && tallestInkedStretch(ink(strip)) <= glyph * 13 / 10)
            runs.push_back({x, end});
        x = end;
    }
    return runs;
}

PrintedSymbol printedSymbolOf(std::string_view text)
{
    if (text.size() == 1 && text[0] >= '0' && text[0] <= '9')
        return PrintedSymbol::Digit;
    for (std::string_view mark : {".", ",", "-", "/", ":", "．", "，", "・", "／", "。", "、"})
        if (text == mark)
            return PrintedSymbol::Mark;
    return PrintedSymbol::Glyph;
}

// Which symbols of a reading each ink run prints. The LSTM's symbol boxes are approximate
// (widths overlap; a symbol's left edge lies anywhere from its glyph's left edge to just past
// its right edge), so runs and symbols are aligned in order: a run is the first or a further
// part of one symbol (和 is 禾 and 口, か is か and its dot; a digit is one stroke, one run), or
// covers up to three digits printed touching (「31」). A mark may have no run at all (the dots
// of 「R08.07.31」 are too small to be one) and never owns a run half a glyph wide. A run costs
// how far its first symbol's edge lies outside it, and every split, merge or mark without a
// run a quarter character, so one-to-one wins when it fits.
std::vector<RunSymbols> alignRunsToSymbols(const std::vector<InkRun>& runs, const std::vector<int>& symbolStarts,
                                           const std::vector<PrintedSymbol>& printed, int glyph)
{
    const std::size_t m = runs.size(), n = symbolStarts.size();
    if (n == 0 || m == 0 || printed.size() != n)
        return {};
    constexpr double kInf = 1e18;
    constexpr std::size_t kMaxMerged = 3;
    constexpr std::size_t kMaxMarksWithoutRun = 2; // in a row: 「. 」 or 「・-」, never more
    const double penalty = glyph / 4.0;
    // cost[i][e]: runs 0..i placed, run i ends at symbol e; first[i][e]: run i's first symbol.
    std::vector<std::vector<double>> cost(m, std::vector<double>(n, kInf));
    std::vector<std::vector<std::size_t>> first(m, std::vector<std::size_t>(n, 0)), back(m, std::vector<std::size_t>(n, 0));
    auto all = [&](std::size_t from, std::size_t to, PrintedSymbol kind) { // symbols [from, to)
        for (std::size_t k = from; k < to; ++k)
            if (printed[k] != kind)
                return false;
        return true;
    };
    // A mark's ink is narrow: a glyph-wide run is never one (a dot's box can lie over a digit).
    auto fits = [&](std::size_t i, std::size_t s) { return printed[s] != PrintedSymbol::Mark || 2 * (runs[i].to - runs[i].from) <= glyph; };
    auto start = [&](std::size_t i, std::size_t s, std::size_t e) {
        // The LSTM places a symbol anywhere from its glyph's left edge to just past its right edge.
        const double outside = std::max({0.0, static_cast<double>(runs[i].from - symbolStarts[s]),
                                         symbolStarts[s] - (runs[i].to + glyph / 3.0)});
        return outside + penalty * static_cast<double>(e - s);
    };
    // Run i starting at symbol s after the marks [after, s) without a run: each end e it may have.
    auto place = [&](std::size_t i, std::size_t after, double c, std::size_t prev) {
        for (std::size_t s = after; s < n && s <= after + kMaxMarksWithoutRun; ++s) {
            if (!all(after, s, PrintedSymbol::Mark))
                break;
            const double skipped = penalty * static_cast<double>(s - after);
            if (!fits(i, s))
                continue;
            for (std::size_t e = s; e < n && e < s + kMaxMerged; ++e) {
                if (e > s && !all(s, e + 1, PrintedSymbol::Digit))
                    break;
                const double next = c + skipped + start(i, s, e);
                if (next < cost[i][e]) {
                    cost[i][e] = next;
                    first[i][e] = s;
                    back[i][e] = prev;
                }
            }
        }
    };
    place(0, 0, 0.0, 0);
    for (std::size_t i = 1; i < m; ++i) {
        for (std::size_t prev = 0; prev < n; ++prev) {
            const double c = cost[i - 1][prev];
            if (c >= kInf)
                continue;
            // A further part of the same (single) symbol.
            if (first[i - 1][prev] == prev && printed[prev] != PrintedSymbol::Digit && fits(i, prev) && c + penalty < cost[i][prev]) {
                cost[i][prev] = c + penalty;
                first[i][prev] = prev;
                back[i][prev] = prev;
            }
            place(i, prev + 1, c, prev); // the next symbol, or the next few digits touching
        }
    }
    // The last run ends at the last symbol, or before marks without a run.
    std::size_t e = n;
    double best = kInf;
    for (std::size_t last = n; last-- > 0 && n - 1 - last <= kMaxMarksWithoutRun;) {
        if (!all(last + 1, n, PrintedSymbol::Mark))
            break;
        const double c = cost[m - 1][last] + penalty * static_cast<double>(n - 1 - last);
        if (cost[m - 1][last] < kInf && c < best) {
            best = c;
            e = last;
        }
    }
    if (e == n)
        return {};
    std::vector<RunSymbols> spans(m);
    for (std::size_t i = m; i-- > 0;) {
        spans[i] = {first[i][e], e};
        e = back[i][e];
    }
    return spans;
}

} // namespace shikaku
