// Card, postcard or A4: the measured shape, overruled by the printed content where it cannot
// fit (DocumentClassifier::kakuninshoFormatFor, textRows). Figures measured on 2 MP photos.
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
