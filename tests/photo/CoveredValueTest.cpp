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
