#pragma once
// A label washed out or covered while its value stays: a thin reflection across the 有効期限
// label read it as 「吉効甚眼」 beside a clean 2027年10月31日, a thumb over it left nothing there,
// and the page then looked as if it printed no 有効期限. A date that nothing on the page explains
// is such a place.

#include "Models.h"
#include "PageText.h"

#include <string>

namespace shikaku {

/// True when `text` (matching form) starts like a printed date: an era and its year (令和8,
/// R8, 平成31) or a year of four digits (1900–2099) followed by 年, /, - or a dot.
bool startsLikeDate(const std::u32string& text);

/// True when a read chunk of `page` starts like a date and nothing explains it. Its label slot
/// is the nearest chunk before it on its row (within 16 of its glyphs), or, with none there,
/// the chunk right above it (a stacked label). The date is explained when that slot holds a
/// label, a title (a phone's 「…時点の情報です」 under it), a date or an unread value printed
/// like it before it on its row (a period's two ends), or a reading clearly nearer to another
/// label of `models` than to the 有効期限's (a card's 9 px 資格取得年月日 read 責格販得年月日: two
/// edits from it, four from 有効期限); with no slot at all, when it lies above a title (a
/// letter's date at the top right).
bool hasUnexplainedDate(const PageText& page, const Models& models);

} // namespace shikaku
