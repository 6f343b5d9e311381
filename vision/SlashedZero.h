#pragma once
// Zeros with a slash or a dot inside. Common Japanese gothic faces (Noto Sans CJK / Source Han
// Sans) and monospace faces print 0 slashed; jpn reads such a 0 as 9 at high confidence (and
// a leading one at times as 「90」), and eng sometimes agrees. The glyph's shape tells them
// apart: a 9 has one hole and a tail, a slashed 0 is a closed ring split into two holes lying
// diagonally, a dotted 0 a ring with an ink island in its middle.

#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace shikaku {

/// Boxes (in `gray` coordinates) of the slashed or dotted zeros inside `area`, whose
/// characters are about `glyphHeight` high.
std::vector<cv::Rect> findMarkedZeros(const cv::Mat& gray, const cv::Rect& area, int glyphHeight);

/// A 9 (or a 「90」 pair) read where the print holds a marked zero becomes 0; the line's text
/// is rebuilt. Returns how many symbols were changed.
int correctMarkedZeros(OcrLine& line, const std::vector<cv::Rect>& zeros);

} // namespace shikaku
