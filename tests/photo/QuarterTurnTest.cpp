// A page left on its side by the quarter-turn decision (TextDirection misled by blur in a
// 2 MP photo) is read turned by 90° when nothing reads either way up (UprightPage), and the
// photo reader turns the page with it (PhotoPage::turnedClockwise). Real Tesseract on a
// document the synth helper renders at test time.
#include "GrayImage.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PhotoPage.h"
#include "SearchPrint.h"
#include "SynthDocument.h"
#include "UprightPage.h"

#include <QImage>
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

TEST(QuarterTurn, AGrainyPageOnItsSideIsReadTurnedWhenNothingReadsEitherWayUp)
{
    static OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const Models models = Models::load(Models::defaultDirectory());
    const cv::Mat upright = test::grayOf(synth::renderDocument(DocumentKind::KakuninshoCard, 2, {150}).image);
    cv::Mat onItsSide;
    cv::rotate(upright, onItsSide, cv::ROTATE_90_COUNTERCLOCKWISE);
    // The grain of a 2 MP photo: noise of ~2 px (correlated, as after a JPEG'd warp).
    cv::Mat noise(onItsSide.size(), CV_32F);
    cv::RNG(7).fill(noise, cv::RNG::NORMAL, 0.0, 14.0);
    cv::GaussianBlur(noise, noise, cv::Size(), 0.8);
    cv::Mat grainy;
    onItsSide.convertTo(grainy, CV_32F);
    grainy += noise;
    grainy.convertTo(grainy, CV_8U);
    ASSERT_TRUE(hasBlurredPrint(grainy));
    JudgeOptions judge;
    ScanLimits limits;
    const UprightPage p = readUprightPage(grainy, {}, {ocr, models, limits, judge, KindHint::Auto});
    EXPECT_EQ(p.kind, DocumentKind::KakuninshoCard);
    EXPECT_EQ(p.degrees, 90);
    EXPECT_EQ(p.gray.cols, upright.cols);
    // With a kind given nothing is searched: the page stays as it lies.
    const UprightPage given = readUprightPage(grainy, {}, {ocr, models, limits, judge, KindHint::Card});
    EXPECT_NE(given.degrees, 90);
    // A sharp page is not turned: its text direction is trusted (and a sharp unknown paper
    // would pay for the extra reading).
    ASSERT_FALSE(hasBlurredPrint(onItsSide));
    EXPECT_NE(readUprightPage(onItsSide, {}, {ocr, models, limits, judge, KindHint::Auto}).degrees, 90);
}

TEST(QuarterTurn, ThePhotoPageTurnsWithItsGreyImage)
{
    PhotoPage page;
    page.document.image = cv::Mat(60, 100, CV_8UC3, cv::Scalar(255, 255, 255));
    page.gray = cv::Mat(60, 100, CV_8UC1, cv::Scalar(255));
    page.gray.at<uchar>(0, 99) = 0; // top right
    page.outlineFound = true;
    const PhotoPage t = turnedClockwise(page, 90);
    ASSERT_EQ(t.gray.size(), cv::Size(60, 100));
    EXPECT_EQ(t.gray.at<uchar>(99, 59), 0); // bottom right
    EXPECT_EQ(t.document.image.size(), cv::Size(60, 100));
    EXPECT_EQ(turnedClockwise(page, 270).gray.at<uchar>(0, 0), 0); // top left
}
