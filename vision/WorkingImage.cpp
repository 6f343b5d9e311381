#include "WorkingImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>

namespace shikaku {
namespace {

/// The gradient map holds 16 bits per pixel. A 3×3 Sobel L1 of 8-bit pixels is at most 2040, so
/// the cap never bites; it only makes the narrowing cast safe.
constexpr int kLargestStoredGradient = 65535;

} // namespace

cv::Mat toBgrOrGrey(const cv::Mat& image)
{
    if (image.depth() != CV_8U) {
        cv::Mat converted;
        image.convertTo(converted, CV_8U);
        return toBgrOrGrey(converted);
    }
    if (image.channels() == 4) {
        cv::Mat bgr;
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
        return bgr;
    }
    return image;
}

WorkingImage makeWorkingImage(const cv::Mat& image, int workingLongSidePx)
{
    WorkingImage w;
    const int longSide = std::max(image.cols, image.rows);
    w.scale = std::min(1.0, double(workingLongSidePx) / longSide);
    cv::Mat small;
    if (w.scale < 1.0)
        cv::resize(image, small, cv::Size(), w.scale, w.scale, cv::INTER_AREA);
    else
        small = image;
    // A light blur removes sensor noise and fine print; the document's outline survives.
    cv::GaussianBlur(small, w.smooth, cv::Size(5, 5), 0.0);
    cv::Mat dx, dy;
    cv::Sobel(w.smooth, dx, CV_16S, 1, 0, 3);
    cv::Sobel(w.smooth, dy, CV_16S, 0, 1, 3);

    // Colour edges: per pixel keep the derivative of the channel that changes most, so a pink
    // card on a grey desk of the same brightness still has an outline. One channel also keeps
    // Canny on its fast path.
    const int channels = w.smooth.channels();
    w.dx.create(w.smooth.size(), CV_16SC1);
    w.dy.create(w.smooth.size(), CV_16SC1);
    w.magnitude.create(w.smooth.size());
    for (int y = 0; y < w.smooth.rows; ++y) {
        const short* gx = dx.ptr<short>(y);
        const short* gy = dy.ptr<short>(y);
        short* outX = w.dx.ptr<short>(y);
        short* outY = w.dy.ptr<short>(y);
        ushort* out = w.magnitude.ptr<ushort>(y);
        for (int x = 0; x < w.smooth.cols; ++x) {
            const short* px = gx + x * channels;
            const short* py = gy + x * channels;
            int best = std::abs(px[0]) + std::abs(py[0]);
            short bestX = px[0], bestY = py[0];
            for (int c = 1; c < channels; ++c) {
                const int m = std::abs(px[c]) + std::abs(py[c]);
                if (m > best) {
                    best = m;
                    bestX = px[c];
                    bestY = py[c];
                }
            }
            outX[x] = bestX;
            outY[x] = bestY;
            out[x] = static_cast<ushort>(std::min(best, kLargestStoredGradient));
        }
    }
    return w;
}

} // namespace shikaku
