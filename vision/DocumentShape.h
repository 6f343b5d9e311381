#pragma once
// Whether an outline has the shape of a document at all: convex, neither tiny nor the whole
// frame, corners near right angles, a paper or phone side ratio.

#include "DocumentFinder.h"
#include "OutlineGeometry.h"

#include <string>

namespace shikaku {

/// Empty when the shape could be a document, else why not (for the "not found" reason).
std::string shapeProblem(const Quad& q, double frameArea, const DocumentFinderOptions& o);

} // namespace shikaku
