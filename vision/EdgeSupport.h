#pragma once
// How much of an outline lies on an edge of the working image: a document's sides do, an outline
// joined up from print or desk texture mostly does not.

#include "OutlineGeometry.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// Share (0..1) of the points along the sides of `corners` (ends left out) with a gradient
/// `magnitude` of at least `minGradient` within one pixel.
double supportOnMagnitude(const cv::Mat1w& magnitude, const Quad& corners, double minGradient);

} // namespace shikaku
