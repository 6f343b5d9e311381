#pragma once
// The height of the print at the start of a chunk, measured from its ink. A chunk's own glyph
// height comes from the glued block: a small label glued to its larger value (「番号 2691」 on a
// card, labels printed at ~0.7 of the values' height) reads as the value's height. Measured at
// the start, the label shows as smaller print than the value before it, however its text was
// misread: FieldLocator ends a value there.

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

namespace shikaku {

/// Height in pixels of the band of rows that holds the ink of the first `startWidth` pixels of
/// `box` in `gray` (dark print on light paper); 0 when no ink is found.
int startPrintHeight(const cv::Mat& gray, const cv::Rect& box, int startWidth);

} // namespace shikaku
