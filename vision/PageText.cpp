#include "PageText.h"

#include "CropReader.h"
#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {

std::u32string matchingForm(std::string_view utf8)
{
    std::u32string out;
    for (char32_t cp : decodeUtf8(removeSpaces(toHalfWidth(utf8)))) {
        switch (cp) {
        case U'･': case U'·': case U'•': case U'‧': case U'∙': cp = U'・'; break;
        case U'（': cp = U'('; break;
        case U'）': cp = U')'; break;
        case U'：': cp = U':'; break;
        default: break;
        }
        out.push_back(cp);
    }
    return out;
}

bool containsText(const std::u32string& text, const std::u32string& needle)
{
    return !needle.empty() && text.find(needle) != std::u32string::npos;
}

PageText readPageText(OcrEngine& ocr, const cv::Mat& gray, const TextChunkLayout& layout, std::size_t maxChunks)
{
    PageText page;
    page.bodyGlyphHeight = layout.bodyGlyphHeight;
    std::vector<std::size_t> order(layout.chunks.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (order.size() > maxChunks) {
        // Keep the biggest: titles and labels are never the smallest print on a document.
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(maxChunks), order.end(),
                          [&](std::size_t a, std::size_t b) { return layout.chunks[a].box.area() > layout.chunks[b].box.area(); });
        order.resize(maxChunks);
        std::sort(order.begin(), order.end());
    }
    CropReadSettings settings;
    settings.glyphPx = 30;
    for (std::size_t i : order) {
        const TextChunk& c = layout.chunks[i];
        const int pad = std::max(2, c.glyphHeight / 5);
        const cv::Rect padded(c.box.x - pad, c.box.y - pad, c.box.width + 2 * pad, c.box.height + 2 * pad);
        OcrLine line = readCrop(ocr, gray, padded, std::max(c.glyphHeight, 1), settings);
        ReadChunk rc;
        rc.chunk = c;
        rc.confidence = line.confidence;
        for (auto& w : line.words) {
            for (auto& s : w.symbols) {
                const std::u32string form = matchingForm(s.text);
                for (char32_t cp : form) {
                    rc.text.push_back(cp);
                    OcrSymbol sym = s;
                    sym.text.clear();
                    appendUtf8(sym.text, cp);
                    rc.symbols.push_back(std::move(sym));
                }
            }
        }
        if (!rc.text.empty())
            page.chunks.push_back(std::move(rc));
    }
    return page;
}

} // namespace shikaku
