#pragma once
// Rounded or square corners of a found document: a physical cue that tells a card from a
// postcard where their side ratios overlap (postcards are 94-101 × 142-149 mm, 1.41-1.59) and
// blur makes a postcard's print measure like a card's. Cards are cut with rounded corners
// (ID-1, radius ≈ 3 mm; domain notes §3.1); postcards and sheets are cut square.

#include <opencv2/core/mat.hpp>

namespace shikaku {

struct RectifiedDocument;

enum class CornerShape { Unknown, Rounded, Square };

struct CornerMeasure {
    CornerShape shape = CornerShape::Unknown;
    /// Median over the measured corners of how far in along the diagonal the edge lies, beyond
    /// where the two sides meet, in short sides of the document (a card's 3 mm radius: ≈ 0.016).
    /// The shape is told only when at least two corners say it and none says the other.
    double inset = 0.0;
    int measuredCorners = 0; ///< corners inside the photo whose edge stands out from the desk
};

/// Measures the corners of `document` (found in `photo`) in the photo itself, at its own
/// resolution: along each corner's diagonal, against the two sides measured near it.
CornerMeasure measureCorners(const cv::Mat& photo, const RectifiedDocument& document);

} // namespace shikaku
