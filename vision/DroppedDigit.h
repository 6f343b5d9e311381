#pragma once
// A digit the second reading dropped. The digit model (eng, 24 px) now and then leaves out a thin
// glyph that jpn read (the 1 of a letter-spaced 「0 1」, a leading 0 beside it): the two readings
// then disagree although the print is plain. When the print shows exactly as many separate
// digit-sized glyphs as the fuller reading has digits, the shorter one lost a glyph the page
// holds, and the digit model reads those glyphs once more, set side by side (FieldValueReader).
// Its new reading must still equal the first one, digit for digit, like any second reading.

#include <opencv2/core/mat.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace shikaku {

/// True when `shorter` is `fuller` with one or more digits left out (both digits only, in
/// order; `shorter` may be empty): the readings differ by dropped glyphs, not by a digit read
/// as another one.
bool droppedDigitsOf(const std::string& fuller, const std::string& shorter);

/// The print in `region` of `gray` (one line, `glyph` px high) with its glyphs set side by side
/// a third of a glyph apart, when it is `digits` separate glyphs, each at most a digit wide and at
/// least half a glyph high (no two run together, no speck, dash or stroke counted, nothing more
/// printed, none cut by the region's edge); otherwise nothing. Only then is a glyph one reading
/// has and the other lacks really on the page. The digit model reads digits far apart badly (a
/// letter-spaced 「0  1」 read as 「1」 at any scale) and a compact line well.
std::optional<cv::Mat> separateDigitsSideBySide(const cv::Mat& gray, const cv::Rect& region, int glyph, std::size_t digits);

} // namespace shikaku
