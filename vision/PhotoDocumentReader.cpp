// Camera photos: find the document → rectify → upright (0/180, from the text) → classify →
// read the fields → judge. Only chunks of text are OCR'd, never the whole page.
#include "PhotoDocumentReader.h"

#include "DocumentClassifier.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "PhotoPage.h"
#include "QrCrossCheck.h"
#include "TextChunkFinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>

namespace shikaku {
namespace {

struct UprightText {
    cv::Mat gray;
    PageText page;
    FieldLocations fields;
    DocumentKind kind = DocumentKind::Unknown;
    int degrees = 0;
};

UprightText readText(const cv::Mat& gray, int degrees, const ReadContext& ctx)
{
    UprightText t;
    t.degrees = degrees;
    if (degrees == 180)
        cv::rotate(gray, t.gray, cv::ROTATE_180);
    else
        t.gray = gray;
    t.page = readPageText(ctx.ocr, t.gray, findTextChunks(t.gray), LabelMatcher(ctx.models));
    t.fields = locateFields(t.page);
    const double aspect = static_cast<double>(std::max(gray.cols, gray.rows)) / std::max(1, std::min(gray.cols, gray.rows));
    const double textHeightRatio = static_cast<double>(t.page.bodyGlyphHeight) / std::max(1, std::min(gray.cols, gray.rows));
    t.kind = classifyDocument({t.page, t.fields, aspect, textHeightRatio, ctx.hint}, ctx.models);
    return t;
}

// Upright text reads as labels with high confidence; upside-down text reads as noise.
bool better(const UprightText& a, const UprightText& b)
{
    const int la = a.fields.fieldLabels + a.fields.otherLabels, lb = b.fields.fieldLabels + b.fields.otherLabels;
    if (la != lb)
        return la > lb;
    // Small print in a 2 MP photo may yield no label either way while the large title still
    // reads: the side whose title names a document is upright.
    const bool ka = a.kind != DocumentKind::Unknown, kb = b.kind != DocumentKind::Unknown;
    if (ka != kb)
        return ka;
    return a.page.meanConfidence() > b.page.meanConfidence();
}

ScanResult readPhoto(const cv::Mat& bgr, const ReadContext& ctx, const std::optional<DocumentQuad>& outline)
{
    ScanResult r;
    if (bgr.empty()) {
        r.error = {ScanErrorCode::CorruptImage, "empty image"};
        return r;
    }
    PhotoPage page = preparePhotoPage(bgr, outline, formatOf(ctx.hint), ctx.models, r.quality);
    const cv::Mat& gray = page.gray;

    UprightText text = readText(gray, 0, ctx);
    if (text.fields.fieldLabels + text.fields.otherLabels < 3) {
        UprightText turned = readText(gray, 180, ctx);
        if (better(turned, text))
            text = std::move(turned);
    }
    r.orientationDegrees = text.degrees;
    if (text.degrees == 180)
        page = turned180(page);
    r.rectified = page.document.image;

    r.kind = text.kind;
    if (r.kind == DocumentKind::BackSide || r.kind == DocumentKind::Unknown) {
        // Nothing on a back side is read: it carries 戸籍上の氏名 and the organ-donation choice.
        for (auto& f : r.fields) {
            f.status = FieldStatus::NotFound;
            f.reason = r.kind == DocumentKind::BackSide ? "back side: turn the card over" : "document not recognised";
        }
        return r;
    }
    // Values are read from the photo at its own resolution where it has more detail than the page.
    const FieldDetail detail = fieldDetail(bgr, page, text.fields);
    r.fields = readFieldValues(ctx.ocr, detail.gray, detail.locations, ctx.models, ctx.judge);
    boxesToPage(r.fields, detail);
    crossCheckWithQr(r, readQrCodes(text.gray), ctx.judge);
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
