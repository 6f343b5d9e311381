#include "Date.h"

#include "TextNormalize.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <regex>

namespace shikaku {

std::string Date::toIso() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

bool isValidDate(int y, int m, int d)
{
    if (y < 1868 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::optional<Date> parseIsoDate(std::string_view iso)
{
    int y = 0, m = 0, d = 0;
    char tail = 0;
    const std::string s(iso);
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !isValidDate(y, m, d))
        return std::nullopt;
    return Date{y, m, d};
}

Date todayLocal()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

namespace {

struct Era {
    std::string_view kanji;  // 令和
    std::string_view short1; // 令
    char letter;             // R
    Date first, last;
};

// Era spans per the Java JapaneseEra table (domain notes §7.1).
constexpr Date kOpenEnd{9999, 12, 31};
const std::array<Era, 4> kEras{{
    {"令和", "令", 'R', {2019, 5, 1}, kOpenEnd},
    {"平成", "平", 'H', {1989, 1, 8}, {2019, 4, 30}},
    {"昭和", "昭", 'S', {1926, 12, 25}, {1989, 1, 7}},
    {"大正", "大", 'T', {1912, 7, 30}, {1926, 12, 24}},
}};

const Era* findEra(const std::string& name)
{
    for (const auto& era : kEras) {
        if (name == era.kanji || name == era.short1)
            return &era;
        if (name.size() == 1 && (name[0] == era.letter || name[0] == era.letter + ('a' - 'A')))
            return &era;
    }
    return nullptr;
}

DateParse fail(std::string reason) { return {std::nullopt, std::move(reason)}; }

DateParse checked(int y, int m, int d)
{
    if (!isValidDate(y, m, d))
        return fail("no such calendar date");
    return {Date{y, m, d}, {}};
}

} // namespace

DateParse parseJapaneseDate(std::string_view text)
{
    // Normalise width and drop spaces: "令和 8年 7月31日" and "令和８年７月３１日" read alike.
    std::string s = removeSpaces(toHalfWidth(text));
    if (s.empty())
        return fail("empty");

    static const std::regex kEraDate(R"(^(令和|平成|昭和|大正|令|平|昭|大|[RHSTrhst])(元|\d{1,2})(?:年|[.\-/])(\d{1,2})(?:月|[.\-/])(\d{1,2})(?:日)?$)");
    static const std::regex kGregorian(R"(^(\d{4})(?:年|[.\-/])(\d{1,2})(?:月|[.\-/])(\d{1,2})(?:日)?$)");
    static const std::regex kBareDotted(R"(^\d{1,2}[.\-/]\d{1,2}[.\-/]\d{1,2}$)");

    std::smatch m;
    if (std::regex_match(s, m, kEraDate)) {
        const Era* era = findEra(m[1].str());
        if (!era)
            return fail("unknown era");
        const int eraYear = m[2].str() == "元" ? 1 : std::stoi(m[2].str());
        if (eraYear < 1)
            return fail("era year 0");
        const int y = era->first.year + eraYear - 1;
        const int month = std::stoi(m[3].str()), day = std::stoi(m[4].str());
        DateParse parsed = checked(y, month, day);
        if (!parsed.date)
            return parsed;
        if (*parsed.date < era->first || *parsed.date > era->last)
            return fail("date outside its era");
        return parsed;
    }
    if (std::regex_match(s, m, kGregorian))
        return checked(std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str()));
    if (std::regex_match(s, kBareDotted))
        return fail("date without era is ambiguous");
    return fail("not a date");
}

} // namespace shikaku
