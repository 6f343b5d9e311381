#pragma once
// Runs of inked columns in a one-line crop, and which recognised symbol each run belongs to.
// Used to cut the digits out of an era date (令和7年5月31日) so that a second model can read them.

#include <opencv2/core/mat.hpp>

#include <cstddef>
#include <vector>

namespace shikaku {

/// The dark print of a one-line crop (Otsu, 8-bit, 255 = ink).
cv::Mat inkOfLine(const cv::Mat& gray);

/// Takes the rules out of `ink`: horizontal runs longer than two characters (an underline or a
/// cell rule joins every column into one run) and, with `vertical`, strokes 1.5 characters
/// tall (cell borders, which cross every crop edge). `glyph` is the character height in pixels.
void removeLineRules(cv::Mat& ink, int glyph, bool vertical);

struct InkRun {
    int from = 0, to = 0; ///< columns [from, to)
};

/// Runs of columns of `ink` (8-bit, non-zero = ink) holding ink: a glyph, or a part of a kanji
/// (和 is 禾 and 口). Specks (less than 1/40 of a glyph's square) and rules taller than 1.3
/// glyphs are left out. `glyph` is the character height in pixels.
std::vector<InkRun> inkRuns(const cv::Mat& ink, int glyph);

/// For each run, the index of the first symbol it belongs to; empty when no alignment exists.
/// `symbolStarts` are the recognised symbols' left edges (same x as the runs), `isDigit` says
/// which symbols are digits (only digits may be printed touching, up to three in one run).
std::vector<std::size_t> alignRunsToSymbols(const std::vector<InkRun>& runs, const std::vector<int>& symbolStarts,
                                            const std::vector<bool>& isDigit, int glyph);

} // namespace shikaku
