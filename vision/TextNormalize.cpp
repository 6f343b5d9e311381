#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {

std::vector<char32_t> decodeUtf8(std::string_view s)
{
    std::vector<char32_t> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        bool valid = true;
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        out.push_back(valid ? cp : 0xFFFD);
        i += valid ? len : 1;
    }
    return out;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string encodeUtf8(const std::vector<char32_t>& cps)
{
    std::string out;
    out.reserve(cps.size());
    for (char32_t cp : cps)
        appendUtf8(out, cp);
    return out;
}

bool isKanji(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           cp == 0x3005 /* 々 */;
}

bool isKana(char32_t cp)
{
    return (cp >= 0x3041 && cp <= 0x309F) || (cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9F);
}

char32_t fullSizeKana(char32_t cp)
{
    switch (cp) {
    case U'ぁ': case U'ぃ': case U'ぅ': case U'ぇ': case U'ぉ': case U'っ': case U'ゃ': case U'ゅ': case U'ょ': case U'ゎ':
    case U'ァ': case U'ィ': case U'ゥ': case U'ェ': case U'ォ': case U'ッ': case U'ャ': case U'ュ': case U'ョ': case U'ヮ':
        return cp + 1; // each small kana comes right before its full-size one
    case U'ヵ': return U'カ';
    case U'ヶ': return U'ケ';
    default: return cp;
    }
}

namespace {
bool isDashLike(char32_t cp)
{
    switch (cp) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFF0D: case 0xFE63: case 0x30FC /* ー, handled by caller */: case 0xFF70:
        return true;
    default:
        return false;
    }
}
bool isAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
} // namespace

std::string toHalfWidth(std::string_view utf8)
{
    auto cps = decodeUtf8(utf8);
    // First pass: full-width ASCII block and spaces.
    for (auto& cp : cps) {
        if (cp >= 0xFF01 && cp <= 0xFF5E && cp != 0xFF0D)
            cp = cp - 0xFF01 + 0x21;
        else if (cp == 0x3000)
            cp = ' ';
    }
    // Second pass: dashes. The long-vowel mark ー is a legitimate kana in a 記号, so it only
    // becomes a hyphen between digits (or a digit and the end), where it is an OCR/typing variant.
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (!isDashLike(cps[i]))
            continue;
        const bool longVowel = cps[i] == 0x30FC || cps[i] == 0xFF70;
        if (longVowel) {
            const bool prevDigit = i > 0 && isAsciiDigit(cps[i - 1]);
            const bool nextDigit = i + 1 < cps.size() && isAsciiDigit(cps[i + 1]);
            if (!(prevDigit && nextDigit))
                continue;
        }
        cps[i] = '-';
    }
    return encodeUtf8(cps);
}

std::string removeSpaces(std::string_view utf8)
{
    auto cps = decodeUtf8(utf8);
    std::erase_if(cps, [](char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000; });
    return encodeUtf8(cps);
}

std::string digitsOnly(std::string_view text)
{
    std::string out;
    std::copy_if(text.begin(), text.end(), std::back_inserter(out), [](char c) { return c >= '0' && c <= '9'; });
    return out;
}

bool isAllDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDigitsAndHyphens(std::string_view text)
{
    const std::string t = removeSpaces(toHalfWidth(text));
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

} // namespace shikaku
