// 「本・84171700」 (seed 9001's kakuninsho_a4_0009): a 記号 in kanji, printed together with a 番号
// in digits. The kanji is read by jpn alone and its lower confidence used to hold the 番号 in
// review too (78 against the 80 needed). The 番号 is now cut out after the middle dot and read by
// the digit model alone; when it reads the same digits, the 番号 is judged on its own readings.
// Where the 番号 starts is measured on the ink (vision/MiddleDotInk): on seed 31337's
// kakuninsho_a4_0004 jpn boxed the ・ of 「東・442657」 over the first 4, and the digit model,
// given a crop from there, read 42657 or (with a sliver of the dot) 142657.
// Print drawn by Qt (IPA Gothic) at test time, real Tesseract.
#include "CombinedSymbolNumber.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "GrayImage.h"
#include "MiddleDotInk.h"
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

std::array<FieldReading, 5> readCombinedLine(OcrEngine& ocr, const char* text)
{
    QImage image(700, 100, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QRectF printed;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        printed = synth::drawText(p, QRectF(30, 20, 640, 50), QString::fromUtf8(text), {30, "IPAGothic", false, QColor(30, 30, 30)});
    }
    ValueLocation v;
    v.box = cv::Rect(static_cast<int>(printed.x()), static_cast<int>(printed.y()), static_cast<int>(printed.width()) + 1,
                     static_cast<int>(printed.height()) + 1);
    v.glyphHeight = 26;
    v.combinedSymbolNumber = true;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::Symbol)].push_back(v);
    return readFieldValues(ocr, test::grayOf(image), at, models(), {});
}

FieldReading of(const std::array<FieldReading, 5>& fields, FieldId id) { return fields[static_cast<std::size_t>(id)]; }

struct DrawnParts {
    cv::Mat gray;
    QRectF symbol, dot, number;
};

// 記号, middle dot and 番号 drawn one after another, each piece's box known.
DrawnParts drawParts(const char* symbol, const char* dot, const char* number)
{
    QImage image(500, 100, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    DrawnParts parts;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        const synth::TextSpec spec{30, "IPAGothic", false, QColor(30, 30, 30), Qt::AlignLeft | Qt::AlignTop};
        parts.symbol = synth::drawText(p, QRectF(30, 20, 100, 30), QString::fromUtf8(symbol), spec);
        parts.dot = synth::drawText(p, QRectF(parts.symbol.right(), 20, 100, 30), QString::fromUtf8(dot), spec);
        parts.number = synth::drawText(p, QRectF(parts.dot.right(), 20, 300, 30), QString::fromUtf8(number), spec);
    }
    parts.gray = test::grayOf(image);
    return parts;
}

cv::Rect valueBox(const DrawnParts& parts)
{
    const QRectF all = parts.symbol | parts.number;
    return cv::Rect(static_cast<int>(all.x()), static_cast<int>(all.y()), static_cast<int>(all.width()) + 1,
                    static_cast<int>(all.height()) + 1);
}

CropReading readingOf(const char* text)
{
    CropReading r;
    r.text = text;
    r.confidence = 0.98;
    return r;
}

} // namespace

TEST(KanjiSymbolNumber, TheDigitModelReadingTheNumberAloneLetsItBeOk)
{
    OcrEngine ocr;
    const auto fields = readCombinedLine(ocr, "本・84171700");
    const FieldReading symbol = of(fields, FieldId::Symbol), number = of(fields, FieldId::Number);
    ASSERT_TRUE(number.value);
    EXPECT_EQ(*number.value, "84171700");
    EXPECT_EQ(number.status, FieldStatus::Ok) << number.reason;
    // The kanji 記号 itself is still read by one model only: never `ok` on that alone.
    ASSERT_TRUE(symbol.value);
    EXPECT_EQ(*symbol.value, "本");
    EXPECT_NE(symbol.status, FieldStatus::Ok);
}

