#pragma once
// Physical defects of the object on the desk, applied before it is photographed.

#include "Rng.h"

#include <opencv2/core.hpp>

namespace shikaku::synth {

/// Fold lines of a letter mailed folded in three: a light/dark ridge across the sheet.
void addFoldCreases(cv::Mat& page, int folds, Rng& rng);

/// Hand-cut edges (お知らせ card part cut with scissors): a slightly wavy, uneven outline.
void makeRaggedEdges(cv::Mat& mask, double pxPerMm, Rng& rng);

/// Moiré from photographing an emissive screen: faint interference bands.
void addScreenMoire(cv::Mat& screen, Rng& rng);

} // namespace shikaku::synth
