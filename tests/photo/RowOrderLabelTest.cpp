// A two-character label read with one character wrong (番号 as 普号, 枝番 as 核番 under blur,
// glare or shade) is taken as that label only where the row's order puts it: the first chunk
// after the value of the label before it (「記号 12 番号 345 (枝番) 00」). Chunks read as given
// text (ReadChunkFixture); the re-readings of a chunk whose text is no such label run on a blank
// page (real Tesseract, nothing to read there).
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "RowOrderLabels.h"
#include "ReadChunkFixture.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const LabelMatcher& labels() { return test::defaultLabels(); }

OcrEngine& ocr()
{
    static OcrEngine engine;
    return engine;
}

const cv::Mat& blankPage()
{
    static const cv::Mat page(300, 1000, CV_8UC1, cv::Scalar(255));
    return page;
}

ReadChunk read(const char* text, int x, int width) { return test::chunkReadAs(text, x, width, labels()); }

ReadChunk unread(int x, int width)
{
    ReadChunk c;
    c.chunk.box = cv::Rect(x, 100, width, 22);
    c.chunk.glyphHeight = 20;
    return c;
}

std::optional<FieldId> fieldOf(const ReadChunk& c) { return c.label ? c.label->field : std::nullopt; }

} // namespace

TEST(RowOrderLabel, AMisreadNumberLabelAfterTheSymbolsValueIsTheNumberLabel)
{
    ASSERT_TRUE(ocr().isReady()) << ocr().error();
    PageText page;
    page.chunks = {read("記号", 40, 40), unread(100, 70), read("普号", 400, 40), read("75618131", 460, 100),
                   read("(村番)", 800, 60), unread(885, 30)};
    ASSERT_FALSE(page.chunks[2].label);
    labelsFromRowOrder(ocr(), blankPage(), page, labels());
    EXPECT_EQ(fieldOf(page.chunks[2]), FieldId::Number);
    EXPECT_EQ(fieldOf(page.chunks[4]), FieldId::BranchNumber); // in turn after the 番号's value
    const FieldLocations at = locateFields(page);
    ASSERT_EQ(at.values[static_cast<std::size_t>(FieldId::Number)].size(), 1u);
    EXPECT_EQ(at.values[static_cast<std::size_t>(FieldId::Number)][0].box.x, 460);
    ASSERT_EQ(at.values[static_cast<std::size_t>(FieldId::BranchNumber)].size(), 1u);
    EXPECT_EQ(at.values[static_cast<std::size_t>(FieldId::BranchNumber)][0].box.x, 885);
}

TEST(RowOrderLabel, ABranchLabelGluedToItsValueEndsBeforeTheDigits)
{
    PageText page;
    page.chunks = {read("番号471289", 400, 240), read("核番00", 716, 128)};
    labelsFromRowOrder(ocr(), blankPage(), page, labels());
    ASSERT_EQ(fieldOf(page.chunks[1]), FieldId::BranchNumber);
    EXPECT_EQ(page.chunks[1].label->end, 2u);
    const FieldLocations at = locateFields(page);
    ASSERT_EQ(at.values[static_cast<std::size_t>(FieldId::BranchNumber)].size(), 1u);
    EXPECT_GE(at.values[static_cast<std::size_t>(FieldId::BranchNumber)][0].box.x, 716 + 2 * 32 - 1);
}

TEST(RowOrderLabel, OnlyTheChunkAfterTheValueInTheRowsOrder)
{
    {
        // The chunk right beside the label is its value, whatever it reads as.
        PageText page;
        page.chunks = {read("記号", 40, 40), read("南号", 100, 40)};
        labelsFromRowOrder(ocr(), blankPage(), page, labels());
        EXPECT_FALSE(page.chunks[1].label);
    }
    {
        // Not after a 記号 or 番号: no order to stand in for the character.
        PageText page;
        page.chunks = {read("氏名", 40, 40), unread(100, 70), read("普号", 400, 40)};
        labelsFromRowOrder(ocr(), blankPage(), page, labels());
        EXPECT_FALSE(page.chunks[2].label);
    }
    {
        // Both characters wrong, or a digit in a character's place (the value's first digit).
        PageText page;
        page.chunks = {read("記号", 40, 40), unread(100, 70), read("普通", 400, 40)};
        labelsFromRowOrder(ocr(), blankPage(), page, labels());
        EXPECT_FALSE(page.chunks[2].label);
        page.chunks[2] = read("番8", 400, 40);
        labelsFromRowOrder(ocr(), blankPage(), page, labels());
        EXPECT_FALSE(page.chunks[2].label);
    }
    {
        // Another row.
        PageText page;
        page.chunks = {read("記号", 40, 40), unread(100, 70), read("普号", 400, 40)};
        page.chunks[2].chunk.box.y += 60;
        labelsFromRowOrder(ocr(), blankPage(), page, labels());
        EXPECT_FALSE(page.chunks[2].label);
    }
}
