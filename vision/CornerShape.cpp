#include "CornerShape.h"

#include "BilinearSample.h"
#include "Rectifier.h"

#include <opencv2/core.hpp> // Matx::inv

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace shikaku {
namespace {

// All lengths in short sides of the document (S). A card's 3 mm radius puts its edge 0.293 r
// ≈ 0.88 mm = 0.016 S in from where its sides meet, along each side's direction; a square
// corner only by its blur (0.55 σ: ≤ 0.005 S on a 2 MP postcard).
constexpr double kStep = 0.002;
constexpr double kFrom = -0.04, kTo = 0.05;                 // each profile, outside to inside
constexpr double kOutsideFrom = -0.04, kOutsideTo = -0.02;  // desk beside the edge
// Paper just inside a side: nearer the edge than the frames cards print 2 mm in (0.037 S),
// which on a desk of the paper's colour would pass for the edge.
constexpr double kInsideFrom = 0.012, kInsideTo = 0.025;
constexpr double kMaxSideOffset = 0.008; // a side's edge off the outline by more: not the edge
constexpr double kLateral = 0.003;       // parallel profiles averaged
constexpr std::array<double, 3> kSideRefs = {0.15, 0.2, 0.25}; // where a side is measured
constexpr double kMinContrast = 15.0;                          // grey levels, desk against paper
constexpr double kRoundedInset = 0.010, kSquareInset = 0.006;  // between: not told
constexpr int kMinCorners = 2;

// The photo as seen from the flattened page: grey levels at page coordinates.
struct Frame {
    cv::Matx33d imageToPhoto;
    const cv::Mat& photo;

    // None outside the photo: a corner cut off by the frame's edge is not measured.
    std::optional<double> grey(cv::Point2d p) const
    {
        const cv::Vec3d v = imageToPhoto * cv::Vec3d(p.x, p.y, 1.0);
        if (std::abs(v[2]) < 1e-12)
            return std::nullopt;
        const double x = v[0] / v[2], y = v[1] / v[2];
        if (!(x >= 0 && y >= 0 && x <= photo.cols - 1 && y <= photo.rows - 1))
            return std::nullopt;
        float c[4] = {0, 0, 0, 0};
        sampleChannels(photo, x, y, c);
        const int n = std::min(photo.channels(), 3);
        double sum = 0;
        for (int i = 0; i < n; ++i)
            sum += c[i];
        return sum / n;
    }
};

double median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// The grey going in along `dir` from `origin`, u in S, averaged over parallel lines.
struct Profile {
    std::vector<double> u, grey;

    double level(double from, double to) const
    {
        std::vector<double> v;
        for (std::size_t i = 0; i < u.size(); ++i)
            if (u[i] >= from - 1e-9 && u[i] <= to + 1e-9)
                v.push_back(grey[i]);
        return v.empty() ? 0.0 : median(v);
    }

    // Where the grey first crosses halfway from `out` to `in`; none when they are alike or the
    // profile starts past halfway.
    std::optional<double> crossing(double out, double in) const
    {
        if (grey.empty() || std::abs(in - out) < kMinContrast)
            return std::nullopt;
        const double half = (in + out) / 2, sign = in > out ? 1.0 : -1.0;
        for (std::size_t i = 0; i < grey.size(); ++i) {
            if ((grey[i] - half) * sign < 0)
                continue;
            if (i == 0)
                return std::nullopt;
            const double a = (grey[i - 1] - half) * sign, b = (grey[i] - half) * sign;
            return u[i - 1] + kStep * (-a / (b - a));
        }
        return std::nullopt;
    }
};

// Empty when part of it lies outside the photo.
Profile profileAlong(const Frame& f, cv::Point2d origin, cv::Point2d dir, cv::Point2d lateral, double S)
{
    Profile p;
    for (double u = kFrom; u <= kTo + 1e-9; u += kStep) {
        double sum = 0;
        for (int k = -2; k <= 2; ++k) {
            const auto g = f.grey(origin + dir * (u * S) + lateral * (k * kLateral * S));
            if (!g)
                return {};
            sum += *g;
        }
        p.u.push_back(u);
        p.grey.push_back(sum / 5);
    }
    return p;
}

struct SideEdge {
    double offset = 0; // of the edge from the outline, inwards
    double paper = 0;  // grey just inside
};

std::optional<SideEdge> sideEdge(const Frame& f, cv::Point2d at, cv::Point2d inwards, cv::Point2d along, double S)
{
    const Profile p = profileAlong(f, at, inwards, along, S);
    const double paper = p.level(kInsideFrom, kInsideTo);
    const auto e = p.crossing(p.level(kOutsideFrom, kOutsideTo), paper);
    if (!e || std::abs(*e) > kMaxSideOffset)
        return std::nullopt;
    return SideEdge{*e, paper};
}

} // namespace

CornerMeasure measureCorners(const cv::Mat& photo, const RectifiedDocument& document)
{
    CornerMeasure m;
    if (!document.isValid() || photo.empty())
        return m;
    const double W = document.image.cols, H = document.image.rows, S = std::min(W, H);
    const Frame f{document.photoToImage.inv(), photo};
    // Each corner of the page and the directions of its two sides, inwards.
    const std::array<cv::Point2d, 4> corners = {cv::Point2d(0, 0), {W, 0}, {W, H}, {0, H}};
    const std::array<cv::Point2d, 4> alongX = {cv::Point2d(1, 0), {-1, 0}, {-1, 0}, {1, 0}};
    const std::array<cv::Point2d, 4> alongY = {cv::Point2d(0, 1), {0, 1}, {0, -1}, {0, -1}};
    std::vector<double> insets;
    for (std::size_t k = 0; k < 4; ++k) {
        const cv::Point2d c = corners[k], a = alongX[k], b = alongY[k];
        // The sides as they lie near the corner (the outline is fitted over their whole length).
        std::vector<double> offsetsA, offsetsB, paper;
        for (double t : kSideRefs) {
            if (const auto e = sideEdge(f, c + a * (t * S), b, a, S)) { // across the side along a
                offsetsA.push_back(e->offset);
                paper.push_back(e->paper);
            }
            if (const auto e = sideEdge(f, c + b * (t * S), a, b, S)) { // across the side along b
                offsetsB.push_back(e->offset);
                paper.push_back(e->paper);
            }
        }
        if (offsetsA.empty() || offsetsB.empty())
            continue;
        // Along the diagonal, u counts along each side's direction (the diagonal step is a + b).
        const Profile diagonal = profileAlong(f, c, a + b, (a - b) * 0.5, S);
        const auto d = diagonal.crossing(diagonal.level(kOutsideFrom, kOutsideTo), median(paper));
        if (!d)
            continue;
        insets.push_back(*d - (median(offsetsA) + median(offsetsB)) / 2);
    }
    m.measuredCorners = static_cast<int>(insets.size());
    if (insets.empty())
        return m;
    m.inset = median(insets);
    // Each corner votes; one the other way (a finger or a glare over it, a corner of the
    // outline off) leaves the shape untold rather than outvoted.
    const auto rounded = std::count_if(insets.begin(), insets.end(), [](double i) { return i >= kRoundedInset; });
    const auto square = std::count_if(insets.begin(), insets.end(), [](double i) { return i <= kSquareInset; });
    if (rounded >= kMinCorners && square == 0)
        m.shape = CornerShape::Rounded;
    else if (square >= kMinCorners && rounded == 0)
        m.shape = CornerShape::Square;
    return m;
}

} // namespace shikaku
