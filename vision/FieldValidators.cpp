#include "FieldValidators.h"

#include "TextNormalize.h"

#include <algorithm>
#include <array>
#include <regex>

namespace shikaku {
namespace {

// 法別番号 of health insurers (domain notes §5.2, §5.5 rule 3). Others (e.g. 12, 54, 8x) are 公費.
constexpr std::array<std::string_view, 17> kInsurerLaws{"01", "02", "03", "04", "06", "07", "31", "32", "33",
                                                        "34", "39", "63", "67", "72", "73", "74", "75"};

bool isPrefecture(std::string_view two)
{
    const int p = (two[0] - '0') * 10 + (two[1] - '0');
    return p >= 1 && p <= 47;
}

Verdict invalid(std::string normalized, std::string reason) { return {false, std::move(normalized), std::move(reason)}; }

} // namespace

int insurerCheckDigit(std::string_view body)
{
    int sum = 0;
    bool doubleIt = true; // the rightmost body digit has weight 2
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

Verdict validateInsurerNumber(std::string_view raw)
{
    std::string n = removeSpaces(toHalfWidth(raw));
    std::erase(n, '-');
    if (n.empty())
        return invalid(n, "empty");
    if (!isAllDigits(n))
        return invalid(n, "contains characters other than digits");
    if (n.size() == 7)
        return invalid(n, "7 digits: a leading 0 may be missing");
    if (n.size() != 6 && n.size() != 8)
        return invalid(n, "must be 6 or 8 digits");
    const std::string_view pref = n.size() == 6 ? std::string_view(n).substr(0, 2) : std::string_view(n).substr(2, 2);
    if (!isPrefecture(pref))
        return invalid(n, "prefecture code outside 01-47");
    if (n.size() == 8 && std::find(kInsurerLaws.begin(), kInsurerLaws.end(), std::string_view(n).substr(0, 2)) == kInsurerLaws.end())
        return invalid(n, "not a health-insurer 法別番号 (a 公費 number?)");
    if (insurerCheckDigit(std::string_view(n).substr(0, n.size() - 1)) != n.back() - '0')
        return invalid(n, "check digit does not match");
    return {true, n, {}};
}

bool isKoukiInsurer(std::string_view n) { return n.size() == 8 && n.substr(0, 2) == "39"; }

Verdict validateSymbol(std::string_view raw)
{
    std::string s = removeSpaces(toHalfWidth(raw));
    // Separators sometimes printed around the value are not part of it.
    while (!s.empty() && (s.front() == '-' || s.front() == ':'))
        s.erase(s.begin());
    while (!s.empty() && (s.back() == '-' || s.back() == ':'))
        s.pop_back();
    if (s.empty())
        return invalid(s, "empty");
    auto cps = decodeUtf8(s);
    if (cps.size() > 12)
        return invalid(s, "longer than any known 記号");
    // A 記号 of one kana (国保: 「あ」) is read from a crop scaled to its own height, where a small
    // kana looks like the full-size one (one model reads ぁ, the other あ); no 記号 is one small kana.
    if (cps.size() == 1) {
        cps[0] = fullSizeKana(cps[0]);
        s = encodeUtf8(cps);
    }
    for (char32_t cp : cps) {
        // Latin letters do not occur in 記号 (domain notes §6); in OCR output they are misread
        // digits (8→S, 0→O), so they make the value invalid rather than plausible.
        const bool allowed = (cp >= '0' && cp <= '9') || cp == '-' || isKanji(cp) || isKana(cp);
        if (!allowed)
            return invalid(s, "unexpected character");
    }
    return {true, s, {}};
}

Verdict validateNumber(std::string_view raw)
{
    std::string s = removeSpaces(toHalfWidth(raw));
    static const std::regex kNumber(R"(^\d+(-\d+)*$)");
    if (s.empty())
        return invalid(s, "empty");
    if (!std::regex_match(s, kNumber))
        return invalid(s, "must be digits (with optional hyphens)");
    if (digitsOnly(s).size() > 12)
        return invalid(s, "longer than any known 番号");
    if (looksLikeMyNumber(s))
        return invalid({}, "looks like a マイナンバー: dropped");
    return {true, s, {}};
}

Verdict validateBranchNumber(std::string_view raw)
{
    std::string s = removeSpaces(toHalfWidth(raw));
    // Printed as （枝番）01 or (01): brackets are decoration.
    std::erase_if(s, [](char c) { return c == '(' || c == ')'; });
    if (s.empty())
        return invalid(s, "empty");
    if (!isAllDigits(s))
        return invalid(s, "must be digits");
    if (s.size() != 2)
        return invalid(s, "must be exactly 2 digits");
    return {true, s, {}};
}

Verdict validateExpiry(std::string_view raw)
{
    const DateParse parsed = parseJapaneseDate(raw);
    if (!parsed.date)
        return invalid({}, parsed.reason);
    return {true, parsed.date->toIso(), {}};
}

bool isExpired(const Date& expiry, const Date& today) { return expiry < today; }

bool looksLikeMyNumber(std::string_view text)
{
    const std::string d = digitsOnly(toHalfWidth(text));
    if (d.size() != 12)
        return false;
    // Pn: digits from the right excluding the check digit (n = 1..11); Qn = n+1 (n ≤ 6), n−5 (n ≥ 7).
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = d[11 - n] - '0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int r = sum % 11;
    const int check = r <= 1 ? 0 : 11 - r;
    return check == d[11] - '0';
}

} // namespace shikaku
