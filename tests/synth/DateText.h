#pragma once
// Printing dates the way Japanese insurers do (domain notes §7.2).

#include "Date.h"
#include "Rng.h"

#include <string>

namespace shikaku::synth {

enum class DateStyle {
    EraKanji,        ///< 令和8年7月31日
    EraKanjiSpaced,  ///< 令和 8年 7月31日 (single digits padded with a space)
    EraFullWidth,    ///< 令和８年７月３１日
    EraLetterDots,   ///< R8.7.31
    EraLetterPadded, ///< R08.07.31
    EraShortKanji,   ///< 令8.7.31
    Gregorian,       ///< 2027年7月31日
    GregorianSlash,  ///< 2027/07/31
};

/// Styles a printed card or letter uses (never the bare Gregorian slash form).
DateStyle randomPrintedDateStyle(Rng& rng);

/// The date in the style; 元年 for year 1 of an era when useGannen.
std::string formatDate(const Date& date, DateStyle style, bool useGannen = true);

/// ASCII digits (and spaces) made full-width; other characters kept.
std::string toFullWidthDigits(const std::string& text);

/// Days after the 1st of January 1970 and back (proleptic Gregorian), for date arithmetic.
long daysFromCivil(const Date& date);
Date civilFromDays(long days);
Date lastDayOfMonth(int year, int month);

} // namespace shikaku::synth
