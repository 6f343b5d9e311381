#include "SideFit.h"

#include "SideEdgePeaks.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace shikaku {

SideFit fitSide(const cv::Mat& image, cv::Point2f a, cv::Point2f b, cv::Point2f centre, const DocumentFinderOptions& o,
                int samples, double searchPx, double inlierPx, double smoothingPx)
{
    static constexpr double kNearlyAsGood = 0.85; // share of the best vote count
    const cv::Point2f normal(a.y - b.y, b.x - a.x); // as in sideEdgePeaks: (-dir.y, dir.x)
    const bool normalPointsInward = normal.dot(centre - (a + b) * 0.5f) > 0.f;
    SideFit fit;
    fit.line = {cv::Point2d(a), cv::Point2d(b - a)};
    fit.samples = std::max(4, samples);
    const double minStep = o.supportGradient / 4.0; // Sobel L1 of a step Δ is ≈ 4Δ
    const auto peaks = sideEdgePeaks(image, a, b, normalPointsInward, fit.samples, o.cornerSkipFraction, minStep,
                                     searchPx, smoothingPx);
    const int n = int(peaks.size());
    const int needed = std::max(4, fit.samples * 2 / 5);
    if (n < needed)
        return fit;

    struct Vote {
        StraightLine line;
        int inliers = -1;
        float outward = 0.f;
    };
    auto count = [&](const StraightLine& l) {
        int inliers = 0;
        for (const auto& s : peaks)
            for (int i = 0; i < s.count; ++i)
                if (distanceToLine(l, s.points[std::size_t(i)]) <= inlierPx) {
                    ++inliers;
                    break;
                }
        return inliers;
    };
    std::vector<Vote> votes;
    const int stride = std::max(1, n / 10);
    for (int i = 0; i < n / 2; i += stride)
        for (int j = n - 1; j >= n / 2 && j - i >= n / 3; j -= stride)
            for (int pi = 0; pi < peaks[std::size_t(i)].count; ++pi)
                for (int pj = 0; pj < peaks[std::size_t(j)].count; ++pj) {
                    const cv::Point2f p = peaks[std::size_t(i)].points[std::size_t(pi)];
                    const cv::Point2f q = peaks[std::size_t(j)].points[std::size_t(pj)];
                    const double len = cv::norm(q - p);
                    if (len < 1.0)
                        continue;
                    Vote v;
                    v.line = {cv::Point2d(p), cv::Point2d(q - p) / len};
                    v.inliers = count(v.line);
                    v.outward = peaks[std::size_t(i)].outward[std::size_t(pi)] + peaks[std::size_t(j)].outward[std::size_t(pj)];
                    votes.push_back(v);
                }
    if (votes.empty())
        return fit;
    int most = 0;
    for (const Vote& v : votes)
        most = std::max(most, v.inliers);
    const Vote* chosen = nullptr;
    for (const Vote& v : votes)
        if (v.inliers >= kNearlyAsGood * most && (!chosen || v.outward > chosen->outward))
            chosen = &v;
    std::vector<cv::Point2f> inliers;
    for (const auto& s : peaks) {
        int nearest = -1;
        double nearestDistance = inlierPx;
        for (int i = 0; i < s.count; ++i) {
            const double d = distanceToLine(chosen->line, s.points[std::size_t(i)]);
            if (d <= nearestDistance) {
                nearestDistance = d;
                nearest = i;
            }
        }
        if (nearest >= 0)
            inliers.push_back(s.points[std::size_t(nearest)]);
    }
    fit.inliers = int(inliers.size());
    if (fit.inliers >= needed)
        fit.line = fitLine(inliers, cv::DIST_L2);
    return fit;
}

} // namespace shikaku
