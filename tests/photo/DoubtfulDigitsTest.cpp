// Doubtful digits of two agreeing readings (vision/DoubtfulDigits): a digit both line readings
// doubt is confirmed only by reading its glyph alone with two models. Printed with the real fonts
// (Qt) at a value's size in an 8 MP photo; the line readings are real Tesseract readings whose
// confidence for one digit is then lowered, as a blurred or faint print lowers it.
#include "GrayImage.h"
#include "CropReader.h"
#include "DoubtfulDigits.h"
#include "OcrEngine.h"
#include "PaintKit.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

constexpr int kGlyph = 22;

struct Print {
    cv::Mat gray;
    cv::Rect region; ///< the value's box padded as FieldValueReader pads it
};

Print printed(const std::string& text)
{
    QImage image(80 + 24 * static_cast<int>(text.size()), 80, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QRectF r;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        r = synth::drawText(p, QRectF(40, 20, image.width() - 50, 40), QString::fromStdString(text), {30, "IPAGothic", false, QColor(30, 30, 30)});
    }
    Print out;
    out.gray = test::grayOf(image);
    const cv::Rect box(static_cast<int>(r.x()), static_cast<int>(r.y()) + 4, static_cast<int>(r.width()) + 1, static_cast<int>(r.height()) - 8);
    const int pad = std::max(2, kGlyph / 4);
    out.region = cv::Rect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad);
    return out;
}

// A real line reading of the print (jpn at 30 px, digits only), symbol by symbol.
std::vector<OcrSymbol> lineReading(OcrEngine& ocr, const Print& print, int glyphPx)
{
    CropReadSettings s;
    s.glyphPx = glyphPx;
    s.whitelist = "0123456789";
    std::vector<OcrSymbol> out;
    for (const auto& w : readCrop(ocr, print.gray, print.region, kGlyph, s).words)
        for (const auto& sym : w.symbols)
            out.push_back(sym);
    return out;
}

class DoubtfulDigits : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ocr.isReady()) << ocr.error();
        ASSERT_TRUE(eng.isReady()) << eng.error();
    }

    /// Two line readings of `text` printed, with symbol `doubtful` lowered to 0.3 in both.
    void readDoubting(const std::string& text, std::size_t doubtful)
    {
        print = printed(text);
        a = lineReading(ocr, print, 30);
        b = lineReading(ocr, print, 24);
        ASSERT_EQ(a.size(), text.size());
        ASSERT_EQ(b.size(), text.size());
        a[doubtful].confidence = b[doubtful].confidence = 0.3;
    }

    std::optional<double> confirm() { return confirmDoubtfulDigits(ocr, eng, print.gray, print.region, kGlyph, a, b, 0, a.size(), 0.8); }

    OcrEngine ocr;
    OcrEngine eng{OcrOptions{{}, "eng"}};
    Print print;
    std::vector<OcrSymbol> a, b;
};

} // namespace

TEST_F(DoubtfulDigits, ADigitReadAloneAlikeByTwoModelsIsNoLongerDoubtful)
{
    readDoubting("4071926", 2);
    const auto sure = confirm();
    ASSERT_TRUE(sure.has_value());
    EXPECT_GE(*sure, 0.8);
}

TEST_F(DoubtfulDigits, AGlyphThatReadsAsAnotherDigitAloneStaysDoubtful)
{
    // Both line readings said 3 where an 8 is printed: read alone, the glyph is an 8.
    readDoubting("4081926", 2);
    a[2].text = b[2].text = "3";
    EXPECT_FALSE(confirm().has_value());
}

TEST_F(DoubtfulDigits, ADigitBothReadingsLostIsNoConfirmation)
{
    // 「4071926」 read as 「471926」 by both: the 0's ink is left over, so no placement of the
    // runs gives every digit one run of a digit's width.
    readDoubting("4071926", 3);
    a.erase(a.begin() + 1);
    b.erase(b.begin() + 1);
    EXPECT_FALSE(confirm().has_value());
}

TEST_F(DoubtfulDigits, ACropThatCutsAGlyphIsNoConfirmation)
{
    readDoubting("4071926", 2);
    // The crop ends inside the last digit (its right part cut off).
    int lastInk = 0;
    for (int x = print.region.x; x < print.region.br().x; ++x)
        for (int y = print.region.y; y < print.region.br().y; ++y)
            if (print.gray.at<uchar>(y, x) < 128)
                lastInk = x;
    print.region.width = lastInk - 4 - print.region.x;
    EXPECT_FALSE(confirm().has_value());
}

TEST_F(DoubtfulDigits, ReadingsThatDifferSymbolForSymbolAreNotConfirmed)
{
    readDoubting("4071926", 2);
    b[5].text = "8";
    EXPECT_FALSE(confirm().has_value());
}

TEST_F(DoubtfulDigits, OnlyDigitsCanBeConfirmed)
{
    readDoubting("4071926", 2);
    a[4].text = b[4].text = "-";
    a[4].confidence = b[4].confidence = 0.3;
    EXPECT_FALSE(confirm().has_value());
}
