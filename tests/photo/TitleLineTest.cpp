// A letter-spaced title that came apart into chunks is read as one line (TitleSearch::titleLine).
#include "ReadChunkFixture.h"
#include "TitleSearch.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

ReadChunk chunkAt(int x, int y, int w, int h)
{
    return test::unreadChunkAt(x, y, w, h);
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

// A blurred title came apart into pieces of one or two characters, none three characters wide;
// rows of values of about its height follow (kakuninsho_card_0000_hard). The title's line is
// read first, once; a short line of narrow chunks above it is no title.
TEST(TitleSearchLines, ATitleInNarrowPiecesIsReadFirstAndOnce)
{
    PageText page;
    page.bodyGlyphHeight = 11;
    int x = 30;
    for (int width : {20, 20, 46, 46, 20, 20, 46}) { // 国 民 健康 保険 資 格 確認
        page.chunks.push_back(chunkAt(x, 30, width, 24));
        x += width + 10;
    }
    const int titleEnd = x - 10;
    // Above it, a short line of two narrow chunks (a phone's status bar: 16:23 and an icon).
    page.chunks.push_back(chunkAt(30, 0, 40, 24));
    page.chunks.push_back(chunkAt(80, 0, 20, 24));
    for (int y : {100, 140, 180, 220, 260})
        page.chunks.push_back(chunkAt(150, y, 200, 22)); // values
    const std::vector<TitleSearchLine> lines = titleSearchLines(page);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0].line.x, 30);
    EXPECT_EQ(lines[0].line.br().x, titleEnd);
    for (std::size_t i = 1; i < lines.size(); ++i)
        EXPECT_NE(lines[i].line, lines[0].line);
    // Without the title's pieces, the value rows are the candidates, four at most.
    page.chunks.erase(page.chunks.begin(), page.chunks.begin() + 7);
    const std::vector<TitleSearchLine> rows = titleSearchLines(page);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].line.y, 100);
}
