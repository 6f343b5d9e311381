#include "Rectifier.h"

#include "Models.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shikaku {
namespace {

constexpr std::array<PaperFormat, 4> kAllFormats{PaperFormat::Card, PaperFormat::Postcard, PaperFormat::A4,
                                                 PaperFormat::PhoneScreen};

/// Focal length assumed for the aspect correction, in frame widths: a typical document camera
/// or phone sees ~50–60° across. Near face-on (the normal case) the value hardly matters.
constexpr double kAssumedFocalFrameWidths = 1.0;

cv::Size2d formatSizeMm(PaperFormat format, const Models& models)
{
    const DocumentModel& m = models.document(representativeKind(format));
    return {m.widthMm, m.heightMm};
}

double longOverShort(cv::Size2d size)
{
    const double shorter = std::min(size.width, size.height);
    return shorter > 0.0 ? std::max(size.width, size.height) / shorter : 0.0;
}

cv::Matx33d toMatx(const cv::Mat& m)
{
    cv::Matx33d out;
    m.convertTo(cv::Mat(3, 3, CV_64F, out.val), CV_64F);
    return out;
}

cv::Point2f apply(const cv::Matx33d& h, cv::Point2f p)
{
    const cv::Vec3d v = h * cv::Vec3d(p.x, p.y, 1.0);
    return cv::Point2f(float(v[0] / v[2]), float(v[1] / v[2]));
}

} // namespace

std::string_view toString(PaperFormat format)
{
    switch (format) {
    case PaperFormat::Card: return "card";
    case PaperFormat::Postcard: return "postcard";
    case PaperFormat::A4: return "a4";
    case PaperFormat::PhoneScreen: return "phone_screen";
    }
    return "card";
}

DocumentKind representativeKind(PaperFormat format)
{
    switch (format) {
    case PaperFormat::Card: return DocumentKind::KakuninshoCard;
    case PaperFormat::Postcard: return DocumentKind::KakuninshoPostcard;
    case PaperFormat::A4: return DocumentKind::KakuninshoA4;
    case PaperFormat::PhoneScreen: return DocumentKind::PortalScreen;
    }
    return DocumentKind::KakuninshoCard;
}

std::optional<PaperFormat> formatOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::KakuninshoCard:
    case DocumentKind::HealthInsuranceCard:
    case DocumentKind::BackSide: return PaperFormat::Card;
    case DocumentKind::KakuninshoPostcard: return PaperFormat::Postcard;
    case DocumentKind::KakuninshoA4:
    case DocumentKind::Oshirase: // the cut-out card part is a card: the caller knows which it saw
    case DocumentKind::PortalPdf: return PaperFormat::A4;
    case DocumentKind::PortalScreen: return PaperFormat::PhoneScreen;
    case DocumentKind::Unknown: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<PaperFormat> formatOf(KindHint hint)
{
    switch (hint) {
    case KindHint::Card: return PaperFormat::Card;
    case KindHint::Postcard: return PaperFormat::Postcard;
    case KindHint::A4: return PaperFormat::A4;
    case KindHint::Portal: return PaperFormat::PhoneScreen; // in a photo the portal page is on a phone
    case KindHint::Oshirase: // sheet or cut-out: decide by the side ratio
    case KindHint::Auto: return std::nullopt;
    }
    return std::nullopt;
}

