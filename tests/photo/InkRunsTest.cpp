#include "GluedValueStart.h"
#include "InkRuns.h"

#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

// A one-line "crop" with filled boxes standing in for glyphs: {x, width, height}.
cv::Mat inkWith(const std::vector<cv::Vec3i>& glyphs, int rows = 40, int cols = 300)
{
    cv::Mat ink = cv::Mat::zeros(rows, cols, CV_8U);
    for (const auto& g : glyphs)
        cv::rectangle(ink, cv::Rect(g[0], (rows - g[2]) / 2, g[1], g[2]), cv::Scalar(255), cv::FILLED);
    return ink;
}

} // namespace

TEST(InkRuns, FindsGlyphColumnsAndSkipsSpecksAndRules)
{
    cv::Mat ink = inkWith({{10, 20, 30}, {40, 15, 30}, {70, 2, 2}});
    cv::line(ink, {200, 0}, {200, 39}, cv::Scalar(255), 2); // a table rule: 40 px, taller than 1.3 glyphs
    const auto runs = inkRuns(ink, 30);
    ASSERT_EQ(runs.size(), 2u); // the 2×2 speck and the 40 px rule (> 1.3 glyphs) are left out
    EXPECT_EQ(runs[0].from, 10);
    EXPECT_EQ(runs[0].to, 30);
    EXPECT_EQ(runs[1].from, 40);
}

TEST(InkRuns, AGlyphWithASpeckBelowItIsNoRule)
{
    // 月 of 「9月15日」 over a grain of the cell's border at the crop's foot: the column strip
    // spans 40 rows (more than 1.3 glyphs, as a rule would), the glyph 30.
    cv::Mat ink = inkWith({{10, 20, 30}}, 52);
    cv::rectangle(ink, cv::Rect(18, 49, 3, 2), cv::Scalar(255), cv::FILLED);
    const auto runs = inkRuns(ink, 30);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].from, 10);
    EXPECT_EQ(runs[0].to, 30);
}

namespace {

constexpr auto G = PrintedSymbol::Glyph;
constexpr auto D = PrintedSymbol::Digit;
constexpr auto M = PrintedSymbol::Mark;

std::vector<std::size_t> firsts(const std::vector<RunSymbols>& spans)
{
    std::vector<std::size_t> out;
    for (const RunSymbols& s : spans)
        out.push_back(s.first);
    return out;
}

} // namespace

TEST(InkRuns, TellsDigitsMarksAndGlyphs)
{
    EXPECT_EQ(printedSymbolOf("7"), D);
    EXPECT_EQ(printedSymbolOf("."), M);
    EXPECT_EQ(printedSymbolOf("・"), M);
    EXPECT_EQ(printedSymbolOf("年"), G);
    EXPECT_EQ(printedSymbolOf("R"), G);
    EXPECT_EQ(printedSymbolOf("12"), G);
}

TEST(InkRuns, AlignsSplitKanjiToOneSymbol)
{
    // 令 和(two parts) 7 年: the LSTM's left edges lag behind the glyphs.
    const std::vector<InkRun> runs{{0, 30}, {34, 48}, {50, 64}, {70, 85}, {90, 120}};
    const std::vector<int> starts{2, 40, 80, 100};
    const auto owner = alignRunsToSymbols(runs, starts, {G, G, D, G}, 30);
    EXPECT_EQ(firsts(owner), (std::vector<std::size_t>{0, 1, 1, 2, 3}));
}

TEST(InkRuns, AlignsTouchingDigitsToOneRun)
{
    // 月 31 日 with 3 and 1 printed touching: four symbols in three runs.
    const std::vector<InkRun> runs{{0, 30}, {36, 66}, {72, 100}};
    const std::vector<int> starts{0, 38, 52, 75};
    const auto owner = alignRunsToSymbols(runs, starts, {G, D, D, G}, 30);
    ASSERT_EQ(owner.size(), 3u);
    EXPECT_EQ(firsts(owner), (std::vector<std::size_t>{0, 1, 3}));
    EXPECT_EQ(owner[1].last, 2u);
}

