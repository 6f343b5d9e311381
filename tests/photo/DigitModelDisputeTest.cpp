// An 有効期限 that jpn reads alike twice is not `ok` when the digit model, reading the date's
// digits cut out at any setting, read another valid date (seed 9001's A4 sheet: R9.4.30 read
// as R9.4.09 by jpn twice at the last setting, as R9.4.30 by the digit model at the first).
#include "PlaceReading.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

PlaceReading expiryRead(const std::string& a, const std::string& b)
{
    PlaceReading place;
    place.readings.emplace_back(FieldId::Expiry, judged(FieldId::Expiry, a, b, 0.95, cv::Rect(10, 10, 200, 20), JudgeOptions{}));
    return place;
}

} // namespace

TEST(DigitModelDispute, AnotherDateFromAnEarlierSettingMakesTheDateReview)
{
    PlaceReading firstSetting = expiryRead("R9.4.00", "R9.4.09"); // jpn disagrees with itself
    firstSetting.digitModelDates.push_back("2027-04-30");          // the digit model read R9.4.30
    ASSERT_FALSE(firstSetting.isOk());

    PlaceReading lastSetting = expiryRead("R9.4.09", "R9.4.09");
    ASSERT_TRUE(lastSetting.isOk());
    firstSetting.keepOk(std::move(lastSetting));
    ASSERT_TRUE(firstSetting.isOk()); // keepOk takes the agreeing pair...
    doubtDatesTheDigitModelDisputes(firstSetting);

    const FieldReading& expiry = firstSetting.readings.front().second; // ...which the digit model disputes
    EXPECT_EQ(expiry.status, FieldStatus::Review);
    EXPECT_EQ(expiry.reason, "the digit model read another date");
    ASSERT_TRUE(expiry.value);
    EXPECT_EQ(*expiry.value, "2027-04-09"); // staff see what was read, beside its crop
    EXPECT_LE(expiry.confidence, 0.5);
}

TEST(DigitModelDispute, TheDigitModelsOwnDatesFromALaterSettingCountToo)
{
    PlaceReading firstSetting = expiryRead("R9.4.09", "R9.4.09");
    PlaceReading lastSetting = expiryRead("R9.4.30", "R9.4.39");
    lastSetting.digitModelDates.push_back("2027-04-30");
    firstSetting.keepOk(std::move(lastSetting));
    doubtDatesTheDigitModelDisputes(firstSetting);
    EXPECT_EQ(firstSetting.readings.front().second.status, FieldStatus::Review);
}

TEST(DigitModelDispute, AgreementOrNoDigitModelDateLeavesTheDateOk)
{
    PlaceReading agreed = expiryRead("R9.4.30", "R9.4.30");
    agreed.digitModelDates = {"2027-04-30", "2027-04-30"};
    doubtDatesTheDigitModelDisputes(agreed);
    EXPECT_EQ(agreed.readings.front().second.status, FieldStatus::Ok);

    PlaceReading unread = expiryRead("R9.4.30", "R9.4.30"); // the digits could not be cut out
    doubtDatesTheDigitModelDisputes(unread);
    EXPECT_EQ(unread.readings.front().second.status, FieldStatus::Ok);
}

// Only dates: the digit model's dates say nothing about another field read at the place.
TEST(DigitModelDispute, OtherFieldsAreLeftAlone)
{
    PlaceReading number;
    number.readings.emplace_back(FieldId::Number, judged(FieldId::Number, "77084", "77084", 0.95, cv::Rect(0, 0, 50, 20), JudgeOptions{}));
    number.digitModelDates.push_back("2027-04-30");
    doubtDatesTheDigitModelDisputes(number);
    EXPECT_EQ(number.readings.front().second.status, FieldStatus::Ok);
}
