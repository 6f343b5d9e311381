// Simulated photos: the truth quad really outlines the upright document in the photo.
#include "PhotoSimulator.h"
#include "ReplayShots.h"

#include <opencv2/imgproc.hpp>
#include <gtest/gtest.h>

using namespace shikaku;
using namespace shikaku::synth;

namespace {

/// Correlation between the flat page and the photo rectified through the truth quad.
double rectifiedCorrelation(const FlatDocument& doc, const SimulatedPhoto& photo)
{
    const cv::Size size(160, static_cast<int>(160 * doc.sizeMm.height() / doc.sizeMm.width()));
    const std::vector<cv::Point2f> dst{{0, 0}, {static_cast<float>(size.width), 0}, {static_cast<float>(size.width), static_cast<float>(size.height)},
                                       {0, static_cast<float>(size.height)}};
    const std::vector<cv::Point2f> src(photo.quad.begin(), photo.quad.end());
    cv::Mat rectified;
    cv::warpPerspective(photo.image, rectified, cv::getPerspectiveTransform(src, dst), size, cv::INTER_AREA);
    cv::Mat flat;
    cv::resize(toBgrMat(doc.image), flat, size, 0, 0, cv::INTER_AREA);
    cv::Mat a, b;
    cv::cvtColor(rectified, a, cv::COLOR_BGR2GRAY);
    cv::cvtColor(flat, b, cv::COLOR_BGR2GRAY);
    // Compare structure, not lighting: band-pass both (shadows and vignetting are smooth).
    for (cv::Mat* m : {&a, &b}) {
        m->convertTo(*m, CV_32F);
        cv::Mat smooth, background;
        cv::GaussianBlur(*m, smooth, cv::Size(0, 0), 1.5);
        cv::GaussianBlur(*m, background, cv::Size(0, 0), 10);
        *m = smooth - background;
    }
    cv::Mat result;
    cv::matchTemplate(a, b, result, cv::TM_CCOEFF_NORMED);
    return result.at<float>(0, 0);
}

bool quadInside(const SimulatedPhoto& photo)
{
    for (const auto& p : photo.quad)
        if (p.x < 0 || p.y < 0 || p.x >= photo.image.cols || p.y >= photo.image.rows)
            return false;
    return true;
}

} // namespace

TEST(Photo, QuadMapsToTheDocumentInEveryTier)
{
    const std::vector<DocumentKind> kinds{DocumentKind::KakuninshoCard, DocumentKind::KakuninshoA4, DocumentKind::PortalScreen};
    for (const DocumentKind kind : kinds) {
        for (const PhotoTier tier : {PhotoTier::Easy, PhotoTier::Medium, PhotoTier::Hard}) {
            const FlatDocument doc = renderDocument(kind, 11, {150, PdfMode::Text});
            const SimulatedPhoto photo = simulatePhoto(doc, {tier, 2, 5});
            SCOPED_TRACE(std::string(toString(kind)) + " " + std::string(toString(tier)) + " " + photo.info.dump());
            EXPECT_EQ(photo.image.cols, 1600);
            EXPECT_EQ(photo.image.rows, 1200);
            EXPECT_TRUE(quadInside(photo));
            EXPECT_TRUE(cv::isContourConvex(std::vector<cv::Point2f>(photo.quad.begin(), photo.quad.end())));
            // Hard photos are dark, blurred and may be glared or fingered: a weaker but clear match.
            EXPECT_GT(rectifiedCorrelation(doc, photo), tier == PhotoTier::Hard ? 0.35 : 0.5);
        }
    }
}

TEST(Photo, WrongCornerOrderWouldNotMatch)
{
    // Guards the test above: the correlation does drop when the quad is rotated by a corner.
    const FlatDocument doc = renderDocument(DocumentKind::KakuninshoA4, 3, {150, PdfMode::Text});
    SimulatedPhoto photo = simulatePhoto(doc, {PhotoTier::Easy, 2, 9});
    const double right = rectifiedCorrelation(doc, photo);
    std::rotate(photo.quad.begin(), photo.quad.begin() + 2, photo.quad.end());
    EXPECT_LT(rectifiedCorrelation(doc, photo), right - 0.3);
}

TEST(Photo, DeterministicAndEightMegapixels)
{
    const FlatDocument doc = renderDocument(DocumentKind::KakuninshoCard, 4, {150, PdfMode::Text});
    const SimulatedPhoto a = simulatePhoto(doc, {PhotoTier::Medium, 8, 21});
    const SimulatedPhoto b = simulatePhoto(doc, {PhotoTier::Medium, 8, 21});
    EXPECT_EQ(a.image.cols, 3264);
    EXPECT_EQ(a.image.rows, 2448);
    EXPECT_EQ(a.jpeg, b.jpeg);
    EXPECT_EQ(a.info.dump(), b.info.dump());
    for (const char* key : {"tier", "rotation_deg", "quad", "megapixels"})
        EXPECT_TRUE(a.info.contains(key)) << key;
}

TEST(Photo, PreviewFrameIsSixteenByNine)
{
    const FlatDocument doc = renderDocument(DocumentKind::KakuninshoCard, 6, {150, PdfMode::Text});
    const SimulatedPhoto photo = simulatePhoto(doc, {PhotoTier::Easy, 2, 2});
    const SimulatedPhoto preview = makePreviewFrame(photo, 720);
    EXPECT_EQ(preview.image.cols, 1280);
    EXPECT_EQ(preview.image.rows, 720);
    EXPECT_NEAR(preview.quad[0].x, photo.quad[0].x * 0.8, 0.01);
}

TEST(Photo, ReplayShotCarriesTruthAndQuad)
{
    const ReplayShot shot = makeReplayShot(DocumentKind::KakuninshoCard, PhotoTier::Easy, 5, 0, 2);
    EXPECT_EQ(shot.image.cols, 1600);
    EXPECT_EQ(shot.truth.kind, "kakuninsho_card");
    ASSERT_TRUE(shot.truth.photo.contains("quad"));
    EXPECT_EQ(shot.truth.photo["quad"].size(), 4U);
}
