#pragma once
// Every closed outline in the working image that could be the document, as four corners: from
// edge maps at several contrast levels and from a light/dark segmentation (idea of OpenCV's
// squares.cpp). Nothing is judged here beyond size.

#include "DocumentFinder.h"
#include "OutlineGeometry.h"
#include "WorkingImage.h"

#include <vector>

namespace shikaku {

/// Convex four-corner outlines (working pixels) whose area is within the options' limits.
std::vector<Quad> candidateQuads(const WorkingImage& w, const DocumentFinderOptions& o);

} // namespace shikaku
