#include "FieldRevalidation.h"

#include "FieldValidators.h"

#include <algorithm>

namespace shikaku::kiosk {

FieldVerdict revalidate(FieldId id, const QString& text, const Date& today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {VerdictKind::Empty, {}};
    const std::string raw = trimmed.toStdString();
    Verdict verdict;
    switch (id) {
    case FieldId::InsurerNumber: {
        verdict = validateInsurerNumber(raw);
        if (!verdict.valid) {
            // Right length of digits but wrong last digit: say so, it is the common typo.
            const QString digits = QString::fromStdString(verdict.normalized);
            const bool shapeOk = (digits.size() == 6 || digits.size() == 8)
                && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
            return {shapeOk ? VerdictKind::CheckDigitFailed : VerdictKind::Invalid, digits};
        }
        break;
    }
    case FieldId::Symbol: verdict = validateSymbol(raw); break;
    case FieldId::Number: verdict = validateNumber(raw); break;
    case FieldId::BranchNumber: verdict = validateBranchNumber(raw); break;
    case FieldId::Expiry: {
        verdict = validateExpiry(raw);
        if (verdict.valid) {
            if (auto date = parseIsoDate(verdict.normalized); date && isExpired(*date, today))
                return {VerdictKind::Expired, QString::fromStdString(verdict.normalized)};
        }
        break;
    }
    }
    return {verdict.valid ? VerdictKind::Valid : VerdictKind::Invalid, QString::fromStdString(verdict.normalized)};
}

} // namespace shikaku::kiosk
