#pragma once
// Reads a located value twice with settings made for its field (two scales, grey and own
// binarisation, the field's whitelist) and judges it: only two readings that agree after
// normalisation can become `ok`; disagreement is `review`. Status comes from judgeField.

#include "FieldJudge.h"
#include "FieldLocator.h"
#include "Models.h"
#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace shikaku {

/// Reads every field that has a location. Fields without one are `not_found`.
std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge);

/// True when a digit was read from a box much wider than tall: two digits run together by
/// blur, one of which both readings may drop. Such a value is never `ok`.
bool hasRunTogetherDigits(const std::vector<OcrWord>& words);

/// True when a digit lost from `value` (as judged for field `id`) could not have gone unseen:
/// an 8-digit 保険者番号 is the longest form there is (6 or 8 digits, the last a check digit),
/// so one read from run-together digits has lost none. Such a value may stay `ok`.
bool lostDigitWouldShow(FieldId id, const std::optional<std::string>& value);

/// Keeps the end of a validity period (令和7年8月1日～令和8年7月31日 → 令和8年7月31日).
std::string lastDateOfPeriod(const std::string& raw);

/// The lowest confidence of the symbols that print the last date of a period (as
/// lastDateOfPeriod cuts it): a doubtful digit of the start date is no doubt about the expiry.
/// `whole` (the reading's confidence) when no symbol is left.
double lastDateConfidence(const std::vector<OcrWord>& words, double whole);

} // namespace shikaku