FormatGuess guessFormat(const DocumentQuad& quad, cv::Size frame, const Models& models, double photoPxPerMm)
{
    FormatGuess guess;
    const double ratio = metricSideRatio(quad.corners, frame, kAssumedFocalFrameWidths * std::max(frame.width, 1));
    guess.measuredAspect = ratio >= 1.0 ? ratio : (ratio > 0.0 ? 1.0 / ratio : 0.0);
    if (photoPxPerMm > 0.0) {
        const auto& c = quad.corners;
        const double a = (cv::norm(c[1] - c[0]) + cv::norm(c[2] - c[3])) / 2.0;
        const double b = (cv::norm(c[2] - c[1]) + cv::norm(c[3] - c[0])) / 2.0;
        guess.measuredLongSideMm = std::max(a, b) / photoPxPerMm;
    }
    double bestDistance = 1e9;
    for (PaperFormat f : kAllFormats) {
        const cv::Size2d sizeMm = formatSizeMm(f, models);
        const double aspect = longOverShort(sizeMm);
        if (aspect <= 0.0 || guess.measuredAspect <= 0.0)
            continue;
        // Log distances: a 5 % error counts the same for the ratio and for the size.
        double distance = std::abs(std::log(guess.measuredAspect / aspect));
        if (guess.measuredLongSideMm > 0.0)
            distance += std::abs(std::log(guess.measuredLongSideMm / std::max(sizeMm.width, sizeMm.height)));
        if (distance < bestDistance) {
            bestDistance = distance;
            guess.format = f;
            guess.formatAspect = aspect;
        }
    }
    if (guess.formatAspect > 0.0)
        guess.relativeError = std::abs(guess.measuredAspect - guess.formatAspect) / guess.formatAspect;
    return guess;
}

RectifiedDocument rectify(const cv::Mat& photo, const DocumentQuad& quad, const Models& models,
                          std::optional<PaperFormat> format, const RectifyOptions& options)
{
    RectifiedDocument doc;
    if (photo.empty() || !quad.found || !isConvexQuad(quad.corners))
        return doc;
    const FormatGuess guess = guessFormat(quad, photo.size(), models, options.photoPxPerMm);
    doc.format = format.value_or(guess.format);
    doc.measuredAspect = guess.measuredAspect;
    const cv::Size2d sizeMm = formatSizeMm(doc.format, models);
    if (sizeMm.width <= 0.0 || sizeMm.height <= 0.0)
        return doc;
    const bool landscape = sizeMm.width >= sizeMm.height;

    // Which corner becomes the image's top-left: the side c[s]→c[s+1] must be a long side for a
    // landscape format and a short one for a portrait format (0 vs 90°). Of the two starts that
    // satisfy this, take the one whose top side points most to the right in the photo: a
    // document placed roughly upright stays upright; upside down is the field reader's call.
    const cv::Size frame = photo.size();
    const double focal = kAssumedFocalFrameWidths * frame.width;
    const double ratio01 = metricSideRatio(quad.corners, frame, focal);
    const bool firstSideLong = ratio01 >= 1.0;
    const int first = firstSideLong == landscape ? 0 : 1;
    auto rightward = [&](int s) {
        const cv::Point2f d = quad.corners[std::size_t((s + 1) % 4)] - quad.corners[std::size_t(s)];
        return d.x / std::max(1e-6f, std::hypot(d.x, d.y));
    };
    const int start = rightward(first) >= rightward(first + 2) ? first : first + 2;
    for (std::size_t i = 0; i < 4; ++i)
        doc.photoCorners[i] = quad.corners[(std::size_t(start) + i) % 4];

    doc.pxPerMm = doc.format == PaperFormat::A4 ? options.sheetPxPerMm : options.detailPxPerMm;
    if (options.maxUpsampling > 0.0) {
        const double photoPxPerMm =
            (cv::norm(doc.photoCorners[1] - doc.photoCorners[0]) + cv::norm(doc.photoCorners[2] - doc.photoCorners[3])) /
            (2.0 * sizeMm.width);
        doc.pxPerMm = std::min(doc.pxPerMm, options.maxUpsampling * photoPxPerMm);
    }
    const int width = std::max(1, int(std::lround(sizeMm.width * doc.pxPerMm)));
    const int height = std::max(1, int(std::lround(sizeMm.height * doc.pxPerMm)));
    const std::array<cv::Point2f, 4> target{cv::Point2f(0, 0), cv::Point2f(float(width), 0),
                                            cv::Point2f(float(width), float(height)), cv::Point2f(0, float(height))};
    doc.photoToImage = toMatx(cv::getPerspectiveTransform(doc.photoCorners.data(), target.data()));
    cv::warpPerspective(photo, doc.image, cv::Mat(doc.photoToImage), cv::Size(width, height), cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    return doc;
}

RectifiedDocument rotated(const RectifiedDocument& document, int clockwiseDegrees)
{
    const int degrees = ((clockwiseDegrees % 360) + 360) % 360;
    RectifiedDocument turned = document;
    if (!document.isValid() || degrees % 90 != 0 || degrees == 0)
        return turned;
    turned.image = cv::Mat(); // the copy shares pixels with `document`: never rotate in place
    const double w = document.image.cols - 1.0, h = document.image.rows - 1.0;
    // Pixel mappings of cv::rotate: 90° cw (x, y) → (h − y, x); 180° → (w − x, h − y);
    // 270° cw (x, y) → (y, w − x).
    cv::Matx33d turn;
    if (degrees == 90) {
        cv::rotate(document.image, turned.image, cv::ROTATE_90_CLOCKWISE);
        turn = cv::Matx33d(0, -1, h, 1, 0, 0, 0, 0, 1);
    } else if (degrees == 180) {
        cv::rotate(document.image, turned.image, cv::ROTATE_180);
        turn = cv::Matx33d(-1, 0, w, 0, -1, h, 0, 0, 1);
    } else {
        cv::rotate(document.image, turned.image, cv::ROTATE_90_COUNTERCLOCKWISE);
        turn = cv::Matx33d(0, 1, 0, -1, 0, w, 0, 0, 1);
    }
    turned.photoToImage = turn * document.photoToImage;
    // The new top-left corner is the old corner that the turn brings to the top left.
    const std::size_t shift = std::size_t(4 - degrees / 90) % 4;
    for (std::size_t i = 0; i < 4; ++i)
        turned.photoCorners[i] = document.photoCorners[(i + shift) % 4];
    turned.rotationDegrees = (document.rotationDegrees + degrees) % 360;
    return turned;
}

RectifiedDocument rotated180(const RectifiedDocument& document)
{
    return rotated(document, 180);
}

RectifiedDocument wholeFrame(const cv::Mat& photo)
{
    RectifiedDocument doc;
    if (photo.empty())
        return doc;
    doc.image = photo;
    const float w = float(photo.cols), h = float(photo.rows);
    doc.photoCorners = {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h), cv::Point2f(0, h)};
    doc.measuredAspect = std::max(w, h) / std::max(1.f, std::min(w, h));
    doc.format = doc.measuredAspect > 1.8 ? PaperFormat::PhoneScreen : PaperFormat::Card;
    return doc;
}

