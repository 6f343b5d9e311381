#include "FieldValueReader.h"
#include "LastDateOfPeriod.h"
#include "Models.h"
#include "OcrEngine.h"
#include "RunTogetherDigits.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

TEST(ValidityPeriod, KeepsTheEndDate)
{
    EXPECT_EQ(lastDateOfPeriod("令和7年8月1日から令和8年7月31日まで"), "令和8年7月31日");
    EXPECT_EQ(lastDateOfPeriod("R7.8.1～R8.7.31"), "R8.7.31");
    EXPECT_EQ(lastDateOfPeriod("令和8年7月31日"), "令和8年7月31日");
}

// 「令和7年4月8日から令和10年4月30日まで」 with the start date's 8 read at 0.40: the expiry's
// confidence is that of 令和10年4月30日 alone (it once kept a right expiry at 58).
TEST(ValidityPeriod, OnlyTheEndDateCountsForConfidence)
{
    auto wordOf = [](const std::vector<std::string>& characters, std::size_t doubtful, double low) {
        OcrWord w;
        for (std::size_t i = 0; i < characters.size(); ++i)
            w.symbols.push_back({characters[i], i == doubtful ? low : 0.97, {static_cast<int>(i) * 20, 0, 18, 20}});
        return std::vector<OcrWord>{w};
    };
    const std::vector<std::string> period{"令", "和", "7", "年", "4", "月", "8", "日", "か", "ら",
                                          "令", "和", "1", "0", "年", "4", "月", "3", "0", "日", "ま", "で"};
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(period, 6, 0.40), 0.40), 0.97);  // the start date's 8
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(period, 13, 0.40), 0.40), 0.40); // the end date's 0
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(period, 21, 0.40), 0.40), 0.97); // まで is no date
    const std::vector<std::string> single{"令", "和", "8", "年", "7", "月", "3", "1", "日"};
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(single, 2, 0.5), 0.5), 0.5);
    const std::vector<std::string> tilde{"R", "7", ".", "8", ".", "1", "～", "R", "8", ".", "7", ".", "3", "1"};
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(tilde, 1, 0.3), 0.3), 0.97);
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(tilde, 6, 0.3), 0.3), 0.97); // the ～ itself
    EXPECT_DOUBLE_EQ(lastDateConfidence(wordOf(tilde, 13, 0.3), 0.3), 0.3);
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

// Run-together digits send a value to review unless a lost digit would show: only an 8-digit
// 保険者番号 (the longest form; 7 digits fail validation). 6-digit ones could be 8 with two lost.
TEST(RunTogetherDigits, OnlyAnEightDigitInsurerNumberCannotHideALostDigit)
{
    EXPECT_TRUE(lostDigitWouldShow(FieldId::InsurerNumber, std::string("01120013")));
    EXPECT_FALSE(lostDigitWouldShow(FieldId::InsurerNumber, std::string("180901")));
    EXPECT_FALSE(lostDigitWouldShow(FieldId::InsurerNumber, std::string("0112001")));
    EXPECT_FALSE(lostDigitWouldShow(FieldId::InsurerNumber, std::nullopt));
    EXPECT_FALSE(lostDigitWouldShow(FieldId::Number, std::string("56192012"))); // 番号 has no fixed length
    EXPECT_FALSE(lostDigitWouldShow(FieldId::Symbol, std::string("35860839")));
}

// 記号・番号 printed together: read with its middle dot (here: a space) the parts are pre-filled;
// read without it, where the 記号 ends is unknown, and neither may be `ok` — it once gave a
// 記号 that was the 番号 (「7・465634」 with the 7 cut off, read 465634 with no dot).
TEST(CombinedSymbolNumber, WithoutASeparatorNeitherPartIsOk)
{
    static const Models models = Models::load(Models::defaultDirectory());
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    auto readCombined = [&](const std::string& printed) {
        cv::Mat page(200, 800, CV_8UC1, cv::Scalar(255));
        cv::putText(page, printed, {60, 120}, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(0), 3, cv::LINE_AA);
        ValueLocation v;
        v.box = cv::Rect(50, 80, 40 + 36 * static_cast<int>(printed.size()), 55);
        v.glyphHeight = 40;
        v.combinedSymbolNumber = true;
        FieldLocations at;
        at.values[static_cast<std::size_t>(FieldId::Symbol)].push_back(v);
        return readFieldValues(ocr, page, at, models, {});
    };
    const auto separated = readCombined("7 465634");
    EXPECT_EQ(separated[static_cast<std::size_t>(FieldId::Symbol)].value, "7");
    EXPECT_EQ(separated[static_cast<std::size_t>(FieldId::Number)].value, "465634");
    const auto together = readCombined("7465634");
    for (FieldId id : {FieldId::Symbol, FieldId::Number})
        EXPECT_NE(together[static_cast<std::size_t>(id)].status, FieldStatus::Ok) << toString(id);
}
