#include "PhotoPage.h"

#include "DocumentFinder.h"
#include "PageCleanup.h"
#include "QualityMeter.h"
#include "ScaledRect.h"
#include "TextDirection.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shikaku {
namespace {

/// Below this the photo adds too little detail over the page to be worth a second warp.
constexpr double kMinUsefulDetailScale = 1.2;

/// The page is sampled at most this much finer than the photo. Upsampling a 2 MP card to the
/// canonical 1000 px adds no detail but doubled the reading time (more and larger chunks:
/// 2.2× CPU on the hard tier for the same fields right); a little (an 8 MP postcard just
/// below its canonical 1729 px) keeps the glyph sizes the reader was tuned on.
constexpr double kMaxPageUpsampling = 1.2;

DocumentQuad wholeFrameQuad(cv::Size frame)
{
    DocumentQuad q;
    q.found = true;
    const auto w = float(frame.width - 1), h = float(frame.height - 1);
    q.corners = {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h), cv::Point2f(0, h)};
    return q;
}

cv::Mat toGray(const cv::Mat& image)
{
    if (image.channels() == 1)
        return image;
    cv::Mat gray;
    cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return gray;
}

} // namespace

PhotoPage preparePhotoPage(const cv::Mat& photo, const std::optional<DocumentQuad>& outline,
                           std::optional<PaperFormat> format, const Models& models, QualityMeasures& quality)
{
    PhotoPage page;
    const DocumentQuad quad = outline ? *outline : findDocument(photo);
    RectifyOptions options;
    options.maxUpsampling = kMaxPageUpsampling;
    if (quad.found)
        page.document = rectify(photo, quad, models, format, options);
    page.outlineFound = page.document.isValid();
    if (!page.outlineFound)
        page.document = wholeFrame(photo); // a flat scan or a document filling the frame
    // The preview's measures of the photo taken (a reflection on the page, for one, tells the
    // document rules that a label may be hidden), over the whole frame when no outline was found.
    quality = measureQuality(photo, page.outlineFound ? quad : wholeFrameQuad(photo.size()));
    quality.documentFound = page.outlineFound;
    if (!page.outlineFound)
        quality.coverage = 1.0;

    cv::Mat gray = toGray(page.document.image);
    // The format fixes landscape or portrait; postcards exist both ways round, and a misjudged
    // format puts a page on its side: the ink decides the last quarter turn.
    if (textRunsVertically(gray)) {
        page.document = rotated(page.document, 90);
        cv::rotate(gray, gray, cv::ROTATE_90_CLOCKWISE);
    }
    page.gray = cleanPageForReading(gray);
    if (page.outlineFound)
        page.corners = measureCorners(photo, page.document);
    return page;
}

PhotoPage turned180(const PhotoPage& page)
{
    PhotoPage t;
    t.document = rotated180(page.document);
    cv::rotate(page.gray, t.gray, cv::ROTATE_180);
    t.outlineFound = page.outlineFound;
    return t;
}

PhotoPage turnedClockwise(const PhotoPage& page, int degrees)
{
    if (degrees == 180)
        return turned180(page);
    if (degrees != 90 && degrees != 270)
        return page;
    PhotoPage t;
    t.document = rotated(page.document, degrees);
    cv::rotate(page.gray, t.gray, degrees == 90 ? cv::ROTATE_90_CLOCKWISE : cv::ROTATE_90_COUNTERCLOCKWISE);
    t.outlineFound = page.outlineFound;
    return t;
}

FieldDetail fieldDetail(const cv::Mat& photo, const PhotoPage& page, const FieldLocations& locations)
{
    FieldDetail d;
    d.gray = page.gray;
    d.locations = locations;
    const double available = std::min(kMaxFieldDetailScale, photoDetailScale(page.document));
    if (!page.outlineFound || available < kMinUsefulDetailScale)
        return d;
    d.scale = available;
    const cv::Size pageSize = page.gray.size();
    d.gray = cv::Mat(cv::Size(int(std::ceil(pageSize.width * d.scale)), int(std::ceil(pageSize.height * d.scale))), CV_8UC1,
                     cv::Scalar(255));
    const cv::Rect canvas(cv::Point(0, 0), d.gray.size());
    for (auto& values : d.locations.values)
        for (ValueLocation& v : values) {
            // The value with a glyph's margin all round: the crop reader pads by a quarter glyph.
            const int margin = std::max(4, v.glyphHeight);
            cv::Rect region = v.box + cv::Size(2 * margin, 2 * margin) - cv::Point(margin, margin);
            if (v.labelLastCharacterX >= 0) // the label's last character too: the value starts after its ink
                region |= cv::Rect(v.labelLastCharacterX - margin / 2, region.y, region.x - v.labelLastCharacterX + margin / 2, region.height);
            region &= cv::Rect(cv::Point(0, 0), pageSize);
            v.box = scaledOutward(v.box, d.scale);
            v.labelBox = scaledOutward(v.labelBox, d.scale);
            v.glyphHeight = int(std::lround(v.glyphHeight * d.scale));
            if (v.labelLastCharacterX >= 0)
                v.labelLastCharacterX = int(std::lround(v.labelLastCharacterX * d.scale));
            if (region.area() == 0)
                continue;
            const cv::Mat warped = warpRegion(photo, page.document, cv::Rect2d(region), d.scale);
            const cv::Rect target = cv::Rect(cv::Point(int(std::floor(region.x * d.scale)), int(std::floor(region.y * d.scale))),
                                             warped.size()) & canvas;
            if (target.area() == 0)
                continue;
            cleanPageForReading(toGray(warped))(cv::Rect(cv::Point(0, 0), target.size())).copyTo(d.gray(target));
        }
    return d;
}

void boxesToPage(std::array<FieldReading, 5>& fields, const FieldDetail& detail)
{
    if (detail.scale == 1.0)
        return;
    for (FieldReading& f : fields) {
        if (!f.box)
            continue;
        f.box = scaledOutward(*f.box, 1.0 / detail.scale);
    }
}

} // namespace shikaku
