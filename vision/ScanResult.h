#pragma once
// The scan engine's one output value. The CLI prints it as the JSON contract, the kiosk
// shows it to staff, the record store keeps the confirmed subset.

#include "DocumentKind.h"
#include "FieldReading.h"
#include "ScanError.h"

#include <opencv2/core/mat.hpp>

#include <array>
#include <string>
#include <vector>

namespace shikaku {

/// Image-quality measures a live preview can use for guidance (all in 0..1 unless noted).
struct QualityMeasures {
    double sharpness = 0.0;   ///< normalised variance of the Laplacian over the document
    double glare = 0.0;       ///< share of saturated pixels over the text area
    double largestGlareSpot = 0.0; ///< the largest connected saturated spot, share of the whole document
    /// The paper (or screen) is so near the clipping level that no reflection can stand out from
    /// it: glare reads 0 whatever lies on the page (ReflectionMask).
    bool reflectionsUnseen = false;
    double coverage = 0.0;    ///< document area / frame area
    double tiltDegrees = 0.0; ///< deviation of the document from a rectangle seen face-on
    double exposure = 0.0;    ///< mean luminance of the document
    bool documentFound = false;
    bool measured = false;    ///< the measures above were taken (photos; a PDF carries none)
};

struct ScanResult {
    std::string input;                   ///< path as given, or a label for camera stills
    DocumentKind kind = DocumentKind::Unknown;
    std::array<FieldReading, 5> fields;  ///< indexed by FieldId
    int orientationDegrees = 0;          ///< 0/90/180/270 applied to make the image upright
    QualityMeasures quality;
    cv::Mat rectified;                   ///< upright document image the boxes refer to (may be empty)
    bool unexplainedDate = false;        ///< photos: a date that nothing on the page explains (UnreadDateLabel)
    std::vector<std::string> notes;      ///< document-level flags for staff (e.g. "old card, expired")
    double elapsedMs = 0.0;
    ScanError error;                     ///< set when the input could not be processed at all

    FieldReading& field(FieldId id) { return fields[static_cast<std::size_t>(id)]; }
    const FieldReading& field(FieldId id) const { return fields[static_cast<std::size_t>(id)]; }
};

} // namespace shikaku
