#include "PlacementWatch.h"

#include <opencv2/imgproc.hpp>

namespace shikaku::kiosk {

namespace {

// Coarse enough to ignore noise and a slight shift, fine enough to tell a table of fields from
// the plain back of a card. Warped at 4× first, then averaged down (a direct warp would alias).
const cv::Size kThumbnail(48, 30);
constexpr int kOversample = 4;

} // namespace

cv::Mat PlacementWatch::thumbnail(const cv::Mat& frame, const DocumentQuad& quad)
{
    if (frame.empty() || !quad.found)
        return {};
    const cv::Size large(kThumbnail.width * kOversample, kThumbnail.height * kOversample);
    const std::array<cv::Point2f, 4> target{cv::Point2f(0, 0), cv::Point2f(float(large.width), 0),
                                            cv::Point2f(float(large.width), float(large.height)),
                                            cv::Point2f(0, float(large.height))};
    cv::Mat warped, grey, small, normalised;
    cv::warpPerspective(frame, warped, cv::getPerspectiveTransform(quad.corners.data(), target.data()), large,
                        cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    if (warped.channels() == 3)
        cv::cvtColor(warped, grey, cv::COLOR_BGR2GRAY);
    else
        grey = warped;
    cv::resize(grey, small, kThumbnail, 0, 0, cv::INTER_AREA);
    small.convertTo(normalised, CV_32F);
    cv::Scalar mean, sd;
    cv::meanStdDev(normalised, mean, sd);
    // +1 grey level: a blank side (uniform) does not divide by zero.
    normalised = (normalised - mean[0]) / (sd[0] + 1.0);
    return normalised;
}

double PlacementWatch::difference(const cv::Mat& a, const cv::Mat& b)
{
    if (a.empty() || b.empty() || a.size() != b.size())
        return 1e9;
    return cv::norm(a, b, cv::NORM_L1) / double(a.total());
}

void PlacementWatch::remember(const cv::Mat& frame, const DocumentQuad& quad)
{
    m_thumbnail = thumbnail(frame, quad);
    m_quad = quad;
    m_holding = !m_thumbnail.empty();
}

void PlacementWatch::forget()
{
    m_holding = false;
    m_thumbnail.release();
}

bool PlacementWatch::changed(const cv::Mat& frame, const DocumentQuad& quad)
{
    if (!m_holding)
        return false;
    bool differs = !quad.found;
    if (!differs)
        differs = cornerError(quad.corners, m_quad.corners) > m_options.movedShare * quadDiagonal(m_quad.corners);
    if (!differs)
        differs = difference(thumbnail(frame, quad), m_thumbnail) > m_options.differentShare;
    if (differs)
        forget();
    return differs;
}

} // namespace shikaku::kiosk
