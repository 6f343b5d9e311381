#include "ReadingPlausibility.h"

#include "FieldValidators.h"
#include "TextNormalize.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace shikaku {

bool hasCjk(const std::string& text)
{
    const auto cps = decodeUtf8(text);
    return std::any_of(cps.begin(), cps.end(), [](char32_t cp) { return (isKanji(cp) || isKana(cp)) && cp != U'・'; });
}

// A value that contains label words was cut at the wrong place (a label misread).
double labelWordPenalty(const std::string& text)
{
    for (std::string_view word : {"番号", "記号", "枝番", "保険", "有効", "期限"}) {
        if (text.find(word) != std::string::npos)
            return 0.0;
    }
    return 1.0;
}

// 枝番 counts family members from 00/01: a large one is more likely a misread than a big family.
// An expiry decades away is a misread era year (R07 → R97). Such readings get half confidence.
double plausibility(FieldId id, const std::string& text, bool checkedByOtherKanjiModel)
{
    if (labelWordPenalty(text) == 0.0)
        return 0.0;
    // A 記号 in kanji or kana read by the jpn model only (twice) is weaker evidence: 南 was
    // read as 者 twice at 0.80. A second Japanese model that agrees lifts this.
    if (id == FieldId::Symbol && hasCjk(text) && !checkedByOtherKanjiModel)
        return 0.8;
    if (id == FieldId::Expiry) {
        const Verdict v = validateExpiry(text);
        if (v.valid) {
            if (const std::optional<Date> d = parseIsoDate(v.normalized)) {
                const int year = d->year, thisYear = todayLocal().year;
                if (year > thisYear + 6 || year < thisYear - 12)
                    return 0.5;
            }
        }
    }
    if (id == FieldId::BranchNumber) {
        const std::string d = digitsOnly(toHalfWidth(text));
        if (d.size() == 2 && d[0] >= '3')
            return 0.5;
    }
    return 1.0;
}

} // namespace shikaku
