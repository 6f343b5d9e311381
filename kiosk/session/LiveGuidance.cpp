#include "LiveGuidance.h"

#include "DocumentFinder.h"

namespace shikaku::kiosk {

namespace {

StillnessOptions stillnessOptions(const LiveGuidanceOptions& options)
{
    StillnessOptions still;
    still.requiredFrames = options.stillFrames;
    return still;
}

} // namespace

LiveGuidance::LiveGuidance(LiveGuidanceOptions options) : m_options(options), m_stillness(stillnessOptions(options)) {}

void LiveGuidance::restart() { m_stillness.reset(); }

void LiveGuidance::noteStillTaken()
{
    if (m_lastQuad.found)
        m_placement.remember(m_lastFrame, m_lastQuad);
}

void LiveGuidance::forgetPlacement() { m_placement.forget(); }

LiveVerdict LiveGuidance::next(const cv::Mat& bgr)
{
    LiveVerdict verdict;
    verdict.frameSize = bgr.size();
    DocumentFinderOptions finder;
    finder.refineAtFullResolution = false; // guidance needs no sub-pixel corners
    verdict.quad = findDocument(bgr, finder);
    const CaptureAssessment assessment = assessFrame(bgr, verdict.quad, m_stillness);
    verdict.placementChanged = m_placement.changed(bgr, verdict.quad);
    verdict.message = messageFor(assessment, bgr);
    if (assessment.guidance == CaptureGuidance::OkToCapture && !m_placement.holding()) {
        verdict.captureNow = true;
        m_placement.remember(bgr, verdict.quad); // one picture per placement
    }
    m_lastFrame = bgr;
    m_lastQuad = verdict.quad;
    return verdict;
}

guidance::Message LiveGuidance::messageFor(const CaptureAssessment& assessment, const cv::Mat& bgr) const
{
    using guidance::Message;
    switch (assessment.guidance) {
    case CaptureGuidance::NoDocument:
        return frameExposure(bgr) < m_options.darkSceneExposure ? Message::TooDark : Message::NoDocument;
    case CaptureGuidance::MoveInsideFrame: return Message::MoveInside;
    case CaptureGuidance::HoldStill: return Message::HoldStill;
    case CaptureGuidance::TooDark: return Message::TooDark;
    case CaptureGuidance::Glare: return Message::Glare;
    // Blur on a document camera is motion or a hand over it: holding still is what helps.
    case CaptureGuidance::TooBlurry: return Message::HoldStill;
    case CaptureGuidance::OkToCapture:
        // Already photographed and unchanged: the session shows what the scan said about it.
        return m_placement.holding() ? Message::NoDocument : Message::Capturing;
    }
    return Message::NoDocument;
}

} // namespace shikaku::kiosk
