#pragma once
// A value found by its form when its label could not be read (a blurred 2 MP photo: labels
// are 7–10 px high, the values print larger). Only the 保険者番号 has a form that names it:
// 8 digits (or 6) with a valid check digit. Such a value is never `ok` (FieldValueReader sends
// it to review): staff see it beside its crop instead of an empty field.

#include "FieldLocator.h"
#include "PageText.h"

namespace shikaku {

/// Adds the 保険者番号's location when no label located it and exactly one chunk of the page
/// reads as a whole, valid insurer number. Returns true when it added one.
bool locateInsurerNumberByForm(const PageText& page, FieldLocations& locations);

} // namespace shikaku
