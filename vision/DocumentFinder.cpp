#include "DocumentFinder.h"

#include "BilinearSample.h"
#include "CandidateOutlines.h"
#include "DocumentShape.h"
#include "EdgeSupport.h"
#include "OutlineGeometry.h"
#include "SideRefinement.h"
#include "WorkingImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace shikaku {
namespace {

struct Candidate {
    Quad corners{};
    double support = 0.0;
    double areaFraction = 0.0;
    double rank = 0.0;
};

/// A phone lies on the desk in its dark, colourless body; the document is the lit screen
/// inside it. The outline found may be the body, the screen, or the screen without its
/// coloured header bar, side by side in any mix. Each side is settled on its own: a dark band
/// just inside it (the bezel: the side is the body's) moves it in to where the screen begins;
/// otherwise it moves out to where the bezel begins (nowhere, if it already is the screen's
/// edge; past the header bar, if it stopped there). Returns the screen's outline only when
/// all four sides agree with a phone and one of them moved; paper is bright up to its edge.
std::optional<Quad> phoneScreen(const cv::Mat& image, const Quad& q, const DocumentFinderOptions& o)
{
    static constexpr int kSamplesPerSide = 24;
    static constexpr double kSideSpan = 0.6;        // middle share of each side (rounded corners)
    static constexpr double kMaxBezel = 0.2;        // of the short side (the top one holds the notch)
    static constexpr double kMaxHeader = 0.4;       // header and status bar, of the short side
    static constexpr double kQualifyingShare = 0.6; // of the samples, on every side
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
        if (length < 8.0)
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
                if (best > 0 && level[std::size_t(std::min(inReach + 1, best + 2))] >= 2.f * dark + 10.f)
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
    Quad screen;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto corner = intersect(lines[(i + 3) % 4], lines[i]);
        if (!corner)
            return std::nullopt;
        screen[i] = *corner;
    }
    const double areaRatio = quadArea(screen) / std::max(1.0, quadArea(q));
    if (!isConvexQuad(screen) || areaRatio < 0.5 || areaRatio > 1.8)
        return std::nullopt;
    return screen;
}

/// How close (share of the outer outline's diagonal) a corner of the inner outline may lie to,
/// or outside, the outer one and still count as inside it: an outline found partly on the
/// document's printed frame and partly on its edge shares corners with the edge's outline.
/// Only paper has printed frames: a phone-shaped outline (a screen, its body) shares no corners.
constexpr double kSharedCornerFraction = 0.01;
constexpr double kLongestPaperAspect = 1.7; // A4 1.41, postcard 1.48, card 1.59; phones ≥ 1.9

bool isPaperShaped(const Quad& q) { return quadAspectRatio(q) < kLongestPaperAspect; }

/// True when every corner of `inner` lies inside `outer` (or on it) and the outer one is
/// 1.1–3 times larger.
bool enclosesWithMargin(const Quad& outer, const Quad& inner)
{
    const double ratio = quadArea(outer) / std::max(1.0, quadArea(inner));
    if (ratio < 1.1 || ratio > 3.0)
        return false;
    const std::vector<cv::Point2f> polygon(outer.begin(), outer.end());
    const double tolerance = isPaperShaped(outer) ? kSharedCornerFraction * quadDiagonal(outer) : 0.0;
    return std::all_of(inner.begin(), inner.end(),
                       [&](cv::Point2f p) { return cv::pointPolygonTest(polygon, p, true) > -tolerance; });
}

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

/// A document's printed frame (a table, a cut-out line) can be straighter than its own edge,
/// which may be hand-cut or half hidden. An outline around the chosen one wins when the band
/// between the two is the same paper as just inside the chosen one: a frame printed on the
/// document, not a document lying on a mat or tray (whose band is the mat).
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

