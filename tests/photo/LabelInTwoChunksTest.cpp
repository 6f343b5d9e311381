// 「記号 ・ 番号　９７７９７３７８・４５１１７」 (seed 31337's kakuninsho_a4_0012): the label set with a
// wide gap at its middle dot, so 「番号」 is a chunk of its own right after 「記号」. The chunk right
// after a label is its value and was never read: the 記号's value then began with the small
// 番号 and read as noise, and no 番号 label was found. Now a chunk printed no larger than the
// label, with larger print after it, is read; a 番号 label going on from a 記号 label makes
// one combined label (PageText, FieldLocator). Drawn at test time (PaintKit, IPAGothic), read
// by real Tesseract.
#include "DrawnPage.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "ReadChunkFixture.h"
#include "TextChunkFinder.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

cv::Mat a4Rows()
{
    return test::drawnPage(1200, 420, 238, [](const test::PrintText& text) {
        text(300, 20, 56, QString::fromUtf8("健康保険資格確認書"));
        text(20, 200, 21, QString::fromUtf8("記号"));
        text(74, 200, 21, QString::fromUtf8("・"));
        text(100, 200, 21, QString::fromUtf8("番号"));
        test::printSpacedOut(text, 250, 192, 30, 36, QString::fromUtf8("97797378・45117"));
        text(850, 200, 21, QString::fromUtf8("(枝番)"));
        text(960, 192, 30, QString::fromUtf8("01"));
        test::printNameAndBirthRows(text, 280);
    });
}

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

} // namespace

TEST(LabelInTwoChunks, ANumberLabelGoingOnFromASymbolLabelMakesOneCombinedLabel)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const cv::Mat gray = a4Rows();
    const TextChunkLayout layout = findTextChunks(gray);
    const FieldLocations at = locateFields(readPageText(ocr, gray, layout, test::defaultLabels()));
    const auto& symbol = at.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_TRUE(symbol.front().combinedSymbolNumber);
    EXPECT_GT(symbol.front().box.x, 230); // the value, not the 番号 before it
    EXPECT_TRUE(at.values[static_cast<std::size_t>(FieldId::Number)].empty()) << "the 番号 label is the 記号's";
    const auto fields = readFieldValues(ocr, gray, at, models(), {});
    const FieldReading& s = fields[static_cast<std::size_t>(FieldId::Symbol)];
    const FieldReading& n = fields[static_cast<std::size_t>(FieldId::Number)];
    ASSERT_TRUE(s.value);
    ASSERT_TRUE(n.value);
    EXPECT_EQ(*s.value, "97797378");
    EXPECT_EQ(*n.value, "45117");
}
