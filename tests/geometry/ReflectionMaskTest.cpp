// ReflectionMask: clipped pixels are a reflection only on paper below the clipping level, and a
// value is in doubt when a reflection lies over it or within a glyph of it.
#include "ReflectionMask.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

constexpr int kGlyph = 24;
const cv::Rect kValue(200, 100, 4 * kGlyph * 2 / 3, kGlyph); // four digits, 2/3 of a glyph wide each

// Sensor noise of `sigma` grey levels, either way (saturated at 0 and 255).
void addNoise(cv::Mat& bgr, double sigma)
{
    cv::Mat wide, noise(bgr.size(), CV_16SC3);
    bgr.convertTo(wide, CV_16SC3);
    cv::randn(noise, 0, sigma);
    wide += noise;
    wide.convertTo(bgr, CV_8UC3);
}

// Paper with four dark "digits" at kValue, and sensor noise.
cv::Mat page(const cv::Scalar& paper, double noise = 2.0)
{
    cv::Mat bgr(300, 600, CV_8UC3, paper);
    for (int i = 0; i < 4; ++i)
        cv::rectangle(bgr, cv::Rect(kValue.x + i * 16 + 3, kValue.y + 2, 10, kGlyph - 4), cv::Scalar(40, 40, 40), cv::FILLED);
    addNoise(bgr, noise);
    return bgr;
}

void reflectionAt(cv::Mat& bgr, cv::Point centre, int radius)
{
    cv::circle(bgr, centre, radius, cv::Scalar(255, 255, 255), cv::FILLED);
}

} // namespace

TEST(ReflectionMask, AReflectionJustAfterTheValueMakesItDoubtful)
{
    cv::Mat bgr = page(cv::Scalar(200, 210, 235));
    EXPECT_FALSE(reflectionNearValue(reflectionMask(bgr, 250), kValue)); // paper and print only
    // The last digit's paper washed out: a spot half a glyph across just after the box.
    reflectionAt(bgr, cv::Point(kValue.br().x + kGlyph / 3, kValue.y + kGlyph / 2), kGlyph / 2);
    EXPECT_TRUE(reflectionNearValue(reflectionMask(bgr, 250), kValue));
}

TEST(ReflectionMask, AReflectionBeforeOrOverTheValueCountsToo)
{
    cv::Mat before = page(cv::Scalar(200, 210, 235));
    reflectionAt(before, cv::Point(kValue.x - kGlyph / 2, kValue.y + kGlyph / 2), kGlyph / 2);
    EXPECT_TRUE(reflectionNearValue(reflectionMask(before, 250), kValue));
    cv::Mat over = page(cv::Scalar(200, 210, 235));
    reflectionAt(over, cv::Point(kValue.x + kValue.width / 2, kValue.y + kGlyph / 2), kGlyph / 2);
    EXPECT_TRUE(reflectionNearValue(reflectionMask(over, 250), kValue));
}

// White paper that uneven light lifts to the clipping level clips in specks between its noise,
// and the print there stays dark: no reflection's solid core (seed 9001's お知らせ: half the
// sheet clipped, 39 % of the pixels in the clipped area's bounding box).
TEST(ReflectionMask, SpeckledClippingOfBrightPaperIsNoDoubt)
{
    cv::Mat bgr(300, 600, CV_8UC3, cv::Scalar(225, 230, 235));
    bgr.colRange(0, 280).setTo(cv::Scalar(252, 252, 252)); // the lamp's side, less than half the page
    for (int i = 0; i < 4; ++i)
        cv::rectangle(bgr, cv::Rect(kValue.x + i * 16 + 3, kValue.y + 2, 10, kGlyph - 4), cv::Scalar(40, 40, 40), cv::FILLED);
    addNoise(bgr, 3.0);
    const cv::Mat mask = reflectionMask(bgr, 250);
    ASSERT_FALSE(mask.empty());
    ASSERT_GT(cv::countNonZero(mask.colRange(0, 280)), 280 * 300 / 4);
    EXPECT_FALSE(reflectionNearValue(mask, kValue));
}

TEST(ReflectionMask, AReflectionElsewhereOrASpeckIsNoDoubt)
{
    cv::Mat far = page(cv::Scalar(200, 210, 235));
    reflectionAt(far, cv::Point(kValue.br().x + 3 * kGlyph, kValue.y + kGlyph / 2), kGlyph); // three glyphs on
    reflectionAt(far, cv::Point(kValue.x + kValue.width / 2, kValue.y - 2 * kGlyph), kGlyph);  // the row above
    EXPECT_FALSE(reflectionNearValue(reflectionMask(far, 250), kValue));
    cv::Mat speck = page(cv::Scalar(200, 210, 235));
    reflectionAt(speck, cv::Point(kValue.br().x + 4, kValue.y + kGlyph / 2), 2);
    EXPECT_FALSE(reflectionNearValue(reflectionMask(speck, 250), kValue));
}

// White paper exposed high is clipped itself: its clipped pixels are no reflection.
TEST(ReflectionMask, PaperAtTheClippingLevelHasNoReflectionMask)
{
    cv::Mat bgr = page(cv::Scalar(253, 253, 253));
    reflectionAt(bgr, cv::Point(kValue.br().x + kGlyph / 3, kValue.y + kGlyph / 2), kGlyph / 2);
    EXPECT_TRUE(reflectionMask(bgr, 250).empty());
    EXPECT_FALSE(reflectionNearValue(reflectionMask(bgr, 250), kValue));
}

// Cream paper: one channel stays below the level, so paper is never taken for a reflection.
TEST(ReflectionMask, BrightCreamPaperIsNotClipped)
{
    const cv::Mat bgr = page(cv::Scalar(225, 252, 254));
    const cv::Mat mask = reflectionMask(bgr, 250);
    ASSERT_FALSE(mask.empty());
    EXPECT_EQ(cv::countNonZero(mask), 0);
}