TEST(InkRuns, ADigitIsNeverTwoRuns)
{
    // 令和10年 (glyphs 41 px) as a third-corpus postcard printed it: 和 is two runs, and the
    // LSTM's 1 starts where 和's second part ends. Were a digit allowed two runs, 「和」 as one
    // run, 1 on 和's 口 and 0 over both digits would cost as little as the right alignment.
    const std::vector<InkRun> runs{{10, 58}, {61, 85}, {87, 108}, {116, 139}, {145, 171}, {175, 224}};
    const std::vector<int> starts{9, 71, 116, 144, 194};
    const auto owner = alignRunsToSymbols(runs, starts, {G, G, D, D, G}, 41);
    EXPECT_EQ(firsts(owner), (std::vector<std::size_t>{0, 1, 1, 2, 3, 4}));
}

TEST(InkRuns, AMarkTooSmallForARunIsLeftWithoutOne)
{
    // 「R08.07.31」 (glyphs 23 px): the dots are specks, not runs. The symbols' edges are those
    // the LSTM gave on a medium photo, where an alignment without dots put 0 where 8 is.
    const std::vector<InkRun> runs{{4, 21}, {23, 39}, {42, 58}, {68, 85}, {88, 103}, {114, 130}, {135, 144}};
    const std::vector<int> starts{4, 23, 41, 61, 68, 87, 106, 114, 134};
    const auto owner = alignRunsToSymbols(runs, starts, {G, D, D, M, D, D, M, D, D}, 23);
    EXPECT_EQ(firsts(owner), (std::vector<std::size_t>{0, 1, 2, 4, 5, 7, 8}));
    // A digit never goes without its run: 「年 5. 月」 with the 5's run lost has no alignment.
    EXPECT_TRUE(alignRunsToSymbols({{0, 30}, {70, 100}}, {0, 35, 55, 70}, {G, D, M, G}, 30).empty());
    EXPECT_EQ(alignRunsToSymbols({{0, 30}, {36, 52}, {70, 100}}, {0, 35, 55, 70}, {G, D, M, G}, 30).size(), 3u);
}

TEST(InkRuns, NeverMergesKanjiIntoOneRun)
{
    // Two kanji printed touching cannot share a run: no alignment, so the caller falls back.
    const std::vector<InkRun> runs{{0, 60}};
    const std::vector<int> starts{0, 30};
    EXPECT_TRUE(alignRunsToSymbols(runs, starts, {G, G}, 30).empty());
    EXPECT_TRUE(alignRunsToSymbols({}, starts, {G, G}, 30).empty());
}

// 「番号 8910」 with the 8's symbol box over the 9 (as Tesseract's LSTM boxes can be): the crop
// would lose the 8. Glyph stand-ins on white paper: the label's last character (号) at 100–124,
// value digits at 140–160, 172–192, 204–224.
TEST(GluedValueStart, ValueBoxWidensOverTheFirstCharacterItMissed)
{
    cv::Mat page(60, 400, CV_8UC1, cv::Scalar(235));
    for (const cv::Rect& glyph : {cv::Rect(100, 20, 24, 24), cv::Rect(140, 16, 20, 30), cv::Rect(172, 16, 20, 30), cv::Rect(204, 16, 20, 30)})
        cv::rectangle(page, glyph, cv::Scalar(30), cv::FILLED);
    const cv::Rect cut(171, 12, 200, 38); // starts at the second digit
    for (int labelBoxX : {100, 118}) {   // the label's box at its character's start, or near its end
        const cv::Rect widened = widenToInkAfterLabel(page, cut, labelBoxX, 30, false);
        EXPECT_GT(widened.x, 124) << labelBoxX; // not into the label
        EXPECT_LE(widened.x, 140) << labelBoxX; // the first digit is in
        EXPECT_EQ(widened.br(), cut.br());
    }
    // A box that already holds the first digit, or no ink in between: unchanged.
    const cv::Rect whole(138, 12, 233, 38);
    EXPECT_EQ(widenToInkAfterLabel(page, whole, 100, 30, false), whole);
    cv::Mat blank(60, 400, CV_8UC1, cv::Scalar(235));
    EXPECT_EQ(widenToInkAfterLabel(blank, cut, 100, 30, false), cut);
}

