#include "DateText.h"

#include <array>
#include <cstdio>

namespace shikaku::synth {
namespace {

struct Era {
    const char* kanji;
    const char* shortKanji;
    char letter;
    Date first;
};

// Newest first (domain notes §7.1).
constexpr std::array<Era, 4> kEras{{
    {"令和", "令", 'R', {2019, 5, 1}},
    {"平成", "平", 'H', {1989, 1, 8}},
    {"昭和", "昭", 'S', {1926, 12, 25}},
    {"大正", "大", 'T', {1912, 7, 30}},
}};

const Era& eraOf(const Date& d)
{
    for (const Era& e : kEras)
        if (d >= e.first)
            return e;
    return kEras.back();
}

std::string padded(int value, char pad)
{
    char buf[16];
    if (value < 10)
        std::snprintf(buf, sizeof buf, "%c%d", pad, value);
    else
        std::snprintf(buf, sizeof buf, "%d", value);
    return buf;
}

} // namespace

DateStyle randomPrintedDateStyle(Rng& rng)
{
    static const std::vector<double> weights{5, 3, 2, 1.5, 0.7, 0.5, 0.6};
    return static_cast<DateStyle>(rng.weighted(weights));
}

std::string toFullWidthDigits(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC";
            out.push_back(static_cast<char>(0x90 + (c - '0')));
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string formatDate(const Date& d, DateStyle style, bool useGannen)
{
    const Era& era = eraOf(d);
    const int eraYear = d.year - era.first.year + 1;
    const std::string y = std::to_string(eraYear), m = std::to_string(d.month), dd = std::to_string(d.day);
    const std::string kanjiYear = (eraYear == 1 && useGannen) ? std::string("元") : y;
    switch (style) {
    case DateStyle::EraKanji:
        return std::string(era.kanji) + kanjiYear + "年" + m + "月" + dd + "日";
    case DateStyle::EraKanjiSpaced:
        return std::string(era.kanji) + (eraYear == 1 && useGannen ? "元" : padded(eraYear, ' ')) + "年" +
               padded(d.month, ' ') + "月" + padded(d.day, ' ') + "日";
    case DateStyle::EraFullWidth:
        return toFullWidthDigits(std::string(era.kanji) + kanjiYear + "年" + m + "月" + dd + "日");
    case DateStyle::EraLetterDots:
        return std::string(1, era.letter) + y + "." + m + "." + dd;
    case DateStyle::EraLetterPadded:
        return std::string(1, era.letter) + padded(eraYear, '0') + "." + padded(d.month, '0') + "." + padded(d.day, '0');
    case DateStyle::EraShortKanji:
        return std::string(era.shortKanji) + y + "." + m + "." + dd;
    case DateStyle::Gregorian:
        return std::to_string(d.year) + "年" + m + "月" + dd + "日";
    case DateStyle::GregorianSlash:
        return std::to_string(d.year) + "/" + padded(d.month, '0') + "/" + padded(d.day, '0');
    }
    return d.toIso();
}

// Howard Hinnant's days_from_civil / civil_from_days.
long daysFromCivil(const Date& date)
{
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civilFromDays(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

Date lastDayOfMonth(int year, int month)
{
    const Date firstOfNext = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
    return civilFromDays(daysFromCivil(firstOfNext) - 1);
}

} // namespace shikaku::synth
