#pragma once
// Times in the store are milliseconds since the Unix epoch (UTC); people see ISO 8601.

#include "ConfirmedRecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

std::int64_t toEpochMs(Clock::time_point t);
Clock::time_point fromEpochMs(std::int64_t ms);

/// "2026-11-25T09:30:00Z"
std::string toIsoUtc(Clock::time_point t);
/// "2026-11-25T18:30:00+09:00" in the machine's time zone (what the welfare system expects).
std::string toIsoLocal(Clock::time_point t);
/// Parses an ISO 8601 date-time with Z or an offset; nothing when invalid.
std::optional<Clock::time_point> parseIsoDateTime(std::string_view text);
/// Start of the local calendar day "YYYY-MM-DD"; nothing when invalid.
std::optional<Clock::time_point> startOfLocalDay(std::string_view isoDate);

} // namespace shikaku
