// 「記号・番号 3 ・ 640-8183 (枝番) 00」 printed letter-spaced in bold (seed 31337's
// kakuninsho_card_0009): the middle dot stands far enough from both parts to be a chunk of its
// own, a speck far smaller than the value's print. Far smaller print ends a value (a notes column
// beside it), so the combined value stopped at 「3」 and its 番号 was never read. The middle dot of
// a combined value is part of it (vision/FieldLocator).
#include "FieldLocator.h"
#include "PageText.h"
#include "ReadChunkFixture.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const LabelMatcher& labels() { return test::defaultLabels(); }

ReadChunk at(ReadChunk c, int y, int height, int glyph)
{
    c.chunk.box.y = y;
    c.chunk.box.height = height;
    c.chunk.glyphHeight = glyph;
    for (OcrSymbol& s : c.symbols) {
        s.box.y = y;
        s.box.height = height;
    }
    return c;
}

// A speck chunk that was not read (too small to be a label candidate).
ReadChunk speck(int x, int y, int size)
{
    ReadChunk c;
    c.chunk.box = cv::Rect(x, y, size, size);
    c.chunk.glyphHeight = size;
    return c;
}

PageText rowWithSpeckAt(int speckY)
{
    PageText page;
    page.chunks = {at(test::chunkReadAs("記号・番号", 42, 122, labels()), 139, 23, 23),
                   at(test::chunkReadAs("3", 193, 18, labels()), 135, 25, 25), speck(231, speckY, 9),
                   at(test::chunkReadAs("640-8183", 259, 227, labels()), 135, 26, 26),
                   at(test::chunkReadAs("(枝番)", 546, 64, labels()), 139, 23, 23),
                   at(test::chunkReadAs("00", 642, 52, labels()), 135, 25, 25)};
    return page;
}

} // namespace

TEST(SpacedMiddleDot, TheDotOfALetterSpacedCombinedValueIsPartOfIt)
{
    const FieldLocations found = locateFields(rowWithSpeckAt(143));
    const auto& symbol = found.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_TRUE(symbol[0].combinedSymbolNumber);
    EXPECT_EQ(symbol[0].box.x, 193);
    EXPECT_EQ(symbol[0].box.br().x, 259 + 227); // through the 番号, up to the (枝番) label
}

TEST(SpacedMiddleDot, ASpeckLowOnTheRowStillEndsTheValue)
{
    // Print under the value's middle third is no middle dot: far smaller print, as before.
    const FieldLocations found = locateFields(rowWithSpeckAt(152));
    const auto& symbol = found.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_EQ(symbol[0].box.br().x, 193 + 18);
}
