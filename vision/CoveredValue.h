#pragma once
// A finger holding the document down, a glare spot or a shadow's edge can lie over part of a
// value. What is left visible can read cleanly as another value (「68」 half under a finger read
// as 「3」 by both models), so a value partly covered is never `ok`.

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// True when something much thicker than print differs from the paper (or screen) inside
/// `valueBox` or up to a glyph and a half before it. `gray` is the page, `glyph` the value's character height.
bool isValuePartlyCovered(const cv::Mat& gray, const cv::Rect& valueBox, int glyph);

} // namespace shikaku
