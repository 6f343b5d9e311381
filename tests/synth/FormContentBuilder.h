#pragma once
// Turns a fictitious InsuranceRecord into what a given document prints, and the matching truth.

#include "DateText.h"
#include "FictitiousRecord.h"
#include "FormPainter.h"
#include "Truth.h"

namespace shikaku::synth {

/// Per-document print choices: digit width, date style, label wording.
struct PrintChoices {
    bool fullWidthDigits = false;
    DateStyle dateStyle = DateStyle::EraKanji;
    bool expiryAsPeriod = false;   ///< 有効期間 令和7年8月1日から令和8年7月31日まで
    bool branchInBrackets = false; ///< （枝番）
};

PrintChoices randomPrintChoices(Rng& rng);

enum class CardPurpose { Kakuninsho, OldHealthCard, OshiraseCard };

/// The form printed on a card-type document; sets truth.fields and truth.printed.
FormContent buildFormContent(const InsuranceRecord& record, CardPurpose purpose, const PrintChoices& choices, Rng& rng, Truth& truth);

/// Truth fields for a record; expiryPrinted false → null expiry.
FieldTruth fieldTruth(const InsuranceRecord& record, bool expiryPrinted);

/// The other printed values (names, dates, distractor numbers) for analysis of false positives.
nlohmann::json printedValues(const InsuranceRecord& record);

QString printDate(const Date& date, const PrintChoices& choices);
QString printDigits(const std::string& ascii, const PrintChoices& choices);

} // namespace shikaku::synth
