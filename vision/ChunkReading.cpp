#include "ChunkReading.h"

#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {

void readChunk(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, int maxGlyphs, int& characters, int glyphPx, double widthScale,
               CropBinarisation binarisation)
{
    const TextChunk& c = rc.chunk;
    const int glyph = std::max(c.glyphHeight, 1);
    const int pad = std::max(2, glyph / 5);
    const int width = std::min(c.box.width, maxGlyphs * glyph);
    const cv::Rect padded(c.box.x - pad, c.box.y - pad, width + 2 * pad, c.box.height + 2 * pad);
    CropReadSettings settings;
    settings.glyphPx = glyphPx;
    settings.widthScale = widthScale;
    settings.binarisation = binarisation;
    OcrLine line = readCrop(ocr, gray, padded, glyph, settings);
    rc.read = true;
    rc.confidence = line.confidence;
    for (auto& w : line.words) {
        for (auto& s : w.symbols) {
            for (char32_t cp : matchingForm(s.text)) {
                rc.text.push_back(cp);
                OcrSymbol sym = s;
                sym.text.clear();
                appendUtf8(sym.text, cp);
                rc.symbols.push_back(std::move(sym));
            }
        }
    }
    characters += static_cast<int>(rc.text.size());
}

} // namespace shikaku
