// A blurred title reading taken for the document whose whole heading it is clearly nearest to
// (NearestHeading, DocumentClassifier's third look): rules on given texts, no OCR.
#include "DocumentClassifier.h"
#include "Models.h"
#include "NearestHeading.h"
#include "PageText.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const Models& headingModels()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

std::optional<DocumentKind> nearest(const std::vector<std::string>& readings)
{
    std::vector<std::u32string> texts;
    for (const auto& r : readings)
        texts.push_back(matchingForm(r));
    return nearestHeadingKind(texts, headingModels());
}

/// A page whose only read chunk is the title `title`, read as such.
DocumentKind classifyTitle(const std::string& title, int fieldLabels = 0)
{
    PageText page;
    page.bodyGlyphHeight = 12;
    ReadChunk c;
    c.chunk.box = cv::Rect(10, 10, 300, 30);
    c.chunk.glyphHeight = 30;
    c.read = true;
    c.title = true;
    c.text = matchingForm(title);
    page.chunks.push_back(c);
    FieldLocations fields;
    fields.fieldLabels = fieldLabels;
    return classifyDocument({page, fields, 1.58, 0.03, KindHint::Auto}, headingModels());
}

} // namespace

TEST(NearestHeading, EditsCountWithinALongerReading)
{
    EXPECT_EQ(editsToHeading(U"x健康保険資格確認書yz", U"健康保険資格確認書"), 0u);
    EXPECT_EQ(editsToHeading(U"健康保際員格確訳書", U"健康保険資格確認書"), 3u);
    EXPECT_EQ(editsToHeading(U"健康保険資格確書", U"健康保険資格確認書"), 1u); // one left out
    EXPECT_EQ(editsToHeading(U"", U"資格確認書"), 5u);
}

TEST(NearestHeading, BlurredTitlesNameTheirDocument)
{
    ASSERT_TRUE(headingModels().isValid()) << headingModels().error();
    // Read off 2 MP photos of the benchmark: too far from every keyword for the loose match.
    EXPECT_EQ(classifyTitle("健康保際員格確訳書"), DocumentKind::KakuninshoCard);
    EXPECT_EQ(classifyTitle("健康保険科保際者十"), DocumentKind::HealthInsuranceCard);
    EXPECT_EQ(classifyTitle("国民健康保険披保険者語SW2wzJS1H"), DocumentKind::HealthInsuranceCard);
    EXPECT_EQ(classifyTitle("礎問提供に関する意妥表示右"), DocumentKind::BackSide);
}

TEST(NearestHeading, AnAmbiguousReadingNamesNoDocument)
{
    // As near to 資格確認書 as to 被保険者証 (and noise): nothing; a back side's heading on a
    // page with field labels is the front side's note.
    EXPECT_EQ(nearest({"健康保険資保険認書"}), std::nullopt);
    EXPECT_EQ(nearest({"ますまます1まます117631"}), std::nullopt);
    EXPECT_EQ(classifyTitle("礎問提供に関する意妥表示右", 3), DocumentKind::Unknown);
    // An out-of-scope document's heading is nearest: no kind.
    EXPECT_EQ(nearest({"介護保険被保際者証"}), std::nullopt);
    // Two readings naming different documents: neither.
    EXPECT_EQ(nearest({"健康保際員格確訳書", "国民健康保険披保険者語"}), std::nullopt);
}

TEST(NearestHeading, APrefilledKindNeedsAClearerLead)
{
    // Two edits from 健康保険資格確認書, four from the old card's 健康保険被保険者証: a lead of
    // two would do for an old card (never pre-filled), not for a 資格確認書.
    EXPECT_EQ(editsToHeading(matchingForm("健康保険資格確保者証"), matchingForm("健康保険資格確認書")), 2u);
    EXPECT_EQ(editsToHeading(matchingForm("健康保険資格確保者証"), matchingForm("健康保険被保険者証")), 4u);
    EXPECT_EQ(nearest({"健康保険資格確保者証"}), std::nullopt);
}

