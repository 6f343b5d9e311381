#include "FieldValueReader.h"

#include <gtest/gtest.h>

using namespace shikaku;

TEST(ValidityPeriod, KeepsTheEndDate)
{
    EXPECT_EQ(lastDateOfPeriod("令和7年8月1日から令和8年7月31日まで"), "令和8年7月31日");
    EXPECT_EQ(lastDateOfPeriod("R7.8.1～R8.7.31"), "R8.7.31");
    EXPECT_EQ(lastDateOfPeriod("令和8年7月31日"), "令和8年7月31日");
}
