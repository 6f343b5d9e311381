#include "PaperDefects.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace shikaku::synth {

void addFoldCreases(cv::Mat& page, int folds, Rng& rng)
{
    const double width = page.rows * rng.uniform(0.006, 0.012);
    const double depth = rng.uniform(0.06, 0.14);
    for (int f = 1; f <= folds; ++f) {
        const double at = page.rows * (static_cast<double>(f) / (folds + 1) + rng.uniform(-0.01, 0.01));
        const double slant = rng.uniform(-0.01, 0.01) * page.rows / page.cols;
        for (int y = std::max(0, static_cast<int>(at - 4 * width)); y < std::min(page.rows, static_cast<int>(at + 4 * width)); ++y) {
            auto* px = page.ptr<cv::Vec3b>(y);
            for (int x = 0; x < page.cols; ++x) {
                const double d = (y - (at + slant * x)) / width;
                // Lit on one side of the ridge, shaded on the other.
                const double shade = 1.0 - depth * d * std::exp(-d * d);
                for (int c = 0; c < 3; ++c)
                    px[x][c] = cv::saturate_cast<uchar>(px[x][c] * shade);
            }
        }
    }
}

void makeRaggedEdges(cv::Mat& mask, double pxPerMm, Rng& rng)
{
    // Walk round the rectangle with a slowly wandering inset.
    const double maxInset = rng.uniform(0.3, 0.9) * pxPerMm;
    const int steps = 60;
    std::vector<cv::Point> outline;
    double inset = rng.uniform(0, maxInset);
    auto wander = [&] { inset = std::clamp(inset + rng.normal(0, maxInset * 0.25), 0.0, maxInset); return inset; };
    const double w = mask.cols - 1, h = mask.rows - 1;
    for (int i = 0; i < steps; ++i)
        outline.emplace_back(static_cast<int>(w * i / steps), static_cast<int>(wander()));
    for (int i = 0; i < steps; ++i)
        outline.emplace_back(static_cast<int>(w - wander()), static_cast<int>(h * i / steps));
    for (int i = 0; i < steps; ++i)
        outline.emplace_back(static_cast<int>(w - w * i / steps), static_cast<int>(h - wander()));
    for (int i = 0; i < steps; ++i)
        outline.emplace_back(static_cast<int>(wander()), static_cast<int>(h - h * i / steps));
    cv::Mat ragged(mask.size(), CV_8U, cv::Scalar(0));
    cv::fillPoly(ragged, std::vector<std::vector<cv::Point>>{outline}, cv::Scalar(255), cv::LINE_AA);
    cv::min(mask, ragged, mask);
}

void addScreenMoire(cv::Mat& screen, Rng& rng)
{
    const double period = screen.cols / rng.uniform(25, 70);
    const double angle = rng.uniform(0, 3.14159);
    const double ca = std::cos(angle), sa = std::sin(angle);
    const double amplitude = rng.uniform(0.02, 0.05);
    for (int y = 0; y < screen.rows; ++y) {
        auto* px = screen.ptr<cv::Vec3b>(y);
        for (int x = 0; x < screen.cols; ++x) {
            const double shade = 1.0 + amplitude * std::sin((x * ca + y * sa) / period * 6.283);
            for (int c = 0; c < 3; ++c)
                px[x][c] = cv::saturate_cast<uchar>(px[x][c] * shade);
        }
    }
}

} // namespace shikaku::synth
