#pragma once
// The shikaku-scan output contract: one JSON object per input.

#include "Date.h"
#include "ScanResult.h"

#include <string>

namespace shikaku {

/// One line of JSON (no trailing newline). `today` decides the `expired` flag of the expiry.
std::string toJsonLine(const ScanResult& result, const Date& today);

} // namespace shikaku
