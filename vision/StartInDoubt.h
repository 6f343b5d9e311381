#pragma once
// A field printed twice (an A4 letter and its card part) is read at both places; two values that
// differ send the field to `review` ("printed twice with different values"). A place whose
// value's start is in doubt — its label read with the last character wrong (「被保険者記号・番5」),
// a first glyph the crop may cut, something covering the value's start — reads one or two
// characters too many or too few at its start, and nothing else follows from the doubt. Such a
// reading that agrees with the other place's value but for its start is no evidence against it.

#include "FieldReading.h"

#include <string>

namespace shikaku {

/// True when `sure` and `doubted` (both non-empty) differ only by at most two characters
/// (code points) at the start of one of them: one ends with the other, which is at least two
/// characters long (「坦9797」 and 「9797」; 「797」 and 「9797」).
bool differsOnlyAtItsStart(const std::string& sure, const std::string& doubted);

/// True when `reading` of field `id`, `ok` as read, could not have lost or gained characters at
/// its start unseen: a 有効期限 starts with its era (令和, R) or a four-digit year, so a
/// character lost or added there fails the date's form (「和9年7月31日」, 「9.7.31」, 「027年」);
/// of a 有効期間 only the last date is kept. A 記号 or 番号 has no such form, and a 保険者番号
/// two digits longer or shorter can pass its check digit by chance.
bool startChangeWouldShow(FieldId id, const FieldReading& reading);

} // namespace shikaku
