// Camera photos: find the document → rectify → upright (0/180, from the text) → classify →
// read the fields → judge. Only chunks of text are OCR'd, never the whole page.
#include "PhotoDocumentReader.h"

#include "DocumentClassifier.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "TextChunkFinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

struct UprightText {
    cv::Mat gray;
    PageText page;
    FieldLocations fields;
    int degrees = 0;
};

double meanConfidence(const PageText& page)
{
    if (page.chunks.empty())
        return 0.0;
    double sum = 0.0;
    for (const auto& c : page.chunks)
        sum += c.confidence;
    return sum / static_cast<double>(page.chunks.size());
}

UprightText readText(const cv::Mat& gray, int degrees, const ReadContext& ctx)
{
    UprightText t;
    t.degrees = degrees;
    if (degrees == 180)
        cv::rotate(gray, t.gray, cv::ROTATE_180);
    else
        t.gray = gray;
    t.page = readPageText(ctx.ocr, t.gray, findTextChunks(t.gray));
    t.fields = locateFields(t.page, ctx.models);
    return t;
}

// Upright text reads as labels with high confidence; upside-down text reads as noise.
bool better(const UprightText& a, const UprightText& b)
{
    if (a.fields.labelCount() != b.fields.labelCount())
        return a.fields.labelCount() > b.fields.labelCount();
    return meanConfidence(a.page) > meanConfidence(b.page);
}

// The document as a flat, face-on image. Until the geometry stage finds and rectifies the
// document, the whole frame is taken as the document (true for flat renders and scans).
cv::Mat rectifiedDocument(const cv::Mat& bgr, QualityMeasures& quality)
{
    quality.documentFound = true;
    quality.coverage = 1.0;
    return bgr;
}

} // namespace

ScanResult readPhotoDocument(const cv::Mat& bgr, const ReadContext& ctx)
{
    ScanResult r;
    if (bgr.empty()) {
        r.error = {ScanErrorCode::CorruptImage, "empty image"};
        return r;
    }
    const cv::Mat document = rectifiedDocument(bgr, r.quality);
    cv::Mat gray;
    if (document.channels() == 3)
        cv::cvtColor(document, gray, cv::COLOR_BGR2GRAY);
    else
        gray = document;

    UprightText text = readText(gray, 0, ctx);
    if (text.fields.labelCount() < 2) {
        UprightText turned = readText(gray, 180, ctx);
        if (better(turned, text))
            text = std::move(turned);
    }
    r.orientationDegrees = text.degrees;
    if (text.degrees == 180)
        cv::rotate(document, r.rectified, cv::ROTATE_180);
    else
        r.rectified = document;

    const double aspect = static_cast<double>(std::max(gray.cols, gray.rows)) / std::max(1, std::min(gray.cols, gray.rows));
    r.kind = classifyDocument({text.page, text.fields, aspect, ctx.hint}, ctx.models);
    if (r.kind == DocumentKind::BackSide || r.kind == DocumentKind::Unknown) {
        // Nothing on a back side is read: it carries 戸籍上の氏名 and the organ-donation choice.
        for (auto& f : r.fields) {
            f.status = FieldStatus::NotFound;
            f.reason = r.kind == DocumentKind::BackSide ? "back side: turn the card over" : "document not recognised";
        }
        return r;
    }
    r.fields = readFieldValues(ctx.ocr, text.gray, text.fields, ctx.models, ctx.judge);
    return r;
}

} // namespace shikaku
