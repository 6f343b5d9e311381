#pragma once
// What the live preview learns from one frame: where the document is and how good the view
// is. Produced by analysePreview (below) on the preview worker.

#include "ScanResult.h"

#include <opencv2/core/types.hpp>

#include <array>
#include <optional>

namespace shikaku::kiosk {

struct PreviewAnalysis {
    std::optional<std::array<cv::Point2f, 4>> quad; ///< document corners TL,TR,BR,BL in frame pixels
    QualityMeasures quality;
    cv::Size frameSize;
    bool touchesEdge = false; ///< part of the document may lie outside the frame
};

/// Finds the document in a preview frame and measures its quality.
PreviewAnalysis analysePreview(const cv::Mat& bgr);

} // namespace shikaku::kiosk
