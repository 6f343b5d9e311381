// A field label printed smaller than the values beside it, on a blurred 2 MP photo: the height of
// the print at a chunk's start (StartPrintHeight), and a value that never runs on into such a
// label read wrong (FieldLocator: 「記号 35860839 番号 2691」 with 番号 read 「番呈」).
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "PageText.h"
#include "StartPrintHeight.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <random>

using namespace shikaku;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

// A read chunk of the page text; `startPrint` 0 means the start's print was not measured.
ReadChunk chunk(const std::u32string& text, cv::Rect box, int glyph, bool read, int startPrint = 0)
{
    ReadChunk c;
    c.read = read;
    c.text = read ? text : std::u32string();
    c.chunk.box = box;
    c.chunk.glyphHeight = glyph;
    c.startPrintHeight = startPrint;
    if (read)
        c.label = LabelMatcher(models()).match(c.text);
    return c;
}

// 「記号」 label, the 記号's digits (a value right after a label is not read), then the 番号 label
// glued to its digits and read wrong.
PageText symbolRow(int startPrintOfThird)
{
    PageText page;
    page.chunks.push_back(chunk(U"記号", {40, 120, 38, 20}, 20, true));
    page.chunks.push_back(chunk({}, {93, 120, 124, 24}, 24, false));
    page.chunks.push_back(chunk(U"番呈2691", {254, 121, 114, 23}, 23, true, startPrintOfThird));
    return page;
}

const std::vector<ValueLocation>& places(const FieldLocations& at, FieldId id)
{
    return at.values[static_cast<std::size_t>(id)];
}

} // namespace

TEST(SmallLabel, ValueStopsBeforeALabelPrintedSmallerThanIt)
{
    const FieldLocations at = locateFields(symbolRow(16));
    ASSERT_EQ(places(at, FieldId::Symbol).size(), 1u);
    EXPECT_EQ(places(at, FieldId::Symbol)[0].box, cv::Rect(93, 120, 124, 24)); // the digits only
}

TEST(SmallLabel, ValueGoesOnWhenThePrintIsNotSmaller)
{
    // Same text, print as large as the value's: no reason to think it is a label.
    const FieldLocations at = locateFields(symbolRow(22));
    ASSERT_EQ(places(at, FieldId::Symbol).size(), 1u);
    EXPECT_EQ(places(at, FieldId::Symbol)[0].box.br().x, 368);
    // Not measured: as before.
    const FieldLocations unmeasured = locateFields(symbolRow(0));
    EXPECT_EQ(places(unmeasured, FieldId::Symbol)[0].box.br().x, 368);
}

TEST(SmallLabel, SmallPrintWithoutALabelCharacterIsNoStop)
{
    // Smaller print that does not start like a field label (a kana 記号's second part) is part
    // of the value.
    PageText page = symbolRow(16);
    page.chunks[2] = chunk(U"あい", {254, 121, 40, 23}, 23, true, 16);
    const FieldLocations at = locateFields(page);
    EXPECT_EQ(places(at, FieldId::Symbol)[0].box.br().x, 294);
}

TEST(SmallLabel, StartPrintHeightMeasuresTheSmallLabelNotTheValue)
{
    // A grey page with grain, small print (10 px) then large print (20 px) in one box.
    cv::Mat gray(60, 200, CV_8UC1, cv::Scalar(200));
    std::mt19937 rng(7);
    std::normal_distribution<double> grain(0.0, 8.0);
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x)
            gray.at<uchar>(y, x) = cv::saturate_cast<uchar>(200 + grain(rng));
    for (int x : {10, 24}) // two small glyphs, 10 px high, bottom at y 40
        cv::rectangle(gray, cv::Rect(x, 30, 9, 10), cv::Scalar(60), 2);
    for (int x : {60, 80, 100, 120}) // four large ones, 20 px high, same baseline
        cv::rectangle(gray, cv::Rect(x, 20, 14, 20), cv::Scalar(40), 3);
    const cv::Rect box(5, 10, 140, 40);
    const int start = startPrintHeight(gray, box, 40);
    EXPECT_GE(start, 9);
    EXPECT_LE(start, 13);
    const int whole = startPrintHeight(gray, box, box.width);
    EXPECT_GE(whole, 19); // the large glyphs (a 3 px outline adds a pixel or two)
    EXPECT_LE(whole, 25);
}

TEST(SmallLabel, StartPrintHeightOfNothingIsZero)
{
    const cv::Mat blank(40, 80, CV_8UC1, cv::Scalar(220));
    EXPECT_EQ(startPrintHeight(blank, {0, 0, 80, 40}, 40), 0);
    EXPECT_EQ(startPrintHeight(blank, {100, 100, 10, 10}, 10), 0);
}
