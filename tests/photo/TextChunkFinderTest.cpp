// TextChunkFinder on a blurred, noisy page: a frame broken into dashes must not swallow the
// text beside it (hard-tier back sides lost their whole panel this way).
#include "TextChunkFinder.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace shikaku;

namespace {

// A rule drawn as dashes with 2 px gaps: what binarising a blurred, grainy rule leaves.
void dashedLine(cv::Mat& page, cv::Point from, cv::Point to)
{
    const cv::Point step = to - from;
    const double length = std::hypot(step.x, step.y);
    for (double at = 0; at < length; at += 8) {
        const double end = std::min(length, at + 6);
        cv::line(page, from + cv::Point(cv::Point2d(step) * (at / length)), from + cv::Point(cv::Point2d(step) * (end / length)),
                 cv::Scalar(40), 3);
    }
}

} // namespace

TEST(TextChunkFinder, TextBesideABrokenFrameIsStillFound)
{
    cv::Mat page(500, 800, CV_8UC1, cv::Scalar(235));
    dashedLine(page, {20, 20}, {780, 20});
    dashedLine(page, {780, 20}, {780, 480});
    dashedLine(page, {780, 480}, {20, 480});
    dashedLine(page, {20, 480}, {20, 20});
    const int lines = 6;
    for (int i = 0; i < lines; ++i)
        cv::putText(page, "ABCDEFGH KLMNOPQR STUVW", {32, 80 + 60 * i}, cv::FONT_HERSHEY_SIMPLEX, 0.9, cv::Scalar(40), 2, cv::LINE_AA);
    cv::GaussianBlur(page, page, {}, 1.5);
    cv::Mat noise(page.size(), CV_16SC1);
    cv::RNG rng(4711);
    rng.fill(noise, cv::RNG::NORMAL, 0, 11);
    page.convertTo(page, CV_16SC1);
    page += noise;
    page.convertTo(page, CV_8UC1);

    const TextChunkLayout layout = findTextChunks(page);
    // Each printed line yields chunks of text height starting near the frame's left side.
    const long firstWords = std::count_if(layout.chunks.begin(), layout.chunks.end(), [](const TextChunk& c) {
        return c.box.x >= 24 && c.box.x <= 40 && c.box.height < 40 && c.box.width > 100;
    });
    EXPECT_EQ(firstWords, lines);
}

// A phone screen prints its labels in grey above values in black. Otsu's level between the
// screen and the black values cut each grey label into a few strong strokes (被保険者記号 came
// out as 「険者記号」, 枝番 as two specks), which then read as nothing.
TEST(TextChunkFinder, GreyLabelsOnAPhoneScreenAreFoundWhole)
{
    cv::Mat page(1300, 600, CV_8UC1, cv::Scalar(246));
    // Grey print whose thin strokes, once blurred, respond about half as strongly as the values.
    const std::string label = "ABCDEFGH";
    const double labelScale = 0.75;
    int baseline = 0;
    const cv::Size labelSize = cv::getTextSize(label, cv::FONT_HERSHEY_SIMPLEX, labelScale, 2, &baseline);
    const int rows = 8;
    for (int i = 0; i < rows; ++i) {
        const int y = 120 + 130 * i;
        cv::putText(page, label, {40, y}, cv::FONT_HERSHEY_SIMPLEX, labelScale, cv::Scalar(148), 2, cv::LINE_AA);
        cv::putText(page, "0123456", {40, y + 50}, cv::FONT_HERSHEY_SIMPLEX, 1.3, cv::Scalar(20), 3, cv::LINE_AA);
    }
    cv::GaussianBlur(page, page, {}, 1.2);
    cv::Mat noise(page.size(), CV_16SC1);
    cv::RNG rng(4242);
    rng.fill(noise, cv::RNG::NORMAL, 0, 3);
    page.convertTo(page, CV_16SC1);
    page += noise;
    page.convertTo(page, CV_8UC1);

    const TextChunkLayout layout = findTextChunks(page);
    for (int i = 0; i < rows; ++i) {
        const int y = 120 + 130 * i;
        const bool whole = std::any_of(layout.chunks.begin(), layout.chunks.end(), [&](const TextChunk& c) {
            return c.box.y <= y && c.box.br().y >= y - labelSize.height && c.box.x <= 44 && c.box.width >= labelSize.width * 9 / 10;
        });
        EXPECT_TRUE(whole) << "label row " << i;
    }
}

