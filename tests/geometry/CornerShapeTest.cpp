// CornerShape: rounded corners (cards) against square ones (postcards, sheets), measured in
// the photo, whatever the side ratio; nothing told where desk and paper look alike.
#include "CornerShape.h"
#include "DocumentFinder.h"
#include "Models.h"
#include "Rectifier.h"
#include "SyntheticPhoto.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace shikaku;
using shikaku::testsupport::renderScene;
using shikaku::testsupport::SyntheticPhoto;
using shikaku::testsupport::SyntheticScene;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

SyntheticScene sceneOf(cv::Size2d mm, bool rounded, double rotation, double tilt, int seed)
{
    SyntheticScene s;
    s.frame = cv::Size(1600, 1200); // a 2 MP frame: the hard case
    s.documentMm = mm;
    s.roundedCorners = rounded;
    s.rotationDeg = rotation;
    s.tiltDeg = tilt;
    s.tiltAxisDeg = 30.0 * seed;
    s.documentLongSideFraction = 0.45;
    s.blurSigma = 1.5;
    s.noiseSigma = 4.0;
    s.seed = seed;
    return s;
}

CornerMeasure measured(const SyntheticScene& scene)
{
    const SyntheticPhoto photo = renderScene(scene);
    DocumentQuad quad;
    quad.found = true;
    quad.corners = orderClockwiseFromTopLeft(photo.quad);
    return measureCorners(photo.image, rectify(photo.image, quad, models()));
}

} // namespace

TEST(CornerShape, ACardsRoundedCornersAreToldAtAnyAngle)
{
    ASSERT_TRUE(models().isValid()) << models().error();
    for (int i = 0; i < 4; ++i) {
        const CornerMeasure m = measured(sceneOf({85.6, 54.0}, true, 10.0 + 80.0 * i, 8.0, i + 1));
        SCOPED_TRACE(i);
        EXPECT_EQ(m.shape, CornerShape::Rounded) << m.inset;
        EXPECT_GE(m.measuredCorners, 3);
        EXPECT_NEAR(m.inset, 0.293 * 3.0 / 54.0, 0.005); // 3 mm radius, in short sides
    }
}

TEST(CornerShape, SquareCornersAreNoCardsWhateverTheSideRatio)
{
    // A postcard, and a postcard cut to a card's side ratio: the cut tells, not the ratio.
    for (const cv::Size2d mm : {cv::Size2d(148.0, 100.0), cv::Size2d(148.0, 93.4)}) {
        const CornerMeasure m = measured(sceneOf(mm, false, 200.0, 10.0, 3));
        EXPECT_EQ(m.shape, CornerShape::Square) << m.inset;
        EXPECT_LT(m.inset, 0.006);
    }
    // A card-sized page with square corners (an お知らせ cut out along its lines) is square too.
    EXPECT_EQ(measured(sceneOf({85.6, 54.0}, false, 45.0, 5.0, 2)).shape, CornerShape::Square);
}

TEST(CornerShape, PaperOnADeskOfItsOwnColourTellsNothing)
{
    SyntheticScene s = sceneOf({85.6, 54.0}, true, 30.0, 0.0, 4);
    s.desk = s.paper;
    s.shadow = 0.0;
    const CornerMeasure m = measured(s);
    EXPECT_EQ(m.shape, CornerShape::Unknown);
    EXPECT_LT(m.measuredCorners, 2);
    // No outline, no measure.
    EXPECT_EQ(measureCorners(renderScene(s).image, RectifiedDocument{}).shape, CornerShape::Unknown);
}

// The finder's own scene variety (desks of any colour, white on white, wood, tilt to 25°,
// glare, a finger at an edge), each document where the finder found it: a card's corners are
// never measured square, a postcard's or a sheet's never rounded.
TEST(CornerShape, NeverTheWrongShapeOverTheFindersScenes)
{
    using shikaku::testsupport::sceneForTier;
    using shikaku::testsupport::Tier;
    int told = 0, measuredPages = 0;
    for (Tier tier : {Tier::Easy, Tier::Medium, Tier::Hard}) {
        for (int i = 0; i < 24; ++i) {
            if (i % 4 == 3)
                continue; // phone screens: the measure is for paper
            const SyntheticPhoto photo = renderScene(sceneForTier(tier, i, cv::Size(1600, 1200)));
            const DocumentQuad quad = findDocument(photo.image);
            if (!quad.found)
                continue;
            const CornerMeasure m = measureCorners(photo.image, rectify(photo.image, quad, models()));
            const bool card = i % 4 == 0;
            SCOPED_TRACE(testing::Message() << toString(tier) << " " << i << " inset " << m.inset << " corners " << m.measuredCorners);
            EXPECT_NE(m.shape, card ? CornerShape::Square : CornerShape::Rounded);
            ++measuredPages;
            told += m.shape != CornerShape::Unknown;
        }
    }
    std::cout << "told " << told << " of " << measuredPages << " found pages\n";
    EXPECT_GE(told * 2, measuredPages); // it tells, most of the time
}

TEST(CornerShape, ACornerOutsideThePhotoIsNotMeasured)
{
    // A card pushed half out of the frame: the corners left in the picture still tell.
    SyntheticScene s = sceneOf({85.6, 54.0}, true, 0.0, 0.0, 5);
    s.fitInsideFrame = false;
    s.documentLongSideFraction = 0.8;
    s.centreOffset = {0.45, 0.0};
    const SyntheticPhoto photo = renderScene(s);
    int outside = 0;
    for (const cv::Point2f& p : photo.quad)
        outside += p.x < 0 || p.x >= photo.image.cols || p.y < 0 || p.y >= photo.image.rows;
    ASSERT_EQ(outside, 2);
    const CornerMeasure m = measured(s);
    EXPECT_EQ(m.measuredCorners, 2);
    EXPECT_EQ(m.shape, CornerShape::Rounded) << m.inset;
}
