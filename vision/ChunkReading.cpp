#include "ChunkReading.h"

#include "LineModelOcr.h"
#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {

namespace {

// The reading into `rc`: its text in matching form, one symbol per code point.
void takeReading(ReadChunk& rc, OcrLine& line, int& characters)
{
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

} // namespace

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
    takeReading(rc, line, characters);
}

void readChunkWithLineModel(OcrEngine& model, const cv::Mat& gray, ReadChunk& rc, int maxGlyphs, int& characters)
{
    const TextChunk& c = rc.chunk;
    const int glyph = std::max(c.glyphHeight, 1);
    const cv::Rect print(c.box.x, c.box.y, std::min(c.box.width, maxGlyphs * glyph), c.box.height);
    OcrLine line = readWithLineModel(model, gray, print, glyph, {});
    takeReading(rc, line, characters);
}

} // namespace shikaku
