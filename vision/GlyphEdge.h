#pragma once
// A value glued to its label starts where the label reading put its first character; the
// LSTM places a symbol's box anywhere from its glyph's left edge to past its right edge, so
// the crop could start inside the value's first glyph (「8910280」 was cut to 「910280」, and
// both readings agreed on the rest). The crop's left edge is moved to the start of a digit-wide
// glyph it cuts; a wider glyph it cuts (a kanji of the label, or several glyphs run together)
// leaves the place in doubt.

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

namespace shikaku {

struct GlyphEdge {
    int left = 0;          ///< new left edge of the crop (gray coordinates)
    bool cutsWideGlyph = false;
};

/// `left` is the crop's left edge, `top`/`bottom` its rows; `glyphHeight` the value's character height.
GlyphEdge leftEdgeOutsideGlyphs(const cv::Mat& gray, int left, int top, int bottom, int glyphHeight);

} // namespace shikaku
