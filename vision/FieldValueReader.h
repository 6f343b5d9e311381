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

/// The page the values were re-sampled from (PhotoPage's FieldDetail), with the values'
/// locations on it; `scale` maps its coordinates to the re-sampled image's.
struct PageAtScale {
    const cv::Mat& gray;
    const FieldLocations& locations;
    double scale = 1.0;
};

/// As above on the re-sampled image `gray`; a value not `ok` there, whose place nothing puts in
/// doubt, is read on `coarser` too. Boxes stay in `gray`'s coordinates.
std::array<FieldReading, 5> readFieldValues(OcrEngine& ocr, const cv::Mat& gray, const FieldLocations& locations,
                                            const Models& models, const JudgeOptions& judge, const PageAtScale& coarser);

} // namespace shikaku
