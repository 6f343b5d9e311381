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
