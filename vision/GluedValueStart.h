#pragma once
// A value printed right after its label, in one chunk of text (「被保険者等記号・番号 8910280」),
// starts where the label's last character ends. Tesseract's symbol boxes (LSTM) are not exact:
// the box of the value's first character can lie a glyph too far right, over the second one, and
// a crop from there loses a digit that both reading models then agree on.

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// `valueBox` widened to the left over ink that lies between the label's last character (its
/// symbol box starts at `labelLastCharacterX`) and the box: the value's first character.
/// Unchanged when no such ink is found. `gray` is the page, `glyph` the chunk's glyph height;
/// `bracketedLabel` for a label in brackets (「(枝番)」): the closing bracket's thin ink is no value.
cv::Rect widenToInkAfterLabel(const cv::Mat& gray, const cv::Rect& valueBox, int labelLastCharacterX, int glyph,
                              bool bracketedLabel);

} // namespace shikaku
