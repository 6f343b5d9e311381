#pragma once
// One preview frame in, the one guidance message and "take the picture now" out. The document
// is found and judged by the scan engine's own code (vision: DocumentFinder, QualityMeter's
// assessFrame and StillnessTracker), so the live advice and the still's quality use the same
// measures. After a picture, automatic capture waits until the document changes (PlacementWatch).
// Used on the preview worker thread only.

#include "Guidance.h"
#ifndef Q_MOC_RUN
#include "PlacementWatch.h"
#include "QualityMeter.h"
#endif

#include <opencv2/core/mat.hpp>

namespace shikaku::kiosk {

struct LiveVerdict {
    guidance::Message message = guidance::Message::NoDocument;
    bool captureNow = false;       ///< found, inside, still, sharp, no glare, not photographed yet
    bool placementChanged = false; ///< the document photographed last is gone, moved or turned over
    DocumentQuad quad;             ///< corners in frame pixels (found = false when none)
    cv::Size frameSize;
};

struct LiveGuidanceOptions {
    /// Consecutive still frames before the automatic picture: 6 frames ≈ 0.4 s at 15 fps,
    /// long enough for the hand to have let go.
    int stillFrames = 6;
    /// With no document found, a frame darker than this (mean luminance 0..1) says "too dark"
    /// instead of "place the document". Low on purpose: a dark desk mat is recommended.
    double darkSceneExposure = 0.1;
};

class LiveGuidance {
public:
    explicit LiveGuidance(LiveGuidanceOptions options = {});

    LiveVerdict next(const cv::Mat& bgr);
    /// The preview was paused: stillness starts again (the photographed document is still remembered).
    void restart();
    /// A still was taken of what lies under the camera now (manual capture).
    void noteStillTaken();
    /// A new visit: nothing is remembered as photographed.
    void forgetPlacement();

private:
    guidance::Message messageFor(const CaptureAssessment& assessment, const cv::Mat& bgr) const;

    LiveGuidanceOptions m_options;
    StillnessTracker m_stillness;
    PlacementWatch m_placement;
    cv::Mat m_lastFrame; ///< shares the pixels of the last analysed frame (no copy)
    DocumentQuad m_lastQuad;
};

} // namespace shikaku::kiosk
