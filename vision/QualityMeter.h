#pragma once
// Image quality of a found document and the one message a live preview shows
// ("no document", "move it inside the frame", "hold still", ... "ok to capture").

#include "DocumentQuad.h"
#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace shikaku {

struct QualityOptions {
    /// The document is warped flat to at most this long side before measuring: a preview frame
    /// is measured at its own resolution, an 8 MP still at ~1/3 (≈ 2 ms either way).
    int analysisLongSidePx = 800;

    /// Sharpness = r / (r + sharpnessHalfPoint), r = std-dev of the Laplacian / std-dev of the
    /// grey levels over the lightly smoothed document: a contrast-independent share of fine
    /// detail. Measured on generated photos (720p and 8 MP, card/postcard/A4): in focus ≈ 0.7,
    /// 1 px defocus ≈ 0.6, 2 px ≈ 0.45, 3 px or more ≤ 0.35.
    double sharpnessHalfPoint = 0.12;

    /// A pixel is specular glare when all three channels are at least this (sensor clipping).
    int glareLevel = 250;

    /// Share of each side left out when measuring (rounded corners, the outline, shadow).
    double insetFraction = 0.06;

    /// Focal length of the camera in frame widths, for the tilt (see viewTiltDegrees).
    double focalFrameWidths = 1.0;
};

/// Fills every QualityMeasures field for `quad` in `frame` (BGR or grey). Without a document
/// only `documentFound` (false) is set.
QualityMeasures measureQuality(const cv::Mat& frame, const DocumentQuad& quad, const QualityOptions& options = {});

/// The single message for the person at the kiosk, most urgent first.
enum class CaptureGuidance : std::uint8_t {
    NoDocument,      ///< nothing document-like under the camera
    MoveInsideFrame, ///< the document touches the edge of the picture
    HoldStill,       ///< it is still moving
    TooDark,
    Glare,           ///< a reflection covers part of it
    TooBlurry,
    OkToCapture,
};

/// "no_document", "move_inside_frame", "hold_still", "too_dark", "glare", "too_blurry", "ok_to_capture".
std::string_view toString(CaptureGuidance guidance);

struct GuidanceOptions {
    /// A corner closer than this share of the frame's short side to the border counts as
    /// touching the edge (part of the document may be cut off).
    double edgeMarginFraction = 0.01;
    double minExposure = 0.25;  ///< mean luminance 0..1 below which the picture is too dark
    double maxGlare = 0.005;    ///< share of clipped pixels over the document (0.5 %: a spot over a field)
    double minSharpness = 0.5;  ///< between 1 px and 2 px defocus (see QualityOptions::sharpnessHalfPoint)
};

/// True when a corner of the quad is within the margin of the frame border.
bool touchesFrameEdge(const DocumentQuad& quad, cv::Size frame, double marginFraction);

/// The message for one frame. `still` comes from a StillnessTracker.
CaptureGuidance decideGuidance(const QualityMeasures& measures, bool touchesEdge, bool still,
                               const GuidanceOptions& options = {});

struct StillnessOptions {
    /// Largest corner movement between consecutive frames, as a share of the document's
    /// diagonal, that still counts as "not moving" (1 %: hand tremor on a 720p preview).
    double maxCornerMoveFraction = 0.01;
    /// Consecutive still frames needed (3 frames ≈ 0.1 s at 30 fps, 0.2 s at 15 fps).
    int requiredFrames = 3;
};

/// Compares the document's quad across consecutive preview frames.
class StillnessTracker {
public:
    explicit StillnessTracker(const StillnessOptions& options = {}) : m_options(options) {}

    /// Feeds the next frame's quad; returns isStill() afterwards. A frame without a document
    /// starts the count again.
    bool update(const DocumentQuad& quad);
    bool isStill() const { return m_stillFrames >= m_options.requiredFrames; }
    int stillFrames() const { return m_stillFrames; }
    void reset();

private:
    StillnessOptions m_options;
    std::optional<DocumentQuad> m_previous;
    int m_stillFrames = 0;
};

/// Everything a live preview needs from one frame.
struct CaptureAssessment {
    QualityMeasures measures;
    bool touchesEdge = false;
    bool still = false;
    CaptureGuidance guidance = CaptureGuidance::NoDocument;
};

/// Measures the frame, updates the tracker and decides the message.
CaptureAssessment assessFrame(const cv::Mat& frame, const DocumentQuad& quad, StillnessTracker& tracker,
                              const QualityOptions& quality = {}, const GuidanceOptions& guidance = {});

/// Mean luminance 0..1 of the whole frame, sampled on a coarse grid (cheap on every preview
/// frame). Says "too dark" when the darkness hides the document itself, so that there is no quad.
double frameExposure(const cv::Mat& frame);

} // namespace shikaku
