#include "FieldValueReader.h"

#include <gtest/gtest.h>

using namespace shikaku;

TEST(ValidityPeriod, KeepsTheEndDate)
{
    EXPECT_EQ(lastDateOfPeriod("令和7年8月1日から令和8年7月31日まで"), "令和8年7月31日");
    EXPECT_EQ(lastDateOfPeriod("R7.8.1～R8.7.31"), "R8.7.31");
    EXPECT_EQ(lastDateOfPeriod("令和8年7月31日"), "令和8年7月31日");
}

TEST(RunTogetherDigits, AWideDigitIsTwoDigitsRunTogether)
{
    auto word = [](std::vector<std::pair<const char*, Box>> symbols) {
        OcrWord w;
        for (const auto& [text, box] : symbols)
            w.symbols.push_back({text, 0.9, box});
        return std::vector<OcrWord>{w};
    };
    // 「56192」 read as 6192: the 6 covers the 5 too.
    EXPECT_TRUE(hasRunTogetherDigits(word({{"6", {597, 331, 33, 18}}, {"1", {639, 332, 7, 16}}, {"9", {656, 332, 13, 17}}})));
    EXPECT_FALSE(hasRunTogetherDigits(word({{"6", {597, 331, 13, 17}}, {"6", {616, 331, 13, 18}}, {"1", {639, 332, 7, 16}}})));
    EXPECT_TRUE(hasRunTogetherDigits(word({{"０", {0, 0, 50, 30}}}))); // full-width digits too
    EXPECT_FALSE(hasRunTogetherDigits(word({{"年", {0, 0, 30, 30}}, {"7", {40, 0, 18, 30}}}))); // kanji are square
}
