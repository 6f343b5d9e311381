#include "ReplayShots.h"

namespace shikaku::synth {

ReplayShot makeReplayShot(DocumentKind kind, PhotoTier tier, std::uint64_t seed, int index, double megapixels)
{
    // Same seeding as shikaku-synth, so a replayed shot matches the CLI's document of that index.
    const std::uint64_t docSeed = seed * 1000003ULL + static_cast<std::uint64_t>(index);
    const FlatDocument doc = renderDocument(kind, docSeed, {});
    PhotoOptions options;
    options.tier = tier;
    options.megapixels = megapixels;
    options.seed = photoSeed(kind, docSeed, tier);
    SimulatedPhoto photo = simulatePhoto(doc, options);
    ReplayShot shot;
    shot.image = std::move(photo.image);
    shot.truth = doc.truth;
    shot.truth.photo = std::move(photo.info);
    return shot;
}

std::vector<ReplayShot> makeReplayShots(DocumentKind kind, PhotoTier tier, std::uint64_t seed, int count, double megapixels)
{
    std::vector<ReplayShot> shots;
    for (int i = 0; i < count; ++i)
        shots.push_back(makeReplayShot(kind, tier, seed, i, megapixels));
    return shots;
}

} // namespace shikaku::synth
