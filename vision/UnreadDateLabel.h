#pragma once
// A label washed out while its value stays: a thin reflection across the 有効期限 label read it
// as 「吉効甚眼」 beside a clean 2027年10月31日, and the page then looked as if it printed no
// 有効期限. A date whose label slot holds print that no label matched, and that reads nearer to
// no other label than to the 有効期限's, is such a place.

#include "Models.h"
#include "PageText.h"

#include <string>

namespace shikaku {

/// True when `text` (matching form) starts like a printed date: an era and its year (令和8,
/// R8, 平成31) or a year of four digits (1900–2099) followed by 年, /, - or a dot.
bool startsLikeDate(const std::u32string& text);

/// True when a read chunk of `page` starts like a date and its label slot holds print that no
/// label matched: the nearest chunk before it on its row (within 16 of its glyphs), or, with
/// none there, the chunk right above it (a stacked label). Only print of a label's size counts
/// (not a title, no taller than the date), not another date (a period's two ends), and not a
/// reading clearly nearer to another label of `models` (a card's 9 px 資格取得年月日 read
/// 責格販得年月日: two edits from it, four from 有効期限) than to the 有効期限's.
bool dateWithUnreadLabel(const PageText& page, const Models& models);

} // namespace shikaku
