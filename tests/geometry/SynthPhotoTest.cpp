// The finder on the synth helper's simulated document-camera photos (real fonts and layouts,
// wood/mat/white desks, creases, glare, fingers, JPEG). Accuracy is a measured pass count per
// tier, as in zxing's blackbox tests: the thresholds below are what the build guarantees.
#include "DocumentFinder.h"
#include "Models.h"
#include "PhotoSimulator.h"
#include "Rectifier.h"
#include "SynthDocument.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

#include <cstdio>

using namespace shikaku;

namespace {
struct TierResult {
    int photos = 0, found = 0, within = 0;
};

/// Photos of the paper formats the kiosk reads, `seeds` of each, at 2 MP (fast to render).
TierResult runTier(synth::PhotoTier tier, int seeds, double limit)
{
    static constexpr std::array<DocumentKind, 5> kKinds{DocumentKind::KakuninshoCard, DocumentKind::KakuninshoPostcard,
                                                        DocumentKind::KakuninshoA4, DocumentKind::Oshirase,
                                                        DocumentKind::HealthInsuranceCard};
    TierResult r;
    for (DocumentKind kind : kKinds) {
        for (int seed = 1; seed <= seeds; ++seed) {
            const synth::FlatDocument doc = synth::renderDocument(kind, std::uint64_t(seed) * 7919u);
            const synth::SimulatedPhoto photo = synth::simulatePhoto(doc, {tier, 2.0, std::uint64_t(seed)});
            const DocumentQuad q = findDocument(photo.image);
            ++r.photos;
            if (!q.found)
                continue;
            ++r.found;
            const double error = cornerError(q.corners, photo.quad) / quadDiagonal(photo.quad);
            if (error <= limit)
                ++r.within;
            else
                std::fprintf(stderr, "%s seed %d %s: corner error %.1f %% of the diagonal\n",
                             std::string(toString(kind)).c_str(), seed, std::string(synth::toString(tier)).c_str(),
                             100.0 * error);
        }
    }
    return r;
}
} // namespace

TEST(SynthPhotos, EasyTierCornersWithinOnePointFivePercent)
{
    const TierResult r = runTier(synth::PhotoTier::Easy, 2, 0.015);
    RecordProperty("easy_within", r.within);
    EXPECT_EQ(r.found, r.photos);
    EXPECT_GE(r.within, r.photos * 9 / 10) << r.within << " of " << r.photos;
}

TEST(SynthPhotos, MediumTierCornersWithinOnePointFivePercent)
{
    const TierResult r = runTier(synth::PhotoTier::Medium, 2, 0.015);
    RecordProperty("medium_within", r.within);
    EXPECT_GE(r.found, r.photos * 9 / 10);
    EXPECT_GE(r.within, r.photos * 8 / 10) << r.within << " of " << r.photos;
}

TEST(SynthPhotos, HardTierIsReported)
{
    const TierResult r = runTier(synth::PhotoTier::Hard, 2, 0.03);
    RecordProperty("hard_found", r.found);
    RecordProperty("hard_within_3_percent", r.within);
    std::fprintf(stderr, "hard: %d of %d found, %d within 3 %%\n", r.found, r.photos, r.within);
    EXPECT_GE(r.within, r.photos / 2);
}

// A phone on the desk: the document is the screen, not the dark body around it, and the
// screen includes its coloured header bar (the bezel check settles each side).
TEST(SynthPhotos, PhoneScreensAreFoundWithoutTheBodyAndWithTheHeader)
{
    int photos = 0, within = 0;
    for (synth::PhotoTier tier : {synth::PhotoTier::Easy, synth::PhotoTier::Medium, synth::PhotoTier::Hard})
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const synth::FlatDocument doc = synth::renderDocument(DocumentKind::PortalScreen, seed);
            const synth::SimulatedPhoto photo =
                synth::simulatePhoto(doc, {tier, 2.0, synth::photoSeed(DocumentKind::PortalScreen, seed, tier)});
            const DocumentQuad q = findDocument(photo.image);
            ++photos;
            const double error = q.found ? cornerError(q.corners, photo.quad) / quadDiagonal(photo.quad) : 1.0;
            if (error <= 0.015)
                ++within;
            else
                std::fprintf(stderr, "phone seed %d %s: corner error %.1f %% of the diagonal\n", int(seed),
                             std::string(synth::toString(tier)).c_str(), 100.0 * error);
        }
    RecordProperty("phones_within", within);
    // Measured 11 of 12 (2026-11-26; before the bezel check the finder returned the body or the
    // page below the header on most phone photos: 12 of 13 hard benchmark phones were off).
    EXPECT_GE(within, 11) << within << " of " << photos;
}

TEST(SynthPhotos, RectifiedCardHasTheCardFormat)
{
    const Models models = Models::load(Models::defaultDirectory());
    ASSERT_TRUE(models.isValid());
    const synth::FlatDocument doc = synth::renderDocument(DocumentKind::KakuninshoCard, 5);
    const synth::SimulatedPhoto photo = synth::simulatePhoto(doc, {synth::PhotoTier::Easy, 2.0, 5});
    const DocumentQuad q = findDocument(photo.image);
    ASSERT_TRUE(q.found) << q.reason;
    const RectifiedDocument r = rectify(photo.image, q, models);
    EXPECT_EQ(r.format, PaperFormat::Card) << r.measuredAspect;
    EXPECT_GT(r.image.cols, r.image.rows);
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the synth painter needs fonts
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