namespace {

// A card-sized page with six lines of body text, so that the body character height (and with
// it the glue) is what a card's is.
cv::Mat cardWithBodyText()
{
    cv::Mat page(630, 1000, CV_8UC1, cv::Scalar(235));
    for (int i = 0; i < 6; ++i)
        cv::putText(page, "ABCDEFGH 12345", {40, 300 + 50 * i}, cv::FONT_HERSHEY_SIMPLEX, 0.9, cv::Scalar(30), 2, cv::LINE_AA);
    return page;
}

int textHeight(const std::string& text, double scale, int thickness)
{
    int baseline = 0;
    return cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline).height;
}

bool anyChunk(const TextChunkLayout& layout, const std::function<bool(const cv::Rect&)>& test)
{
    return std::any_of(layout.chunks.begin(), layout.chunks.end(), [&](const TextChunk& c) { return test(c.box); });
}

} // namespace

// 「有効期限」 printed small right above its date in a box: the glue joined both lines, the chunk
// read as one two-line title, and the label was lost. A smaller line over a longer, larger one
// is a label over its value: two chunks.
TEST(TextChunkFinder, LabelPrintedRightAboveItsValueIsAChunkOfItsOwn)
{
    cv::Mat page = cardWithBodyText();
    cv::rectangle(page, {600, 30}, {980, 140}, cv::Scalar(60), 2);
    const int labelBaseline = 62;
    const int valueTop = labelBaseline + 4;
    const int valueBaseline = valueTop + textHeight("2027 07 31", 1.1, 2);
    cv::putText(page, "EXPIRY", {612, labelBaseline}, cv::FONT_HERSHEY_SIMPLEX, 0.6, cv::Scalar(30), 1, cv::LINE_AA);
    cv::putText(page, "2027 07 31", {612, valueBaseline}, cv::FONT_HERSHEY_SIMPLEX, 1.1, cv::Scalar(30), 2, cv::LINE_AA);

    const TextChunkLayout layout = findTextChunks(page);
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x >= 600 && b.y < labelBaseline && b.br().y <= valueTop + 2; }));
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x >= 600 && b.y >= labelBaseline - 2 && b.br().y >= valueBaseline - 2; }));
}

// A label printed on two lines of one size (保険者 over 番号) stays one chunk: its lower half
// alone would read as another field's label.
TEST(TextChunkFinder, LabelPrintedOnTwoLinesStaysOneChunk)
{
    cv::Mat page = cardWithBodyText();
    const int firstBaseline = 62;
    const int secondBaseline = firstBaseline + 4 + textHeight("NUMBER", 0.6, 1);
    cv::putText(page, "INSURER", {612, firstBaseline}, cv::FONT_HERSHEY_SIMPLEX, 0.6, cv::Scalar(30), 1, cv::LINE_AA);
    cv::putText(page, "NUMBER", {612, secondBaseline}, cv::FONT_HERSHEY_SIMPLEX, 0.6, cv::Scalar(30), 1, cv::LINE_AA);

    const TextChunkLayout layout = findTextChunks(page);
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.y < firstBaseline - 8 && b.br().y >= secondBaseline - 1; }));
}

// A title printed close to a framed box beside it (the 有効期限 box of a card) is not one line
// with the box's text: the glue does not bridge the frame.
TEST(TextChunkFinder, TitleIsNotGluedToTheFramedBoxBesideIt)
{
    cv::Mat page = cardWithBodyText();
    int baseline = 0;
    const cv::Size title = cv::getTextSize("TITLE", cv::FONT_HERSHEY_SIMPLEX, 1.6, 3, &baseline);
    const int frameX = 40 + title.width + 4;
    cv::putText(page, "TITLE", {40, 110}, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(30), 3, cv::LINE_AA);
    cv::rectangle(page, {frameX, 30}, {980, 140}, cv::Scalar(60), 2);
    cv::putText(page, "2027 07 31", {frameX + 5, 110}, cv::FONT_HERSHEY_SIMPLEX, 1.1, cv::Scalar(30), 2, cv::LINE_AA);

    const TextChunkLayout layout = findTextChunks(page);
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x <= 44 && b.br().y >= 100 && b.br().x <= frameX; }));
    EXPECT_FALSE(anyChunk(layout, [&](const cv::Rect& b) { return b.x <= 44 && b.y < 140 && b.br().x > frameX + 4; }));
}

