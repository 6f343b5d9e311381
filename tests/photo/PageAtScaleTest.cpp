// A value not `ok` on the image re-sampled from the photo is read on the page too
// (readFieldValues with a PageAtScale), unless its place is in doubt. Drawn, read by real Tesseract.
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

constexpr double kScale = 2.0;               // the re-sampled image is twice the page's size
const cv::Rect kValueOnPage(50, 80, 330, 55); // 「34200295」, a 保険者番号 with a right check digit
constexpr int kGlyph = 40;
constexpr auto kInsurer = static_cast<std::size_t>(FieldId::InsurerNumber);

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

cv::Mat printedPage()
{
    cv::Mat page(200, 500, CV_8UC1, cv::Scalar(255));
    cv::putText(page, "34200295", {60, 120}, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(0), 3, cv::LINE_AA);
    return page;
}

FieldLocations insurerAt(const cv::Rect& box, int glyph)
{
    ValueLocation v;
    v.box = box;
    v.glyphHeight = glyph;
    FieldLocations at;
    at.values[kInsurer].push_back(v);
    return at;
}

cv::Rect scaled(const cv::Rect& r)
{
    return {int(r.x * kScale), int(r.y * kScale), int(r.width * kScale), int(r.height * kScale)};
}

// The page enlarged, its print smeared along the line as a shaken camera smears it: nothing
// there reads as a valid number.
cv::Mat smearedDetail(const cv::Mat& page)
{
    cv::Mat detail, kernel = cv::Mat::zeros(1, 61, CV_32F);
    cv::resize(page, detail, {}, kScale, kScale, cv::INTER_CUBIC);
    kernel.setTo(1.0f / kernel.cols);
    cv::filter2D(detail, detail, -1, kernel);
    return detail;
}

} // namespace

TEST(PageAtScale, AValueTheReSampledImageReadsWrongIsReadOnThePage)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const cv::Mat page = printedPage();
    const cv::Mat detail = smearedDetail(page);
    const FieldLocations onPage = insurerAt(kValueOnPage, kGlyph);
    const FieldLocations onDetail = insurerAt(scaled(kValueOnPage), int(kGlyph * kScale));

    const auto alone = readFieldValues(ocr, detail, onDetail, models(), {});
    ASSERT_NE(alone[kInsurer].status, FieldStatus::Ok) << "the smeared value must not read: the test lost its point";

    const auto withPage = readFieldValues(ocr, detail, onDetail, models(), {}, PageAtScale{page, onPage, kScale});
    const FieldReading& insurer = withPage[kInsurer];
    EXPECT_EQ(insurer.status, FieldStatus::Ok) << insurer.reason;
    EXPECT_EQ(insurer.value, "34200295");
    // The box is where the print is on the re-sampled image, as every other field's: the digits
    // are drawn from x 60 to about 312 on the page.
    ASSERT_TRUE(insurer.box);
    EXPECT_NEAR(insurer.box->x, 60 * kScale, kGlyph);
    EXPECT_NEAR(insurer.box->x + insurer.box->width, 312 * kScale, kGlyph);
}

TEST(PageAtScale, AValueWhoseStartIsCoveredIsNotReadOnThePage)
{
    // A finger over the value's first digits on the re-sampled image. The page, drawn clean here
    // (it would read `ok`), is not asked: a place in doubt is not proven by reading it elsewhere.
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const cv::Mat page = printedPage();
    cv::Mat detail;
    cv::resize(page, detail, {}, kScale, kScale, cv::INTER_CUBIC);
    cv::ellipse(detail, {150, 215}, {110, 90}, 0, 0, 360, cv::Scalar(120), cv::FILLED);
    const cv::Rect visible(260, 160, 520, 110); // what shows after the finger
    const auto fields =
        readFieldValues(ocr, detail, insurerAt(visible, int(kGlyph * kScale)), models(), {},
                        PageAtScale{page, insurerAt(kValueOnPage, kGlyph), kScale});
    EXPECT_NE(fields[kInsurer].status, FieldStatus::Ok) << fields[kInsurer].value.value_or("");
}
