#pragma once
// A field printed twice (an A4 letter and its card part) is read at both places; two values that
// differ send the field to `review` ("printed twice with different values"). A place whose
// value's start is in doubt — its label read with the last character wrong (「被保険者記号・番5」),
// a first glyph the crop may cut, something covering the value's start — reads one or two
// characters too many or too few at its start, and nothing else follows from the doubt. Such a
// reading that agrees with the other place's value but for its start is no evidence against it.

#include <string>

namespace shikaku {

/// True when `sure` and `doubted` (both non-empty) differ only by at most two characters
/// (code points) at the start of one of them: one ends with the other, which is at least two
/// characters long (「坦9797」 and 「9797」; 「797」 and 「9797」).
bool differsOnlyAtItsStart(const std::string& sure, const std::string& doubted);

} // namespace shikaku
