// A field printed twice (an お知らせ's letter and its card part): which reading is kept.
#include "PlaceChoice.h"
#include "PlaceReading.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

PlacedReading placed(const std::string& a, const std::string& b, double confidence = 0.95)
{
    return {judged(FieldId::BranchNumber, a, b, confidence, cv::Rect(10, 10, 40, 20), JudgeOptions{}), false};
}

} // namespace

// The card part's small 「01」 read as nothing by jpn and as 「0」 by eng: the value is eng's
// alone and fails validation, which the reading says. It is no evidence against the letter's
// 01 that both models read alike.
TEST(PlaceChoice, AMalformedSecondReadingIsNoEvidenceAgainstAnotherPlace)
{
    PlacedReading small = placed("", "0");
    EXPECT_EQ(small.reading.status, FieldStatus::Review);
    ASSERT_TRUE(small.reading.value);
    EXPECT_EQ(*small.reading.value, "0");
    EXPECT_EQ(small.reading.reason, "must be exactly 2 digits");

    PlacedReading letter = placed("01", "01");
    ASSERT_EQ(letter.reading.status, FieldStatus::Ok);
    keepBetter(letter, std::move(small));
    EXPECT_EQ(letter.reading.status, FieldStatus::Ok);
    EXPECT_EQ(*letter.reading.value, "01");
}

// A well-formed value read by one model only still stands against the other place: 02 against
// 01 is a real disagreement, for staff.
TEST(PlaceChoice, AWellFormedDisagreementStillMakesTheFieldReview)
{
    PlacedReading other = placed("", "02");
    EXPECT_EQ(other.reading.reason, "two readings disagree");
    PlacedReading letter = placed("01", "01");
    keepBetter(letter, std::move(other));
    EXPECT_EQ(letter.reading.status, FieldStatus::Review);
    EXPECT_EQ(letter.reading.reason, "printed twice with different values");
}
