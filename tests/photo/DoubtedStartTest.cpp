// A place whose only doubt is where its value starts (its label read with the last character
// wrong or lost) holds a 有効期限 that two readings agree on all the same: a character lost or
// added at a date's start breaks its form (the era or the year comes first). A 番号 has no such
// form and stays `review` (vision/StartInDoubt, used by FieldValueReader). Seed 9001's
// kakuninsho_card_0000_medium and kakuninsho_postcard_0003_medium: 「有効期限」 read with its 限
// wrong, the date right, and in review.
// Print drawn by Qt (IPA Gothic) at test time, real Tesseract.
#include "DrawnPage.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

constexpr const char* kLabelEndDoubt = "label read with its last character wrong: the value's first character may be hidden too";

FieldReading of(const std::array<FieldReading, 5>& fields, FieldId id) { return fields[static_cast<std::size_t>(id)]; }

// A date and a 番号 on one page, each placed with `doubt`.
std::array<FieldReading, 5> readDateAndNumber(OcrEngine& ocr, const std::string& doubt, bool onlyAtTheStart)
{
    const cv::Mat page = test::drawnPage(700, 200, 238, [](const test::PrintText& print) {
        print(20, 20, 28, QString::fromUtf8("令和9年7月31日"));
        print(20, 110, 28, QString::fromUtf8("4426570"));
    });
    ValueLocation date;
    date.box = cv::Rect(14, 20, 320, 40);
    date.glyphHeight = 28;
    date.doubt = doubt;
    date.doubtOnlyAtTheStart = onlyAtTheStart;
    ValueLocation number = date;
    number.box.y = 110;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::Expiry)].push_back(date);
    at.values[static_cast<std::size_t>(FieldId::Number)].push_back(number);
    return readFieldValues(ocr, page, at, models(), {});
}

} // namespace

TEST(DoubtedStart, AnEraDateIsOkWhereOnlyItsStartIsInDoubt)
{
    OcrEngine ocr;
    const auto fields = readDateAndNumber(ocr, kLabelEndDoubt, true);
    const FieldReading expiry = of(fields, FieldId::Expiry), number = of(fields, FieldId::Number);
    EXPECT_EQ(expiry.value.value_or("(none)"), "2027-07-31");
    EXPECT_EQ(expiry.status, FieldStatus::Ok) << expiry.reason;
    EXPECT_EQ(number.value.value_or("(none)"), "4426570");
    EXPECT_EQ(number.status, FieldStatus::Review);
    EXPECT_EQ(number.reason, kLabelEndDoubt);
}

TEST(DoubtedStart, AnyOtherDoubtKeepsTheDateInReview)
{
    OcrEngine ocr;
    const auto fields = readDateAndNumber(ocr, "label read only by the kiosk's line model: which field this is is unsure", false);
    EXPECT_EQ(of(fields, FieldId::Expiry).status, FieldStatus::Review);
    EXPECT_EQ(of(fields, FieldId::Number).status, FieldStatus::Review);
}