/// Two candidates are the same outline when every corner is within this share of the diagonal.
bool sameOutline(const Quad& a, const Quad& b)
{
    static constexpr double kSameFraction = 0.02;
    return cornerError(a, b) <= kSameFraction * quadDiagonal(a);
}

DocumentQuad notFound(std::string reason)
{
    DocumentQuad q;
    q.reason = std::move(reason);
    return q;
}

} // namespace

double edgeSupport(const cv::Mat& image, const Quad& corners, double minGradient)
{
    if (image.empty())
        return 0.0;
    const WorkingImage w = makeWorkingImage(toBgrOrGrey(image), std::max(image.cols, image.rows));
    return supportOnMagnitude(w.magnitude, corners, minGradient);
}

bool isPaperEdgeAround(const cv::Mat& image, const Quad& inner, const Quad& outer)
{
    return !image.empty() && enclosesWithMargin(outer, inner) && isPaperBandAround(toBgrOrGrey(image), inner, outer);
}

Quad refineQuadSides(const cv::Mat& image, const Quad& corners, const DocumentFinderOptions& o, double searchPx,
                     double inlierPx)
{
    if (image.empty())
        return corners;
    return refineSides(toBgrOrGrey(image), corners, o, o.refineSamplesPerSide, searchPx, inlierPx, 1.0).corners;
}

namespace {

// The last fit of the sides, in the photo itself: corners to a pixel or two instead of to a
// working pixel. The search and inlier widths are those of the working image, in photo pixels.
Quad refineInFullResolution(const cv::Mat& image, const Quad& corners, double photoPxPerWorkingPx, const DocumentFinderOptions& o)
{
    return refineSides(image, corners, o, o.refineSamplesPerSide, 2.0 * o.refineInlierPx * photoPxPerWorkingPx,
                       o.refineInlierPx * photoPxPerWorkingPx * 0.5, 0.5 * photoPxPerWorkingPx)
        .corners;
}

} // namespace

