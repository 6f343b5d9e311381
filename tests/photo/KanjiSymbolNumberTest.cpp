// 「本・84171700」 (seed 9001's kakuninsho_a4_0009): a 記号 in kanji, printed together with a 番号
// in digits. The kanji is read by jpn alone and its lower confidence used to hold the 番号 in
// review too (78 against the 80 needed). The 番号 is now cut out after the middle dot and read by
// the digit model alone; when it reads the same digits, the 番号 is judged on its own readings.
// Print drawn by Qt (IPA Gothic) at test time, real Tesseract.
#include "CombinedSymbolNumber.h"
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
