// prepareCrop erases table rules from a value's crop, and only rules: a digit's stem touching a
// cell's rule is print. Crops drawn with OpenCV at the reading's own scale (glyph 30 px, crop
// 45 rows: a value box padded by a quarter glyph, as readOnce pads it).
#include "CropReader.h"

#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

constexpr int kGlyph = 30;
constexpr int kPaper = 230;

cv::Mat paper() { return cv::Mat(45, 150, CV_8UC1, cv::Scalar(kPaper)); }

// The crop as Tesseract gets it, and where the pixel (x, y) of `gray` is in it.
struct Shown {
    PreparedCrop crop;
    int at(int x, int y) const { return crop.image.at<std::uint8_t>(y + crop.margin, x + crop.margin); }
};

Shown prepare(const cv::Mat& gray)
{
    CropReadSettings settings;
    settings.glyphPx = kGlyph; // scale 1: the crop's pixels are the page's
    return {prepareCrop(gray, {0, 0, gray.cols, gray.rows}, kGlyph, settings)};
}

} // namespace

TEST(RuleErasing, AStemTouchingACellsRuleIsPrint)
{
    // The padded box reached up into the cell's rule (blurred to a band of 9 rows), and the 「1」
    // below it touches the band: with the band, its stem ran from the crop's top edge.
    cv::Mat gray = paper();
    cv::rectangle(gray, cv::Rect(0, 0, gray.cols, 9), cv::Scalar(120), cv::FILLED);
    cv::rectangle(gray, cv::Rect(36, 3, 4, 31), cv::Scalar(40), cv::FILLED); // the stem, 31 rows
    cv::rectangle(gray, cv::Rect(70, 9, 20, 25), cv::Scalar(40), 3);         // a neighbouring digit
    const Shown shown = prepare(gray);
    ASSERT_FALSE(shown.crop.image.empty());
    for (int y : {14, 20, 28})
        EXPECT_LT(shown.at(37, y), 100) << "the stem was erased at row " << y;
    EXPECT_GT(shown.at(60, 4), 180) << "the rule itself is still erased";
}

TEST(RuleErasing, AVerticalRuleBetweenTwoRulesIsErased)
{
    // A cell's corner: rules above and below the value, and the cell's side between them.
    cv::Mat gray = paper();
    cv::rectangle(gray, cv::Rect(0, 0, gray.cols, 9), cv::Scalar(120), cv::FILLED);
    cv::rectangle(gray, cv::Rect(0, 41, gray.cols, 4), cv::Scalar(120), cv::FILLED);
    cv::rectangle(gray, cv::Rect(120, 0, 3, gray.rows), cv::Scalar(60), cv::FILLED);
    cv::rectangle(gray, cv::Rect(36, 10, 4, 28), cv::Scalar(40), cv::FILLED); // a 「1」 inside the cell
    const Shown shown = prepare(gray);
    ASSERT_FALSE(shown.crop.image.empty());
    for (int y : {14, 24, 34})
        EXPECT_GT(shown.at(121, y), 180) << "the cell's side was kept at row " << y;
    EXPECT_LT(shown.at(37, 24), 100) << "the stem was erased";
}

TEST(RuleErasing, AVerticalRuleThroughTheCropIsErased)
{
    cv::Mat gray = paper();
    cv::rectangle(gray, cv::Rect(8, 0, 3, gray.rows), cv::Scalar(60), cv::FILLED);
    cv::rectangle(gray, cv::Rect(36, 7, 4, 30), cv::Scalar(40), cv::FILLED);
    const Shown shown = prepare(gray);
    ASSERT_FALSE(shown.crop.image.empty());
    EXPECT_GT(shown.at(9, 22), 180);
    EXPECT_LT(shown.at(37, 22), 100);
}
