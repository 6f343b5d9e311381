#pragma once
// Turns the document found in a photo into a flat, upright-or-upside-down image of a known
// physical format, and keeps the homography so that any region can be re-warped from the
// original photo at a higher resolution (field crops) and boxes can be mapped back.
//
// Orientation: the format settles landscape/portrait (0 vs 90°). Whether the result is upside
// down (0 vs 180°) needs the text; the field reader decides and calls rotated180().

#include "DocumentKind.h"
#include "DocumentQuad.h"
#include "FieldReading.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace shikaku {

class Models;

/// Physical formats a photo can show; sizes come from models/documents.json.
enum class PaperFormat : std::uint8_t {
    Card,        ///< ID-1, 85.6 × 54 mm (資格確認書 card, old card, お知らせ cut-out)
    Postcard,    ///< ≈ 148 × 100 mm
    A4,          ///< 210 × 297 mm (お知らせ, A4 資格確認書)
    PhoneScreen, ///< a phone showing the マイナポータル page (≈ 2.0–2.2 : 1)
};

std::string_view toString(PaperFormat format);

/// The document kind whose size in documents.json stands for the format.
DocumentKind representativeKind(PaperFormat format);

/// The format a document kind is printed on (portal PDF: A4; unknown: nullopt).
std::optional<PaperFormat> formatOf(DocumentKind kind);

/// The format a --kind hint implies for a photo (portal: the phone screen; auto and oshirase,
/// which may be a sheet or its cut-out card: nullopt, decide by the quad).
std::optional<PaperFormat> formatOf(KindHint hint);

struct FormatGuess {
    PaperFormat format = PaperFormat::Card;
    double measuredAspect = 0.0; ///< long / short side of the found quad, perspective-corrected
    double formatAspect = 0.0;   ///< long / short side of the chosen format
    double relativeError = 0.0;  ///< |measured − format| / format
    double measuredLongSideMm = 0.0; ///< only when the camera's resolution is known
};

/// The format whose side ratio is closest to the quad's (in a photo of size `frame`). Card
/// (1.59), postcard (1.48, "slightly smaller" variants up to 1.57) and A4 (1.41) are close, so
/// the side ratio alone can mistake them. A fixed document camera knows its resolution on the
/// desk (`photoPxPerMm`, from a one-time calibration; 0 = unknown): then the document's size in
/// millimetres decides as well. Callers with a better hint (the --kind option, the title read
/// by OCR) pass the format to rectify() instead.
FormatGuess guessFormat(const DocumentQuad& quad, cv::Size frame, const Models& models, double photoPxPerMm = 0.0);

struct RectifyOptions {
    /// Cards, postcards, phone screens: ≈ 300 dpi, so that a card is ~1000 px wide and its 6-pt
    /// digits are ~20 px tall (Tesseract's comfortable x-height is 20–30 px).
    double detailPxPerMm = 1000.0 / 85.6;
    /// A4 sheets: an overview at 150 dpi (1240 × 1754 px). The printed values on A4 sheets are
    /// 9–12 pt, ~25 px tall at this scale; the small card part of an お知らせ is re-warped at
    /// detail resolution with warpRegion() when needed.
    double sheetPxPerMm = 150.0 / 25.4;
    /// The camera's resolution on the desk in photo pixels per mm (0: unknown). A fixed document
    /// camera is calibrated once (photograph a card: its width in pixels / 85.6); it makes the
    /// format guess use the document's real size, not only its side ratio.
    double photoPxPerMm = 0.0;
    /// When > 0, the rectified image is never made larger than this many times the photo's own
    /// resolution over the document (upsampling adds pixels, not detail, and costs OCR time).
    /// Off by default: the field reader relies on the canonical size per format.
    double maxUpsampling = 0.0;
};

/// A rectified document: the image plus everything needed to go back to the photo.
struct RectifiedDocument {
    cv::Mat image;                         ///< BGR, landscape for card/postcard, portrait for A4/phone
    PaperFormat format = PaperFormat::Card;
    double pxPerMm = 0.0;                  ///< resolution of `image`
    cv::Matx33d photoToImage = cv::Matx33d::eye(); ///< homography: photo pixels → image pixels
    std::array<cv::Point2f, 4> photoCorners{}; ///< photo positions of the image's TL, TR, BR, BL
    int rotationDegrees = 0;               ///< 0 or 180: turned since rectify() (by rotated180)
    double measuredAspect = 0.0;           ///< side ratio of the quad as seen

    bool isValid() const { return !image.empty(); }
};

/// Warps the quad's content to the canonical size of `format` (or, without one, of the format
/// guessed from the quad's side ratio). Returns an invalid (empty) result when the quad was
/// not found or is degenerate.
RectifiedDocument rectify(const cv::Mat& photo, const DocumentQuad& quad, const Models& models,
                          std::optional<PaperFormat> format = std::nullopt, const RectifyOptions& options = {});

/// The same document turned clockwise by 90, 180 or 270° (other values: unchanged): image,
/// homography and corners updated together. 90° is for formats that exist both ways round
/// (portrait postcards) once the text direction is known.
RectifiedDocument rotated(const RectifiedDocument& document, int clockwiseDegrees);

/// The same document turned by 180°: image, homography and corners updated together.
RectifiedDocument rotated180(const RectifiedDocument& document);

/// The whole photo taken as the document (no outline found: a flat scan, a document filling
/// the frame): identity homography, so warpRegion() and boxToPhoto() still work.
RectifiedDocument wholeFrame(const cv::Mat& photo);

/// How many photo pixels one pixel of `document.image` spans (geometric mean over the sides):
/// above 1 the photo holds more detail than the rectified image, and warpRegion() at up to
/// this scale adds real detail rather than interpolated pixels.
double photoDetailScale(const RectifiedDocument& document);

/// A box of a rectified image, as it is on the image turned by 180°.
Box rotateBox180(const Box& box, cv::Size imageSize);

/// A box of `document.image` as four points in the photo (TL, TR, BR, BL of the box).
std::array<cv::Point2f, 4> boxToPhoto(const RectifiedDocument& document, const Box& box);

/// Re-warps a region of the rectified image from the original photo at `scale` times the
/// rectified resolution (e.g. scale 2 for an A4 field crop at 300 dpi). Sharper than resizing
/// the rectified image because it samples the photo once. Empty when the region is empty.
cv::Mat warpRegion(const cv::Mat& photo, const RectifiedDocument& document, const cv::Rect2d& regionInImage,
                   double scale);

} // namespace shikaku
