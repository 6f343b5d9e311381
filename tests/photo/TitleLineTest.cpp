// A letter-spaced title that came apart into chunks is read as one line (TitleSearch::titleLine).
#include "TitleSearch.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

ReadChunk chunkAt(int x, int y, int w, int h)
{
    ReadChunk c;
    c.chunk.box = cv::Rect(x, y, w, h);
    c.chunk.glyphHeight = h;
    return c;
}

} // namespace

TEST(TitleLine, PiecesOfALetterSpacedTitleMakeOneLine)
{
    PageText page;
    page.bodyGlyphHeight = 11;
    page.chunks = {chunkAt(35, 36, 8, 24),    // 国, half found
                   chunkAt(58, 34, 113, 30),  // 民健康保
                   chunkAt(180, 35, 10, 28),  // 険
                   chunkAt(197, 34, 78, 30),  // 資格
                   chunkAt(304, 26, 113, 43), // 認書, glued to the framed box beside it
                   chunkAt(29, 99, 126, 22),  // the next line
                   chunkAt(600, 34, 60, 30)}; // far to the right: another chunk
    const cv::Rect line = titleLine(page, page.chunks[1].chunk.box);
    EXPECT_EQ(line.x, 35);
    EXPECT_EQ(line.br().x, 417);
    // As tall as the title's print, not the framed box.
    EXPECT_EQ(line.y, 34);
    EXPECT_EQ(line.height, 30);
    // From any of its pieces, the same line.
    EXPECT_EQ(titleLine(page, page.chunks[3].chunk.box), line);
}
