#pragma once
// One field's value read twice with settings made for the field (two scales, and for digits a
// second model; for a 記号 in kana or kanji another Japanese model; for an era date its digits
// cut out for the digit model) and judged: only two readings that agree can become `ok`.

#include "CropReader.h"
#include "FieldJudge.h"
#include "FieldLocator.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PlaceReading.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace shikaku {

/// Reads the value of field `id` at `at` twice and judges it; `mode` overrides the field's
/// segmentation. `runTogether` is set when a reading holds digits run together
/// (hasRunTogetherDigits). A 記号 reading with a middle dot is judged as 記号 and 番号 printed
/// together (symbolAndNumber).
PlaceReading readSingleFieldTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models, FieldId id,
                                  const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                                  bool& runTogether);

} // namespace shikaku
