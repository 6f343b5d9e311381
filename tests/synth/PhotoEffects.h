#pragma once
// Camera and lighting effects applied to a composed frame (BGR, 8 bit, in place).

#include "Rng.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <array>

namespace shikaku::synth {

/// Gain × linear gradient × vignetting, with a slight colour cast.
nlohmann::json applyUnevenLight(cv::Mat& frame, double gain, double gradient, double vignette, Rng& rng);

/// A soft-edged shadow over part of the frame (a head or an arm above the desk).
nlohmann::json applyCastShadow(cv::Mat& frame, double darkness, Rng& rng);

/// A specular reflection: an elliptic blob, centre and radii in pixels, strength 0–1.
struct GlareSpot {
    cv::Point2f centre;
    cv::Size2f radius;
    double angleDeg = 0;
    double strength = 1;
};

/// Adds the reflection; its core saturates (255), so apply it after the exposure.
void applyGlare(cv::Mat& frame, const GlareSpot& spot);

/// A fingertip (skin-coloured, shaded) pressing the document edge at edgePoint, pointing along inward.
void applyFinger(cv::Mat& frame, cv::Point2f edgePoint, cv::Point2f inward, double pxPerMm, Rng& rng);

/// Defocus (disc kernel) of the given radius in pixels.
void applyDefocus(cv::Mat& frame, double radius);
/// Linear motion blur.
void applyMotionBlur(cv::Mat& frame, double length, double angleDeg);
void applyGaussianBlur(cv::Mat& frame, double sigma);

/// Sensor noise: luminance sigma plus a little chroma noise.
void applyNoise(cv::Mat& frame, double sigma, std::uint64_t seed);

} // namespace shikaku::synth
