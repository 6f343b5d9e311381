#include "OutlineChoice.h"

#include "DocumentShape.h"
#include "EdgeSupport.h"
#include "PaperEdgeAround.h"
#include "SideRefinement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace shikaku {
namespace {

/// An outline still in the running.
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

} // namespace

ChosenOutline chooseOutline(const WorkingImage& w, const std::vector<Quad>& allQuads, const DocumentFinderOptions& o)
{
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
        return {.problem = firstProblem.empty() ? "no four-sided outline in the frame" : "no document outline: " + firstProblem};

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
    // The document's edge around its printed frame. Printed boxes nest (a table's first cell, the
    // table, the paper), and a printed rule is straighter than a pale paper's edge on a pale desk,
    // so walk outwards for as long as paper lies between an outline and the one around it (each
    // step is at least a tenth larger, so the walk ends).
    for (bool widened = true; widened;) {
        widened = false;
        for (const Candidate& c : candidates)
            if (&c != leader && c.support >= o.minEdgeSupport && enclosesWithMargin(c.corners, leader->corners) &&
                isPaperBandAround(w.smooth, leader->corners, c.corners)) {
                leader = &c;
                widened = true;
                break;
            }
    }
    const Candidate& best = *leader;
    if (best.support < o.minEdgeSupport) {
        char text[128];
        std::snprintf(text, sizeof text, "outline not straight or too faint: %.0f%% of it on an edge (needs %.0f%%)",
                      100.0 * best.support, 100.0 * o.minEdgeSupport);
        return {.problem = text};
    }
    return {.corners = best.corners, .support = best.support};
}

} // namespace shikaku
