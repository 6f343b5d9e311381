// Camera photos: find the document → rectify → upright (0/180, from the text) → classify →
// read the fields → judge. Only chunks of text are OCR'd, never the whole page.
#include "PhotoDocumentReader.h"

#include "PhotoRectifier.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "QrCrossCheck.h"
#include "UprightPage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {

ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& ctx)
{
    ScanResult r;
    if (bgr.empty()) {
        r.error = {ScanErrorCode::CorruptImage, "empty image"};
        return r;
    }
    const cv::Mat document = rectifyPhoto(bgr, r.quality);
    cv::Mat gray;
    if (document.channels() == 3)
        cv::cvtColor(document, gray, cv::COLOR_BGR2GRAY);
    else
        gray = document;

    const UprightPage text = readUprightPage(gray, 0.0, ctx);
    r.orientationDegrees = text.degrees;
    if (text.degrees == 180)
        cv::rotate(document, r.rectified, cv::ROTATE_180);
    else
        r.rectified = document;

    r.kind = text.kind;
    if (r.kind == DocumentKind::BackSide || r.kind == DocumentKind::Unknown) {
        // Nothing on a back side is read: it carries 戸籍上の氏名 and the organ-donation choice.
        for (auto& f : r.fields) {
            f.status = FieldStatus::NotFound;
            f.reason = r.kind == DocumentKind::BackSide ? "back side: turn the card over" : "document not recognised";
        }
        return r;
    }
    r.fields = readFieldValues(ctx.ocr, text.gray, text.fields, ctx.models, ctx.judge);
    crossCheckWithQr(r, readQrCodes(text.gray), ctx.judge);
    return r;
}

} // namespace shikaku
