#pragma once
// Which of the candidate outlines is the document: those shaped like one and lying on edges are
// ranked by how straight their sides are, the best few refined, and an outline around the leader
// wins when it is the paper's edge around a frame printed on it.

#include "DocumentFinder.h"
#include "OutlineGeometry.h"
#include "WorkingImage.h"

#include <string>
#include <vector>

namespace shikaku {

/// The document's outline in the working image, or why there is none.
struct ChosenOutline {
    Quad corners{};       ///< working pixels
    double support = 0.0; ///< share of the sampled positions on the fitted sides (the score)
    std::string problem;  ///< why no outline qualified; empty when one was chosen
};

/// Chooses among `allQuads` (candidateQuads of `w`).
ChosenOutline chooseOutline(const WorkingImage& w, const std::vector<Quad>& allQuads, const DocumentFinderOptions& o);

} // namespace shikaku
