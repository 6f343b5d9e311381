#pragma once
// The page as the text finder and the label and title reader see it. A blurred, grainy photo
// (2 MP, dim light, high gain) is smoothed along the paper and its strokes sharpened, so that
// small labels and titles come apart from the grain. Values are read from the page without
// this step: a filter may turn a digit into another one that both models then agree on.

#include <opencv2/core/mat.hpp>

namespace shikaku {

struct SearchPrintOptions {
    /// Grain above this (grey levels, measured at half resolution where the photo's correlated
    /// noise shows) marks a blurred, grainy page: 8 MP pages measure 1–1.7, 2 MP ones 2.2–2.7.
    double grainySigma = 2.0;
    /// Width of the unsharp mask, pixels (the blur of a 2 MP document camera: 1–2 px).
    double unsharpSigma = 1.5;
};

/// True when `gray` is grainy and blurred enough for printForSearch to filter it.
bool hasBlurredPrint(const cv::Mat& gray, const SearchPrintOptions& options = {});

/// `gray` prepared for finding and reading labels and titles; unchanged (not copied) on a
/// page that is not grainy.
cv::Mat printForSearch(const cv::Mat& gray, const SearchPrintOptions& options = {});

} // namespace shikaku
