#pragma once
// Re-validation of a value staff typed, with the same validators the scan engine uses
// (vision/FieldValidators.h). Gives the verdict staff see beside the field.

#include "Date.h"
#include "FieldReading.h"

#include <QString>

namespace shikaku::kiosk {

enum class VerdictKind {
    Valid,          ///< passes its validator (check digit passed for 保険者番号)
    CheckDigitFailed,
    Invalid,        ///< wrong shape (letters in a number, impossible date, ...)
    Expired,        ///< a valid date before today
    Empty,
    NotApplicable,  ///< this document does not carry the field
};

struct FieldVerdict {
    VerdictKind kind = VerdictKind::Empty;
    QString normalized; ///< value as it will be stored
};

/// Validates `text` for `id`; `today` decides Expired.
FieldVerdict revalidate(FieldId id, const QString& text, const Date& today);

} // namespace shikaku::kiosk
