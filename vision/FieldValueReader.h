#pragma once
// Reads every located value: each place twice with settings made for its field (SingleFieldPlace;
// 記号・番号 printed together: CombinedSymbolNumber), again in other ways while it is not `ok`
// (raw line, binarised, sharpened), and of a field printed twice the better place (PlaceChoice).
// Only two readings that agree after normalisation can become `ok`; status comes from judgeField.

#include "FieldJudge.h"
#include "FieldLocator.h"
#include "Models.h"
#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>

#include <array>

namespace shikaku {

/// Reads every field that has a location. Fields without one are `not_found`.
std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge);

} // namespace shikaku