TEST(KanjiSymbolNumber, WithoutTheDigitModelsWordTheNumberSharesTheKanjisDoubt)
{
    const CropReading a = readingOf("本・84171700"), b = readingOf("本・84171700");
    const PlaceReading doubted = symbolAndNumber(a, b, {});
    const PlaceReading vouched = symbolAndNumber(a, b, {}, /*digitModelReadTheNumber=*/true);
    ASSERT_EQ(doubted.readings.size(), 2u);
    ASSERT_EQ(vouched.readings.size(), 2u);
    EXPECT_EQ(doubted.readings[1].first, FieldId::Number);
    EXPECT_NE(doubted.readings[1].second.status, FieldStatus::Ok);
    EXPECT_EQ(vouched.readings[1].second.status, FieldStatus::Ok);
    EXPECT_NE(vouched.readings[0].second.status, FieldStatus::Ok); // the kanji 記号: as before
}

TEST(KanjiSymbolNumber, TheNumberStartsAfterTheDotsInkWhereverTheRecogniserBoxedTheDot)
{
    const DrawnParts parts = drawParts("東", "・", "442657");
    const int dotCentre = static_cast<int>(parts.dot.center().x());
    const int firstDigit = static_cast<int>(parts.number.x());
    // Told the dot is over the first digit, as jpn boxed it: the speck is still the dot.
    for (int nearX : {dotCentre, firstDigit + 10}) {
        const std::optional<int> from = numberStartAfterMiddleDot(parts.gray, valueBox(parts), 26, nearX);
        ASSERT_TRUE(from) << nearX;
        EXPECT_GT(*from, dotCentre);
        EXPECT_LE(*from, firstDigit + 4); // before the first digit's ink (its box starts at its side bearing)
    }
}

TEST(KanjiSymbolNumber, NoDotNoStart)
{
    // A speck low on the row (a full stop) is no middle dot; nor is a dot three glyphs from where it was said to be.
    const DrawnParts stop = drawParts("東", "．", "442657");
    EXPECT_FALSE(numberStartAfterMiddleDot(stop.gray, valueBox(stop), 26, static_cast<int>(stop.dot.center().x())));
    const DrawnParts dot = drawParts("東", "・", "442657");
    EXPECT_FALSE(numberStartAfterMiddleDot(dot.gray, valueBox(dot), 26, static_cast<int>(dot.dot.center().x()) + 3 * 26));
}

TEST(KanjiSymbolNumber, TheDigitModelReadsTheWholeNumberWhenTheDotWasBoxedOverItsFirstDigit)
{
    // The reading jpn gave on the photo: its ・ boxed over the first 4 (a glyph to the right).
    const DrawnParts parts = drawParts("東", "・", "442657");
    auto boxOf = [](const QRectF& r) {
        return Box{static_cast<int>(r.x()), static_cast<int>(r.y()), static_cast<int>(r.width()), static_cast<int>(r.height())};
    };
    CropReading jpn;
    jpn.text = "東・442657";
    jpn.confidence = 0.98;
    OcrWord word{jpn.text, 0.98, boxOf(parts.symbol | parts.number), {}};
    word.symbols.push_back({"東", 0.98, boxOf(parts.symbol)});
    const double digit = parts.number.width() / 6;
    word.symbols.push_back({"・", 0.98, boxOf(QRectF(parts.number.x(), parts.number.y(), digit, parts.number.height()))});
    for (int i = 0; i < 6; ++i)
        word.symbols.push_back({std::string(1, "442657"[i]), 0.98,
                                boxOf(QRectF(parts.number.x() + (i + 1) * digit, parts.number.y(), digit, parts.number.height()))});
    jpn.words.push_back(word);
    ValueLocation at;
    at.box = valueBox(parts);
    at.glyphHeight = 26;
    at.combinedSymbolNumber = true;
    OcrEngine ocr;
    EXPECT_TRUE(digitModelReadsTheNumberAlone(ocr, parts.gray, at, models(), std::nullopt, CropBinarisation::None, jpn, jpn));
}
