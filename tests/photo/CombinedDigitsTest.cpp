// 記号・番号 printed together and read as one line: the digit model's reading must give the same
// digits (CombinedDigits). On a photo jpn read the thin 8 of 「8910280・42906」 as 6 at both of
// its scales; eng read 8910280-42906.
#include "CombinedDigits.h"

#include <gtest/gtest.h>

using namespace shikaku;

TEST(CombinedDigits, DigitsOnBothSidesOfOneDot)
{
    EXPECT_TRUE(isCombinedDigits("8910280・42906"));
    EXPECT_TRUE(isCombinedDigits("12-34・5678"));
    EXPECT_TRUE(isCombinedDigits("８９１０２８０・４２９０６")); // full-width digits
    EXPECT_FALSE(isCombinedDigits("南・1234"));                // a 記号 in kanji: checked by the kanji model
    EXPECT_FALSE(isCombinedDigits("704637(枝番)03"));
    EXPECT_FALSE(isCombinedDigits("79475419・704637和枝矯03"));
    EXPECT_FALSE(isCombinedDigits("1・2・3"));
    EXPECT_FALSE(isCombinedDigits("8910280"));
}

TEST(CombinedDigits, TheDigitModelMustReadTheSameDigits)
{
    EXPECT_FALSE(digitModelAgrees("6910280・42906", "8910280-42906")); // the thin 8
    EXPECT_TRUE(digitModelAgrees("8910280・42906", "8910280-42906"));  // its dot read as a hyphen
    EXPECT_TRUE(digitModelAgrees("13・3033733", "133033733"));          // or dropped
    EXPECT_FALSE(digitModelAgrees("13・3033733", "1333033733"));        // or read as a 3
    EXPECT_FALSE(digitModelAgrees("8910280・42906", "910280-42906"));   // a digit lost
}
