#pragma once
// The middle dot of a combined 記号・番号 (「東・442657」) found in the print itself. The
// recogniser's symbol boxes can be a glyph off (the ・ of 東・442657 was boxed over the first 4),
// so where the 番号 starts is measured on the ink.

#include <opencv2/core/mat.hpp>

#include <optional>

namespace shikaku {

/// A speck at most half a glyph across, its centre in the middle third of the value's height:
/// a combined value's middle dot, not the start of smaller print.
bool isMiddleDot(const cv::Rect& speck, const cv::Rect& valueBox, int valueGlyph);

/// The column where the 番号 starts in the combined value printed in `box` of `gray`: halfway
/// between the middle dot's ink and the next ink to its right. The dot is the speck nearest
/// `nearX` (where the recogniser put it), within two glyphs; none there, no column.
std::optional<int> numberStartAfterMiddleDot(const cv::Mat& gray, const cv::Rect& box, int glyphHeight, int nearX);

} // namespace shikaku
