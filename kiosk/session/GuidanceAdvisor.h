#pragma once
// Turns the stream of preview analyses into one guidance message and the moment to capture:
// the document must be found, large enough, inside the frame, sharp, without glare, and
// still for a moment (its corners moving less than a few pixels for `stillFrames` frames).

#include "Guidance.h"
#include "PreviewAnalysis.h"

namespace shikaku::kiosk {

struct GuidanceOptions {
    double minCoverage = 0.08;      ///< a card at arm's length under the camera covers ~10 %
    double minSharpness = 0.15;     ///< below: blurred (moving or out of focus)
    double maxGlare = 0.02;         ///< 2 % blown-out pixels hide digits
    double minExposure = 0.18;      ///< darker than this the text drowns in noise
    double stillShare = 0.006;      ///< corner movement per frame, share of frame width, counted as still
    int stillFrames = 8;            ///< ~0.5 s at 15 fps: a hand has let go
};

struct GuidanceDecision {
    guidance::Message message = guidance::Message::NoDocument;
    bool captureNow = false;
};

class GuidanceAdvisor {
public:
    explicit GuidanceAdvisor(GuidanceOptions options = {}) : m_options(options) {}

    GuidanceDecision next(const PreviewAnalysis& analysis);
    /// Forget the history (new visit, after a capture).
    void reset();

private:
    GuidanceOptions m_options;
    std::optional<std::array<cv::Point2f, 4>> m_previous;
    int m_stillCount = 0;
};

} // namespace shikaku::kiosk
