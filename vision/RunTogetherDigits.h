#pragma once
// On a blurred page two digits may run together into one wide glyph, and both readings may drop
// one of them: agreement then proves nothing. Such a value is never `ok`, unless a lost digit
// would show in it.

#include "FieldReading.h"
#include "OcrEngine.h"

#include <optional>
#include <string>
#include <vector>

namespace shikaku {

/// True when a digit was read from a box much wider than tall: two digits run together by
/// blur, one of which both readings may drop. Such a value is never `ok`.
bool hasRunTogetherDigits(const std::vector<OcrWord>& words);

/// True when a digit lost from `value` (as judged for field `id`) could not have gone unseen:
/// an 8-digit 保険者番号 is the longest form there is (6 or 8 digits, the last a check digit),
/// so one read from run-together digits has lost none. Such a value may stay `ok`.
bool lostDigitWouldShow(FieldId id, const std::optional<std::string>& value);

} // namespace shikaku
