#pragma once
// A calendar date without time zone, and Japanese era conversion.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

struct Date {
    int year = 0, month = 0, day = 0;
    auto operator<=>(const Date&) const = default;
    std::string toIso() const; ///< YYYY-MM-DD
};

bool isValidDate(int year, int month, int day);
std::optional<Date> parseIsoDate(std::string_view iso);
Date todayLocal();

/// Result of reading a printed date: the date, or why it could not be read.
struct DateParse {
    std::optional<Date> date;
    std::string reason; ///< empty when date is set
};

/// Reads 令和8年7月31日, 令和 8年 7月31日, 令和８年７月３１日, 令和元年5月1日, R8.7.31, R08.07.31,
/// 令8.7.31, 令和8.7.31, H31.4.30, S45.1.2, 2025年8月1日, 2025/08/01, 2025-08-01, 2025.8.1.
/// Rejects years outside an era's span (平成32年, 昭和65年) and bare dotted dates without era.
DateParse parseJapaneseDate(std::string_view text);

} // namespace shikaku
