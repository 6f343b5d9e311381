#pragma once
// Pure validators and normalisers for the five fields (domain notes §5–§7).
// Invalid input gives a reason, never an exception.

#include "Date.h"

#include <string>
#include <string_view>

namespace shikaku {

struct Verdict {
    bool valid = false;
    std::string normalized; ///< the value to show and store (may be set even when invalid)
    std::string reason;     ///< empty when valid; never contains the value itself
};

/// Luhn check digit of the body (the 5 or 7 digits before it), per MHLW 設定要領.
int insurerCheckDigit(std::string_view body);

/// 6 digits (国保: prefecture 01–47) or 8 digits (known 法別, prefecture 01–47), check digit.
Verdict validateInsurerNumber(std::string_view raw);

/// True when the 8-digit number's 法別 is 39 (後期高齢者: no 記号, no 枝番).
bool isKoukiInsurer(std::string_view normalizedInsurerNumber);

/// 記号: digits/hyphen made half-width, kanji and kana kept, spaces removed.
Verdict validateSymbol(std::string_view raw);

/// 番号: ASCII digits with optional single hyphens inside (e.g. 123-4567).
Verdict validateNumber(std::string_view raw);

/// 枝番: exactly two ASCII digits.
Verdict validateBranchNumber(std::string_view raw);

/// 有効期限: an era or Gregorian date → ISO. Validity does not depend on today; see isExpired.
Verdict validateExpiry(std::string_view raw);
bool isExpired(const Date& expiry, const Date& today);

/// A 12-digit マイナンバー with a valid check digit (番号法 施行令 §8). Such numbers are never kept.
bool looksLikeMyNumber(std::string_view text);

} // namespace shikaku
