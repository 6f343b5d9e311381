#include "PhotoBackground.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace shikaku::synth {
namespace {

/// Smooth random field in [-1, 1]: a few random values upscaled with cubic interpolation.
cv::Mat smoothNoise(cv::Size size, int cells, Rng& rng)
{
    cv::Mat small(cells, cells, CV_32F);
    for (int y = 0; y < cells; ++y)
        for (int x = 0; x < cells; ++x)
            small.at<float>(y, x) = static_cast<float>(rng.uniform(-1, 1));
    cv::Mat big;
    cv::resize(small, big, size, 0, 0, cv::INTER_CUBIC);
    return big;
}

cv::Mat flatColour(cv::Size size, cv::Scalar bgr) { return cv::Mat(size, CV_8UC3, bgr); }

/// Adds variation = amplitude × field to every channel.
void modulate(cv::Mat& bgr, const cv::Mat& field, double amplitude)
{
    cv::Mat f3;
    cv::Mat channels[] = {field, field, field};
    cv::merge(channels, 3, f3);
    cv::Mat asFloat;
    bgr.convertTo(asFloat, CV_32FC3);
    asFloat += f3 * amplitude;
    asFloat.convertTo(bgr, CV_8UC3);
}

cv::Mat wood(cv::Size size, Rng& rng)
{
    // Grain runs along one axis; rings are distorted by a low-frequency field.
    const cv::Scalar base(rng.uniform(40, 90), rng.uniform(80, 130), rng.uniform(120, 180));
    const cv::Mat warp = smoothNoise(size, 5, rng);
    const cv::Mat fine = smoothNoise(size, 60, rng);
    const double period = size.width / rng.uniform(25, 60);
    const bool vertical = rng.chance(0.5);
    cv::Mat out(size, CV_8UC3);
    for (int y = 0; y < size.height; ++y) {
        const float* w = warp.ptr<float>(y);
        const float* fn = fine.ptr<float>(y);
        auto* px = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < size.width; ++x) {
            const double along = vertical ? x : y;
            const double grain = std::sin((along + w[x] * period * 3) / period * 6.283);
            const double shade = 1.0 + 0.12 * grain + 0.05 * fn[x];
            for (int c = 0; c < 3; ++c)
                px[x][c] = cv::saturate_cast<uchar>(base[c] * shade);
        }
    }
    return out;
}

} // namespace

Background randomBackground(Rng& rng)
{
    static const std::vector<double> weights{3, 2.5, 1, 1.5, 1.5, 1.5};
    return static_cast<Background>(rng.weighted(weights));
}

std::string backgroundName(Background kind)
{
    switch (kind) {
    case Background::Wood: return "wood";
    case Background::Mat: return "mat";
    case Background::CuttingMat: return "cutting_mat";
    case Background::Dark: return "dark";
    case Background::White: return "white";
    case Background::Grey: return "grey";
    }
    return "mat";
}

cv::Mat makeBackground(cv::Size size, Background kind, Rng& rng)
{
    // Textures are made at quarter size (they are smooth) and scaled up.
    const cv::Size work(std::max(8, size.width / 4), std::max(8, size.height / 4));
    cv::Mat bg;
    switch (kind) {
    case Background::Wood:
        bg = wood(work, rng);
        break;
    case Background::Mat: { // felt or rubber mat of any colour
        const cv::Scalar colour(rng.uniform(20, 230), rng.uniform(20, 230), rng.uniform(20, 230));
        bg = flatColour(work, colour);
        modulate(bg, smoothNoise(work, 4, rng), 10);
        break;
    }
    case Background::CuttingMat: { // green mat with a printed grid: straight lines that are not the document
        const cv::Scalar mat(rng.uniform(60, 90), rng.uniform(110, 140), rng.uniform(40, 70));
        bg = flatColour(work, mat);
        const double step = work.width / rng.uniform(18, 30);
        const cv::Scalar line = mat * 1.3;
        for (double x = rng.uniform(0, step); x < work.width; x += step)
            cv::line(bg, cv::Point2d(x, 0), cv::Point2d(x, work.height), line, 1, cv::LINE_AA);
        for (double y = rng.uniform(0, step); y < work.height; y += step)
            cv::line(bg, cv::Point2d(0, y), cv::Point2d(work.width, y), line, 1, cv::LINE_AA);
        break;
    }
    case Background::Dark: {
        const double v = rng.uniform(15, 45);
        bg = flatColour(work, cv::Scalar(v, v, v + rng.uniform(0, 8)));
        modulate(bg, smoothNoise(work, 4, rng), 6);
        break;
    }
    case Background::White: { // white paper on a white counter: low contrast edges
        const double v = rng.uniform(205, 240);
        bg = flatColour(work, cv::Scalar(v - rng.uniform(0, 8), v, v));
        modulate(bg, smoothNoise(work, 6, rng), 6);
        break;
    }
    case Background::Grey: {
        const double v = rng.uniform(120, 190);
        bg = flatColour(work, cv::Scalar(v, v + rng.uniform(-5, 5), v + rng.uniform(-5, 8)));
        modulate(bg, smoothNoise(work, 30, rng), 5);
        break;
    }
    }
    cv::Mat full;
    cv::resize(bg, full, size, 0, 0, cv::INTER_LINEAR);
    return full;
}

} // namespace shikaku::synth
