#pragma once
// jpn's reading of a value's digits checked by the digit model (eng), which does not share its
// systematic errors: the digits of an era date cut out of the kanji around them, digits the
// digit model dropped set side by side, a doubtful digit read again alone. Each gives a second
// reading (or a confidence) that only counts when it agrees with the first.

#include "FieldLocator.h"
#include "Models.h"
#include "OcrEngine.h"
#include "ValueCropReading.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace shikaku {

/// Era dates (令和7年5月31日) are read by jpn only — eng has no kanji — and jpn is unsure of
/// digits between kanji (the 7 of 令和7年 at 0.53 on a clean print). The digits carry the date,
/// so they are read again by the other model: every character jpn read that is not a digit is
/// painted over with paper, eng reads the digits left, and they replace jpn's digits in jpn's
/// text. Kanji confidence comes from jpn, digit confidence from eng. When the two do not line
/// up (another count of digits, runs that cannot be matched) the result is empty: disagreement.
CropReading crossReadDigits(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const CropReading& a, const FieldModel& digits);

/// The digit model's reading lacks digits the first reading has and the print shows (DroppedDigit):
/// the digit model reads the glyphs once more, set side by side, and that reading counts when it
/// equals the first one. Otherwise `b` stays as read. Its symbol boxes are the strip's, not the
/// page's: like crossReadDigits, the reading keeps none.
CropReading withDroppedDigitReadAgain(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const FieldModel& model,
                                      const CropReading& a, CropReading b);

/// The two readings agree but doubt a digit: the doubt is lifted only by reading each doubtful
/// digit again on its own (DoubtfulDigits). Its ink runs, not the LSTM's loose symbol boxes,
/// decide whether digits run together (readPlace's own guard still applies on a blurred page).
std::optional<double> confirmedConfidence(OcrEngine& ocr, OcrEngine& digitModel, const cv::Mat& gray, const ValueLocation& at, const CropReading& a,
                                          const CropReading& b, FieldId id, double minOk);

} // namespace shikaku
