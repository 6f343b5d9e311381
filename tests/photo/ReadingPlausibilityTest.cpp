// The plausibility factor: what a value as read says about having been misread, apart from the
// model's confidence. Expiry years are taken relative to today's year, as the reader does.
#include "Date.h"
#include "ReadingPlausibility.h"

#include <gtest/gtest.h>

#include <string>

using namespace shikaku;

namespace {

std::string expiryIn(int year) { return std::to_string(year) + "年3月31日"; }

} // namespace

TEST(ReadingPlausibility, AnExpiryDecadesAwayIsAMisreadYear)
{
    const int thisYear = todayLocal().year;
    EXPECT_EQ(plausibility(FieldId::Expiry, expiryIn(thisYear + 1), false), 1.0);
    EXPECT_EQ(plausibility(FieldId::Expiry, expiryIn(thisYear + 6), false), 1.0);
    EXPECT_EQ(plausibility(FieldId::Expiry, expiryIn(thisYear - 12), false), 1.0);
    EXPECT_EQ(plausibility(FieldId::Expiry, expiryIn(thisYear + 7), false), 0.5);  // 令和07 read 令和97 and the like
    EXPECT_EQ(plausibility(FieldId::Expiry, expiryIn(thisYear - 13), false), 0.5);
    // Not a date at all: the validator says so; plausibility has nothing to add.
    EXPECT_EQ(plausibility(FieldId::Expiry, "年月日", false), 1.0);
}

TEST(ReadingPlausibility, LabelWordsAndUnlikelyBranchNumbers)
{
    EXPECT_EQ(plausibility(FieldId::Number, "番号1234", false), 0.0);
    EXPECT_EQ(plausibility(FieldId::BranchNumber, "01", false), 1.0);
    EXPECT_EQ(plausibility(FieldId::BranchNumber, "31", false), 0.5);
    EXPECT_EQ(plausibility(FieldId::Symbol, "東", false), 0.8);
    EXPECT_EQ(plausibility(FieldId::Symbol, "東", true), 1.0);
}
