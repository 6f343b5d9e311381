// A value glued to its label is located from the label reading's symbol boxes, which can start
// inside the value's first glyph: 「8910280」 was read 「910280」 by both models, `ok`. The crop
// now starts before a digit it would cut; a wide glyph it would cut leaves the value in doubt.
#include "GrayImage.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "GlyphEdge.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PaintKit.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

/// `text` at 30 px em in IPAGothic, 60 px from the left; `firstGlyph` gets the first character's box.
cv::Mat printedLine(const QString& text, QRectF& firstGlyph, QRectF& all)
{
    QImage image(100 + 26 * static_cast<int>(text.size()), 80, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const synth::TextSpec spec{30, "IPAGothic", false, QColor(30, 30, 30)};
        all = synth::drawText(p, QRectF(60, 20, image.width() - 70, 40), text, spec);
        firstGlyph = QRectF(all.x(), all.y(), synth::textWidth(text.left(1), spec), all.height());
    }
    return test::grayOf(image);
}

} // namespace

TEST(GlyphEdge, ACropNeverStartsInsideTheFirstDigit)
{
    static const Models models = Models::load(Models::defaultDirectory());
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    QRectF first, all;
    const cv::Mat page = printedLine("8910280", first, all);
    // The located box starts past the middle of the 8 (as the label reading placed it).
    const int cut = static_cast<int>(first.x() + first.width() * 0.75);
    ValueLocation v;
    v.box = cv::Rect(cut, static_cast<int>(all.y()) + 4, static_cast<int>(all.right()) - cut, static_cast<int>(all.height()) - 8);
    v.glyphHeight = 22;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::Number)].push_back(v);
    const FieldReading number = readFieldValues(ocr, page, at, models, {})[static_cast<std::size_t>(FieldId::Number)];
    EXPECT_EQ(number.value, "8910280");
    EXPECT_NE(number.status == FieldStatus::Ok && number.value != "8910280", true);
}

TEST(GlyphEdge, AWideGlyphCutIsADoubtNotAnExtension)
{
    QRectF first, all;
    const cv::Mat page = printedLine(QString::fromUtf8("号8910280"), first, all);
    const int top = static_cast<int>(all.y()), bottom = static_cast<int>(all.bottom());
    const GlyphEdge inKanji = leftEdgeOutsideGlyphs(page, static_cast<int>(first.x() + first.width() / 2), top, bottom, 22);
    EXPECT_TRUE(inKanji.cutsWideGlyph);
    // An edge in the gap before a glyph moves nothing.
    const GlyphEdge inGap = leftEdgeOutsideGlyphs(page, static_cast<int>(first.x()) - 3, top, bottom, 22);
    EXPECT_FALSE(inGap.cutsWideGlyph);
    EXPECT_EQ(inGap.left, static_cast<int>(first.x()) - 3);
}
