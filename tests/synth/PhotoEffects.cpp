#include "PhotoEffects.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace shikaku::synth {
namespace {

constexpr double kPi = 3.14159265358979;

/// Multiplies the frame by a one-channel float field (1 = unchanged).
void multiply(cv::Mat& frame, const cv::Mat& field)
{
    cv::Mat f3;
    cv::Mat channels[] = {field, field, field};
    cv::merge(channels, 3, f3);
    cv::Mat asFloat;
    frame.convertTo(asFloat, CV_32FC3);
    cv::multiply(asFloat, f3, asFloat);
    asFloat.convertTo(frame, CV_8UC3);
}

} // namespace

nlohmann::json applyUnevenLight(cv::Mat& frame, double gain, double gradient, double vignette, Rng& rng)
{
    // Computed on a small grid and scaled up: light varies slowly.
    const cv::Size small(64, 48);
    cv::Mat field(small, CV_32F);
    const double angle = rng.uniform(0, 2 * kPi);
    const double gx = std::cos(angle) * gradient, gy = std::sin(angle) * gradient;
    const double cx = rng.uniform(0.35, 0.65), cy = rng.uniform(0.35, 0.65);
    for (int y = 0; y < small.height; ++y)
        for (int x = 0; x < small.width; ++x) {
            const double u = (x + 0.5) / small.width - 0.5, v = (y + 0.5) / small.height - 0.5;
            const double r2 = (u + 0.5 - cx) * (u + 0.5 - cx) + (v + 0.5 - cy) * (v + 0.5 - cy);
            field.at<float>(y, x) = static_cast<float>(gain * (1 + gx * u * 2 + gy * v * 2) * (1 - vignette * r2 * 2));
        }
    cv::Mat full;
    cv::resize(field, full, frame.size(), 0, 0, cv::INTER_CUBIC);
    multiply(frame, full);
    // Warm or cool white balance.
    const double warmth = rng.uniform(-0.05, 0.05);
    std::vector<cv::Mat> channels;
    cv::split(frame, channels);
    channels[0].convertTo(channels[0], -1, 1 - warmth);
    channels[2].convertTo(channels[2], -1, 1 + warmth);
    cv::merge(channels, frame);
    return {{"gain", gain}, {"gradient", gradient}, {"vignette", vignette}, {"warmth", warmth}};
}

