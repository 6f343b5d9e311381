// Rectifier: format by side ratio, canonical size, 0/90 by format, 180° helpers, re-warping.
#include "DocumentFinder.h"
#include "Models.h"
#include "Rectifier.h"
#include "SyntheticPhoto.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;
using shikaku::testsupport::renderScene;
using shikaku::testsupport::SyntheticPhoto;
using shikaku::testsupport::SyntheticScene;

namespace {
const cv::Size k720p(1280, 720);

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

SyntheticScene sceneOf(cv::Size2d mm, double rotation, bool rounded = false)
{
    SyntheticScene s;
    s.frame = k720p;
    s.documentMm = mm;
    s.roundedCorners = rounded;
    s.rotationDeg = rotation;
    s.documentLongSideFraction = mm.width * mm.height > 10000.0 ? 0.9 : 0.7;
    s.noiseSigma = 1.0;
    return s;
}

/// Normalised correlation of the rectified image with the drawn document at 0° and at 180°.
std::pair<double, double> uprightMatch(const cv::Mat& rectified, const SyntheticPhoto& photo)
{
    cv::Mat truth, a, b, r0, r180, turned;
    cv::resize(photo.upright, truth, rectified.size(), 0, 0, cv::INTER_AREA);
    cv::cvtColor(truth, a, cv::COLOR_BGR2GRAY);
    cv::cvtColor(rectified, b, cv::COLOR_BGR2GRAY);
    cv::GaussianBlur(a, a, cv::Size(5, 5), 0);
    cv::GaussianBlur(b, b, cv::Size(5, 5), 0);
    cv::matchTemplate(b, a, r0, cv::TM_CCOEFF_NORMED);
    cv::rotate(a, turned, cv::ROTATE_180);
    cv::matchTemplate(b, turned, r180, cv::TM_CCOEFF_NORMED);
    return {r0.at<float>(0, 0), r180.at<float>(0, 0)};
}

DocumentQuad truthQuad(const SyntheticPhoto& photo)
{
    DocumentQuad q;
    q.found = true;
    q.corners = orderClockwiseFromTopLeft(photo.quad);
    return q;
}
} // namespace

TEST(Rectifier, ModelsLoad)
{
    ASSERT_TRUE(models().isValid()) << models().error();
}

TEST(Rectifier, CardIsLandscapeAtAboutThreeHundredDpiAtAnyRotation)
{
    for (double rotation : {0.0, 37.0, 145.0, 270.0}) {
        const auto photo = renderScene(sceneOf({85.6, 54.0}, rotation, true));
        const DocumentQuad quad = findDocument(photo.image);
        ASSERT_TRUE(quad.found) << quad.reason;
        const RectifiedDocument doc = rectify(photo.image, quad, models());
        ASSERT_TRUE(doc.isValid());
        EXPECT_EQ(doc.format, PaperFormat::Card) << "rotation " << rotation << " aspect " << doc.measuredAspect;
        EXPECT_EQ(doc.image.cols, 1000);
        EXPECT_EQ(doc.image.rows, 631);
        const auto [upright, upsideDown] = uprightMatch(doc.image, photo);
        EXPECT_GT(std::max(upright, upsideDown), 0.8) << "rotation " << rotation;
    }
}

TEST(Rectifier, RoughlyUprightDocumentStaysUpright)
{
    for (double rotation : {-12.0, 0.0, 8.0}) {
        const auto photo = renderScene(sceneOf({85.6, 54.0}, rotation, true));
        const RectifiedDocument doc = rectify(photo.image, findDocument(photo.image), models());
        ASSERT_TRUE(doc.isValid());
        const auto [upright, upsideDown] = uprightMatch(doc.image, photo);
        EXPECT_GT(upright, 0.8);
        EXPECT_GT(upright, upsideDown + 0.2);
        EXPECT_EQ(doc.rotationDegrees, 0);
    }
}

TEST(Rectifier, FormatsFollowTheSideRatio)
{
    struct Case {
        cv::Size2d mm;
        PaperFormat format;
        cv::Size size;
    };
    const std::array<Case, 3> cases{Case{{210.0, 297.0}, PaperFormat::A4, {1240, 1754}},
                                    Case{{148.0, 100.0}, PaperFormat::Postcard, {1729, 1168}},
                                    Case{{70.0, 150.0}, PaperFormat::PhoneScreen, {818, 1752}}};
    for (const Case& c : cases) {
        for (double rotation : {5.0, 95.0}) {
            const auto photo = renderScene(sceneOf(c.mm, rotation));
            const DocumentQuad quad = findDocument(photo.image);
            ASSERT_TRUE(quad.found) << quad.reason;
            const RectifiedDocument doc = rectify(photo.image, quad, models());
            EXPECT_EQ(doc.format, c.format) << toString(c.format) << " measured " << doc.measuredAspect;
            EXPECT_NEAR(doc.image.cols, c.size.width, 1) << toString(c.format);
            EXPECT_NEAR(doc.image.rows, c.size.height, 1) << toString(c.format);
            const auto [upright, upsideDown] = uprightMatch(doc.image, photo);
            EXPECT_GT(std::max(upright, upsideDown), 0.75) << toString(c.format) << " rotation " << rotation;
        }
    }
}

