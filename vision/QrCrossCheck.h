#pragma once
// 2-D codes on the document, read with ZXing-C++. The content format of the QR codes printed
// on some old 保険証 is not public (domain notes §8), so no value is ever taken from a code.
// A code is only a second opinion: a value read by OCR that appears as a whole token of the
// code's text gets its confidence raised; a 記号 or 番号 that does not appear while the code
// holds digits is sent to review. The code's text is never stored or logged.

#include "FieldJudge.h"
#include "FieldReading.h"
#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace shikaku {

struct QrCode {
    std::string text;   ///< decoded content (kept in memory only for the cross-check)
    Box box;            ///< where it is in the image (for masking retained images)
};

/// Decodes the QR codes in `image` (BGR or grey).
std::vector<QrCode> readQrCodes(const cv::Mat& image);

/// Compares the fields of `result` with the codes' text; adds a note that a code is present
/// (it must be masked like the numbers in any retained image).
/// A value that was `review` only for low recognition confidence is judged again with the
/// raised confidence (so judgeField still decides `ok`).
void crossCheckWithQr(ScanResult& result, const std::vector<QrCode>& codes, const JudgeOptions& judge);

/// The code's text split into tokens: runs of ASCII digits and letters (hyphens dropped inside
/// digit runs as well, so 123-4567 also matches 1234567), kanji and kana.
std::vector<std::string> qrTokens(const std::string& text);

} // namespace shikaku
