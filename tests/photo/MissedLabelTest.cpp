// A 記号 label the chunk finder missed (grey print on a shaded label cell, below the page's ink
// level): in a row whose 番号 label follows a value without a label, the space before that value
// is read, and an exact 記号 label there is taken (PageText's labelsFromRowOrder). The label is
// drawn at test time (PaintKit, IPAGothic) and read by real Tesseract; the chunks around it are
// given, as the chunk finder would give them.
#include "GrayImage.h"
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PaintKit.h"
#include "PageText.h"
#include "RowOrderLabels.h"
#include "ReadChunkFixture.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const LabelMatcher& labels() { return test::defaultLabels(); }

// A grey label in a shaded, framed cell at the row's start (x 56..100, y ≈ 100..122).
cv::Mat rowWithLabel(const char* label)
{
    QImage image(700, 200, QImage::Format_Grayscale8);
    image.fill(QColor(238, 238, 238));
    {
        QPainter p(&image);
        p.fillRect(QRectF(40, 88, 82, 46), QColor(205, 205, 205)); // the label cell, framed
        p.setPen(QPen(QColor(60, 60, 60), 2));
        p.drawRect(QRectF(40, 88, 82, 46));
        p.drawRect(QRectF(122, 88, 540, 46));
        p.setRenderHint(QPainter::TextAntialiasing);
        synth::drawText(p, QRectF(56, 100, 60, 24), QString::fromUtf8(label), {18, "IPAGothic", false, QColor(120, 120, 120)});
    }
    return test::grayOf(image);
}

// The row as found: the 記号's value (not read: no label before it), then the 番号 label.
PageText rowChunks()
{
    PageText page;
    ReadChunk value;
    value.chunk.box = cv::Rect(130, 98, 145, 25);
    value.chunk.glyphHeight = 25;
    page.chunks = {value, test::chunkReadAs("番号", 477, 42, labels(), 19, 19)};
    page.chunks[1].chunk.box.y = 101;
    return page;
}

} // namespace

TEST(MissedLabel, AGreySymbolLabelBeforeARowsFirstValueIsRead)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    PageText page = rowChunks();
    labelsFromRowOrder(ocr, rowWithLabel("記号"), page, labels());
    ASSERT_EQ(page.chunks.size(), 3u);
    ASSERT_TRUE(page.chunks[0].label);
    EXPECT_EQ(page.chunks[0].label->field, FieldId::Symbol);
    EXPECT_LT(page.chunks[0].chunk.box.br().x, 130);
    const FieldLocations at = locateFields(page);
    ASSERT_EQ(at.values[static_cast<std::size_t>(FieldId::Symbol)].size(), 1u);
    EXPECT_EQ(at.values[static_cast<std::size_t>(FieldId::Symbol)][0].box.x, 130);
}

TEST(MissedLabel, NothingOrAnotherLabelThereAddsNoLabel)
{
    OcrEngine ocr;
    PageText blank = rowChunks();
    labelsFromRowOrder(ocr, rowWithLabel(""), blank, labels());
    EXPECT_EQ(blank.chunks.size(), 2u);
    PageText other = rowChunks();
    labelsFromRowOrder(ocr, rowWithLabel("氏名"), other, labels());
    EXPECT_EQ(other.chunks.size(), 2u);
}
