#include "Date.h"

#include <gtest/gtest.h>

using namespace shikaku;

struct DateCase {
    const char* text;
    const char* iso; // nullptr: must be rejected
};

class JapaneseDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(JapaneseDateTest, Parses)
{
    const auto& c = GetParam();
    const DateParse p = parseJapaneseDate(c.text);
    if (c.iso) {
        ASSERT_TRUE(p.date) << c.text << ": " << p.reason;
        EXPECT_EQ(p.date->toIso(), c.iso);
    } else {
        EXPECT_FALSE(p.date) << c.text;
        EXPECT_FALSE(p.reason.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Table, JapaneseDateTest, ::testing::Values(
    DateCase{"令和8年7月31日", "2026-07-31"},
    DateCase{"令和 8年 7月31日", "2026-07-31"},
    DateCase{"令和８年７月３１日", "2026-07-31"},
    DateCase{"令和　８年　７月３１日", "2026-07-31"},
    DateCase{"令和元年5月1日", "2019-05-01"},
    DateCase{"令和1年5月1日", "2019-05-01"},
    DateCase{"R8.7.31", "2026-07-31"},
    DateCase{"R08.07.31", "2026-07-31"},
    DateCase{"r8.7.31", "2026-07-31"},
    DateCase{"令8.7.31", "2026-07-31"},
    DateCase{"令和8.7.31", "2026-07-31"},
    DateCase{"H31.4.30", "2019-04-30"},
    DateCase{"平成31年4月30日", "2019-04-30"},
    DateCase{"平成元年1月8日", "1989-01-08"},
    DateCase{"S45.1.2", "1970-01-02"},
    DateCase{"昭和64年1月7日", "1989-01-07"},
    DateCase{"大正15年12月24日", "1926-12-24"},
    DateCase{"2025年8月1日", "2025-08-01"},
    DateCase{"2025/08/01", "2025-08-01"},
    DateCase{"2025-08-01", "2025-08-01"},
    DateCase{"令和8年2月29日", nullptr},  // 2026 is not a leap year
    DateCase{"令和10年2月29日", "2028-02-29"},
    DateCase{"平成32年1月1日", nullptr},  // outside 平成
    DateCase{"平成31年5月1日", nullptr},  // 令和 by then
    DateCase{"昭和65年1月1日", nullptr},
    DateCase{"令和元年4月30日", nullptr}, // before 令和
    DateCase{"8.7.31", nullptr},          // no era: ambiguous
    DateCase{"令和8年13月1日", nullptr},
    DateCase{"X8.7.31", nullptr},
    DateCase{"", nullptr}));

TEST(Date, IsoRoundTrip)
{
    ASSERT_TRUE(parseIsoDate("2026-11-25"));
    EXPECT_EQ(parseIsoDate("2026-11-25")->toIso(), "2026-11-25");
    EXPECT_FALSE(parseIsoDate("2026-02-30"));
    EXPECT_FALSE(parseIsoDate("2026-1-5"));
    EXPECT_LT((Date{2026, 7, 31}), (Date{2026, 8, 1}));
}
