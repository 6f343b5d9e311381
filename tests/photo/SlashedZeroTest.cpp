// Slashed and dotted zeros (vision/SlashedZero): IPAGothic prints its 0 slashed, and
// jpn read such a 0 as 9 (branch 00 as 「90」, insurer 01040013 as 「901040013」). Values are
// rendered with the real fonts (Qt) at the size a card's values have in an 8 MP photo.
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PaintKit.h"
#include "SlashedZero.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

const Models& zeroModels()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

/// `text` printed at 30 px em in `family` on white paper, 40 px from the left; its box.
cv::Mat printed(const std::string& text, const QString& family, cv::Rect& box, double blur = 0.0)
{
    QImage image(60 + 24 * static_cast<int>(text.size()), 80, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QRectF r = synth::drawText(p, QRectF(40, 20, image.width() - 50, 40), QString::fromStdString(text),
                                         {30, family, false, QColor(30, 30, 30)});
        box = cv::Rect(static_cast<int>(r.x()), static_cast<int>(r.y()) + 4, static_cast<int>(r.width()) + 1, static_cast<int>(r.height()) - 8);
    }
    cv::Mat gray(image.height(), image.width(), CV_8UC1, image.bits(), static_cast<std::size_t>(image.bytesPerLine()));
    cv::Mat out = gray.clone();
    if (blur > 0)
        cv::GaussianBlur(out, out, {0, 0}, blur);
    return out;
}

int zerosIn(const std::string& text, const QString& family, double blur = 0.0)
{
    cv::Rect box;
    const cv::Mat page = printed(text, family, box, blur);
    return static_cast<int>(findMarkedZeros(page, cv::Rect(0, 0, page.cols, page.rows), 22).size());
}

FieldReading readAs(FieldId id, const std::string& text, const QString& family, OcrEngine& ocr)
{
    cv::Rect box;
    const cv::Mat page = printed(text, family, box);
    ValueLocation v;
    v.box = box;
    v.glyphHeight = 22;
    FieldLocations at;
    at.values[static_cast<std::size_t>(id)].push_back(v);
    return readFieldValues(ocr, page, at, zeroModels(), {})[static_cast<std::size_t>(id)];
}

} // namespace

TEST(SlashedZero, FoundOnlyInZerosThatCarryAMark)
{
    // IPAGothic's half-width 0 is slashed; Noto Sans CJK JP's and IPAMincho's are plain.
    EXPECT_EQ(zerosIn("0", "IPAGothic"), 1);
    EXPECT_EQ(zerosIn("01040013", "IPAGothic"), 4);
    EXPECT_EQ(zerosIn("0", "IPAGothic", 0.8), 1); // a little out of focus
    // Further out of focus the holes shrink towards the steep slash: nearly above each other,
    // side by side only where the slash parts them (a medium photo's 「00」 read 「90」).
    EXPECT_EQ(zerosIn("00", "IPAGothic", 1.0), 2);
    EXPECT_EQ(zerosIn("9909", "IPAGothic", 1.0), 1);
    EXPECT_EQ(zerosIn("968", "IPAGothic", 1.0), 0);
    // Digits with one hole, an 8's two holes above each other, a plain zero: none.
    EXPECT_EQ(zerosIn("968", "IPAGothic"), 0);
    EXPECT_EQ(zerosIn("968", "IPAGothic", 0.8), 0);
    EXPECT_EQ(zerosIn("09689", "Noto Sans CJK JP"), 0);
    EXPECT_EQ(zerosIn("09689", "IPAMincho"), 0);
    EXPECT_EQ(zerosIn("年月日", "IPAGothic"), 0);
    // A dotted zero: a ring with a dot in its middle.
    cv::Mat dotted(80, 80, CV_8UC1, cv::Scalar(255));
    cv::ellipse(dotted, {40, 40}, {9, 15}, 0, 0, 360, cv::Scalar(20), 3, cv::LINE_AA);
    cv::circle(dotted, {40, 40}, 3, cv::Scalar(20), cv::FILLED, cv::LINE_AA);
    EXPECT_EQ(findMarkedZeros(dotted, cv::Rect(0, 0, 80, 80), 32).size(), 1u);
    cv::Mat plain(80, 80, CV_8UC1, cv::Scalar(255));
    cv::ellipse(plain, {40, 40}, {9, 15}, 0, 0, 360, cv::Scalar(20), 3, cv::LINE_AA);
    EXPECT_TRUE(findMarkedZeros(plain, cv::Rect(0, 0, 80, 80), 32).empty());
}

TEST(SlashedZero, TwoSymbolsReadInOneZeroAreOneZero)
{
    OcrLine line;
    OcrWord w;
    w.symbols = {{"9", 0.95, {10, 0, 8, 20}}, {"0", 0.95, {16, 0, 8, 20}}, {"1", 0.99, {30, 0, 6, 20}}, {"9", 0.9, {42, 0, 12, 20}}};
    line.words.push_back(w);
    EXPECT_EQ(correctMarkedZeros(line, {cv::Rect(9, 0, 16, 21), cv::Rect(41, 0, 14, 21)}), 3);
    EXPECT_EQ(line.text, "010");
    ASSERT_EQ(line.words[0].symbols.size(), 3u);
    EXPECT_EQ(line.words[0].symbols[0].box.width, 14);
}

// Without the shape check these read 90 / 901040013 (review, never `ok`), or worse, alike in both models.
TEST(SlashedZero, SlashedZerosOfAValueReadAsZeros)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const FieldReading branch = readAs(FieldId::BranchNumber, "00", "IPAGothic", ocr);
    EXPECT_EQ(branch.value, "00");
    EXPECT_EQ(branch.status, FieldStatus::Ok);
    const FieldReading insurer = readAs(FieldId::InsurerNumber, "01040013", "IPAGothic", ocr);
    EXPECT_EQ(insurer.value, "01040013");
    EXPECT_EQ(insurer.status, FieldStatus::Ok);
    const FieldReading number = readAs(FieldId::Number, "60", "IPAGothic", ocr);
    EXPECT_EQ(number.value, "60");
    // A printed 9 stays a 9.
    const FieldReading nines = readAs(FieldId::Number, "9909", "IPAGothic", ocr);
    EXPECT_EQ(nines.value, "9909");
}
