// Camera photos: find the document → rectify → upright (0/180, from the text) → classify →
// read the fields → judge. Only chunks of text are OCR'd, never the whole page.
#include "PhotoDocumentReader.h"

#include "DocumentKind.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "InvertedText.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageCleanup.h"
#include "PhotoPage.h"
#include "PlaceReading.h"
#include "QrCrossCheck.h"
#include "QualityMeter.h"
#include "ReflectionMask.h"
#include "SearchPrint.h"
#include "UnreadDateLabel.h"
#include "UprightPage.h"
#include "ValueByForm.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>

namespace shikaku {
namespace {

// A value over or beside a reflection may have lost characters to it and still read alike
// twice (seed 31337's card: 「7136」 with its 6 washed out, 713 `ok`): never `ok`.
void doubtValuesNearReflections(ScanResult& r)
{
    const cv::Mat mask = reflectionMask(r.rectified, QualityOptions{}.glareLevel);
    if (mask.empty())
        return;
    for (FieldReading& f : r.fields)
        if (f.source == FieldSource::Ocr && f.box && reflectionNearValue(mask, cv::Rect(f.box->x, f.box->y, f.box->width, f.box->height)))
            sendToReview(f, "a reflection lies over or beside the value: part of it may be washed out");
}

ScanResult readPhoto(const cv::Mat& bgr, const ReadContext& ctx, const std::optional<DocumentQuad>& outline)
{
    ScanResult r;
    if (bgr.empty()) {
        r.error = {ScanErrorCode::CorruptImage, "empty image"};
        return r;
    }
    PhotoPage page = preparePhotoPage(bgr, outline, formatOf(ctx.hint), ctx.models, r.quality);
    // Light-on-dark print (a phone's header bar, a page in dark mode) is turned over before the
    // clean-up, which expects dark print on paper.
    double invertedShare = 0.0;
    PageShape shape = shapeOf(page); // the measured side ratio: the page has the format's canonical size
    cv::Mat raw = page.document.image;
    if (raw.channels() != 1)
        cv::cvtColor(raw, raw, raw.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    const cv::Mat flipped = darkOnLight(raw, &invertedShare, &shape.lightOnDark);
    if (invertedShare > 0.0)
        page.gray = cleanPageForReading(flipped);
    const cv::Mat& gray = page.gray;

    const UprightPage text = readUprightPage(gray, shape, ctx);
    r.orientationDegrees = text.degrees;
    if (text.degrees != 0)
        page = turnedClockwise(page, text.degrees);
    r.rectified = page.document.image;

    r.kind = text.kind;
    r.unexplainedDate = hasUnexplainedDate(text.page, ctx.models);
    if (r.kind == DocumentKind::BackSide || r.kind == DocumentKind::Unknown) {
        // Nothing on a back side is read: it carries 戸籍上の氏名 and the organ-donation choice.
        for (auto& f : r.fields) {
            f.status = FieldStatus::NotFound;
            f.reason = r.kind == DocumentKind::BackSide ? "back side: turn the card over" : "document not recognised";
        }
        return r;
    }
    // Values are read from the photo at its own resolution where it has more detail than the page.
    // A page read inverted (a phone in dark mode) is read as inverted: the photo is not.
    FieldLocations locations = text.fields;
    locateInsurerNumberByForm(text.page, locations);
    locations.blurredPrint = hasBlurredPrint(page.gray);
    const FieldDetail detail = invertedShare > 0.5 ? FieldDetail{text.gray, locations, 1.0} : fieldDetail(bgr, page, locations);
    // A value not `ok` on the re-sampled image is read on the page too, on documents that are
    // pre-filled (an old 健康保険証's values go to review whatever they read).
    r.fields = detail.scale == 1.0 || !carriesInsuranceFields(r.kind)
                   ? readFieldValues(ctx.ocr, detail.gray, detail.locations, ctx.models, ctx.judge)
                   : readFieldValues(ctx.ocr, detail.gray, detail.locations, ctx.models, ctx.judge,
                                     PageAtScale{text.gray, locations, detail.scale});
    boxesToPage(r.fields, detail);
    crossCheckWithQr(r, readQrCodes(text.gray), ctx.judge);
    if (invertedShare <= 0.5) // on a page in dark mode the print is the white
        doubtValuesNearReflections(r);
    return r;
}

} // namespace

ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& ctx)
{
    return readPhoto(bgr, ctx, std::nullopt);
}

ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& ctx, const DocumentQuad& outline)
{
    return readPhoto(bgr, ctx, outline);
}

} // namespace shikaku
