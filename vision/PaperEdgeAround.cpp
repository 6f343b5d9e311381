#include "PaperEdgeAround.h"

#include "BilinearSample.h"
#include "DocumentQuad.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace shikaku {
namespace {

/// How close (share of the outer outline's diagonal) a corner of the inner outline may lie to,
/// or outside, the outer one and still count as inside it: an outline found partly on the
/// document's printed frame and partly on its edge shares corners with the edge's outline.
/// Only paper has printed frames: a phone-shaped outline (a screen, its body) shares no corners.
constexpr double kSharedCornerFraction = 0.01;
constexpr double kLongestPaperAspect = 1.7; // A4 1.41, postcard 1.48, card 1.59; phones ≥ 1.9

/// Area of the paper's outline / area of the frame printed on it: at least a tenth more (else
/// the two are one outline found twice), at most three times (a printed frame spans most of its
/// page; an outline far larger around the document is a mat or tray).
constexpr double kMinEnclosingAreaRatio = 1.1;
constexpr double kMaxEnclosingAreaRatio = 3.0;

bool isPaperShaped(const Quad& q) { return quadAspectRatio(q) < kLongestPaperAspect; }

/// Mean colour at `inset` (share of the way from each side's midpoint to the centre) all round,
/// or half way to the same side of `towards` along the sides that lie wholly at least `minGap`
/// pixels away from it: an outline found partly on a printed frame and partly on the paper's
/// edge shares a side, or a corner, with the edge's outline, and a side that meets it has no
/// band all along. Nothing when no side qualifies.
std::optional<cv::Vec3f> ringColour(const cv::Mat& image, const Quad& q, double inset, const Quad* towards = nullptr,
                                    double minGap = 0.0)
{
    static constexpr int kSamplesPerSide = 16;
    const cv::Point2f centre = (q[0] + q[1] + q[2] + q[3]) * 0.25f;
    const int channels = image.channels();
    float pixel[4];
    cv::Vec3f sum(0, 0, 0);
    int n = 0;
    for (std::size_t side = 0; side < 4; ++side) {
        const std::size_t next = (side + 1) % 4;
        if (towards && (cv::norm((*towards)[side] - q[side]) < minGap || cv::norm((*towards)[next] - q[next]) < minGap))
            continue;
        for (int k = 0; k < kSamplesPerSide; ++k) {
            const float t = 0.2f + 0.6f * (float(k) + 0.5f) / kSamplesPerSide;
            cv::Point2f p = q[side] + (q[next] - q[side]) * t;
            // Either towards the centre, or half way to the same point of another quad.
            const cv::Point2f target = towards ? (*towards)[side] + ((*towards)[next] - (*towards)[side]) * t : centre;
            p += (target - p) * float(inset);
            sampleChannels(image, p.x, p.y, pixel);
            for (int c = 0; c < 3; ++c)
                sum[c] += pixel[std::min(c, channels - 1)];
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / float(n);
}

} // namespace

bool enclosesWithMargin(const Quad& outer, const Quad& inner)
{
    const double ratio = quadArea(outer) / std::max(1.0, quadArea(inner));
    if (ratio < kMinEnclosingAreaRatio || ratio > kMaxEnclosingAreaRatio)
        return false;
    const std::vector<cv::Point2f> polygon(outer.begin(), outer.end());
    const double tolerance = isPaperShaped(outer) ? kSharedCornerFraction * quadDiagonal(outer) : 0.0;
    return std::all_of(inner.begin(), inner.end(),
                       [&](cv::Point2f p) { return cv::pointPolygonTest(polygon, p, true) > -tolerance; });
}

bool isPaperBandAround(const cv::Mat& image, const Quad& inner, const Quad& outer)
{
    static constexpr float kSameColour = 24.f; // per channel, grey levels
    static constexpr double kMinBandPx = 4.0;        // working pixels
    static constexpr double kMinBandFraction = 0.02; // of the outer outline's diagonal
    Quad orderedOuter = outer;
    // Pair each inner side with the nearest outer side (the two quads may start at different corners).
    double bestDistance = 1e18;
    for (int shift = 0; shift < 4; ++shift) {
        Quad rotatedOuter;
        for (std::size_t i = 0; i < 4; ++i)
            rotatedOuter[i] = outer[(i + std::size_t(shift)) % 4];
        double d = 0.0;
        for (std::size_t i = 0; i < 4; ++i)
            d += cv::norm(rotatedOuter[i] - inner[i]);
        if (d < bestDistance) {
            bestDistance = d;
            orderedOuter = rotatedOuter;
        }
    }
    // A side whose end lies closer than this to the outer outline's corner shares that corner
    // (half way across, the band would still be the blurred edge).
    const double minGap = isPaperShaped(outer) ? std::max(kMinBandPx, kMinBandFraction * quadDiagonal(outer)) : 0.0;
    const auto band = ringColour(image, inner, 0.5, &orderedOuter, minGap);
    const auto inside = ringColour(image, inner, 0.04);
    if (!band || !inside)
        return false;
    for (int c = 0; c < 3; ++c)
        if (std::abs((*band)[c] - (*inside)[c]) > kSameColour)
            return false;
    return true;
}

} // namespace shikaku
