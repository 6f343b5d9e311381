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

namespace shikaku {

/// Reads every field that has a location. Fields without one are `not_found`.
std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge);

} // namespace shikaku
