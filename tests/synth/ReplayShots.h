#pragma once
// The small API the kiosk's replay camera uses: photos of fictitious documents plus their truth.
// Needs a QGuiApplication (fonts); the kiosk has one.

#include "PhotoSimulator.h"
#include "Truth.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <vector>

namespace shikaku::synth {

struct ReplayShot {
    cv::Mat image; ///< BGR photo as the document camera would deliver it
    Truth truth;   ///< fields and the "photo" object (quad etc.); file names are empty
};

/// One photo of document number `index` of the kind; deterministic in (kind, seed, index, tier).
ReplayShot makeReplayShot(DocumentKind kind, PhotoTier tier, std::uint64_t seed, int index = 0, double megapixels = 8);

/// `count` photos of different documents of the kind.
std::vector<ReplayShot> makeReplayShots(DocumentKind kind, PhotoTier tier, std::uint64_t seed, int count, double megapixels = 8);

} // namespace shikaku::synth
