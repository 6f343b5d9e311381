// SearchPrint: only grainy pages (correlated noise, as in a JPEG'd 2 MP photo) are filtered,
// and their print comes out sharper.
#include "SearchPrint.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

cv::Mat printedPage()
{
    cv::Mat page(400, 600, CV_8UC1, cv::Scalar(220));
    for (int i = 0; i < 5; ++i)
        cv::putText(page, "ABCDEF 012345", {30, 60 + 70 * i}, cv::FONT_HERSHEY_SIMPLEX, 1.0, cv::Scalar(50), 2, cv::LINE_AA);
    return page;
}

// Noise with a grain of ~2 px: white noise blurred, as sensor noise after demosaicing and JPEG.
cv::Mat grainy(const cv::Mat& page, double sigma)
{
    cv::Mat noise(page.size(), CV_32FC1);
    cv::RNG rng(20261126);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::GaussianBlur(noise, noise, {}, 1.0);
    cv::Mat out;
    page.convertTo(out, CV_32FC1);
    out += noise;
    out.convertTo(out, CV_8UC1);
    return out;
}

} // namespace

TEST(SearchPrint, ACleanPageIsLeftAlone)
{
    const cv::Mat page = printedPage();
    EXPECT_FALSE(hasBlurredPrint(page));
    EXPECT_EQ(printForSearch(page).data, page.data); // untouched, not even copied
}

TEST(SearchPrint, AGrainyPageIsFilteredAndSharpened)
{
    const cv::Mat page = grainy(printedPage(), 20.0);
    ASSERT_TRUE(hasBlurredPrint(page));
    const cv::Mat filtered = printForSearch(page);
    ASSERT_NE(filtered.data, page.data);
    ASSERT_EQ(filtered.size(), page.size());
    // The strokes come out sharper: more edge contrast over a line of print.
    const cv::Rect line(30, 35, 400, 35);
    auto edges = [&](const cv::Mat& m) {
        cv::Mat dx;
        cv::Sobel(m(line), dx, CV_32F, 1, 0);
        return cv::sum(cv::abs(dx))[0];
    };
    EXPECT_GT(edges(filtered), edges(page));
}
