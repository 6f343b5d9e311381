// 「被保険者等記号・番号 8910280・42906 (枝番) 00」 with the (枝番) printed small and condensed,
// glued to a large 00: read at the value's scale the word runs into one glyph (「(材)00」), and
// the 枝番 was only ever offered for review ("its label not read"). The 枝番 follows the combined
// 記号・番号 on its row (RowOrderLabels), and the bracketed word read alone at its own print's scale
// comes apart (BracketedWord). Printed with the real fonts (Qt), read by real Tesseract.
#include "GrayImage.h"
#include "BracketedWord.h"
#include "FieldLocator.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "PaintKit.h"
#include "ReadChunkFixture.h"
#include "RowOrderLabels.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

OcrEngine& ocr()
{
    static OcrEngine engine;
    return engine;
}

struct Row {
    cv::Mat gray;
    cv::Rect word, value; ///< where 「(枝番)」 and 「00」 are printed
};

// The row's end as the postcard prints it: the word at about 0.55 of the digits' height, squeezed.
Row printedRow(const char* family)
{
    QImage image(420, 90, QImage::Format_Grayscale8);
    image.fill(QColor(240, 232, 200));
    Row row;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QColor ink(45, 45, 45);
        const QRectF word = synth::drawText(p, QRectF(40, 30, 48, 40), QString::fromUtf8("(枝番)"), {19, family, false, ink});
        const QRectF value = synth::drawText(p, QRectF(word.right() + 14, 10, 120, 60), QStringLiteral("00"), {44, family, false, ink});
        row.word = cv::Rect(static_cast<int>(word.x()), static_cast<int>(word.y()), static_cast<int>(word.width()) + 1, static_cast<int>(word.height()));
        row.value = cv::Rect(static_cast<int>(value.x()), static_cast<int>(value.y()) + 6, static_cast<int>(value.width()) + 1, static_cast<int>(value.height()) - 12);
    }
    row.gray = test::grayOf(image);
    return row;
}

// The glued chunk 「(枝番) 00」 as PageText read it at the value's scale: 「(材)00」, the word's
// symbols over the word's print, the digits' over the digits.
ReadChunk readAsOneGlyph(const Row& row)
{
    ReadChunk c;
    c.chunk.box = row.word | row.value;
    c.chunk.glyphHeight = row.value.height;
    c.read = true;
    c.text = matchingForm("(材)00");
    const int third = row.word.width / 3;
    const cv::Rect boxes[] = {{row.word.x, row.word.y, third, row.word.height},
                              {row.word.x + third, row.word.y, third, row.word.height},
                              {row.word.x + 2 * third, row.word.y, row.word.width - 2 * third, row.word.height},
                              {row.value.x, row.value.y, row.value.width / 2, row.value.height},
                              {row.value.x + row.value.width / 2, row.value.y, row.value.width / 2, row.value.height}};
    for (const cv::Rect& b : boxes)
        c.symbols.push_back(OcrSymbol{"", 0.5, Box{b.x, b.y, b.width, b.height}});
    c.startPrintHeight = row.word.height * 3 / 4;
    return c;
}

} // namespace

TEST(BracketedWord, TheWordReadAloneComesApart)
{
    ASSERT_TRUE(ocr().isReady()) << ocr().error();
    const Row row = printedRow("Noto Sans CJK JP");
    int characters = 0;
    const auto word = bracketedWordReadAlone(ocr(), row.gray, readAsOneGlyph(row), row.word.height * 3 / 4, characters);
    ASSERT_TRUE(word);
    const std::u32string text = word->text;
    ASSERT_GE(text.size(), 5u);
    EXPECT_EQ(text.substr(0, 1), U"(");
    EXPECT_EQ(text.substr(text.size() - 3), U")00"); // the first reading's from the closing bracket on
    EXPECT_EQ(word->symbols.size(), text.size());
    EXPECT_EQ(word->symbols.back().box.x, row.value.x + row.value.width / 2); // the value's own boxes
}

TEST(BracketedWord, TheBranchLabelAfterACombinedValueIsReadAlone)
{
    ASSERT_TRUE(ocr().isReady()) << ocr().error();
    const Row row = printedRow("Noto Sans CJK JP");
    const LabelMatcher& labels = test::defaultLabels();
    PageText page;
    ReadChunk label = test::chunkReadAs("被保険者等記号・番号", 0, 10, labels);
    label.chunk.box = cv::Rect(0, row.value.y, 10, row.value.height);
    ReadChunk value;
    value.chunk.box = cv::Rect(12, row.value.y, 20, row.value.height); // the combined value, not read
    value.chunk.glyphHeight = row.value.height;
    page.chunks = {label, value, readAsOneGlyph(row)};
    ASSERT_FALSE(page.chunks[2].label);
    labelsFromRowOrder(ocr(), row.gray, page, labels);
    ASSERT_TRUE(page.chunks[2].label);
    EXPECT_EQ(page.chunks[2].label->field, FieldId::BranchNumber);
    const FieldLocations at = locateFields(page);
    const auto& branch = at.values[static_cast<std::size_t>(FieldId::BranchNumber)];
    ASSERT_EQ(branch.size(), 1u);
    EXPECT_TRUE(branch[0].doubt.empty());
    EXPECT_GE(branch[0].box.x, row.word.br().x - 2); // the value after the word
}

TEST(BracketedWord, NoBracketedWordNothingToReadAgain)
{
    const Row row = printedRow("Noto Sans CJK JP");
    ReadChunk c = readAsOneGlyph(row);
    c.text = matchingForm("材番00");
    int characters = 0;
    EXPECT_FALSE(bracketedWordReadAlone(ocr(), row.gray, c, row.word.height, characters));
    c.text = matchingForm("(材番本人00"); // no closing bracket within a word's length
    EXPECT_FALSE(bracketedWordReadAlone(ocr(), row.gray, c, row.word.height, characters));
}
