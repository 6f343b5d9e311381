#pragma once
// Finger handling: a hand on the document joins its outline to the document's, so the document
// is found again from the outline's straight stretches.

#include "OutlineGeometry.h"

#include <vector>

namespace shikaku {

/// Quads from the long straight stretches of an outline whose hull is not a quad: a hand that
/// holds the document down joins its outline to the document's, so one side is only seen as two
/// collinear pieces either side of the finger. Merging collinear pieces and trying every
/// choice of four stretches finds the document again; ranking later rejects wrong choices.
void quadsFromStraightStretches(const std::vector<cv::Point>& contour, double hullPerimeter, std::vector<Quad>& out);

} // namespace shikaku