TEST(Rectifier, TiltedCardIsStillACard)
{
    SyntheticScene s = sceneOf({85.6, 54.0}, 25.0, true);
    s.tiltDeg = 20.0;
    s.tiltAxisDeg = 60.0;
    const auto photo = renderScene(s);
    const DocumentQuad quad = findDocument(photo.image);
    ASSERT_TRUE(quad.found) << quad.reason;
    const FormatGuess guess = guessFormat(quad, photo.image.size(), models());
    EXPECT_EQ(guess.format, PaperFormat::Card) << guess.measuredAspect;
    EXPECT_LT(guess.relativeError, 0.03);
}

TEST(Rectifier, CalibratedCameraTellsASmallPostcardFromACard)
{
    // A "slightly smaller" postcard (147 × 95 mm) has nearly a card's side ratio (1.55 vs 1.59).
    const auto photo = renderScene(sceneOf({147.0, 95.0}, 20.0));
    const DocumentQuad quad = findDocument(photo.image);
    ASSERT_TRUE(quad.found) << quad.reason;
    EXPECT_EQ(guessFormat(quad, photo.image.size(), models()).format, PaperFormat::Card);
    const FormatGuess calibrated = guessFormat(quad, photo.image.size(), models(), photo.framePxPerMm);
    EXPECT_EQ(calibrated.format, PaperFormat::Postcard);
    EXPECT_NEAR(calibrated.measuredLongSideMm, 147.0, 3.0);
    RectifyOptions options;
    options.photoPxPerMm = photo.framePxPerMm;
    EXPECT_EQ(rectify(photo.image, quad, models(), std::nullopt, options).format, PaperFormat::Postcard);

    // And a real card stays a card.
    const auto card = renderScene(sceneOf({85.6, 54.0}, 20.0, true));
    EXPECT_EQ(guessFormat(findDocument(card.image), card.image.size(), models(), card.framePxPerMm).format,
              PaperFormat::Card);
}

TEST(Rectifier, HintOverridesTheSideRatio)
{
    const auto photo = renderScene(sceneOf({85.6, 54.0}, 10.0, true));
    const RectifiedDocument doc = rectify(photo.image, truthQuad(photo), models(), PaperFormat::A4);
    EXPECT_EQ(doc.format, PaperFormat::A4);
    EXPECT_LT(doc.image.cols, doc.image.rows);
    EXPECT_EQ(formatOf(KindHint::Postcard), PaperFormat::Postcard);
    EXPECT_EQ(formatOf(KindHint::Auto), std::nullopt);
    EXPECT_EQ(formatOf(KindHint::Portal), PaperFormat::PhoneScreen);
    EXPECT_EQ(formatOf(DocumentKind::Oshirase), PaperFormat::A4);
}

TEST(Rectifier, NothingFoundGivesAnInvalidResult)
{
    const cv::Mat photo(720, 1280, CV_8UC3, cv::Scalar(90, 90, 90));
    EXPECT_FALSE(rectify(photo, DocumentQuad{}, models()).isValid());
    EXPECT_FALSE(rectify(cv::Mat(), DocumentQuad{}, models()).isValid());
}

TEST(Rectifier, RotatedHalfTurnKeepsImageHomographyAndBoxesConsistent)
{
    const auto photo = renderScene(sceneOf({85.6, 54.0}, 30.0, true));
    const RectifiedDocument doc = rectify(photo.image, truthQuad(photo), models());
    ASSERT_TRUE(doc.isValid());
    const RectifiedDocument turned = rotated180(doc);
    EXPECT_EQ(turned.rotationDegrees, 180);
    cv::Mat expected;
    cv::rotate(doc.image, expected, cv::ROTATE_180);
    EXPECT_EQ(cv::norm(turned.image, expected, cv::NORM_INF), 0.0);

    // The same box, described on either image, lands on the same spot of the photo.
    const Box box{120, 80, 300, 60};
    const auto viaTurned = boxToPhoto(turned, box);
    const auto viaOriginal = boxToPhoto(doc, rotateBox180(box, doc.image.size()));
    EXPECT_LT(cornerError(viaTurned, viaOriginal), 1.5);

    // Re-warping through the turned homography gives the turned pixels.
    const cv::Mat region = warpRegion(photo.image, turned, cv::Rect2d(100, 100, 400, 200), 1.0);
    cv::Mat diff;
    cv::absdiff(region, turned.image(cv::Rect(100, 100, 400, 200)), diff);
    EXPECT_LT(cv::mean(diff)[0], 3.0);

    EXPECT_EQ(rotated180(turned).rotationDegrees, 0);
}

