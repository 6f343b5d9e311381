#include "PhoneScreen.h"

#include "BilinearSample.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace shikaku {

std::optional<Quad> phoneScreen(const cv::Mat& image, const Quad& q, const DocumentFinderOptions& o)
{
    static constexpr int kSamplesPerSide = 24;
    static constexpr double kSideSpan = 0.6;        // middle share of each side (rounded corners)
    static constexpr double kMaxBezel = 0.2;        // of the short side (the top one holds the notch)
    static constexpr double kMaxHeader = 0.4;       // header and status bar, of the short side
    static constexpr double kQualifyingShare = 0.6; // of the samples, on every side
    // The lit screen is far brighter than the bezel: at least twice its level plus a margin (grey
    // levels), which is what counts when the bezel is near black and "twice" means nothing.
    static constexpr float kScreenOverBezelFactor = 2.f;
    static constexpr float kScreenOverBezelMargin = 10.f;
    // Bounds on screen area / area of the outline found: settling the sides may about halve it
    // (body in to screen, bezels up to kMaxBezel) or add up to 80 % (out past a header bar, up to
    // kMaxHeader); beyond that the sides settled on something else. (Exact values: tuned, no
    // reason recorded.)
    static constexpr double kMinAreaRatio = 0.5;
    static constexpr double kMaxAreaRatio = 1.8;
    const double shortSide = std::min(cv::norm(q[1] - q[0]), cv::norm(q[2] - q[1]));
    const int band = std::max(2, int(std::ceil(0.015 * shortSide)));
    const int inReach = std::max(band + 4, int(std::ceil(kMaxBezel * shortSide)));
    const int outReach = std::max(band + 4, int(std::ceil(kMaxHeader * shortSide)));
    const double tolerance = std::max(1.5, 0.01 * shortSide);
    const cv::Point2f centre = (q[0] + q[1] + q[2] + q[3]) * 0.25f;
    const int channels = image.channels();
    float pixel[4];
    auto levelAt = [&](cv::Point2d p, bool& bezel) {
        sampleChannels(image, p.x, p.y, pixel);
        float lo = pixel[0], hi = pixel[0], sum = 0.f;
        for (int c = 0; c < channels; ++c) {
            lo = std::min(lo, pixel[c]);
            hi = std::max(hi, pixel[c]);
            sum += pixel[c];
        }
        const float level = sum / float(channels);
        bezel = level <= o.bezelMaxLevel && hi - lo <= o.bezelMaxChroma;
        return level;
    };
    std::array<StraightLine, 4> lines;
    bool moved = false;
    std::vector<float> level(std::size_t(inReach + 2));
    for (std::size_t side = 0; side < 4; ++side) {
        const cv::Point2f a = q[side], b = q[(side + 1) % 4];
        const cv::Point2d along(b.x - a.x, b.y - a.y);
        const double length = std::hypot(along.x, along.y);
        if (length < kShortestSampledSidePx)
            return std::nullopt;
        cv::Point2d inward(-along.y / length, along.x / length);
        if (inward.dot(cv::Point2d(centre - (a + b) * 0.5f)) < 0.0)
            inward = -inward;
        std::vector<cv::Point2f> inner, outer; // screen edge inwards of a bezel / bezel start outwards
        for (int k = 0; k < kSamplesPerSide; ++k) {
            const double t = 0.5 - kSideSpan / 2 + kSideSpan * (k + 0.5) / kSamplesPerSide;
            const cv::Point2d start = cv::Point2d(a) + along * t;
            bool bezel = false, bandIsBezel = true;
            for (int j = 0; j <= inReach + 1; ++j) {
                level[std::size_t(j)] = levelAt(start + inward * double(j), bezel);
                if (j >= 2 && j <= band + 2)
                    bandIsBezel = bandIsBezel && bezel;
            }
            if (bandIsBezel) {
                // The screen begins at the strongest rise after the band, and is far brighter.
                int best = -1;
                float bestRise = float(o.bezelMinRise);
                for (int j = band + 2; j <= inReach; ++j) {
                    const float rise = level[std::size_t(j + 1)] - level[std::size_t(j - 1)];
                    if (rise > bestRise) {
                        bestRise = rise;
                        best = j;
                    }
                }
                const float dark = level[std::size_t(band + 2)];
                if (best > 0 && level[std::size_t(std::min(inReach + 1, best + 2))] >=
                                    kScreenOverBezelFactor * dark + kScreenOverBezelMargin)
                    inner.push_back(cv::Point2f(start + inward * double(best)));
                continue;
            }
            for (int j = 1; j + 1 <= outReach; ++j) {
                bool first = false, second = false;
                levelAt(start - inward * double(j), first);
                if (first && (levelAt(start - inward * double(j + 1), second), second)) {
                    outer.push_back(cv::Point2f(start - inward * (j - 0.5)));
                    break;
                }
            }
        }
        const std::vector<cv::Point2f>& edge = inner.size() >= outer.size() ? inner : outer;
        if (double(edge.size()) < kQualifyingShare * kSamplesPerSide)
            return std::nullopt;
        lines[side] = fitLine(edge, cv::DIST_HUBER);
        const auto onLine = std::count_if(edge.begin(), edge.end(),
                                          [&](cv::Point2f p) { return distanceToLine(lines[side], p) <= tolerance; });
        if (double(onLine) < kQualifyingShare * kSamplesPerSide)
            return std::nullopt; // content, not a straight screen edge
        moved = moved || distanceToLine(lines[side], (a + b) * 0.5f) > double(band + 2);
    }
    if (!moved)
        return std::nullopt;
    const auto screen = quadFromSides(lines);
    if (!screen)
        return std::nullopt;
    const double areaRatio = quadArea(*screen) / std::max(1.0, quadArea(q));
    if (areaRatio < kMinAreaRatio || areaRatio > kMaxAreaRatio)
        return std::nullopt;
    return screen;
}

} // namespace shikaku
