#pragma once
// Width and separator normalisation for printed Japanese field text (UTF-8 in, UTF-8 out).

#include <string>
#include <string_view>
#include <vector>

namespace shikaku {

/// Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic space to space, every dash-like
/// character (‐ ‑ ‒ – — ― − －, and ー between digits) to '-'. Kanji and kana are kept.
std::string toHalfWidth(std::string_view utf8);

/// Removes ASCII and ideographic white space.
std::string removeSpaces(std::string_view utf8);

/// Keeps only ASCII digits.
std::string digitsOnly(std::string_view text);

/// Only ASCII digits, and not empty (no folding: the text is already normalised).
bool isAllDigits(std::string_view text);

/// Only digits and hyphens once folded to half width and without spaces, and not empty.
bool isDigitsAndHyphens(std::string_view text);

/// Splits UTF-8 into code points (invalid bytes become U+FFFD).
std::vector<char32_t> decodeUtf8(std::string_view utf8);
std::string encodeUtf8(const std::vector<char32_t>& codePoints);
void appendUtf8(std::string& out, char32_t cp);

bool isKanji(char32_t cp);
bool isKana(char32_t cp);
/// The full-size form of a small kana (ぁ → あ, ッ → ツ, ヶ → ケ); any other character as it is.
char32_t fullSizeKana(char32_t cp);

} // namespace shikaku
