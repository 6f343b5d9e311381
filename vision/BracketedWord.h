#pragma once
// A small bracketed word glued to a larger value (「(枝番) 00」, the label printed in a smaller,
// condensed face) is read with the value's scale and runs into one glyph (「(材)00」, 「()00」).
// Read alone, scaled for its own print, its characters come apart (「(杖番)」).

#include "OcrEngine.h"
#include "PageText.h"

#include <opencv2/core/mat.hpp>

#include <cstddef>
#include <optional>

namespace shikaku {

/// The bracketed word at the start of `rc` read again alone: `word` holds that reading (the
/// chunk from its start to the first reading's closing bracket, scaled for print `glyph` px high,
/// 44 px as the label retries) and `close` the closing bracket's place in `rc.text`. Nothing when
/// `rc` does not open with a bracketed word of at most four characters.
struct BracketedWordAlone {
    ReadChunk word;
    std::size_t close = 0;
};
std::optional<BracketedWordAlone> readBracketedWordAlone(OcrEngine& ocr, const cv::Mat& gray, const ReadChunk& rc, int glyph,
                                                         int& characters);

/// `rc` (read) opening with a bracketed word of at most four characters: the word read again
/// alone — from the chunk's start to the first reading's closing bracket — scaled for print
/// `glyph` px high (44 px, as the label retries), followed by `rc`'s reading from its closing
/// bracket on (the value's symbols at the value's scale). Nothing when `rc` holds no such word or
/// the word alone does not read as a bracketed word. `characters` counts the characters read.
std::optional<ReadChunk> bracketedWordReadAlone(OcrEngine& ocr, const cv::Mat& gray, const ReadChunk& rc, int glyph, int& characters);

} // namespace shikaku
