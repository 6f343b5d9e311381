#pragma once
// Runs of inked columns in a one-line crop, and which recognised symbol each run belongs to.
// Used to cut the digits out of an era date (令和7年5月31日) so that a second model can read them.

#include <opencv2/core/mat.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace shikaku {

/// The dark print of a one-line crop (Otsu, 8-bit, 255 = ink).
cv::Mat inkOfLine(const cv::Mat& gray);

/// Takes the rules out of `ink`: horizontal runs longer than two characters (an underline or a
/// cell rule joins every column into one run) and, with `vertical`, strokes 1.5 characters
/// tall (cell borders, which cross every crop edge). `glyph` is the character height in pixels.
void removeLineRules(cv::Mat& ink, int glyph, bool vertical);

/// The most rows of `strip` (8-bit, non-zero = ink) inked one after another: a glyph's height,
/// or a rule's.
int tallestInkedStretch(const cv::Mat& strip);

struct InkRun {
    int from = 0, to = 0; ///< columns [from, to)
};

/// Runs of columns of `ink` (8-bit, non-zero = ink) holding ink: a glyph, or a part of a kanji
/// (和 is 禾 and 口). Specks (less than 1/40 of a glyph's square) and rules taller than 1.3
/// glyphs are left out. `glyph` is the character height in pixels.
std::vector<InkRun> inkRuns(const cv::Mat& ink, int glyph);

/// What a recognised symbol is to the alignment: only digits may be printed touching (up to
/// three in one run), only marks (. , - / ・) may be too small to make a run of their own.
enum class PrintedSymbol { Digit, Mark, Glyph };
PrintedSymbol printedSymbolOf(std::string_view text);

/// The symbols a run prints, [first, last]: one symbol (or a part of one), or digits touching.
struct RunSymbols {
    std::size_t first = 0, last = 0;
};

/// For each run, the symbols it prints; empty when no alignment exists. `symbolStarts` are the
/// recognised symbols' left edges (same x as the runs), `printed` what each symbol is.
std::vector<RunSymbols> alignRunsToSymbols(const std::vector<InkRun>& runs, const std::vector<int>& symbolStarts,
                                           const std::vector<PrintedSymbol>& printed, int glyph);

} // namespace shikaku
