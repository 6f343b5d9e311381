#include "GuidanceAdvisor.h"

#include <cmath>

namespace shikaku::kiosk {

void GuidanceAdvisor::reset()
{
    m_previous.reset();
    m_stillCount = 0;
}

GuidanceDecision GuidanceAdvisor::next(const PreviewAnalysis& analysis)
{
    using guidance::Message;
    GuidanceDecision decision;
    if (!analysis.quad) {
        reset();
        decision.message = analysis.quality.exposure < m_options.minExposure ? Message::TooDark : Message::NoDocument;
        return decision;
    }
    double movement = 0.0;
    if (m_previous)
        for (std::size_t i = 0; i < 4; ++i)
            movement = std::max(movement, double(cv::norm((*analysis.quad)[i] - (*m_previous)[i])));
    const bool still = m_previous && movement <= m_options.stillShare * analysis.frameSize.width;
    m_previous = analysis.quad;
    m_stillCount = still ? m_stillCount + 1 : 0;

    const auto& q = analysis.quality;
    // One message, most fundamental problem first.
    if (analysis.touchesEdge)
        decision.message = Message::MoveInside;
    else if (q.coverage < m_options.minCoverage)
        decision.message = Message::MoveCloser;
    else if (q.exposure < m_options.minExposure)
        decision.message = Message::TooDark;
    else if (q.glare > m_options.maxGlare)
        decision.message = Message::Glare;
    else if (m_stillCount < m_options.stillFrames || q.sharpness < m_options.minSharpness)
        decision.message = Message::HoldStill;
    else {
        decision.message = Message::Capturing;
        decision.captureNow = true;
        m_stillCount = 0; // one capture per still period
    }
    return decision;
}

} // namespace shikaku::kiosk
