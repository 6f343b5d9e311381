#pragma once
// Prepares a flattened photo of a document for OCR when the photo is dark or noisy (2 MP
// camera, low light, high sensor gain): suppresses the noise and evens out the lighting so
// that the text finder and Tesseract see dark print on a white page. A clean, well lit page
// is returned unchanged: the reader's settings were tuned on such pages.

#include <opencv2/core/mat.hpp>

namespace shikaku {

struct PageCondition {
    double noiseSigma = 0.0; ///< sensor noise, grey levels (robust estimate, print edges ignored)
    double paperLevel = 0.0; ///< grey level of the bright paper (90th percentile)
};

struct PageCleanupOptions {
    /// Noise above this (grey levels) is smoothed: a well lit 8 MP photo measures ≈ 1–2,
    /// a dim 2 MP one 4–8 (shikaku-synth hard tier).
    double noisySigma = 3.0;
    /// Paper darker than this is a dim photo: its lighting is evened out and stretched.
    double dimPaperLevel = 150.0;
};

/// Noise and brightness of a grey page.
PageCondition measurePage(const cv::Mat& gray);

/// The grey page cleaned for reading (same size, CV_8UC1); unchanged when neither noisy nor dim.
cv::Mat cleanPageForReading(const cv::Mat& gray, const PageCleanupOptions& options = {});

} // namespace shikaku
