// A digit the digit model dropped (vision/DroppedDigit): eng reads a glyph far from its
// neighbour badly and now and then leaves it out (the お知らせ's letter-spaced 枝番 「0 1」 read
// 「1」 or 「0」), so jpn's right reading found no agreement. When the print shows exactly as
// many separate digit-sized glyphs as jpn read, eng reads them once more set side by side.
// Printed with the real fonts (Qt), read by real Tesseract.
#include "GrayImage.h"
#include "CropReader.h"
#include "DroppedDigit.h"
#include "FieldValueReader.h"
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

struct Print {
    cv::Mat gray;
    cv::Rect box; ///< the printed digits, as the locator gives a value's box
    int glyph = 0;
};

Print printed(const char* text, double size, const char* family, double letterSpacing, bool bold)
{
    QImage image(400, 90, QImage::Format_Grayscale8);
    image.fill(QColor(235, 235, 230));
    QRectF r;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        synth::TextSpec spec{size, family, bold, QColor(40, 40, 40)};
        spec.letterSpacing = letterSpacing;
        r = synth::drawText(p, QRectF(40, 20, 340, 50), QString::fromUtf8(text), spec);
    }
    Print out;
    out.gray = test::grayOf(image);
    out.box = cv::Rect(static_cast<int>(r.x()), static_cast<int>(r.y()) + 3, static_cast<int>(r.width()) + 1, static_cast<int>(r.height()) - 6);
    out.glyph = static_cast<int>(size * 0.72);
    return out;
}

cv::Rect padded(const Print& p)
{
    const int pad = std::max(2, p.glyph / 4);
    return {p.box.x - pad, p.box.y - pad, p.box.width + 2 * pad, p.box.height + 2 * pad};
}

} // namespace

TEST(DroppedDigit, OnlyDigitsLeftOutInOrder)
{
    EXPECT_TRUE(droppedDigitsOf("01", "1"));
    EXPECT_TRUE(droppedDigitsOf("01", "0"));
    EXPECT_TRUE(droppedDigitsOf("01", ""));
    EXPECT_TRUE(droppedDigitsOf("4071926", "471926"));
    EXPECT_FALSE(droppedDigitsOf("01", "01"));  // no digit dropped
    EXPECT_FALSE(droppedDigitsOf("01", "7"));   // a digit read as another
    EXPECT_FALSE(droppedDigitsOf("01", "10"));  // another order
    EXPECT_FALSE(droppedDigitsOf("1", "01"));   // the second reading has more
    EXPECT_FALSE(droppedDigitsOf("0-1", "01")); // only digits
    EXPECT_FALSE(droppedDigitsOf("", ""));
}

TEST(DroppedDigit, TheGlyphsSideBySideOnlyWhenThePrintShowsThatManyDigits)
{
    const Print spaced = printed("0  1", 30, "Noto Sans CJK JP", 8, false);
    const auto strip = separateDigitsSideBySide(spaced.gray, padded(spaced), spaced.glyph, 2);
    ASSERT_TRUE(strip);
    EXPECT_LT(strip->cols, padded(spaced).width); // closer together than printed
    EXPECT_FALSE(separateDigitsSideBySide(spaced.gray, padded(spaced), spaced.glyph, 3)); // a glyph nobody printed
    EXPECT_FALSE(separateDigitsSideBySide(spaced.gray, padded(spaced), spaced.glyph, 1));
    // A dash is no digit-sized glyph; a crop that cuts a glyph counts nothing.
    const Print dash = printed("0-1", 30, "Noto Sans CJK JP", 8, false);
    EXPECT_FALSE(separateDigitsSideBySide(dash.gray, padded(dash), dash.glyph, 3));
    cv::Rect cut = padded(spaced);
    cut.width -= spaced.glyph / 2 + cut.width - (spaced.box.width + spaced.glyph / 4);
    EXPECT_FALSE(separateDigitsSideBySide(spaced.gray, cut, spaced.glyph, 2));
    // Two digits printed touching are one run of ink: never taken apart.
    const Print touching = printed("00", 30, "Noto Sans CJK JP", -6, true);
    EXPECT_FALSE(separateDigitsSideBySide(touching.gray, padded(touching), touching.glyph, 2));
}

// Noto Sans bold 「0 1」 letter-spaced at a 枝番's size: jpn reads 01, the digit model at 24 px
// only 1 (checked first: the test is about that reading), the same glyphs side by side 01.
TEST(DroppedDigit, TheDigitModelReadsTheGlyphsSideBySide)
{
    OcrEngine eng{OcrOptions{{}, "eng"}};
    ASSERT_TRUE(eng.isReady()) << eng.error();
    const Print print = printed("01", 22, "Noto Sans CJK JP", 8, true);
    CropReadSettings s;
    s.whitelist = "0123456789";
    s.glyphPx = 24;
    ASSERT_EQ(readCrop(eng, print.gray, padded(print), print.glyph, s).text, "1");
    const auto strip = separateDigitsSideBySide(print.gray, padded(print), print.glyph, 2);
    ASSERT_TRUE(strip);
    s.mode = Segmentation::RawLine;
    EXPECT_EQ(readCrop(eng, *strip, cv::Rect(0, 0, strip->cols, strip->rows), print.glyph, s).text, "01");
}

// Through the whole value reading: right and `ok`.
TEST(DroppedDigit, ABranchWhoseDigitTheDigitModelDroppedIsOk)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const Print print = printed("01", 22, "Noto Sans CJK JP", 8, true);
    ValueLocation v;
    v.box = print.box;
    v.glyphHeight = print.glyph;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::BranchNumber)].push_back(v);
    const auto fields = readFieldValues(ocr, print.gray, at, models(), {});
    const FieldReading& branch = fields[static_cast<std::size_t>(FieldId::BranchNumber)];
    EXPECT_EQ(branch.value, "01");
    EXPECT_EQ(branch.status, FieldStatus::Ok) << branch.reason;
}
