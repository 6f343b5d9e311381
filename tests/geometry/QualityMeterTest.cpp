// QualityMeter: each measure moves the right way, guidance gives one message, stillness.
#include "DocumentFinder.h"
#include "QualityMeter.h"
#include "SyntheticPhoto.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace shikaku;
using shikaku::testsupport::renderScene;
using shikaku::testsupport::SyntheticPhoto;
using shikaku::testsupport::SyntheticScene;

namespace {
SyntheticScene cardScene()
{
    SyntheticScene s;
    s.frame = cv::Size(1280, 720);
    s.rotationDeg = 15.0;
    s.seed = 11;
    return s;
}

DocumentQuad truthQuad(const SyntheticPhoto& photo)
{
    DocumentQuad q;
    q.found = true;
    q.corners = orderClockwiseFromTopLeft(photo.quad);
    return q;
}

QualityMeasures measure(const SyntheticScene& s)
{
    const auto photo = renderScene(s);
    return measureQuality(photo.image, truthQuad(photo));
}
} // namespace

TEST(QualityMeter, BlurLowersSharpness)
{
    double previous = 2.0;
    for (double blur : {0.0, 1.0, 2.0, 3.5}) {
        SyntheticScene s = cardScene();
        s.blurSigma = blur;
        const double sharpness = measure(s).sharpness;
        EXPECT_LT(sharpness, previous) << "blur " << blur;
        previous = sharpness;
    }
    SyntheticScene sharp = cardScene(), blurred = cardScene();
    blurred.blurSigma = 2.0;
    GuidanceOptions g;
    EXPECT_GE(measure(sharp).sharpness, g.minSharpness + 0.1);
    EXPECT_LT(measure(blurred).sharpness, g.minSharpness);
}

TEST(QualityMeter, GlareSpotRaisesGlare)
{
    SyntheticScene clean = cardScene(), shiny = cardScene();
    shiny.glare = true;
    const QualityMeasures a = measure(clean), b = measure(shiny);
    EXPECT_LT(a.glare, 0.001);
    EXPECT_GT(b.glare, 0.05);
    EXPECT_FALSE(a.reflectionsUnseen); // the paper is below the clipping level: a reflection shows
    EXPECT_FALSE(b.reflectionsUnseen);
}

// One reflection is one clipped spot; a phone screen's white widgets that clip are many small
// ones. The document rules tell them apart by the largest spot (a label may hide under it).
TEST(QualityMeter, LargestGlareSpotTellsOneReflectionFromManySpecks)
{
    SyntheticScene shiny = cardScene();
    shiny.glare = true;
    const QualityMeasures spot = measure(shiny);
    // glare is a share of the measured inside, the spot one of the whole document.
    const double inside = std::pow(1.0 - 2.0 * QualityOptions{}.insetFraction, 2);
    EXPECT_GT(spot.largestGlareSpot, 0.8 * spot.glare * inside);

    const auto photo = renderScene(cardScene());
    cv::Mat specks = photo.image.clone();
    cv::RNG rng(7);
    const cv::Rect bounds = cv::boundingRect(std::vector<cv::Point2f>(photo.quad.begin(), photo.quad.end()));
    int drawn = 0;
    for (int i = 0; i < 20000 && drawn < 800; ++i) {
        const cv::Point2f at(rng.uniform(bounds.x, bounds.br().x), rng.uniform(bounds.y, bounds.br().y));
        if (cv::pointPolygonTest(std::vector<cv::Point2f>(photo.quad.begin(), photo.quad.end()), at, true) < 40)
            continue;
        cv::rectangle(specks, cv::Rect(cv::Point(at), cv::Size(3, 3)), cv::Scalar(255, 255, 255), cv::FILLED);
        ++drawn;
    }
    const QualityMeasures m = measureQuality(specks, truthQuad(photo));
    EXPECT_GT(m.glare, 0.005); // the preview still says "glare" over them
    EXPECT_LT(m.largestGlareSpot, 0.001);
}

// White paper exposed at the sensor's clipping level is clipped all over: that is the paper,
// not a reflection, and the preview must not keep asking to tilt a readable document. A
// reflection on paper below that level still counts (GlareSpotRaisesGlare).
TEST(QualityMeter, WhitePaperAtTheClippingLevelIsNoGlare)
{
    SyntheticScene white = cardScene();
    white.paper = cv::Scalar(254, 254, 254);
    white.band = cv::Scalar(250, 250, 250);
    const auto photo = renderScene(white);
    const QualityMeasures m = measureQuality(photo.image, truthQuad(photo));
    // The measure as it was (every clipped pixel) would have said glare here.
    cv::Mat clipped;
    cv::inRange(photo.image, cv::Scalar(250, 250, 250), cv::Scalar(255, 255, 255), clipped);
    ASSERT_GT(cv::countNonZero(clipped), 0.2 * quadArea(photo.quad));
    EXPECT_EQ(m.glare, 0.0);
    EXPECT_EQ(decideGuidance(m, false, true), CaptureGuidance::OkToCapture);
    // No glare measured is not no glare: the document rules must know a reflection could not show.
    EXPECT_TRUE(m.reflectionsUnseen);
}

TEST(QualityMeter, DarkerPhotoLowersExposure)
{
    SyntheticScene bright = cardScene(), dim = cardScene();
    dim.paper = cv::Scalar(60, 60, 62);
    dim.band = cv::Scalar(50, 40, 60);
    const QualityMeasures a = measure(bright), b = measure(dim);
    EXPECT_GT(a.exposure, 0.7);
    EXPECT_LT(b.exposure, 0.3);
}