TEST(Rectifier, WarpRegionResamplesThePhotoAtAHigherScale)
{
    SyntheticScene s = sceneOf({210.0, 297.0}, 3.0);
    s.frame = cv::Size(1920, 1080);
    const auto photo = renderScene(s);
    const RectifiedDocument doc = rectify(photo.image, truthQuad(photo), models());
    ASSERT_EQ(doc.format, PaperFormat::A4);
    const cv::Rect2d region(100, 1300, 500, 150); // lower-left, where the card part often sits
    const cv::Mat crop = warpRegion(photo.image, doc, region, 2.0);
    EXPECT_EQ(crop.cols, 1000);
    EXPECT_EQ(crop.rows, 300);
    cv::Mat upscaled, diff;
    cv::resize(doc.image(cv::Rect(region)), upscaled, crop.size(), 0, 0, cv::INTER_CUBIC);
    cv::absdiff(crop, upscaled, diff);
    EXPECT_LT(cv::mean(diff)[0], 6.0);
    EXPECT_TRUE(warpRegion(photo.image, doc, cv::Rect2d(0, 0, 0, 10), 2.0).empty());
}

TEST(Rectifier, BoxMapsBackOntoTheDocumentCorners)
{
    const auto photo = renderScene(sceneOf({85.6, 54.0}, 50.0, true));
    const RectifiedDocument doc = rectify(photo.image, truthQuad(photo), models());
    const auto corners = boxToPhoto(doc, Box{0, 0, doc.image.cols, doc.image.rows});
    EXPECT_LT(cornerError(corners, photo.quad), 0.5);
}

TEST(Rectifier, QuarterTurnsKeepImageHomographyAndCornersConsistent)
{
    const auto photo = renderScene(sceneOf({148.0, 100.0}, 25.0));
    const RectifiedDocument doc = rectify(photo.image, truthQuad(photo), models(), PaperFormat::Postcard);
    ASSERT_TRUE(doc.isValid());
    for (int degrees : {90, 180, 270}) {
        const RectifiedDocument turned = rotated(doc, degrees);
        EXPECT_EQ(turned.rotationDegrees, degrees);
        EXPECT_EQ(turned.image.cols, degrees == 180 ? doc.image.cols : doc.image.rows);
        // The turned image's corners are the photo corners it claims (through its homography).
        const auto corners = boxToPhoto(turned, Box{0, 0, turned.image.cols - 1, turned.image.rows - 1});
        for (std::size_t i = 0; i < 4; ++i)
            EXPECT_LT(cv::norm(corners[i] - turned.photoCorners[i]), 3.0) << degrees << "° corner " << i;
        // Re-warping a region through the turned homography gives the turned pixels.
        const cv::Rect region(60, 80, 300, 200);
        cv::Mat diff;
        cv::absdiff(warpRegion(photo.image, turned, cv::Rect2d(region), 1.0), turned.image(region), diff);
        EXPECT_LT(cv::mean(diff)[0], 3.0) << degrees << "°";
    }
    EXPECT_EQ(rotated(rotated(doc, 90), 270).rotationDegrees, 0);
    EXPECT_EQ(cv::norm(rotated(rotated(doc, 90), 270).image, doc.image, cv::NORM_INF), 0.0);
    EXPECT_EQ(rotated(doc, 45).rotationDegrees, 0); // not a quarter turn: unchanged
}

TEST(Rectifier, WholeFrameIsTheDocumentWhenNoOutlineIsFound)
{
    const cv::Mat photo(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200));
    const RectifiedDocument doc = wholeFrame(photo);
    ASSERT_TRUE(doc.isValid());
    EXPECT_EQ(doc.image.size(), photo.size());
    EXPECT_NEAR(photoDetailScale(doc), 1.0, 1e-6);
    const auto corners = boxToPhoto(doc, Box{10, 20, 100, 50});
    EXPECT_LT(cv::norm(corners[0] - cv::Point2f(10, 20)), 1e-3);
    EXPECT_FALSE(wholeFrame(cv::Mat()).isValid());
}

TEST(Rectifier, DetailScaleIsThePhotosResolutionOverTheDocument)
{
    // A card filling ~70 % of an 8 MP frame spans ~2200 photo px; rectified it is 1000 px wide.
    SyntheticScene s = sceneOf({85.6, 54.0}, 0.0);
    s.frame = cv::Size(3264, 2448);
    const auto photo = renderScene(s);
    const RectifiedDocument doc = rectify(photo.image, truthQuad(photo), models());
    ASSERT_EQ(doc.format, PaperFormat::Card);
    const double expected = cv::norm(photo.quad[1] - photo.quad[0]) / doc.image.cols;
    EXPECT_NEAR(photoDetailScale(doc), expected, 0.05 * expected);
    EXPECT_GT(photoDetailScale(doc), 1.5);
    // The same card in a 720p preview has less detail than the rectified card.
    const auto small = renderScene(sceneOf({85.6, 54.0}, 0.0));
    EXPECT_LT(photoDetailScale(rectify(small.image, truthQuad(small), models())), 1.0);
}
