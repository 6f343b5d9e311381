#include "SideEdgePeaks.h"

#include "BilinearSample.h"
#include "OutlineGeometry.h"

#include <algorithm>
#include <cmath>

namespace shikaku {

std::vector<SamplePeaks> sideEdgePeaks(const cv::Mat& image, cv::Point2f a, cv::Point2f b, bool normalPointsInward,
                                       int samples, double cornerSkip, double minStep, double searchPx,
                                       double smoothingPx)
{
    static constexpr float kPeakShare = 0.4f; // weaker local maxima (relative to the sample's best) are noise
    const cv::Point2d along(b.x - a.x, b.y - a.y);
    const double length = std::hypot(along.x, along.y);
    std::vector<SamplePeaks> out;
    if (length < kShortestSampledSidePx)
        return out;
    const cv::Point2d dir = along / length;
    const cv::Point2d normal(-dir.y, dir.x);
    const float outwardSign = normalPointsInward ? -1.f : 1.f;
    const int channels = image.channels();
    const int reach = std::max(2, int(std::ceil(searchPx)));
    const int span = 2 * reach + 1;
    // Derivative across a few pixels (the smoothing) so that sensor noise does not win.
    const int step = std::max(1, int(std::lround(smoothingPx)));
    std::vector<float> profile(std::size_t(span * channels));
    std::vector<float> strength(std::size_t(span), 0.f);
    float pixel[4];
    out.reserve(std::size_t(samples));
    for (int k = 0; k < samples; ++k) {
        SamplePeaks peaks;
        const double t = cornerSkip + (1.0 - 2.0 * cornerSkip) * k / (samples - 1);
        const cv::Point2d centre(a.x + along.x * t, a.y + along.y * t);
        // The frame's own border is no evidence of a document side.
        if (centre.x < reach || centre.y < reach || centre.x > image.cols - 1 - reach || centre.y > image.rows - 1 - reach) {
            out.push_back(peaks);
            continue;
        }
        for (int j = 0; j < span; ++j) {
            const cv::Point2d p = centre + normal * double(j - reach);
            float sum[4] = {0, 0, 0, 0};
            for (int s = -1; s <= 1; ++s) { // average along the side: less noise, same edge
                const cv::Point2d q = p + dir * double(s * step);
                sampleChannels(image, q.x, q.y, pixel);
                for (int c = 0; c < channels; ++c)
                    sum[c] += pixel[c] / 3.f;
            }
            for (int c = 0; c < channels; ++c)
                profile[std::size_t(j * channels + c)] = sum[c];
        }
        float best = 0.f;
        std::fill(strength.begin(), strength.end(), 0.f);
        for (int j = step; j < span - step; ++j) {
            float s = 0.f;
            for (int c = 0; c < channels; ++c)
                s = std::max(s, std::abs(profile[std::size_t((j + step) * channels + c)] -
                                         profile[std::size_t((j - step) * channels + c)]));
            strength[std::size_t(j)] = s;
            best = std::max(best, s);
        }
        const float floor = std::max(float(minStep), kPeakShare * best);
        std::array<std::pair<float, int>, 3> strongest{};
        for (int j = step; j < span - step; ++j) {
            const float sj = strength[std::size_t(j)];
            if (sj < floor || sj < strength[std::size_t(j - 1)] || sj < strength[std::size_t(j + 1)])
                continue;
            if (sj > strongest.back().first) {
                strongest.back() = {sj, j};
                std::sort(strongest.begin(), strongest.end(), [](auto x, auto y) { return x.first > y.first; });
            }
        }
        for (const auto& [sj, j] : strongest) {
            if (sj <= 0.f)
                break;
            double offset = 0.0; // parabola through the peak and its neighbours: sub-pixel position
            const double l = strength[std::size_t(j - 1)], r = strength[std::size_t(j + 1)];
            const double denominator = l - 2.0 * sj + r;
            if (denominator < 0.0)
                offset = std::clamp(0.5 * (l - r) / denominator, -0.5, 0.5);
            const double across = j - reach + offset;
            const cv::Point2d p = centre + normal * across;
            peaks.points[std::size_t(peaks.count)] = cv::Point2f(float(p.x), float(p.y));
            peaks.outward[std::size_t(peaks.count)] = outwardSign * float(across);
            ++peaks.count;
        }
        out.push_back(peaks);
    }
    return out;
}

} // namespace shikaku
