#pragma once
// Fictitious insurance data (never a real person): insurer numbers with valid check digits,
// 記号/番号/枝番 shaped per insurer type (domain notes §5–§6), dates, names and the distractor
// numbers printed around the fields.

#include "Date.h"
#include "Rng.h"

#include <optional>
#include <string>
#include <string_view>

namespace shikaku::synth {

enum class InsurerType { Kyokai, Kumiai, Kyosai, Kokuho, Kouki };

/// Truth-file name: kyokai|kumiai|kyosai|kokuho|kouki.
std::string_view insurerTypeName(InsurerType type);

/// Generation is pinned to this day, so a seed gives the same documents whenever it runs.
inline constexpr Date kReferenceDate{2026, 11, 25};

struct Person {
    std::string familyName, givenName;         ///< kanji
    std::string familyReading, givenReading;   ///< full-width katakana
    bool male = true;
    Date birthDate;

    std::string fullName() const { return familyName + "\u3000" + givenName; }
    std::string fullReading() const { return familyReading + "\u3000" + givenReading; }
};

struct InsuranceRecord {
    InsurerType type = InsurerType::Kyokai;
    std::string insurerNumber;                 ///< ASCII digits, valid check digit
    std::string insurerName;                   ///< e.g. 全国健康保険協会 東京支部
    std::string insurerAddress;
    std::string prefecture;                    ///< e.g. 東京都
    std::optional<std::string> symbol;         ///< ASCII digits or kanji/kana; none for 後期
    std::string number;                        ///< ASCII digits, maybe one hyphen (国保)
    std::optional<std::string> branch;         ///< two digits; none for 後期
    Date expiry, issueDate, qualificationDate;
    Person holder;
    bool dependant = false;                    ///< 家族 / 被扶養者
    std::string insuredPersonName;             ///< on dependants' cards: the insured person
    std::string employerName;                  ///< 事業所名称 (被用者保険)
    int copayPercent = 30;
    bool age70to74 = false;                    ///< お知らせ then carries an expiry
    // Distractors printed near the fields.
    std::string managementNumber;              ///< 発行管理番号, 9 digits
    std::string phone, postcode, address;
    std::string myNumberLast4;                 ///< only for the 協会けんぽ お知らせ letter
};

InsuranceRecord makeInsuranceRecord(Rng& rng, std::optional<InsurerType> type = std::nullopt);

/// A fictitious name and birth date between the given years.
Person makePerson(Rng& rng, int bornFrom, int bornTo);

/// A fictitious municipality (○○市/町) in a prefecture, e.g. 北川町.
std::string makeMunicipality(Rng& rng);
std::string prefectureName(int code);
std::string makeAddress(Rng& rng, const std::string& prefecture);
std::string makePhone(Rng& rng);
std::string makePostcode(Rng& rng);

} // namespace shikaku::synth
