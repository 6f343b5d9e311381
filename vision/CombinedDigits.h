#pragma once
// 記号 and 番号 printed together (「8910280・42906」) are read as one line by jpn, twice; jpn
// agreeing with itself is weak evidence — on a photo it read the thin 8 of a Mincho font as 6 at
// both scales, sure of it both times. A line of digits is therefore read by the digit model
// (eng) as well, and must give the same digits. eng has no middle dot: it reads it as a hyphen
// or drops it, and only its digits are compared.

#include <string>

namespace shikaku {

/// Digits (and hyphens) on both sides of exactly one middle dot.
bool isCombinedDigits(const std::string& text);

/// The digit model read the same digits, in the same order, as `first`.
bool digitModelAgrees(const std::string& first, const std::string& digitModel);

/// Which parts of a combined `first` (isCombinedDigits) the digit model's reading of the whole
/// line vouches for. When it read as many digits as `first` holds, its digits line up one for
/// one: the 記号's are the first ones, the 番号's the rest, and each part is vouched for when its
/// digits are the same (a 8 of the 番号 read 6 by eng is no doubt about a 記号 both models read
/// alike). With another count of digits a digit was lost or added somewhere unknown: neither.
struct PartsVouchedFor {
    bool symbol = false;
    bool number = false;
};
PartsVouchedFor partsTheDigitModelVouchesFor(const std::string& first, const std::string& digitModel);

} // namespace shikaku
