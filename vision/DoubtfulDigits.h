#pragma once
// Two line readings can agree on a value while the recogniser doubts one of its digits
// (令和8年7月31日 with its 7 at 0.45 in both): the value is right more often than not, but
// agreement of two line readings alone does not prove it. Each doubtful digit is cut out of
// the print and read again on its own, by the digit model and by the page's model, at a third
// scale and without the line around it (the LSTM's guess from its neighbours no longer helps).
// Only when both single-glyph readings name the same digit, surely, does the doubt go away.
// Guards that keep a lost digit from being confirmed: every digit of the value is one run of
// ink of a digit's width (a dropped digit hides as a second run or a run too wide), and no ink
// touches the crop's ends (a glyph cut by the crop).

#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace shikaku {

/// The confidence of a value whose two readings `a` and `b` agree symbol for symbol, once its
/// doubtful digits were confirmed: symbols [from, to) make the value; a symbol below `minOk` in
/// either reading is doubtful. Returns the lowest confidence left over those symbols (a
/// confirmed digit counts with its single-glyph readings' confidence), or nullopt when a
/// doubtful symbol is not a digit, a single-glyph reading disagrees or is unsure, or a guard
/// fails. `region` is the crop both readings were made from (`gray` coordinates); `glyph` the
/// value's character height. `pageModel` and `digitModel` read each doubtful glyph; they must be
/// two engines of different models.
std::optional<double> confirmDoubtfulDigits(OcrEngine& pageModel, OcrEngine& digitModel, const cv::Mat& gray, const cv::Rect& region, int glyph,
                                            const std::vector<OcrSymbol>& a, const std::vector<OcrSymbol>& b, std::size_t from,
                                            std::size_t to, double minOk);

} // namespace shikaku
