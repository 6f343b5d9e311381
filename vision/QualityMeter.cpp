#include "QualityMeter.h"

#include "ReflectionMask.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace shikaku {
namespace {

/// The document warped flat (grey and colour) at a modest size, interior only.
struct FlatDocument {
    cv::Mat bgr;
    cv::Mat grey;
};

FlatDocument flatten(const cv::Mat& frame, const DocumentQuad& quad, const QualityOptions& o)
{
    FlatDocument flat;
    const double focal = o.focalFrameWidths * frame.cols;
    double ratio = metricSideRatio(quad.corners, frame.size(), focal); // |c0c1| / |c1c2|
    if (!(ratio > 0.0))
        ratio = 1.0;
    // As many pixels as the photo shows, at most analysisLongSidePx on the long side.
    const double shown = std::max(cv::norm(quad.corners[1] - quad.corners[0]), cv::norm(quad.corners[2] - quad.corners[1]));
    const double longSide = std::min(double(o.analysisLongSidePx), std::max(32.0, shown));
    const double width = ratio >= 1.0 ? longSide : longSide * ratio;
    const double height = ratio >= 1.0 ? longSide / ratio : longSide;
    const double inX = o.insetFraction * width, inY = o.insetFraction * height;
    // Map the inset rectangle straight away: the border is never sampled.
    const std::array<cv::Point2f, 4> full{cv::Point2f(0, 0), cv::Point2f(float(width), 0),
                                          cv::Point2f(float(width), float(height)), cv::Point2f(0, float(height))};
    cv::Mat h = cv::getPerspectiveTransform(quad.corners.data(), full.data());
    const cv::Matx33d shift(1, 0, -inX, 0, 1, -inY, 0, 0, 1);
    const cv::Size size(std::max(8, int(width - 2 * inX)), std::max(8, int(height - 2 * inY)));
    cv::warpPerspective(frame, flat.bgr, cv::Mat(shift) * h, size, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    if (flat.bgr.channels() == 3)
        cv::cvtColor(flat.bgr, flat.grey, cv::COLOR_BGR2GRAY);
    else
        flat.grey = flat.bgr;
    return flat;
}

double sharpnessOf(const cv::Mat& grey, double halfPoint)
{
    // A light blur first: sensor noise is finer than any print and would otherwise read as
    // detail (a defocused, noisy frame would look sharp).
    static constexpr double kNoiseSigmaPx = 1.0;
    cv::Mat smooth, laplacian;
    cv::GaussianBlur(grey, smooth, cv::Size(), kNoiseSigmaPx);
    cv::Laplacian(smooth, laplacian, CV_32F, 1);
    cv::Scalar meanL, sdL, meanG, sdG;
    cv::meanStdDev(laplacian, meanL, sdL);
    cv::meanStdDev(smooth, meanG, sdG);
    // +1 grey level keeps a blank, noise-free area from dividing by zero.
    const double r = sdL[0] / (sdG[0] + 1.0);
    return r / (r + halfPoint);
}

struct GlareShares {
    double clipped = 0.0;     ///< every clipped pixel
    double largestSpot = 0.0; ///< the largest connected clipped spot
    bool unseen = false;      ///< the paper itself is at the clipping level: nothing can be measured
};

GlareShares glareOf(const cv::Mat& bgr, int level)
{
    // `bgr` is an 8-bit image here, so an empty mask means the paper is that bright.
    const cv::Mat clipped = reflectionMask(bgr, level);
    if (clipped.empty())
        return {.unseen = true};
    const double total = double(std::max<std::size_t>(1, clipped.total()));
    GlareShares shares;
    shares.clipped = double(cv::countNonZero(clipped)) / total;
    if (shares.clipped > 0.0) {
        // One reflection is one spot; a screen's white widgets clipping are many small ones.
        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(clipped, labels, stats, centroids, 8, CV_32S);
        int largest = 0;
        for (int i = 1; i < n; ++i)
            largest = std::max(largest, stats.at<int>(i, cv::CC_STAT_AREA));
        shares.largestSpot = double(largest) / total;
    }
    return shares;
}

} // namespace

QualityMeasures measureQuality(const cv::Mat& frame, const DocumentQuad& quad, const QualityOptions& o)
{
    QualityMeasures m;
    if (frame.empty() || !quad.found || !isConvexQuad(quad.corners) || frame.depth() != CV_8U)
        return m;
    m.documentFound = true;
    m.measured = true;
    m.coverage = std::min(1.0, quadArea(quad.corners) / double(frame.total()));
    m.tiltDegrees = viewTiltDegrees(quad.corners, frame.size(), o.focalFrameWidths * frame.cols);
    const FlatDocument flat = flatten(frame, quad, o);
    m.exposure = cv::mean(flat.grey)[0] / 255.0;
    m.sharpness = sharpnessOf(flat.grey, o.sharpnessHalfPoint);
    const GlareShares glare = glareOf(flat.bgr, o.glareLevel);
    m.glare = glare.clipped;
    // A share of the whole document, like a page area (measured inside the inset).
    const double inner = (1.0 - 2.0 * o.insetFraction) * (1.0 - 2.0 * o.insetFraction);
    m.largestGlareSpot = glare.largestSpot * inner;
    m.reflectionsUnseen = glare.unseen;
    return m;
}

std::string_view toString(CaptureGuidance guidance)
{
    switch (guidance) {
    case CaptureGuidance::NoDocument: return "no_document";
    case CaptureGuidance::MoveInsideFrame: return "move_inside_frame";
    case CaptureGuidance::HoldStill: return "hold_still";
    case CaptureGuidance::TooDark: return "too_dark";
    case CaptureGuidance::Glare: return "glare";
    case CaptureGuidance::TooBlurry: return "too_blurry";
    case CaptureGuidance::OkToCapture: return "ok_to_capture";
    }
    return "no_document";
}

bool touchesFrameEdge(const DocumentQuad& quad, cv::Size frame, double marginFraction)
{
    if (!quad.found)
        return false;
    const double margin = marginFraction * std::min(frame.width, frame.height);
    return std::any_of(quad.corners.begin(), quad.corners.end(), [&](cv::Point2f p) {
        return p.x < margin || p.y < margin || p.x > frame.width - 1 - margin || p.y > frame.height - 1 - margin;
    });
}

CaptureGuidance decideGuidance(const QualityMeasures& m, bool touchesEdge, bool still, const GuidanceOptions& o)
{
    // Order: what the person must fix first. Moving causes blur, so "hold still" comes
    // before "too blurry"; darkness makes every other measure unreliable.
    if (!m.documentFound)
        return CaptureGuidance::NoDocument;
    if (touchesEdge)
        return CaptureGuidance::MoveInsideFrame;
    if (!still)
        return CaptureGuidance::HoldStill;
    if (m.exposure < o.minExposure)
        return CaptureGuidance::TooDark;
    if (m.glare > o.maxGlare)
        return CaptureGuidance::Glare;
    if (m.sharpness < o.minSharpness)
        return CaptureGuidance::TooBlurry;
    return CaptureGuidance::OkToCapture;
}

bool StillnessTracker::update(const DocumentQuad& quad)
{
    if (!quad.found) {
        reset();
        return false;
    }
    if (m_previous) {
        const double moved = cornerError(quad.corners, m_previous->corners);
        const double limit = m_options.maxCornerMoveFraction * quadDiagonal(quad.corners);
        m_stillFrames = moved <= limit ? m_stillFrames + 1 : 0;
    }
    m_previous = quad;
    return isStill();
}

void StillnessTracker::reset()
{
    m_previous.reset();
    m_stillFrames = 0;
}

CaptureAssessment assessFrame(const cv::Mat& frame, const DocumentQuad& quad, StillnessTracker& tracker,
                              const QualityOptions& quality, const GuidanceOptions& guidance)
{
    CaptureAssessment a;
    a.measures = measureQuality(frame, quad, quality);
    a.touchesEdge = touchesFrameEdge(quad, frame.size(), guidance.edgeMarginFraction);
    a.still = tracker.update(quad);
    a.guidance = decideGuidance(a.measures, a.touchesEdge, a.still, guidance);
    return a;
}

double frameExposure(const cv::Mat& frame)
{
    if (frame.empty() || frame.depth() != CV_8U)
        return 0.0;
    // Every 8th pixel of every 8th row: a lamp switched off darkens the whole frame, not one spot.
    static constexpr int kStep = 8;
    double sum = 0.0;
    std::size_t count = 0;
    for (int y = 0; y < frame.rows; y += kStep) {
        const auto* row = frame.ptr<std::uint8_t>(y);
        for (int x = 0; x < frame.cols; x += kStep) {
            const auto* px = row + std::size_t(x) * std::size_t(frame.channels());
            // Rec. 601 luma for colour; the grey level itself otherwise.
            sum += frame.channels() >= 3 ? 0.114 * px[0] + 0.587 * px[1] + 0.299 * px[2] : double(px[0]);
            ++count;
        }
    }
    return count ? sum / (255.0 * double(count)) : 0.0;
}

} // namespace shikaku
