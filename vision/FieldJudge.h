#pragma once
// Turns a recognised text into a FieldReading with its status. This is the one place that
// decides `ok` versus `review`, so that every reading path (PDF text, OCR, QR) is judged alike.

#include "Date.h"
#include "DocumentKind.h"
#include "FieldReading.h"
#include "ScanResult.h"

#include <string_view>

namespace shikaku {

struct JudgeOptions {
    /// Below this recogniser confidence a valid-looking value is still `review`.
    /// Tuned by the benchmark (tests/bench) so that no wrong value is `ok`.
    double minOkConfidence = 0.80;
    /// Two agreeing line readings that doubt a digit may still be `ok` when every doubtful digit,
    /// read again alone by two models, is confirmed (DoubtfulDigits). Off only to measure it.
    bool confirmDoubtfulDigits = true;
};

/// Validates `raw` for `id` and sets value, status, reason and confidence.
FieldReading judgeField(FieldId id, std::string_view raw, double confidence, FieldSource source,
                        const JudgeOptions& options = {});

/// Document-level rules after all fields were read: 後期 has no 記号/枝番, お知らせ has no
/// 有効期限, expired documents and old cards are noted, kinds that carry no insurance fields
/// never have an `ok` field, and a read マイナンバー is dropped.
void applyDocumentRules(ScanResult& result, const Date& today);

/// A doubt about the whole document (a damaged file that still partly renders): every `ok`
/// field becomes `review` with `reason`, its value kept for staff to check.
void sendAllToReview(ScanResult& result, std::string_view reason);

} // namespace shikaku
