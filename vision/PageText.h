#pragma once
// The text of a rectified document, chunk by chunk: every chunk found by TextChunkFinder is
// read once as a line, at a scale that suits its character height. Labels, titles and
// back-side keywords are searched in this text; field values are read again with their own
// settings (FieldValueReader).

#include "OcrEngine.h"
#include "TextChunkFinder.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace shikaku {

struct ReadChunk {
    TextChunk chunk;
    std::u32string text;             ///< normalised for matching: half-width, no spaces, unified dots
    std::vector<OcrSymbol> symbols;  ///< one per code point of `text` where Tesseract gave one
    double confidence = 0.0;         ///< lowest symbol confidence
};

struct PageText {
    std::vector<ReadChunk> chunks;
    int bodyGlyphHeight = 0;
};

/// Reads every chunk of `gray` (at most `maxChunks`, the largest first when there are more).
PageText readPageText(OcrEngine& ocr, const cv::Mat& gray, const TextChunkLayout& layout, std::size_t maxChunks = 160);

/// The matching form of a text: NFKC-like width folding, spaces removed, ･/·/• → ・, brackets unified.
std::u32string matchingForm(std::string_view utf8);

/// True when `text` contains `needle` (both in matching form).
bool containsText(const std::u32string& text, const std::u32string& needle);

} // namespace shikaku
