#pragma once
// One side of an outline fitted to the image: a vote over the steps across it picks the line,
// preferring the outermost (the paper's edge, not a frame printed on it).

#include "DocumentFinder.h"
#include "OutlineGeometry.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// A side of the outline as seen in the image: the line through its edge points, and how many
/// of the sampled positions had an edge on that line (a desk texture scatters them).
struct SideFit {
    StraightLine line;
    int inliers = 0;
    int samples = 0;
};

/// Fits a side by voting: every pair of steps far enough apart along the side proposes a line,
/// the line with most sample positions on it wins; among nearly as good lines the outermost
/// wins (the edge lies outside the document's printed frame lines).
SideFit fitSide(const cv::Mat& image, cv::Point2f a, cv::Point2f b, cv::Point2f centre, const DocumentFinderOptions& o,
                int samples, double searchPx, double inlierPx, double smoothingPx);

} // namespace shikaku
