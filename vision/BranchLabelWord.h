#pragma once
// 「被保険者等記号・番号 8910280・42906 (枝番) 00」: the small (枝番) label printed after a combined
// value is often read wrong — 「(帆)」 with its brackets, or 「和枝矯」 with them taken for
// kanji. Read as one line, the 番号 would run on into it (「42906(帆)00」, must be digits). A
// 番号 holds no kanji, so the word ends it, and what follows the word is the 枝番 (for staff to
// check: its label was not read).

#include <string>

namespace shikaku {

struct NumberAndBranch {
    std::string number; ///< up to the (枝番) word, trailing spaces dropped; all of it without one
    std::string branch; ///< after the word, spaces dropped; empty without one
};

/// True when `rest` (what follows the middle dot) shows the (枝番) word read wrong: a bracketed
/// word (a kanji or kana after the opening bracket), or a run of at most 4 kanji holding 枝.
bool showsBranchLabelWord(const std::string& rest);

/// `rest` cut at the (枝番) word. With `anyShortRun` (the other reading of the line showed the
/// word), any run of at most 4 kanji or kana is taken for it (「704637徹矯03」 beside 「704637和枝矯03」).
NumberAndBranch splitAtBranchLabelWord(const std::string& rest, bool anyShortRun);

} // namespace shikaku