DocumentQuad findDocument(const cv::Mat& input, const DocumentFinderOptions& o)
{
    if (input.empty())
        return notFound("empty image");
    if (input.channels() != 1 && input.channels() != 3 && input.channels() != 4)
        return notFound("unsupported pixel format");
    const cv::Mat image = toBgrOrGrey(input);
    const WorkingImage w = makeWorkingImage(image, o.workingLongSidePx);
    const std::vector<Quad> allQuads = candidateQuads(w, o);
    const double frameArea = double(w.smooth.total());

    // 1. Candidates that have the shape of a document and lie mostly on edges.
    std::vector<Candidate> candidates;
    std::string firstProblem;
    for (const Quad& q : allQuads) {
        if (auto problem = shapeProblem(q, frameArea, o); !problem.empty()) {
            if (firstProblem.empty())
                firstProblem = problem;
            continue;
        }
        if (std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) { return sameOutline(c.corners, q); }))
            continue;
        Candidate c;
        c.corners = q;
        c.areaFraction = quadArea(q) / frameArea;
        c.support = supportOnMagnitude(w.magnitude, q, o.supportGradient);
        if (c.support >= o.minEdgeSupport)
            candidates.push_back(c);
        else if (firstProblem.empty())
            firstProblem = "outline too faint";
    }
    if (candidates.empty())
        return notFound(firstProblem.empty() ? "no four-sided outline in the frame" : "no document outline: " + firstProblem);

    // 2. Rank by straightness: on a real side the strongest step lies on one line all along;
    // on a textured desk it wanders. Among equally good outlines prefer the larger, because
    // the document's own printed boxes are nested inside it.
    for (Candidate& c : candidates) {
        c.support = refineSides(w.smooth, c.corners, o, o.rankSamplesPerSide, o.refineSearchPx, 2.0 * o.refineInlierPx, 1.0)
                        .consistency;
        c.rank = c.support + o.largerOutlineBonus * std::sqrt(c.areaFraction);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.rank > b.rank; });
    {
        // Refine distinct outlines only: near-copies from different edge maps add nothing.
        static constexpr double kDistinctFraction = 0.05; // of the diagonal
        std::vector<Candidate> distinct;
        for (const Candidate& c : candidates) {
            if (distinct.size() >= std::size_t(std::max(1, o.candidatesToRefine)))
                break;
            if (std::none_of(distinct.begin(), distinct.end(), [&](const Candidate& d) {
                    return cornerError(d.corners, c.corners) <= kDistinctFraction * quadDiagonal(d.corners);
                }))
                distinct.push_back(c);
        }
        // Keep the best outline around the leader that could be the document's own edge.
        for (const Candidate& c : candidates)
            if (c.support >= o.minEdgeSupport && enclosesWithMargin(c.corners, distinct.front().corners) &&
                isPaperBandAround(w.smooth, distinct.front().corners, c.corners)) {
                if (std::none_of(distinct.begin(), distinct.end(), [&](const Candidate& d) { return sameOutline(d.corners, c.corners); }))
                    distinct.push_back(c);
                break;
            }
        candidates = std::move(distinct);
    }

    // 3. Refine: the first pass moves a side from the dilated contour onto the edge, the second
    // fits it within the final inlier band and measures how straight the outline is.
    for (Candidate& c : candidates) {
        RefinedSides r = refineSides(w.smooth, c.corners, o, o.refineSamplesPerSide, o.refineSearchPx,
                                     2.0 * o.refineInlierPx, 1.0);
        r = refineSides(w.smooth, r.corners, o, o.refineSamplesPerSide, 2.0 * o.refineInlierPx, o.refineInlierPx, 1.0);
        if (shapeProblem(r.corners, frameArea, o).empty())
            c.corners = r.corners;
        c.areaFraction = quadArea(c.corners) / frameArea;
        c.support = r.consistency;
        c.rank = c.support + o.largerOutlineBonus * std::sqrt(c.areaFraction);
    }
    const Candidate* leader = &*std::max_element(candidates.begin(), candidates.end(),
                                                 [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
    for (const Candidate& c : candidates)
        if (&c != leader && c.support >= o.minEdgeSupport && enclosesWithMargin(c.corners, leader->corners) &&
            isPaperBandAround(w.smooth, leader->corners, c.corners)) {
            leader = &c; // the document's edge around its printed frame
            break;
        }
    const Candidate& best = *leader;
    if (best.support < o.minEdgeSupport) {
        char text[128];
        std::snprintf(text, sizeof text, "outline not straight or too faint: %.0f%% of it on an edge (needs %.0f%%)",
                      100.0 * best.support, 100.0 * o.minEdgeSupport);
        return notFound(text);
    }

    DocumentQuad result;
    result.found = true;
    result.score = best.support;
    Quad bestCorners = best.corners;
    if (const auto screen = phoneScreen(w.smooth, bestCorners, o); screen && shapeProblem(*screen, frameArea, o).empty())
        bestCorners = *screen;
    Quad corners = scaledQuad(bestCorners, 1.0 / w.scale);
    if (o.refineAtFullResolution && w.scale < 1.0)
        corners = refineInFullResolution(image, corners, 1.0 / w.scale, o);
    result.corners = orderClockwiseFromTopLeft(corners);
    return result;
}

DocumentQuad refineInPhoto(const cv::Mat& photo, DocumentQuad quad, double reduction, const DocumentFinderOptions& o)
{
    if (!quad.found || photo.empty() || reduction <= 0)
        return quad;
    const Quad corners = scaledQuad(quad.corners, reduction);
    const double photoPxPerWorkingPx = double(std::max(photo.cols, photo.rows)) / o.workingLongSidePx;
    quad.corners = orderClockwiseFromTopLeft(
        photoPxPerWorkingPx > 1.0 ? refineInFullResolution(toBgrOrGrey(photo), corners, photoPxPerWorkingPx, o) : corners);
    return quad;
}

} // namespace shikaku