double photoDetailScale(const RectifiedDocument& document)
{
    if (!document.isValid())
        return 0.0;
    const auto& c = document.photoCorners;
    const double across = (cv::norm(c[1] - c[0]) + cv::norm(c[2] - c[3])) / (2.0 * document.image.cols);
    const double down = (cv::norm(c[3] - c[0]) + cv::norm(c[2] - c[1])) / (2.0 * document.image.rows);
    return std::sqrt(across * down);
}

Box rotateBox180(const Box& box, cv::Size imageSize)
{
    return {imageSize.width - (box.x + box.width), imageSize.height - (box.y + box.height), box.width, box.height};
}

std::array<cv::Point2f, 4> boxToPhoto(const RectifiedDocument& document, const Box& box)
{
    const cv::Matx33d back = document.photoToImage.inv();
    const float x0 = float(box.x), y0 = float(box.y), x1 = float(box.x + box.width), y1 = float(box.y + box.height);
    return {apply(back, {x0, y0}), apply(back, {x1, y0}), apply(back, {x1, y1}), apply(back, {x0, y1})};
}

cv::Mat warpRegion(const cv::Mat& photo, const RectifiedDocument& document, const cv::Rect2d& region, double scale)
{
    if (photo.empty() || !document.isValid() || region.width <= 0.0 || region.height <= 0.0 || scale <= 0.0)
        return {};
    const cv::Size size(std::max(1, int(std::ceil(region.width * scale))), std::max(1, int(std::ceil(region.height * scale))));
    const cv::Matx33d toRegion(scale, 0, -region.x * scale, 0, scale, -region.y * scale, 0, 0, 1);
    cv::Mat out;
    cv::warpPerspective(photo, out, cv::Mat(toRegion * document.photoToImage), size,
                        scale > 1.0 ? cv::INTER_CUBIC : cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

} // namespace shikaku
