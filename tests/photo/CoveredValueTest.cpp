// CoveredValue: a value partly under a finger is never taken for a whole one; print, bold print
// and print in a shadow are not "covered". Scenes drawn with OpenCV: light paper, glyph-sized
// outlines standing in for digits (glyph height 30 px).
#include "CoveredValue.h"

#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

constexpr int kGlyph = 30;
const cv::Rect kValue(150, 40, 120, kGlyph); // four digits at x = 150, 180, 210, 240

cv::Mat pageWithDigits(int stroke)
{
    cv::Mat page(120, 500, CV_8UC1, cv::Scalar(230));
    for (int i = 0; i < 4; ++i)
        cv::rectangle(page, cv::Rect(kValue.x + 30 * i, kValue.y, 20, kGlyph), cv::Scalar(30), stroke);
    cv::putText(page, "No", {40, 68}, cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(30), 2); // the label
    return page;
}

} // namespace

TEST(CoveredValue, PrintAndBoldPrintAreNotCovered)
{
    EXPECT_FALSE(isValuePartlyCovered(pageWithDigits(3), kValue, kGlyph));
    EXPECT_FALSE(isValuePartlyCovered(pageWithDigits(7), kValue, kGlyph)); // bold: strokes a quarter glyph thick
}

TEST(CoveredValue, FingerOverTheValuesStartIsCovered)
{
    cv::Mat page = pageWithDigits(3);
    // A fingertip from the left, over the first digit: skin is mid-grey, with no print in it.
    cv::ellipse(page, {125, 60}, {55, 40}, 0, 0, 360, cv::Scalar(150), cv::FILLED);
    // What a reader would then locate: the print that still shows, from the second digit on.
    const cv::Rect visible(180, kValue.y, 90, kGlyph);
    EXPECT_TRUE(isValuePartlyCovered(page, visible, kGlyph));
}

TEST(CoveredValue, ShadowOverPrintIsNotCovered)
{
    cv::Mat page = pageWithDigits(3);
    cv::Mat shade = page(cv::Rect(100, 0, 150, page.rows));
    shade -= cv::Scalar(70); // a cast shadow: darker paper, the print still shows through
    EXPECT_FALSE(isValuePartlyCovered(page, kValue, kGlyph));
}

TEST(CoveredValue, ALoneDenseKanjiIsNotCovered)
{
    // A one-kanji 記号 (「南」) blurred on a phone's screen is one solid blob the size of a glyph,
    // as solid as a finger; a finger, though, comes from before the value's first glyph.
    cv::Mat page(120, 500, CV_8UC1, cv::Scalar(230));
    cv::putText(page, "No", {40, 68}, cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(30), 2); // the label
    const cv::Rect kanji(150, kValue.y, 28, kGlyph);
    cv::rectangle(page, kanji, cv::Scalar(60), cv::FILLED);
    EXPECT_FALSE(isValuePartlyCovered(page, kanji, kGlyph));
}

namespace {

// `fieldDetail`'s image: only the value and a glyph round it are re-warped from the photo; the
// rest is white canvas. Here the re-warped part is a shadowed (grey) row, and the value is thin
// print, little of which falls in the strip at the value's first glyph.
constexpr int kShadedPaper = 160;

cv::Mat rewarpedShadedValue()
{
    cv::Mat detail(120, 500, CV_8UC1, cv::Scalar(255)); // the canvas
    const cv::Rect rewarped(kValue.x - kGlyph, kValue.y - kGlyph, kValue.width + 2 * kGlyph, kValue.height + 2 * kGlyph);
    detail(rewarped).setTo(cv::Scalar(kShadedPaper));
    for (int i = 0; i < 4; ++i)
        cv::rectangle(detail, cv::Rect(kValue.x + 30 * i, kValue.y, 20, kGlyph), cv::Scalar(70), 1);
    return detail;
}

} // namespace

TEST(CoveredValue, AFingerOverAReWarpedValueOnAShadedRowIsCovered)
{
    cv::Mat detail = rewarpedShadedValue();
    // Skin in the shade, darker than the shaded paper (and with no print in it), over the first
    // digit and what is before it. (Skin within 50 grey levels of the paper is not told from
    // it, on the re-warped image as on the page: docs/notes/covered.md.)
    cv::Mat finger(detail.size(), CV_8UC1, cv::Scalar(0));
    cv::ellipse(finger, {125, 60}, {55, 40}, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    const cv::Rect rewarped(kValue.x - kGlyph, kValue.y - kGlyph, kValue.width + 2 * kGlyph, kValue.height + 2 * kGlyph);
    cv::Mat outside(detail.size(), CV_8UC1, cv::Scalar(255));
    outside(rewarped).setTo(cv::Scalar(0));
    finger.setTo(cv::Scalar(0), outside); // only what was re-warped shows the photo
    detail.setTo(cv::Scalar(kShadedPaper * 6 / 10), finger);
    const cv::Rect visible(180, kValue.y, 90, kGlyph);
    EXPECT_TRUE(isValuePartlyCovered(detail, visible, kGlyph));
}

TEST(CoveredValue, ALightFingerOverAReWarpedValueOnLightPaperIsCovered)
{
    // Light paper, re-warped with canvas round it, and a light finger (skin at eight tenths of
    // the paper, less than 50 grey levels darker than it): the canvas's white stays the ground
    // on a light row, and the finger differs from that by more.
    cv::Mat detail(120, 500, CV_8UC1, cv::Scalar(255));
    const cv::Rect rewarped(kValue.x - kGlyph, kValue.y - kGlyph, kValue.width + 2 * kGlyph, kValue.height + 2 * kGlyph);
    constexpr int kLightPaper = 240;
    detail(rewarped).setTo(cv::Scalar(kLightPaper));
    for (int i = 0; i < 4; ++i)
        cv::rectangle(detail, cv::Rect(kValue.x + 30 * i, kValue.y, 20, kGlyph), cv::Scalar(70), 3);
    cv::Mat finger(detail.size(), CV_8UC1, cv::Scalar(0));
    cv::ellipse(finger, {125, 60}, {55, 40}, 0, 0, 360, cv::Scalar(255), cv::FILLED);
    finger(cv::Rect(0, 0, rewarped.x, detail.rows)).setTo(cv::Scalar(0)); // only the re-warped part shows the photo
    detail.setTo(cv::Scalar(kLightPaper * 8 / 10), finger);
    const cv::Rect visible(180, kValue.y, 90, kGlyph);
    EXPECT_TRUE(isValuePartlyCovered(detail, visible, kGlyph));
}
