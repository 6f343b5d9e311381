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
