// A field printed twice (the お知らせ sheet and its card part): a reading whose place has its
// value's start in doubt (label read with its last character wrong, first glyph perhaps cut,
// something over the start) and that differs from the other place's `ok` value only at its start
// is no evidence against it (vision/StartInDoubt, used by FieldValueReader).
#include "StartInDoubt.h"

#include <gtest/gtest.h>

using namespace shikaku;

TEST(StartInDoubt, ExtraOrMissingCharactersAtTheStartOnly)
{
    EXPECT_TRUE(differsOnlyAtItsStart("9797", "坦9797")); // the label's misread 号 read with the value
    EXPECT_TRUE(differsOnlyAtItsStart("9797", "番号9797"));
    EXPECT_TRUE(differsOnlyAtItsStart("9797", "797"));   // the first glyph cut by the crop
    EXPECT_TRUE(differsOnlyAtItsStart("41259965", "1259965"));
}

TEST(StartInDoubt, AnyOtherDifferenceStillCounts)
{
    EXPECT_FALSE(differsOnlyAtItsStart("9797", "9197"));     // a digit inside read otherwise
    EXPECT_FALSE(differsOnlyAtItsStart("9797", "97970"));    // at the end
    EXPECT_FALSE(differsOnlyAtItsStart("9797", "9797"));     // the same value is no difference
    EXPECT_FALSE(differsOnlyAtItsStart("9797", "123797"));   // three characters at the start
    EXPECT_FALSE(differsOnlyAtItsStart("01", "1"));          // one character in common is no evidence
    EXPECT_FALSE(differsOnlyAtItsStart("", "97"));
}
