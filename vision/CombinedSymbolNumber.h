#pragma once
// 記号 and 番号 printed together (「8910280・42906」, maybe followed by a (枝番) word and the 枝番)
// are read as one value: twice without a whitelist (the 記号 may hold kanji or kana), split at
// the middle dot or between two words, and judged part by part. Without a split, where the 記号
// ends is unknown, and nothing read there may be `ok`.

#include "CropReader.h"
#include "FieldJudge.h"
#include "FieldLocator.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PlaceReading.h"
#include "ValueCropReading.h"

#include <opencv2/core/mat.hpp>

#include <optional>
#include <string>

namespace shikaku {

/// True when `text` holds a middle dot (・, ･ or ·): 記号 and 番号 printed together.
bool hasMiddleDot(const std::string& text);

/// Two readings of 記号 and 番号 printed together, split and judged part by part. A 記号 in kanji
/// or kana (read by jpn only) lowers the confidence of both parts, unless
/// `digitModelReadTheNumber`: the digit model read the 番号's digits alone, the same.
PlaceReading symbolAndNumber(const CropReading& a, const CropReading& b, const JudgeOptions& judge,
                             bool digitModelReadTheNumber = false);

/// 「本・84171700」: the 記号 in kanji, the 番号 in digits. The digit model cannot read the 記号, so
/// the value is not checked whole as combined digits are (CombinedDigits); the 番号 after the
/// middle dot (found in the ink, MiddleDotInk) is read alone by the digit model instead. True
/// when the jpn readings `a` and `b` split alike and it reads the same digits.
bool digitModelReadsTheNumberAlone(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models,
                                   std::optional<Segmentation> mode, CropBinarisation binarisation, const CropReading& a,
                                   const CropReading& b);

/// Reads the combined value at `at` twice and judges its parts; `mode` overrides the
/// segmentation. `runTogether` is set when a reading holds digits run together.
PlaceReading readCombinedPlaceTwice(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const Models& models,
                                    const JudgeOptions& judge, std::optional<Segmentation> mode, CropBinarisation binarisation,
                                    bool& runTogether);

} // namespace shikaku