// 「(枝番)01」 read 「(枝番01」 on a third-corpus card: the closing bracket was left unread, so
// the label's last character is 番 and the thin bracket after it is not the value's first
// character. Stand-ins on white paper: 番 at 100–124, 「)」 at 128–134, digits at 160–178, 184–200.
TEST(GluedValueStart, AClosingBracketIsNotTheValuesFirstCharacter)
{
    cv::Mat page(60, 400, CV_8UC1, cv::Scalar(235));
    for (const cv::Rect& glyph : {cv::Rect(100, 16, 24, 30), cv::Rect(128, 14, 6, 34), cv::Rect(160, 20, 18, 24), cv::Rect(184, 20, 16, 24)})
        cv::rectangle(page, glyph, cv::Scalar(30), cv::FILLED);
    const cv::Rect value(158, 12, 60, 38);
    EXPECT_EQ(widenToInkAfterLabel(page, value, 112, 32, true), value);
    EXPECT_LT(widenToInkAfterLabel(page, value, 112, 32, false).x, 135); // what it did before

    // A cell's rule after the label (an お知らせ's card part) is far taller than the label's
    // print: no bracket, so the box is widened as for any label.
    cv::Mat cell(60, 400, CV_8UC1, cv::Scalar(235));
    for (const cv::Rect& glyph : {cv::Rect(100, 22, 20, 16), cv::Rect(130, 0, 3, 60), cv::Rect(145, 22, 10, 17)})
        cv::rectangle(cell, glyph, cv::Scalar(30), cv::FILLED);
    const cv::Rect small(158, 12, 40, 38);
    EXPECT_EQ(widenToInkAfterLabel(cell, small, 108, 32, true), widenToInkAfterLabel(cell, small, 108, 32, false));
    EXPECT_LT(widenToInkAfterLabel(cell, small, 108, 32, true).x, 158);
}

// An お知らせ's card part: 「記号|867」 in one chunk, the small label (12 px) and the value (14 px)
// parted by the cell's rule, the chunk's glyph height (27) made by the rule. The label's last
// box is on its last character, so the rule came next and was taken for the value's first
// character: the box began 3 px before the rule, and the crop's margin took in half of 号
// (read 「三867」 and 「回867」). The value starts after the rule; the margin takes the rule in
// whole (the crop's rule erasing finds it), the label not.
TEST(GluedValueStart, ACellsRuleIsNotTheValuesFirstCharacter)
{
    cv::Mat page(80, 400, CV_8UC1, cv::Scalar(235));
    for (const cv::Rect& glyph : {cv::Rect(52, 30, 12, 12), cv::Rect(65, 30, 11, 12), // 記号
                                  cv::Rect(83, 10, 3, 60),                             // the cell's rule
                                  cv::Rect(93, 28, 9, 14), cv::Rect(105, 28, 9, 14), cv::Rect(117, 28, 9, 14)})
        cv::rectangle(page, glyph, cv::Scalar(30), cv::FILLED);
    const cv::Rect value(92, 24, 36, 28);
    const cv::Rect afterRule = widenToInkAfterLabel(page, value, 65, 27, false);
    EXPECT_GT(afterRule.x, 85);
    EXPECT_LE(afterRule.x, 92);
    EXPECT_EQ(afterRule.br(), value.br());

    // A value whose box missed its first digit, a 「1」 as thin as the rule: widened over the
    // 1 (as tall as the value's print), not over the rule.
    cv::Mat one = page.clone();
    cv::rectangle(one, cv::Rect(93, 28, 9, 14), cv::Scalar(235), cv::FILLED);
    cv::rectangle(one, cv::Rect(96, 28, 3, 14), cv::Scalar(30), cv::FILLED);
    const cv::Rect missed(104, 24, 24, 28);
    const cv::Rect widened = widenToInkAfterLabel(one, missed, 65, 27, false);
    EXPECT_GT(widened.x, 86);
    EXPECT_LE(widened.x, 96);
}
