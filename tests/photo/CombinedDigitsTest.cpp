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

// The digit model's reading lines up digit for digit with the first reading's when it holds as
// many digits: a digit it reads otherwise casts doubt on its own part only (eng read the 8 of a
// 番号 「512-6804」 as 6 while the 記号 「3」 before the dot read alike in every reading).
TEST(CombinedDigits, OnlyThePartWhoseDigitsTheDigitModelReadsOtherwiseIsInDoubt)
{
    const auto numberMisread = partsTheDigitModelVouchesFor("3・512-6804", "3-512-6604");
    EXPECT_TRUE(numberMisread.symbol);
    EXPECT_FALSE(numberMisread.number);
    const auto symbolMisread = partsTheDigitModelVouchesFor("6910280・42906", "8910280-42906"); // the thin 8
    EXPECT_FALSE(symbolMisread.symbol);
    EXPECT_TRUE(symbolMisread.number);
    const auto both = partsTheDigitModelVouchesFor("8910280・42906", "891028042906");
    EXPECT_TRUE(both.symbol);
    EXPECT_TRUE(both.number);
}

TEST(CombinedDigits, ADigitLostOrAddedVouchesForNeitherPart)
{
    for (const char* check : {"1333033733", "13303373", "3033733"}) { // the dot read as a 3, a digit lost, the 記号 lost
        const auto parts = partsTheDigitModelVouchesFor("13・3033733", check);
        EXPECT_FALSE(parts.symbol) << check;
        EXPECT_FALSE(parts.number) << check;
    }
    const auto notCombined = partsTheDigitModelVouchesFor("51728630・518204和枝矯02", "51728630518204");
    EXPECT_FALSE(notCombined.symbol);
    EXPECT_FALSE(notCombined.number);
}