TEST(QualityMeter, CoverageAndTilt)
{
    SyntheticScene flat = cardScene(), tilted = cardScene();
    tilted.tiltDeg = 20.0;
    tilted.tiltAxisDeg = 30.0;
    const auto photo = renderScene(flat);
    const QualityMeasures a = measureQuality(photo.image, truthQuad(photo));
    EXPECT_NEAR(a.coverage, quadArea(photo.quad) / (1280.0 * 720.0), 1e-6);
    EXPECT_LT(a.tiltDegrees, 2.0);
    EXPECT_TRUE(a.documentFound);
    const QualityMeasures b = measure(tilted);
    EXPECT_NEAR(b.tiltDegrees, 20.0, 4.0);
}

TEST(QualityMeter, NoDocumentMeansNothingMeasured)
{
    const cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar(80, 80, 80));
    const QualityMeasures m = measureQuality(frame, DocumentQuad{});
    EXPECT_FALSE(m.documentFound);
    EXPECT_EQ(m.sharpness, 0.0);
    EXPECT_EQ(decideGuidance(m, false, true), CaptureGuidance::NoDocument);
}

TEST(QualityMeter, GuidanceGivesOneMessageMostUrgentFirst)
{
    QualityMeasures good;
    good.documentFound = true;
    good.sharpness = 0.7;
    good.exposure = 0.8;
    good.glare = 0.0;
    EXPECT_EQ(decideGuidance(good, false, true), CaptureGuidance::OkToCapture);
    EXPECT_EQ(decideGuidance(good, true, true), CaptureGuidance::MoveInsideFrame);
    EXPECT_EQ(decideGuidance(good, false, false), CaptureGuidance::HoldStill);
    QualityMeasures dark = good;
    dark.exposure = 0.1;
    dark.sharpness = 0.1; // darkness explains the blur reading: say "too dark"
    EXPECT_EQ(decideGuidance(dark, false, true), CaptureGuidance::TooDark);
    QualityMeasures shiny = good;
    shiny.glare = 0.05;
    EXPECT_EQ(decideGuidance(shiny, false, true), CaptureGuidance::Glare);
    QualityMeasures soft = good;
    soft.sharpness = 0.3;
    EXPECT_EQ(decideGuidance(soft, false, true), CaptureGuidance::TooBlurry);
    EXPECT_EQ(toString(CaptureGuidance::OkToCapture), "ok_to_capture");
    EXPECT_EQ(toString(CaptureGuidance::MoveInsideFrame), "move_inside_frame");
}

TEST(QualityMeter, TouchingTheFrameEdge)
{
    DocumentQuad q;
    q.found = true;
    q.corners = {cv::Point2f(100, 100), cv::Point2f(500, 100), cv::Point2f(500, 400), cv::Point2f(100, 400)};
    EXPECT_FALSE(touchesFrameEdge(q, cv::Size(1280, 720), 0.01));
    q.corners[1] = cv::Point2f(1279, 100);
    EXPECT_TRUE(touchesFrameEdge(q, cv::Size(1280, 720), 0.01));
}

TEST(QualityMeter, StillnessNeedsConsecutiveStillFrames)
{
    StillnessTracker tracker;
    DocumentQuad q;
    q.found = true;
    q.corners = {cv::Point2f(100, 100), cv::Point2f(500, 100), cv::Point2f(500, 400), cv::Point2f(100, 400)};
    EXPECT_FALSE(tracker.update(q)); // first sighting: nothing to compare with
    EXPECT_FALSE(tracker.update(q));
    EXPECT_FALSE(tracker.update(q));
    EXPECT_TRUE(tracker.update(q));
    DocumentQuad moved = q;
    for (auto& p : moved.corners)
        p += cv::Point2f(30, 0); // 6 % of the diagonal
    EXPECT_FALSE(tracker.update(moved));
    EXPECT_EQ(tracker.stillFrames(), 0);
    DocumentQuad jitter = moved;
    jitter.corners[0] += cv::Point2f(1.5f, -1.0f); // tremor well under 1 %
    tracker.update(jitter);
    tracker.update(moved);
    EXPECT_TRUE(tracker.update(moved));
    EXPECT_FALSE(tracker.update(DocumentQuad{}));
    EXPECT_EQ(tracker.stillFrames(), 0);
}

TEST(QualityMeter, LivePreviewSequenceEndsWithOkToCapture)
{
    // A card slides in from the edge, stops, and is captured; then a blurred frame.
    StillnessTracker tracker;
    std::vector<std::string_view> messages;
    const cv::Mat empty(720, 1280, CV_8UC3, cv::Scalar(70, 60, 50));
    messages.push_back(toString(assessFrame(empty, findDocument(empty), tracker).guidance));
    SyntheticScene s = cardScene();
    s.desk = cv::Scalar(70, 60, 50);
    s.fitInsideFrame = false;
    for (double x : {0.34, 0.2, 0.05, 0.0, 0.0, 0.0, 0.0}) {
        s.centreOffset = {x, 0.0};
        const auto photo = renderScene(s);
        messages.push_back(toString(assessFrame(photo.image, findDocument(photo.image), tracker).guidance));
    }
    EXPECT_EQ(messages.front(), "no_document");
    EXPECT_EQ(messages[1], "move_inside_frame");
    EXPECT_EQ(messages[2], "hold_still");
    EXPECT_EQ(messages.back(), "ok_to_capture");

    s.blurSigma = 3.0;
    const auto blurred = renderScene(s);
    tracker.update(findDocument(blurred.image));
    tracker.update(findDocument(blurred.image));
    const CaptureAssessment a = assessFrame(blurred.image, findDocument(blurred.image), tracker);
    EXPECT_EQ(toString(a.guidance), "too_blurry");
}
