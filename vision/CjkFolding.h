#pragma once
// Folds look-alike code points that PDF text layers and OCR produce for the same printed
// character, so that labels and values compare equal: Kangxi radicals (⽉ U+2F49 for 月, a
// common ToUnicode mapping of CJK fonts), middle dots (‧ ･ · → ・), full-width ASCII,
// ideographic space and old glyph variants (髙 → 高). Digits, kana and kanji are otherwise kept.

#include <string>
#include <string_view>

namespace shikaku {

char32_t foldCjk(char32_t cp);
std::string foldCjk(std::string_view utf8);

/// True for code points that mean the text layer could not be mapped to Unicode
/// (U+FFFD, private use, C0/C1 controls): such text is not "clean".
bool isUnmappedCodePoint(char32_t cp);

} // namespace shikaku
