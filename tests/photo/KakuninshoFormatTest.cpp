// Card, postcard or A4: the measured shape, overruled by the printed content where it cannot
// fit, and both by how the paper was cut (DocumentClassifier::kakuninshoFormatFor, textRows,
// CornerShape). Figures measured on 2 MP photos.
#include "DocumentClassifier.h"
#include "Models.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const Models& formatModels()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

ReadChunk chunkAt(int y, int height)
{
    ReadChunk c;
    c.chunk.box = cv::Rect(10, y, 100, height);
    c.chunk.glyphHeight = height;
    return c;
}

} // namespace

TEST(KakuninshoFormat, RowsAreChunksThatOverlapInHeight)
{
    PageText page;
    page.chunks = {chunkAt(10, 12), chunkAt(14, 12), chunkAt(40, 12), chunkAt(80, 30), chunkAt(90, 10)};
    EXPECT_EQ(textRows(page), 3);
    EXPECT_EQ(textRows(PageText{}), 0);
}

TEST(KakuninshoFormat, ASheetMeasuredLikeAPostcardHoldsMoreRows)
{
    ASSERT_TRUE(formatModels().isValid()) << formatModels().error();
    // An A4 sheet shot off the lens's centre in a blurred 2 MP photo: side ratio 1.57, body
    // print 1.74 % of the short side — a postcard's measure.
    EXPECT_EQ(kakuninshoFormatFor(1.567, 0.0174, formatModels()), DocumentKind::KakuninshoPostcard);
    EXPECT_EQ(kakuninshoFormatFor(1.567, 0.0174, formatModels(), 14), DocumentKind::KakuninshoPostcard);
    EXPECT_EQ(kakuninshoFormatFor(1.567, 0.0174, formatModels(), 21), DocumentKind::KakuninshoA4);
    // A card keeps being a card however many rows were counted.
    EXPECT_EQ(kakuninshoFormatFor(1.585, 0.031, formatModels(), 21), DocumentKind::KakuninshoCard);
}

TEST(KakuninshoFormat, APortraitPageIsNoCard)
{
    // A portrait postcard with blur-inflated print measures like a card.
    EXPECT_EQ(kakuninshoFormatFor(1.504, 0.0284, formatModels(), 16), DocumentKind::KakuninshoCard);
    EXPECT_EQ(kakuninshoFormatFor(1.504, 0.0284, formatModels(), 16, true), DocumentKind::KakuninshoPostcard);
}

TEST(KakuninshoFormat, TheCornersOverruleTheMeasure)
{
    const Models& m = formatModels();
    constexpr auto square = CornerShape::Square, rounded = CornerShape::Rounded;
    // A blurred 2 MP postcard whose print measures like a card's: its corners are square.
    EXPECT_EQ(kakuninshoFormatFor(1.504, 0.0284, m, 16, false, square), DocumentKind::KakuninshoPostcard);
    // Square, and more rows than a postcard holds: an A4 sheet.
    EXPECT_EQ(kakuninshoFormatFor(1.504, 0.0284, m, 24, false, square), DocumentKind::KakuninshoA4);
    // Square corners on a page that measures like a postcard change nothing.
    EXPECT_EQ(kakuninshoFormatFor(1.468, 0.019, m, 16, false, square), DocumentKind::KakuninshoPostcard);
    // A card seen under perspective at 1.47 with blurred print measures like a postcard: its
    // corners are rounded, and that holds even when the page was read as portrait.
    EXPECT_EQ(kakuninshoFormatFor(1.468, 0.019, m), DocumentKind::KakuninshoPostcard);
    EXPECT_EQ(kakuninshoFormatFor(1.468, 0.019, m, 16, false, rounded), DocumentKind::KakuninshoCard);
    EXPECT_EQ(kakuninshoFormatFor(1.468, 0.019, m, 16, true, rounded), DocumentKind::KakuninshoCard);
}
