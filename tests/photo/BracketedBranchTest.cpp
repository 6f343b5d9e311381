// 「被保険者等記号・番号 8910280・42906 (枝番) 00」: the small bracketed 枝番 label after a combined
// value is often read wrong (「(帆)」, 「(抑)」). The 番号 then ran on into it (「42906(帆)00」,
// must be digits) and the 枝番 was never found. The 番号 ends at the bracketed word; what
// follows it is the 枝番, for staff to check.
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "PaintKit.h"
#include "ReadChunkFixture.h"

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

FieldReading of(const std::array<FieldReading, 5>& fields, FieldId id) { return fields[static_cast<std::size_t>(id)]; }

ReadChunk readAs(const char* text, int x, int width, const LabelMatcher& labels)
{
    return test::chunkReadAs(text, x, width, labels, 30, 26);
}

} // namespace

TEST(BracketedBranch, ACombinedValueEndsAtTheBracketedLabelAfterIt)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    QImage image(760, 90, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QRectF printed;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QString line = QString::fromUtf8("8910280・42906 (枝番) 00");
        printed = synth::drawText(p, QRectF(40, 20, 700, 50), line, {30, "IPAGothic", false, QColor(30, 30, 30)});
    }
    const cv::Mat page = cv::Mat(image.height(), image.width(), CV_8UC1, image.bits(), static_cast<std::size_t>(image.bytesPerLine())).clone();
    ValueLocation v;
    v.box = cv::Rect(static_cast<int>(printed.x()), static_cast<int>(printed.y()), static_cast<int>(printed.width()) + 1,
                     static_cast<int>(printed.height()) + 1);
    v.glyphHeight = 24;
    v.combinedSymbolNumber = true;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::Symbol)].push_back(v);
    const auto fields = readFieldValues(ocr, page, at, models(), {});
    EXPECT_EQ(of(fields, FieldId::Symbol).value, "8910280");
    EXPECT_EQ(of(fields, FieldId::Number).value, "42906");
    EXPECT_EQ(of(fields, FieldId::BranchNumber).value, "00");
    EXPECT_NE(of(fields, FieldId::BranchNumber).status, FieldStatus::Ok);
}

TEST(BracketedBranch, AValueBesideItsLabelStopsAtABracketedWord)
{
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 26;
    page.chunks.push_back(readAs("被保険者等記号・番号8910280・42906", 40, 700, labels));
    page.chunks.push_back(readAs("(抑)00", 780, 100, labels));
    const FieldLocations located = locateFields(page);
    const auto& symbol = located.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_LE(symbol[0].box.br().x, 740);
    const auto& branch = located.values[static_cast<std::size_t>(FieldId::BranchNumber)];
    ASSERT_EQ(branch.size(), 1u);
    EXPECT_GE(branch[0].box.x, 780 + 3 * 20 - 1); // after the closing bracket
    EXPECT_FALSE(branch[0].doubt.empty());
    // The bracket's word lost altogether: 「()00」.
    page.chunks[1] = readAs("()00", 780, 100, labels);
    const FieldLocations empty = locateFields(page);
    ASSERT_EQ(empty.values[static_cast<std::size_t>(FieldId::Symbol)].size(), 1u);
    EXPECT_LE(empty.values[static_cast<std::size_t>(FieldId::Symbol)][0].box.br().x, 740);
}

// The notes column beside a postcard's 記号・番号 row: a value never runs on into far smaller print.
TEST(BracketedBranch, AValueDoesNotRunIntoFarSmallerPrint)
{
    const LabelMatcher labels(models());
    PageText page;
    page.bodyGlyphHeight = 26;
    page.chunks.push_back(readAs("被保険者等記号・番号8910280・42906", 40, 700, labels));
    page.chunks.push_back(readAs("ぎたときは、", 800, 100, labels));
    page.chunks.back().chunk.glyphHeight = 14;
    const FieldLocations located = locateFields(page);
    const auto& symbol = located.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_LE(symbol[0].box.br().x, 740);
}
