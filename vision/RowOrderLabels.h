#pragma once
// Field labels found by where a row of the form puts them, after the page text was read.

#include "LabelMatcher.h"
#include "OcrEngine.h"
#include "PageText.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// 記号, 番号 and 枝番 are printed in this order on one row (「記号 12 番号 345 (枝番) 00」). A short
/// label under blur, glare or shade is read with one of its two characters wrong (番号 as 普号,
/// 枝番 as 村衝, then 村番 once scaled for its own print). Alone such a reading is no label
/// (two-character labels must match exactly); in the row's order it is: the first chunk after
/// the value of the label before it on the same row, read as that label with one character
/// wrong — as read, or read again scaled for the print at its start, larger, binarised — is
/// that label. And a 記号 label the chunk finder missed (grey print on a shaded cell) is looked
/// for before a value that starts a row ahead of a 番号 label (read exactly only). The last step
/// of readPageText.
void labelsFromRowOrder(OcrEngine& ocr, const cv::Mat& gray, PageText& page, const LabelMatcher& labels);

} // namespace shikaku
