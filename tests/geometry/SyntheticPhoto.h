#pragma once
// Camera-like test frames drawn at test time: a fictitious document (coloured paper, header band,
// printed boxes and digits) put in perspective on a desk, with uneven light, shadow, glare,
// a finger, blur and sensor noise. Used by the geometry tests and shikaku-bench-finder until the
// synth helper's photo simulator is available, and for cases that need exact control.

#include <opencv2/core.hpp>

#include <array>
#include <string>

namespace shikaku::testsupport {

enum class Tier { Easy, Medium, Hard };

struct SyntheticScene {
    cv::Size frame{1280, 720};
    cv::Size2d documentMm{85.6, 54.0};   ///< width × height of the upright document
    bool roundedCorners = true;          ///< cards have ~3 mm corner radius
    double documentLongSideFraction = 0.6; ///< document's long side / frame's short side... see .cpp
    double rotationDeg = 0.0;            ///< in-plane rotation, any angle
    double tiltDeg = 0.0;                ///< out-of-plane tilt towards the camera (perspective)
    double tiltAxisDeg = 0.0;            ///< direction of the tilt axis in the desk plane
    cv::Point2d centreOffset{0.0, 0.0};  ///< in frame-size fractions
    cv::Scalar paper{238, 236, 240};     ///< BGR
    cv::Scalar band{200, 170, 240};      ///< header band colour (pastel)
    cv::Scalar desk{60, 70, 80};
    bool woodTexture = false;
    double lightFalloff = 0.0;           ///< 0: even; 0.4: one side 40 % darker
    double shadow = 0.25;                ///< strength of the soft shadow under the document
    double noiseSigma = 2.0;
    double blurSigma = 0.0;              ///< defocus, in frame pixels
    bool glare = false;
    bool finger = false;
    bool drawDocument = true;            ///< false: an empty desk
    bool fitInsideFrame = true;          ///< shrink the document until it is wholly in the frame
    int seed = 1;
};

struct SyntheticPhoto {
    cv::Mat image;                          ///< BGR frame
    std::array<cv::Point2f, 4> quad{};      ///< TL, TR, BR, BL of the upright document in the frame
    cv::Mat upright;                        ///< the flat document as drawn (before the camera)
    double pxPerMm = 0.0;                   ///< resolution of `upright`
};

SyntheticPhoto renderScene(const SyntheticScene& scene);

/// A deterministic variety of scenes per tier: easy = plain contrasting desk, little tilt;
/// medium = uneven light, textured or pale desks, tilt, glare; hard = white on white, finger,
/// strong glare, blur, small document.
SyntheticScene sceneForTier(Tier tier, int index, cv::Size frame);

std::string toString(Tier tier);

} // namespace shikaku::testsupport
