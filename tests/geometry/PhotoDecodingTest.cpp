// decodePhoto: a large JPEG decoded in full on one thread while the outline is found in a
// reduced decode on the other, then fitted in the full photo. The outline must be what
// findDocument finds in the full photo; other inputs are decoded as they are.
#include "DocumentFinder.h"
#include "ImageHeader.h"
#include "OcrEngine.h"
#include "PhotoDecoding.h"
#include "SyntheticPhoto.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace shikaku;
using namespace shikaku::testsupport;

namespace {

std::string encoded(const cv::Mat& image, const std::string& ext)
{
    std::vector<uchar> bytes;
    cv::imencode(ext, image, bytes, {cv::IMWRITE_JPEG_QUALITY, 90});
    return {bytes.begin(), bytes.end()};
}

double largestCornerDistance(const std::array<cv::Point2f, 4>& a, const std::array<cv::Point2f, 4>& b)
{
    double worst = 0;
    for (int i = 0; i < 4; ++i)
        worst = std::max(worst, double(std::hypot(a[i].x - b[i].x, a[i].y - b[i].y)));
    return worst;
}

OcrEngine& engine()
{
    static OcrEngine e;
    return e;
}

} // namespace

TEST(PhotoDecoding, headerGivesTheSizeOfJpegAndPngOnly)
{
    const cv::Mat image(123, 321, CV_8UC3, cv::Scalar(200, 180, 160));
    EXPECT_EQ(imageSizeFromHeader(encoded(image, ".jpg")), cv::Size(321, 123));
    EXPECT_EQ(imageSizeFromHeader(encoded(image, ".png")), cv::Size(321, 123));
    EXPECT_FALSE(imageSizeFromHeader("%PDF-1.7 not an image"));
    EXPECT_FALSE(imageSizeFromHeader(std::string("\xFF\xD8\xFF", 3))); // a JPEG cut after its signature
}

TEST(PhotoDecoding, outlineOfAnEightMegapixelStillIsTheFullResolutionOne)
{
    int found = 0;
    for (Tier tier : {Tier::Easy, Tier::Medium}) {
        for (int i = 0; i < 3; ++i) {
            const SyntheticPhoto photo = renderScene(sceneForTier(tier, i, {3264, 2448}));
            const std::string jpeg = encoded(photo.image, ".jpg");
            const DecodedPhoto decoded = decodePhoto(jpeg, engine());
            ASSERT_EQ(decoded.bgr.size(), photo.image.size());
            ASSERT_TRUE(decoded.outline.has_value()) << "an 8 MP JPEG is searched while it is decoded";
            const DocumentQuad full = findDocument(decoded.bgr);
            ASSERT_EQ(decoded.outline->found, full.found) << toString(tier) << " " << i;
            if (!full.found)
                continue;
            ++found;
            // Both were fitted in the same full photo; they differ only by the working copy's pixels (measured: ≤ 0.15 px).
            EXPECT_LT(largestCornerDistance(decoded.outline->corners, full.corners), 1.0) << toString(tier) << " " << i;
        }
    }
    EXPECT_GE(found, 5);
}

TEST(PhotoDecoding, smallJpegsPngsAndBrokenFilesAreOnlyDecoded)
{
    const SyntheticPhoto small = renderScene(sceneForTier(Tier::Easy, 0, {1920, 1080}));
    const DecodedPhoto fromSmall = decodePhoto(encoded(small.image, ".jpg"), engine());
    EXPECT_EQ(fromSmall.bgr.size(), small.image.size());
    EXPECT_FALSE(fromSmall.outline) << "a 2 MP photo decodes fast: the reader finds the outline itself";

    const SyntheticPhoto large = renderScene(sceneForTier(Tier::Easy, 1, {3264, 2448}));
    const DecodedPhoto fromPng = decodePhoto(encoded(large.image, ".png"), engine());
    EXPECT_EQ(fromPng.bgr.size(), large.image.size());
    EXPECT_FALSE(fromPng.outline);

    std::string cut = encoded(large.image, ".jpg");
    cut.resize(600); // the header survives, the picture does not
    const DecodedPhoto fromCut = decodePhoto(cut, engine());
    EXPECT_TRUE(fromCut.bgr.empty() || fromCut.bgr.size() == large.image.size());
    EXPECT_TRUE(decodePhoto("\xFF\xD8\xFF garbage", engine()).bgr.empty());
}
