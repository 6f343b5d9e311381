// 「被保険者記号・番5」 (an お知らせ card part, its 号 read 5): the exact match 被保険者記号 (the
// 記号 label alone) used to win, and its value became 「・番5 9797」 — a 記号 read 「番号」 that
// sent the right 記号 of the sheet's other print to review ("printed twice with different
// values"). A combined 記号・番号 label that the text goes on to with one character wrong is that
// label (vision/LabelMatcher).
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "PageText.h"
#include "ReadChunkFixture.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const LabelMatcher& labels() { return test::defaultLabels(); }

} // namespace

TEST(CombinedLabelGoingOn, AShorterLabelFollowedByTheRestOfACombinedOneReadOnceWrong)
{
    const auto hit = labels().match(matchingForm("被保険者記号・番5 9797・950-3068"));
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->field, FieldId::Symbol);
    EXPECT_TRUE(hit->combinedSymbolNumber);
    // The 5 in the 号's place may be the value's first digit: the value starts there, in doubt.
    EXPECT_TRUE(hit->lastCharacterLost);
    EXPECT_EQ(hit->end, 8u);
    // A kanji in the 号's place is the label's last character misread.
    const auto kanji = labels().match(matchingForm("記号・番弓 12・345"));
    ASSERT_TRUE(kanji);
    EXPECT_TRUE(kanji->combinedSymbolNumber);
    EXPECT_FALSE(kanji->lastCharacterLost);
    EXPECT_EQ(kanji->end, 5u);
}

TEST(CombinedLabelGoingOn, AShorterLabelFollowedByItsValueStaysTheShorterLabel)
{
    for (const char* text : {"被保険者記号 9797", "被保険者記号9797", "記号 南", "記号・12", "記号12番号345", "記号 番号 345"}) {
        const auto hit = labels().match(matchingForm(text));
        ASSERT_TRUE(hit) << text;
        EXPECT_EQ(hit->field, FieldId::Symbol) << text;
        if (std::string_view(text) != "記号 番号 345") { // 記号番号 printed as one label, read exactly
            EXPECT_FALSE(hit->combinedSymbolNumber) << text;
        }
    }
    // Second readings match exactly only.
    const auto exact = labels().match(matchingForm("被保険者記号・番5"), /*exactOnly=*/true);
    ASSERT_TRUE(exact);
    EXPECT_FALSE(exact->combinedSymbolNumber);
}

TEST(CombinedLabelGoingOn, TheCombinedValueIsLocatedWithItsStartInDoubt)
{
    PageText page;
    page.chunks = {test::chunkReadAs("被保険者記号・番5", 40, 180, labels()), test::chunkReadAs("9797・950-3068", 240, 260, labels())};
    const FieldLocations at = locateFields(page);
    const auto& symbol = at.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_TRUE(symbol[0].combinedSymbolNumber);
    EXPECT_FALSE(symbol[0].doubt.empty());
}
