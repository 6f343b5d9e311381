#include "LineStarts.h"

#include "PageText.h"

#include <algorithm>
#include <cstdlib>

namespace shikaku {

double lineStartAlignment(const TextChunkLayout& layout)
{
    // Ends within this distance of each other are in the same column.
    const int tolerance = std::max(2, layout.bodyGlyphHeight * 2 / 5);
    long starts = 0, ends = 0;
    const auto& chunks = layout.chunks;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const cv::Rect& a = chunks[i].box;
        if (a.width < 2 * chunks[i].glyphHeight)
            continue; // a lone glyph or a speck has no line end
        for (std::size_t j = i + 1; j < chunks.size(); ++j) {
            const cv::Rect& b = chunks[j].box;
            if (b.width < 2 * chunks[j].glyphHeight || sameRow(a, b))
                continue;
            starts += std::abs(a.x - b.x) <= tolerance;
            ends += std::abs(a.br().x - b.br().x) <= tolerance;
        }
    }
    return static_cast<double>(starts - ends) / static_cast<double>(starts + ends + 1);
}

} // namespace shikaku