nlohmann::json applyCastShadow(cv::Mat& frame, double darkness, Rng& rng)
{
    const cv::Size small(frame.cols / 8, frame.rows / 8);
    cv::Mat mask(small, CV_32F, cv::Scalar(0));
    // A large ellipse entering from one side.
    const double side = rng.uniform(0, 2 * kPi);
    const cv::Point2f centre(static_cast<float>(small.width * (0.5 + 0.75 * std::cos(side))),
                             static_cast<float>(small.height * (0.5 + 0.75 * std::sin(side))));
    cv::ellipse(mask, centre, cv::Size(static_cast<int>(small.width * rng.uniform(0.35, 0.6)), static_cast<int>(small.height * rng.uniform(0.35, 0.7))),
                rng.uniform(0, 180), 0, 360, cv::Scalar(1), cv::FILLED);
    cv::GaussianBlur(mask, mask, cv::Size(0, 0), small.width * 0.06);
    cv::Mat full;
    cv::resize(mask, full, frame.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat field = 1.0 - full * darkness;
    multiply(frame, field);
    return {{"darkness", darkness}};
}

void applyGlare(cv::Mat& frame, const GlareSpot& spot)
{
    const cv::Point2f centre = spot.centre;
    const cv::Size2f radius = spot.radius;
    const double strength = spot.strength;
    // Work only in the blob's bounding box.
    const float reach = 2.5F * std::max(radius.width, radius.height);
    const cv::Rect box = cv::Rect(cv::Point(static_cast<int>(centre.x - reach), static_cast<int>(centre.y - reach)),
                                  cv::Size(static_cast<int>(2 * reach), static_cast<int>(2 * reach))) &
                         cv::Rect(0, 0, frame.cols, frame.rows);
    if (box.empty())
        return;
    const double a = spot.angleDeg * kPi / 180, ca = std::cos(a), sa = std::sin(a);
    cv::Mat roi = frame(box);
    for (int y = 0; y < roi.rows; ++y) {
        auto* px = roi.ptr<cv::Vec3b>(y);
        for (int x = 0; x < roi.cols; ++x) {
            const double dx = x + box.x - centre.x, dy = y + box.y - centre.y;
            const double u = (dx * ca + dy * sa) / radius.width, v = (-dx * sa + dy * ca) / radius.height;
            const double g = strength * std::exp(-(u * u + v * v));
            // A saturated core, then a soft halo.
            const double t = std::min(1.0, g * 1.6);
            for (int c = 0; c < 3; ++c)
                px[x][c] = cv::saturate_cast<uchar>(px[x][c] + (255 - px[x][c]) * t);
        }
    }
}

void applyFinger(cv::Mat& frame, cv::Point2f edgePoint, cv::Point2f inward, double pxPerMm, Rng& rng)
{
    // A thumb pressing the document edge: fingertip a few millimetres onto the document, the
    // finger behind it and the ball of the hand further back (often cut off by the frame).
    const float len = std::hypot(inward.x, inward.y);
    const cv::Point2f dir = inward * (1.0F / std::max(len, 1e-3F));
    const double width = rng.uniform(18, 24) * pxPerMm;
    const double overlap = rng.uniform(3, 9) * pxPerMm;
    const cv::Point2f tip = edgePoint + dir * static_cast<float>(overlap);
    const cv::Point2f tipCentre = tip - dir * static_cast<float>(width / 2);
    const cv::Point2f knuckle = tip - dir * static_cast<float>(rng.uniform(35, 50) * pxPerMm);
    const double palmLength = rng.uniform(110, 140) * pxPerMm, palmWidth = rng.uniform(70, 90) * pxPerMm;
    const cv::Point2f palmCentre = knuckle - dir * static_cast<float>(palmLength * 0.45);

    const cv::Rect whole(0, 0, frame.cols, frame.rows);
    cv::Mat mask(frame.size(), CV_8U, cv::Scalar(0));
    cv::line(mask, knuckle, tipCentre, cv::Scalar(255), static_cast<int>(width), cv::LINE_AA);
    cv::circle(mask, tipCentre, static_cast<int>(width / 2), cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    // The finger widens into the hand.
    const cv::Point2f across(-dir.y, dir.x);
    const cv::Point2f handStart = knuckle - dir * static_cast<float>(palmLength * 0.2);
    const std::vector<cv::Point> web{knuckle + across * static_cast<float>(width / 2), knuckle - across * static_cast<float>(width / 2),
                                     handStart - across * static_cast<float>(palmWidth * 0.45), handStart + across * static_cast<float>(palmWidth * 0.45)};
    cv::fillConvexPoly(mask, web, cv::Scalar(255), cv::LINE_AA);
    cv::ellipse(mask, cv::RotatedRect(palmCentre, cv::Size2f(static_cast<float>(palmLength), static_cast<float>(palmWidth)),
                                      static_cast<float>(std::atan2(dir.y, dir.x) * 180 / kPi)),
                cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    const cv::Rect area = cv::boundingRect(mask) & whole;
    if (area.empty())
        return;
    const int pad = static_cast<int>(width);
    const cv::Rect roi = cv::Rect(area.x - pad, area.y - pad, area.width + 2 * pad, area.height + 2 * pad) & whole;
    const cv::Mat m = mask(roi);

    // Rounded shading: brighter along the middle of the finger, darker at its sides.
    cv::Mat inside;
    cv::distanceTransform(m, inside, cv::DIST_L2, 3);
    cv::Mat roundness;
    cv::min(inside / (width * 0.6), 1.0, roundness);
    cv::sqrt(roundness, roundness);
    const cv::Vec3f skin(static_cast<float>(rng.uniform(115, 160)), static_cast<float>(rng.uniform(145, 180)), static_cast<float>(rng.uniform(195, 235)));
    cv::Mat shadow;
    cv::GaussianBlur(m, shadow, cv::Size(0, 0), width * 0.3);
    cv::Mat soft;
    cv::GaussianBlur(m, soft, cv::Size(0, 0), std::max(1.0, width * 0.05));
    // The nail: lighter near the tip.
    cv::Mat nail(m.size(), CV_8U, cv::Scalar(0));
    const cv::Point2f nailCentre = tip - dir * static_cast<float>(width * 0.45) - cv::Point2f(static_cast<float>(roi.x), static_cast<float>(roi.y));
    cv::ellipse(nail, cv::RotatedRect(nailCentre, cv::Size2f(static_cast<float>(width * 0.55), static_cast<float>(width * 0.6)),
                                      static_cast<float>(std::atan2(dir.y, dir.x) * 180 / kPi)),
                cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    cv::Mat region = frame(roi);
    for (int y = 0; y < roi.height; ++y) {
        auto* px = region.ptr<cv::Vec3b>(y);
        const uchar* sh = shadow.ptr<uchar>(y);
        const uchar* a = soft.ptr<uchar>(y);
        const uchar* n = nail.ptr<uchar>(y);
        const float* r = roundness.ptr<float>(y);
        for (int x = 0; x < roi.width; ++x) {
            const float alpha = a[x] / 255.0F;
            const float shade = 1.0F - 0.4F * sh[x] / 255.0F;
            const float tone = (0.7F + 0.3F * r[x]) * (1.0F + 0.12F * n[x] / 255.0F);
            for (int c = 0; c < 3; ++c)
                px[x][c] = cv::saturate_cast<uchar>(px[x][c] * shade * (1 - alpha) + skin[c] * tone * alpha);
        }
    }
}

void applyDefocus(cv::Mat& frame, double radius)
{
    if (radius < 0.5)
        return;
    const int r = static_cast<int>(std::ceil(radius));
    cv::Mat kernel(2 * r + 1, 2 * r + 1, CV_32F, cv::Scalar(0));
    cv::circle(kernel, cv::Point(r, r), static_cast<int>(std::lround(radius)), cv::Scalar(1), cv::FILLED, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    cv::filter2D(frame, frame, -1, kernel);
}

void applyMotionBlur(cv::Mat& frame, double length, double angleDeg)
{
    if (length < 1)
        return;
    const int r = static_cast<int>(std::ceil(length / 2));
    cv::Mat kernel(2 * r + 1, 2 * r + 1, CV_32F, cv::Scalar(0));
    const double a = angleDeg * kPi / 180;
    const cv::Point2d d(std::cos(a) * length / 2, std::sin(a) * length / 2);
    cv::line(kernel, cv::Point2d(r, r) - d, cv::Point2d(r, r) + d, cv::Scalar(1), 1, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    cv::filter2D(frame, frame, -1, kernel);
}

void applyGaussianBlur(cv::Mat& frame, double sigma)
{
    if (sigma > 0.1)
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), sigma);
}

void applyNoise(cv::Mat& frame, double sigma, std::uint64_t seed)
{
    cv::RNG rng(seed);
    cv::Mat luma(frame.size(), CV_16S);
    rng.fill(luma, cv::RNG::NORMAL, 0, sigma);
    cv::Mat chroma(frame.size(), CV_16SC3);
    rng.fill(chroma, cv::RNG::NORMAL, 0, sigma * 0.35);
    cv::Mat luma3;
    cv::Mat channels[] = {luma, luma, luma};
    cv::merge(channels, 3, luma3);
    cv::Mat wide;
    frame.convertTo(wide, CV_16SC3);
    wide += luma3 + chroma;
    wide.convertTo(frame, CV_8UC3);
}

} // namespace shikaku::synth
