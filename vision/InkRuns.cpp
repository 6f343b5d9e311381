#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

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
        const cv::Rect inked = cv::boundingRect(ink(strip));
        const int area = cv::countNonZero(ink(strip));
        if (area * 40 >= glyph * glyph && inked.height <= glyph * 13 / 10)
            runs.push_back({x, end});
        x = end;
    }
    return runs;
}

// Which symbol of a reading each ink run belongs to. The LSTM's symbol boxes are approximate
// (widths overlap; a symbol's left edge lies anywhere from its glyph's left edge to just past
// its right edge), so runs and symbols are aligned in order: a run is the first or a further
// part of one symbol (和 is 禾 and 口, か is か and its dot), or covers up to three digits
// printed touching (「31」); a run costs how far its first symbol's edge lies outside it, and
// every split or merge a quarter character, so one-to-one wins when it fits.
// Returns, per run, the index of its first symbol; empty when no alignment exists.
std::vector<std::size_t> alignRunsToSymbols(const std::vector<InkRun>& runs, const std::vector<int>& symbolStarts,
                                            const std::vector<bool>& isDigit, int glyph)
{
    const std::size_t m = runs.size(), n = symbolStarts.size();
    if (n == 0 || m == 0)
        return {};
    constexpr double kInf = 1e18;
    constexpr std::size_t kMaxMerged = 3;
    const double penalty = glyph / 4.0;
    // cost[i][e]: runs 0..i placed, run i ends at symbol e; first[i][e]: run i's first symbol.
    std::vector<std::vector<double>> cost(m, std::vector<double>(n, kInf));
    std::vector<std::vector<std::size_t>> first(m, std::vector<std::size_t>(n, 0)), back(m, std::vector<std::size_t>(n, 0));
    auto allDigits = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k <= to; ++k)
            if (!isDigit[k])
                return false;
        return true;
    };
    auto start = [&](std::size_t i, std::size_t s, std::size_t e) {
        // The LSTM places a symbol anywhere from its glyph's left edge to just past its right edge.
        const double outside = std::max({0.0, static_cast<double>(runs[i].from - symbolStarts[s]),
                                         symbolStarts[s] - (runs[i].to + glyph / 3.0)});
        return outside + penalty * static_cast<double>(e - s);
    };
    for (std::size_t e = 0; e < n && e < kMaxMerged; ++e) {
        if (e == 0 || allDigits(0, e)) {
            cost[0][e] = start(0, 0, e);
            first[0][e] = 0;
        }
    }
    for (std::size_t i = 1; i < m; ++i) {
        for (std::size_t prev = 0; prev < n; ++prev) {
            const double c = cost[i - 1][prev];
            if (c >= kInf)
                continue;
            // A further part of the same (single) symbol.
            if (first[i - 1][prev] == prev && c + penalty < cost[i][prev]) {
                cost[i][prev] = c + penalty;
                first[i][prev] = prev;
                back[i][prev] = prev;
            }
            // The next symbol, or the next few digits touching.
            for (std::size_t e = prev + 1; e < n && e < prev + 1 + kMaxMerged; ++e) {
                if (e > prev + 1 && !allDigits(prev + 1, e))
                    break;
                const double next = c + start(i, prev + 1, e);
                if (next < cost[i][e]) {
                    cost[i][e] = next;
                    first[i][e] = prev + 1;
                    back[i][e] = prev;
                }
            }
        }
    }
    if (cost[m - 1][n - 1] >= kInf)
        return {};
    std::vector<std::size_t> owner(m);
    std::size_t e = n - 1;
    for (std::size_t i = m; i-- > 0;) {
        owner[i] = first[i][e];
        e = back[i][e];
    }
    return owner;
}

} // namespace shikaku
