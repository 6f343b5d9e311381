#pragma once
// How plausible a value is as read, apart from how sure the model was: a factor its confidence
// is multiplied by (0 for a value holding label words, less than 1 for a value more likely
// misread than printed).

#include "FieldReading.h"

#include <string>

namespace shikaku {

/// True when `text` holds a kanji or kana (the middle dot ・ does not count).
bool hasCjk(const std::string& text);

/// 0 when `text` holds a label word (番号, 記号, …): the value was cut at the wrong place (a
/// label misread). Else 1.
double labelWordPenalty(const std::string& text);

/// The factor for `text` read as field `id`; `checkedByOtherKanjiModel`: a 記号 in kanji or
/// kana was read again by a second Japanese model.
double plausibility(FieldId id, const std::string& text, bool checkedByOtherKanjiModel);

} // namespace shikaku
