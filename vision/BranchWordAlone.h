#pragma once
// 「51728630・518204 枝番 02」: a combined 記号・番号 followed on its line by the 枝番, its label
// printed unbracketed in smaller print. Read with the value's scale the small word comes out
// wrong (「和枝矯」, 「徹矯」) and the 枝番 after it is offered for review only (BranchLabelWord).
// Cut out by the reading's symbol boxes and read alone, scaled for its own print, the word is
// the 枝番 label when it reads so, or with one character wrong where the row's order puts that
// label; the digits after it are then read as a 枝番 is read after its label (two models, the
// field's whitelist, the same judgement).

#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace shikaku {

/// Where, in one reading's symbols of a combined value, the word between the 番号 and the 枝番
/// lies: from the right edge of the 番号's last digit to the left edge of the 枝番's first.
struct BranchWordGap {
    int from = 0;         ///< page x where the word's space starts
    int to = 0;           ///< page x where the 枝番's first digit starts
};

/// The gap of `symbols` (a reading of 「記号・番号 word 枝番」): digits after the middle dot, then a
/// run of anything else that holds a kanji or kana, then only digits to the end. Nothing otherwise.
std::optional<BranchWordGap> branchWordGap(const std::vector<OcrSymbol>& symbols);

/// True when `read` is the 枝番 label, bracketed or not, or that label with one of its two
/// characters read as another kanji or kana (核番): between a combined value's 番号 and the
/// digits after it is where the row's order puts the 枝番's label (as RowOrderLabels reads it).
bool readsAsBranchLabel(const std::string& read);

/// True when the print between `gap.from` and `gap.to` on the rows of `line`, read alone and
/// scaled for its own print height, readsAsBranchLabel.
bool branchWordReadsAsLabel(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& line, const BranchWordGap& gap);

} // namespace shikaku
