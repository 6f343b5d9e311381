#pragma once
// Corner refinement: all four sides fitted to the image and the corners put where the fitted
// sides meet, so rounded card corners do not pull them inwards.

#include "DocumentFinder.h"
#include "OutlineGeometry.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// An outline with its sides fitted to the image.
struct RefinedSides {
    Quad corners{};
    double consistency = 0.0; ///< share of sampled positions with an edge on the fitted sides
};

/// Fits each side of `corners` (SideFit) and intersects the fitted sides. The corners are kept
/// when a new corner would jump more than 4 × searchPx or the result is not convex; the
/// consistency is measured either way.
RefinedSides refineSides(const cv::Mat& image, const Quad& corners, const DocumentFinderOptions& o, int samples,
                         double searchPx, double inlierPx, double smoothingPx);

} // namespace shikaku