// The strokes of a large title are long enough to pass for rules when rules are taken out; only
// frames taller than any print keep the glue apart, or a title comes apart at its own strokes.
TEST(TextChunkFinder, ATitlesOwnStrokesDoNotCutIt)
{
    cv::Mat page = cardWithBodyText();
    int baseline = 0;
    const cv::Size title = cv::getTextSize("HIHIHI", cv::FONT_HERSHEY_SIMPLEX, 2.0, 5, &baseline);
    cv::putText(page, "HIHIHI", {40, 120}, cv::FONT_HERSHEY_SIMPLEX, 2.0, cv::Scalar(30), 5, cv::LINE_AA);

    const TextChunkLayout layout = findTextChunks(page);
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x <= 48 && b.br().x >= 40 + title.width * 9 / 10; }));
}

// A card's ruled row is barely more than two characters tall: its cell borders are shorter than
// the rules taken out by the page's width. Left in, the border between 「番号」 and 「527827」
// glued them into one chunk as tall as the cell, and the border read as a 1 (seed 31337's
// oshirase_0009, whose 番号 then stayed in review).
TEST(TextChunkFinder, ALabelIsNotGluedToItsValueAcrossACellBorder)
{
    // A card page whose body print is 16-17 px, as on the bench's cards (1000 px wide).
    cv::Mat page(630, 1000, CV_8UC1, cv::Scalar(235));
    const double scale = 0.7;
    for (int i = 0; i < 6; ++i)
        cv::putText(page, "ABCDEFGH 12345", {40, 300 + 45 * i}, cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar(30), 2, cv::LINE_AA);
    const int text = textHeight("NO", scale, 2);
    const int top = 100, bottom = top + text * 25 / 10, border = 700;
    cv::line(page, {560, top}, {980, top}, cv::Scalar(60), 2);
    cv::line(page, {560, bottom}, {980, bottom}, cv::Scalar(60), 2);
    cv::line(page, {border, top}, {border, bottom}, cv::Scalar(60), 2);
    const int baseline = (top + bottom + text) / 2;
    int unused = 0;
    const int labelWidth = cv::getTextSize("NO", cv::FONT_HERSHEY_SIMPLEX, scale, 2, &unused).width;
    cv::putText(page, "NO", {border - 8 - labelWidth, baseline}, cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar(30), 2, cv::LINE_AA);
    cv::putText(page, "527827", {border + 8, baseline}, cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar(30), 2, cv::LINE_AA);
    // A title far larger than the body (a postcard's, standing up): its strokes are as tall as a
    // border, but meet no rule.
    const cv::Size title = cv::getTextSize("HIHIH", cv::FONT_HERSHEY_SIMPLEX, 1.9, 5, &unused);
    cv::putText(page, "HIHIH", {40, 90}, cv::FONT_HERSHEY_SIMPLEX, 1.9, cv::Scalar(30), 5, cv::LINE_AA);

    const TextChunkLayout layout = findTextChunks(page);
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x <= 48 && b.br().x >= 40 + title.width * 9 / 10; }));
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x < border && b.br().x <= border && b.height <= text * 13 / 10; }));
    EXPECT_TRUE(anyChunk(layout, [&](const cv::Rect& b) { return b.x >= border && b.x <= border + 12 && b.height <= text * 13 / 10; }));
    EXPECT_FALSE(anyChunk(layout, [&](const cv::Rect& b) { return b.x < border - 4 && b.br().x > border + 4 && b.y < bottom && b.br().y > top; }));
}
