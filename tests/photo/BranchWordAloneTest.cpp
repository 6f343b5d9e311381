// BranchWordAlone: 「記号・番号 枝番 02」 on one line, the 枝番 label printed unbracketed in smaller
// print between the 番号 and the 枝番. Read at the value's scale the word comes out wrong and the
// 枝番 was only offered for review; cut out and read alone it reads 枝番, and the 枝番 after it is
// read as after its label. Print drawn by Qt (IPA Gothic) at test time, real Tesseract.
#include "BranchWordAlone.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "GrayImage.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PaintKit.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

OcrSymbol symbol(const char* text, int x, int width = 16)
{
    OcrSymbol s;
    s.text = text;
    s.confidence = 0.9;
    s.box = Box{x, 10, width, 24};
    return s;
}

// 「51728630・518204 <word> 02」: the value at 30 px, the word between at 20 px.
struct Line {
    cv::Mat page;
    cv::Rect value;
};

Line combinedLineWithWord(const char* word)
{
    QImage image(900, 100, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QRectF first, between, branch;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        const synth::TextSpec value{30, "IPAGothic", false, QColor(30, 30, 30)};
        first = synth::drawText(p, QRectF(30, 20, 560, 50), QString::fromUtf8("51728630・518204"), value);
        between = synth::drawText(p, QRectF(first.right() + 24, 20, 200, 50), QString::fromUtf8(word),
                                  {20, "IPAGothic", false, QColor(30, 30, 30)});
        branch = synth::drawText(p, QRectF(between.right() + 18, 20, 120, 50), QStringLiteral("02"), value);
    }
    Line line;
    line.page = test::grayOf(image);
    line.value = cv::Rect(static_cast<int>(first.x()), static_cast<int>(first.y()), static_cast<int>(branch.right() - first.x()) + 1,
                          static_cast<int>(first.height()) + 1);
    return line;
}

std::array<FieldReading, 5> readCombined(OcrEngine& ocr, const Line& line)
{
    ValueLocation v;
    v.box = line.value;
    v.glyphHeight = 24;
    v.combinedSymbolNumber = true;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::Symbol)].push_back(v);
    return readFieldValues(ocr, line.page, at, models(), {});
}

FieldReading of(const std::array<FieldReading, 5>& fields, FieldId id) { return fields[static_cast<std::size_t>(id)]; }

} // namespace

TEST(BranchWordAlone, TheWordLiesBetweenTheNumbersLastDigitAndTheBranchsFirst)
{
    const std::vector<OcrSymbol> read = {symbol("7", 0),    symbol("・", 20), symbol("5", 40),  symbol("1", 60),
                                         symbol("和", 90), symbol("枝", 110), symbol("矯", 130), symbol("0", 170), symbol("2", 190)};
    const auto gap = branchWordGap(read);
    ASSERT_TRUE(gap.has_value());
    EXPECT_EQ(gap->from, 76); // the 1's right edge
    EXPECT_EQ(gap->to, 170);  // the 0's left edge
}

TEST(BranchWordAlone, NoGapWithoutADotDigitsAWordAndDigitsToTheEnd)
{
    // No middle dot; no word; the word holds no kanji; something after the 枝番's digits.
    EXPECT_FALSE(branchWordGap({symbol("5", 0), symbol("和", 30), symbol("0", 60)}));
    EXPECT_FALSE(branchWordGap({symbol("7", 0), symbol("・", 20), symbol("5", 40), symbol("1", 60)}));
    EXPECT_FALSE(branchWordGap({symbol("7", 0), symbol("・", 20), symbol("5", 40), symbol("_", 60), symbol("0", 80)}));
    EXPECT_FALSE(branchWordGap({symbol("7", 0), symbol("・", 20), symbol("5", 40), symbol("枝", 60), symbol("0", 80), symbol("号", 100)}));
}

// Without the word read alone the 枝番 is `review` ("its label not read"), whatever the line's
// reading made of the word.
TEST(BranchWordAlone, ABranchAfterItsUnbracketedLabelIsReadAsAfterItsLabel)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const auto fields = readCombined(ocr, combinedLineWithWord("枝番"));
    EXPECT_EQ(of(fields, FieldId::Symbol).value, "51728630");
    EXPECT_EQ(of(fields, FieldId::Number).value, "518204");
    EXPECT_EQ(of(fields, FieldId::BranchNumber).value, "02");
    EXPECT_EQ(of(fields, FieldId::BranchNumber).status, FieldStatus::Ok) << of(fields, FieldId::BranchNumber).reason;
}

TEST(BranchWordAlone, TheLabelReadWithOneCharacterWrongIsStillItButNoOtherWord)
{
    EXPECT_TRUE(readsAsBranchLabel("枝番"));
    EXPECT_TRUE(readsAsBranchLabel("(枝番)"));
    EXPECT_TRUE(readsAsBranchLabel("核番")); // one kanji wrong, where the row puts the label
    EXPECT_TRUE(readsAsBranchLabel("枝 番"));
    EXPECT_FALSE(readsAsBranchLabel("本人"));
    EXPECT_FALSE(readsAsBranchLabel("(本人)"));
    EXPECT_FALSE(readsAsBranchLabel("1番")); // a digit of the values around it
    EXPECT_FALSE(readsAsBranchLabel("枝番号"));
    EXPECT_FALSE(readsAsBranchLabel("番"));
}

TEST(BranchWordAlone, AnotherWordThereIsNoLabel)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const auto fields = readCombined(ocr, combinedLineWithWord("(本人)"));
    EXPECT_NE(of(fields, FieldId::BranchNumber).status, FieldStatus::Ok);
}
