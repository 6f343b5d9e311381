#include "DocumentFinder.h"

#include "BilinearSample.h"
#include "CandidateOutlines.h"
#include "DocumentShape.h"
#include "EdgeSupport.h"
#include "OutlineGeometry.h"
#include "PaperEdgeAround.h"
#include "PhoneScreen.h"
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
