#pragma once
// The rectify step of the photo reader: photo → found outline → flat document of a known
// format (geometry's Rectifier) → text running across → grey page for reading. Keeps the
// homography, so that the values can be re-sampled from the photo at its own resolution
// (`fieldDetail`) instead of being read from the canonical page.

#include "CornerShape.h"
#include "FieldLocator.h"
#include "Rectifier.h"
#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace shikaku {

class Models;

struct PhotoPage {
    RectifiedDocument document; ///< BGR page and its mapping to the photo (the whole frame when no outline)
    cv::Mat gray;               ///< the page in grey, cleaned for reading
    bool outlineFound = false;
    CornerMeasure corners;      ///< rounded (a card) or square, measured in the photo
};

/// Finds (unless `outline` is given) and flattens the document in `photo`. `format` (from a
/// --kind hint) overrides the format guessed from the outline's side ratio. Fills `quality`
/// (measureQuality over the outline, or over the whole frame when none was found).
PhotoPage preparePhotoPage(const cv::Mat& photo, const std::optional<DocumentQuad>& outline,
                           std::optional<PaperFormat> format, const Models& models, QualityMeasures& quality);

/// The same page turned by 180° (image, grey and homography together).
PhotoPage turned180(const PhotoPage& page);

/// The same page turned clockwise by 90, 180 or 270° (image, grey and homography together).
PhotoPage turnedClockwise(const PhotoPage& page, int degrees);

/// Where the values are read: a grey image `scale` times the page's size on which only the
/// value regions are filled, re-warped from the photo (white elsewhere), and the locations
/// in its coordinates. scale == 1 means the page itself (the photo has no more detail).
struct FieldDetail {
    cv::Mat gray;
    FieldLocations locations;
    double scale = 1.0;
};

/// Largest re-sampling factor: beyond ~2.5 a value's glyphs exceed what OCR needs.
inline constexpr double kMaxFieldDetailScale = 2.5;

FieldDetail fieldDetail(const cv::Mat& photo, const PhotoPage& page, const FieldLocations& locations);

/// Maps the boxes of readings made on `detail` back onto the page.
void boxesToPage(std::array<FieldReading, 5>& fields, const FieldDetail& detail);

} // namespace shikaku
