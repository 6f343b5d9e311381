// An A4 資格確認書's row 「被保険者等記号・番号　７ ５ ４ ７ １ １ ５ ５ ９・６ ４ ９ ８ ３ ２ １」: the label
// glued to a value printed larger and spaced out, one chunk 26 of the value's glyphs wide. Such
// a chunk was taken for running text and never read (seed 31337's A4 sheets: 記号 and 番号
// not found on clean photos). Drawn at test time (PaintKit, IPAGothic), read by real Tesseract
// through PageText and FieldLocator.
#include "DrawnPage.h"
#include "FieldLocator.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "ReadChunkFixture.h"
#include "TextChunkFinder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace shikaku;

namespace {

cv::Mat a4Rows()
{
    return test::drawnPage(1200, 420, 238, [](const test::PrintText& text) {
        // The addressee and the title print larger than the value: the row is no title candidate
        // (titles are read in full whatever their width).
        text(20, 10, 44, QString::fromUtf8("竹井"));
        text(160, 10, 44, QString::fromUtf8("千代様"));
        text(300, 90, 56, QString::fromUtf8("健康保険資格確認書"));
        text(20, 200, 21, QString::fromUtf8("被保険者等記号・番号"));
        test::printSpacedOut(text, 250, 186, 40, 29, QString::fromUtf8("754711559・6498321"));
        test::printNameAndBirthRows(text, 280);
    });
}

} // namespace

TEST(WideValueRow, ALabelGluedToASpacedOutValueIsRead)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const cv::Mat gray = a4Rows();
    const TextChunkLayout layout = findTextChunks(gray);
    const auto wide = std::find_if(layout.chunks.begin(), layout.chunks.end(), [](const TextChunk& c) {
        return c.box.x < 40 && c.box.y > 180 && c.box.y < 240 && c.box.width > 22 * c.glyphHeight;
    });
    ASSERT_NE(wide, layout.chunks.end()) << "the label and its value make one chunk wider than 22 of its glyphs";
    const FieldLocations at = locateFields(readPageText(ocr, gray, layout, test::defaultLabels()));
    const auto& symbol = at.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u) << "the 記号・番号 label is read";
    EXPECT_TRUE(symbol.front().combinedSymbolNumber);
    EXPECT_GT(symbol.front().box.x, 230);
}
