#pragma once
// A validity period (令和7年8月1日～令和8年7月31日, 「…から…まで」) prints two dates; its end is
// the expiry. Only the end is kept, and only the symbols that print it make its confidence: a
// doubtful digit of the start date is no doubt about the expiry.

#include "OcrEngine.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace shikaku {

/// Keeps the end of a validity period (令和7年8月1日～令和8年7月31日 → 令和8年7月31日).
std::string lastDateOfPeriod(const std::string& raw);

/// The symbols [from, to) that print the last date of a period, cut as lastDateOfPeriod cuts
/// the text.
std::pair<std::size_t, std::size_t> lastDateSymbols(const std::vector<const OcrSymbol*>& symbols);

/// The lowest confidence of the symbols that print the last date of a period (as
/// lastDateOfPeriod cuts it). `whole` (the reading's confidence) when no symbol is left.
double lastDateConfidence(const std::vector<OcrWord>& words, double whole);

} // namespace shikaku
