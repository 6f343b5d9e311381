// TextChunkFinder on a blurred, noisy page: a frame broken into dashes must not swallow the
// text beside it (hard-tier back sides lost their whole panel this way).
#include "TextChunkFinder.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

using namespace shikaku;

namespace {

// A rule drawn as dashes with 2 px gaps: what binarising a blurred, grainy rule leaves.
void dashedLine(cv::Mat& page, cv::Point from, cv::Point to)
{
    const cv::Point step = to - from;
    const double length = std::hypot(step.x, step.y);
    for (double at = 0; at < length; at += 8) {
        const double end = std::min(length, at + 6);
        cv::line(page, from + cv::Point(cv::Point2d(step) * (at / length)), from + cv::Point(cv::Point2d(step) * (end / length)),
                 cv::Scalar(40), 3);
    }
}

} // namespace

TEST(TextChunkFinder, TextBesideABrokenFrameIsStillFound)
{
    cv::Mat page(500, 800, CV_8UC1, cv::Scalar(235));
    dashedLine(page, {20, 20}, {780, 20});
    dashedLine(page, {780, 20}, {780, 480});
    dashedLine(page, {780, 480}, {20, 480});
    dashedLine(page, {20, 480}, {20, 20});
    const int lines = 6;
    for (int i = 0; i < lines; ++i)
        cv::putText(page, "ABCDEFGH KLMNOPQR STUVW", {32, 80 + 60 * i}, cv::FONT_HERSHEY_SIMPLEX, 0.9, cv::Scalar(40), 2, cv::LINE_AA);
    cv::GaussianBlur(page, page, {}, 1.5);
    cv::Mat noise(page.size(), CV_16SC1);
    cv::RNG rng(4711);
    rng.fill(noise, cv::RNG::NORMAL, 0, 11);
    page.convertTo(page, CV_16SC1);
    page += noise;
    page.convertTo(page, CV_8UC1);

    const TextChunkLayout layout = findTextChunks(page);
    // Each printed line yields chunks of text height starting near the frame's left side.
    const long firstWords = std::count_if(layout.chunks.begin(), layout.chunks.end(), [](const TextChunk& c) {
        return c.box.x >= 24 && c.box.x <= 40 && c.box.height < 40 && c.box.width > 100;
    });
    EXPECT_EQ(firstWords, lines);
}

// A phone screen prints its labels in grey above values in black. Otsu's level between the
// screen and the black values cut each grey label into a few strong strokes (被保険者記号 came
// out as 「険者記号」, 枝番 as two specks), which then read as nothing.
TEST(TextChunkFinder, GreyLabelsOnAPhoneScreenAreFoundWhole)
{
    cv::Mat page(1300, 600, CV_8UC1, cv::Scalar(246));
    // Grey print whose thin strokes, once blurred, respond about half as strongly as the values.
    const std::string label = "ABCDEFGH";
    const double labelScale = 0.75;
    int baseline = 0;
    const cv::Size labelSize = cv::getTextSize(label, cv::FONT_HERSHEY_SIMPLEX, labelScale, 2, &baseline);
    const int rows = 8;
    for (int i = 0; i < rows; ++i) {
        const int y = 120 + 130 * i;
        cv::putText(page, label, {40, y}, cv::FONT_HERSHEY_SIMPLEX, labelScale, cv::Scalar(148), 2, cv::LINE_AA);
        cv::putText(page, "0123456", {40, y + 50}, cv::FONT_HERSHEY_SIMPLEX, 1.3, cv::Scalar(20), 3, cv::LINE_AA);
    }
    cv::GaussianBlur(page, page, {}, 1.2);
    cv::Mat noise(page.size(), CV_16SC1);
    cv::RNG rng(4242);
    rng.fill(noise, cv::RNG::NORMAL, 0, 3);
    page.convertTo(page, CV_16SC1);
    page += noise;
    page.convertTo(page, CV_8UC1);

    const TextChunkLayout layout = findTextChunks(page);
    for (int i = 0; i < rows; ++i) {
        const int y = 120 + 130 * i;
        const bool whole = std::any_of(layout.chunks.begin(), layout.chunks.end(), [&](const TextChunk& c) {
            return c.box.y <= y && c.box.br().y >= y - labelSize.height && c.box.x <= 44 && c.box.width >= labelSize.width * 9 / 10;
        });
        EXPECT_TRUE(whole) << "label row " << i;
    }
}