TEST(NearestHeading, ReadingsOfOneBlurredTitleCombine)
{
    // Two readings of the title of a 2 MP photo of an old card (組合員被扶養者証) at two
    // settings, each too far from the heading alone (4 and 5 of 8 characters wrong) ...
    EXPECT_EQ(nearest({"粗合員稚扶療者和"}), std::nullopt);
    EXPECT_EQ(nearest({"粗合貞松扶養者評"}), std::nullopt);
    // ... read its characters right in different places: together 3 wrong.
    EXPECT_EQ(editsToHeadingCombined({U"粗合員稚扶療者和", U"粗合貞松扶養者評"}, U"組合員被扶養者証"), 3u);
    EXPECT_EQ(nearest({"粗合員稚扶療者和", "粗合貞松扶養者評"}), DocumentKind::HealthInsuranceCard);
    // Noise votes for nothing: a reading less than half the heading adds no character
    // (粗合貞松扶養才諾 reads 合扶養 only).
    EXPECT_EQ(editsToHeadingCombined({U"粗合員稚扶療者和", U"粗合貞松扶養才諾"}, U"組合員被扶養者証"), 4u);
    EXPECT_EQ(nearest({"粗合員稚扶療者和", "粗合貞松扶養才諾"}), std::nullopt);
}

TEST(NearestHeading, CombinedReadingsStillNeedAClearLead)
{
    // Each reading 4 edits from a heading, none near enough alone. The first two together
    // read 健康保険資格 of 健康保険資格確認書 (3 wrong) ...
    EXPECT_EQ(nearest({"健康保険x格xxx"}), std::nullopt);
    EXPECT_EQ(nearest({"健康保険資xxxx"}), std::nullopt);
    EXPECT_EQ(nearest({"健康保険被xxxx"}), std::nullopt);
    EXPECT_EQ(nearest({"健康保険x格xxx", "健康保険資xxxx"}), DocumentKind::KakuninshoCard);
    // ... but with a third reading 4 edits from the old card's 健康保険被保険者証 the lead is
    // one edit: nothing.
    EXPECT_EQ(editsToHeadingCombined({U"健康保険x格xxx", U"健康保険資xxxx", U"健康保険被xxxx"}, U"健康保険被保険者証"), 4u);
    EXPECT_EQ(nearest({"健康保険x格xxx", "健康保険資xxxx", "健康保険被xxxx"}), std::nullopt);
    // A character counts once per position: the same reading twice adds nothing.
    EXPECT_EQ(editsToHeadingCombined({U"健康保際員格確訳書", U"健康保際員格確訳書"}, U"健康保険資格確認書"), 3u);
    const std::vector<bool> read = headingCharactersRead(U"x健康保際員格確訳書", U"健康保険資格確認書");
    EXPECT_EQ(read, (std::vector<bool>{true, true, true, false, false, true, true, false, true}));
}

TEST(NearestHeading, ReadingsOfWidenedCropsNameAKindOnlyAlone)
{
    // The line model's readings of one blurred 資格確認書 title (kakuninsho_card_0011_hard)
    // cut wider at several settings: each too far from every heading alone ...
    const std::vector<std::u32string> widened{U"資取確知書", U"資格格通知〓書", U"資格取情確通認書"};
    for (const auto& w : widened)
        EXPECT_EQ(nearestHeadingKind({w}, headingModels()), std::nullopt);
    // ... yet together they read most of 資格情報通知書, the お知らせ's heading: many crops of a
    // short title are many chances for a wrong heading to gather its characters.
    EXPECT_EQ(nearestHeadingKind(widened, headingModels()), DocumentKind::Oshirase);
    // So they vote alone, never combined: here nothing is named (the exact 資格確認書 of a fourth
    // crop names the card, by the title match).
    EXPECT_EQ(nearestHeadingKind({U"昭〓生年月日"}, headingModels(), widened), std::nullopt);
    // A widened reading near enough alone still names its kind.
    EXPECT_EQ(nearestHeadingKind({}, headingModels(), {U"健康保険資格確認害"}), DocumentKind::KakuninshoCard);
}
