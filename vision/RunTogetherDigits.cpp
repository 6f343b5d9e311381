#include "RunTogetherDigits.h"

#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {

// Digits are at most ~0.75 as wide as high; Tesseract's symbol boxes are loose, so only
// a digit 1.5 times as wide as high counts (「56192」 was read as 6192 at 0.81 with its 「6」
// 33 px wide and 18 px high); a 番号 has no check digit to catch a lost one. Kanji are not
// checked (年, 月 are as wide as high).
bool hasRunTogetherDigits(const std::vector<OcrWord>& words)
{
    for (const auto& w : words)
        for (const auto& s : w.symbols) {
            const std::vector<char32_t> cps = decodeUtf8(toHalfWidth(s.text));
            const bool digit = cps.size() == 1 && cps[0] >= U'0' && cps[0] <= U'9';
            if (digit && s.box.height >= 4 && s.box.width * 2 > s.box.height * 3)
                return true;
        }
    return false;
}

bool lostDigitWouldShow(FieldId id, const std::optional<std::string>& value)
{
    constexpr std::size_t kLongestInsurerNumber = 8;
    return id == FieldId::InsurerNumber && value && value->size() == kLongestInsurerNumber &&
           std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace shikaku
