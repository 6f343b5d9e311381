// 「被保険者等記号・番号 8910280・42906 (枝番) 00」: the small bracketed 枝番 label after a combined
// value is often read wrong (「(帆)」, 「(抑)」). The 番号 then ran on into it (「42906(帆)00」,
// must be digits) and the 枝番 was never found. The 番号 ends at the bracketed word; the word
// alone is read again, larger, and when that reads (枝番) it is the 枝番's label; otherwise what
// follows it is the 枝番, for staff to check.
#include "GrayImage.h"
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
    const cv::Mat page = test::grayOf(image);
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
    // The word cut out and read alone reads (枝番): the 枝番 is read as after its label
    // (BranchWordAlone), no longer offered for review only.
    EXPECT_EQ(of(fields, FieldId::BranchNumber).status, FieldStatus::Ok) << of(fields, FieldId::BranchNumber).reason;
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

namespace {

// 「(枝番) 00」 printed with the label smaller than its value, as on a postcard, and a chunk of it
// read at the value's scale as `firstReading`: one symbol box per character, the bracketed
// word's characters over the word, the value's over the value.
struct GluedBracketedLabel {
    cv::Mat page;
    ReadChunk chunk;
};

GluedBracketedLabel gluedBracketedLabel(const char* label, const char* firstReading)
{
    QImage image(400, 100, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QRectF word, value;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        word = synth::drawText(p, QRectF(30, 25, 200, 50), QString::fromUtf8(label), {24, "IPAGothic", false, QColor(30, 30, 30)});
        value = synth::drawText(p, QRectF(word.right() + 12, 25, 150, 50), QStringLiteral("00"), {36, "IPAGothic", false, QColor(30, 30, 30)});
    }
    GluedBracketedLabel g;
    g.page = test::grayOf(image);
    ReadChunk& c = g.chunk;
    c.read = true;
    c.text = matchingForm(firstReading);
    c.chunk.box = cv::Rect(static_cast<int>(word.x()), static_cast<int>(value.y()), static_cast<int>(value.right() - word.x()) + 1,
                           static_cast<int>(value.height()) + 1);
    c.chunk.glyphHeight = 32;
    const std::size_t close = c.text.find(U')');
    for (std::size_t i = 0; i < c.text.size(); ++i) {
        const bool inWord = i <= close;
        const QRectF& r = inWord ? word : value;
        const std::size_t n = inWord ? close + 1 : c.text.size() - close - 1, k = inWord ? i : i - close - 1;
        OcrSymbol s;
        s.box = Box{static_cast<int>(r.x() + r.width() * static_cast<double>(k) / static_cast<double>(n)), static_cast<int>(r.y()),
                    static_cast<int>(r.width() / static_cast<double>(n)), static_cast<int>(r.height())};
        c.symbols.push_back(s);
    }
    return g;
}

} // namespace

TEST(BracketedBranch, AMisreadBracketedLabelIsReadAgainAlone)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const LabelMatcher labels(models());
    GluedBracketedLabel g = gluedBracketedLabel("(枝番)", "(抑)00");
    const std::vector<OcrSymbol> valueSymbols(g.chunk.symbols.end() - 2, g.chunk.symbols.end());
    int characters = 0;
    ASSERT_TRUE(rereadBracketedLabel(ocr, g.page, g.chunk, labels, characters));
    ASSERT_TRUE(g.chunk.label.has_value());
    EXPECT_EQ(g.chunk.label->field, FieldId::BranchNumber);
    EXPECT_EQ(g.chunk.text.substr(g.chunk.text.size() - 3), U")00");
    ASSERT_EQ(g.chunk.symbols.size(), g.chunk.text.size());
    EXPECT_EQ(g.chunk.symbols[g.chunk.symbols.size() - 2].box, valueSymbols[0].box); // the value keeps its reading
    EXPECT_GT(characters, 0);

    // Read so, the 枝番 is found by its label: no doubt to check.
    PageText page;
    page.chunks.push_back(g.chunk);
    const FieldLocations located = locateFields(page);
    const auto& branch = located.values[static_cast<std::size_t>(FieldId::BranchNumber)];
    ASSERT_EQ(branch.size(), 1u);
    EXPECT_TRUE(branch[0].doubt.empty());
    EXPECT_GE(branch[0].box.x, valueSymbols[0].box.x - 1);
}

TEST(BracketedBranch, ABracketedWordThatIsNoLabelStaysAsRead)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const LabelMatcher labels(models());
    GluedBracketedLabel g = gluedBracketedLabel("(本人)", "(抑)00");
    int characters = 0;
    EXPECT_FALSE(rereadBracketedLabel(ocr, g.page, g.chunk, labels, characters));
    EXPECT_FALSE(g.chunk.label.has_value());
    EXPECT_EQ(g.chunk.text, U"(抑)00");
}
