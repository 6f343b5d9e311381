// The (枝番) label after a combined 記号・番号, read wrong on one line with the values: where the
// 番号 ends and what the 枝番 after it is (BranchLabelWord).
#include "BranchLabelWord.h"

#include <gtest/gtest.h>

using namespace shikaku;

TEST(BranchLabelWord, ABracketedWordEndsTheNumber)
{
    EXPECT_TRUE(showsBranchLabelWord("42906(帆)00"));
    const NumberAndBranch parts = splitAtBranchLabelWord("42906 (抑) 00", false);
    EXPECT_EQ(parts.number, "42906");
    EXPECT_EQ(parts.branch, "00");
}

TEST(BranchLabelWord, BracketsReadAsKanjiWithTheBranchCharacter)
{
    EXPECT_TRUE(showsBranchLabelWord("704637和枝矯03"));
    const NumberAndBranch parts = splitAtBranchLabelWord("704637和枝矯03", false);
    EXPECT_EQ(parts.number, "704637");
    EXPECT_EQ(parts.branch, "03");
}

TEST(BranchLabelWord, KanjiWithoutTheBranchCharacterNeedTheOtherReading)
{
    EXPECT_FALSE(showsBranchLabelWord("704637徹矯03"));
    EXPECT_EQ(splitAtBranchLabelWord("704637徹矯03", false).number, "704637徹矯03");
    const NumberAndBranch parts = splitAtBranchLabelWord("704637徹矯03", true);
    EXPECT_EQ(parts.number, "704637");
    EXPECT_EQ(parts.branch, "03");
}

TEST(BranchLabelWord, LongRunsAndPlainNumbersAreNoLabelWord)
{
    EXPECT_FALSE(showsBranchLabelWord("42906"));
    EXPECT_FALSE(showsBranchLabelWord("42906枝番号のお知らせ"));      // running text, not the label
    EXPECT_FALSE(showsBranchLabelWord("42906(3)"));                  // a bracketed digit is no word
    EXPECT_EQ(splitAtBranchLabelWord("42906", true).number, "42906");
    EXPECT_TRUE(splitAtBranchLabelWord("42906", true).branch.empty());
    EXPECT_EQ(splitAtBranchLabelWord("42906通知書の資格確認", true).number, "42906通知書の資格確認");
}
