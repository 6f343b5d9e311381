#include "PdfDocumentReader.h"

#include "FieldJudge.h"
#include "LabelledTextExtractor.h"
#include "Models.h"
#include "RenderedPageReader.h"
#include "TextNormalize.h"
#include "TitleKind.h"

#include <opencv2/imgproc.hpp>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <chrono>
#include <climits>
#include <cmath>
#include <memory>
#include <mutex>

namespace shikaku {
namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kMmPerPoint = 25.4 / 72.0;
// Below any ok threshold: a text-layer value that the printed page contradicts.
constexpr double kTextDiffersConfidence = 0.3;

// Poppler reports syntax problems through this hook. They are counted, never printed: a
// message may quote document text, and document text contains field values.
thread_local int t_popplerProblems = 0;
void countPopplerProblem(const std::string&, void*) { ++t_popplerProblems; }

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(countPopplerProblem, nullptr); });
}

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

ScanResult failed(ScanErrorCode code, std::string message)
{
    ScanResult r;
    r.error = {code, std::move(message)};
    return r;
}

// A complete PDF ends with %%EOF (after the last incremental update). Poppler silently
// reconstructs truncated files, which would turn an upload cut short into empty fields.
bool hasEndOfFileMarker(std::string_view bytes)
{
    const std::size_t tail = std::min<std::size_t>(bytes.size(), 2048);
    return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

std::vector<TextPiece> textLayerPieces(const poppler::page& page, double pixelsPerPoint)
{
    std::vector<TextPiece> pieces;
    for (const poppler::text_box& tb : page.text_list()) {
        const poppler::byte_array utf8 = tb.text().to_utf8();
        TextPiece p;
        p.text.assign(utf8.begin(), utf8.end());
        auto toBox = [&](const poppler::rectf& r) {
            return Box{static_cast<int>(std::lround(r.x() * pixelsPerPoint)), static_cast<int>(std::lround(r.y() * pixelsPerPoint)),
                       static_cast<int>(std::lround(r.width() * pixelsPerPoint)),
                       static_cast<int>(std::lround(r.height() * pixelsPerPoint))};
        };
        p.box = toBox(tb.bbox());
        const std::size_t n = decodeUtf8(p.text).size();
        for (std::size_t i = 0; i < n; ++i)
            p.charBoxes.push_back(toBox(tb.char_bbox(i)));
        p.confidence = 1.0;
        pieces.push_back(std::move(p));
    }
    return pieces;
}

cv::Mat renderPage(const poppler::page& page, double dpi)
{
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_bgr24);
    poppler::image image = renderer.render_page(&page, dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0)
        return {};
    const cv::Mat view(image.height(), image.width(), CV_8UC3, image.data(), static_cast<std::size_t>(image.bytes_per_row()));
    return view.clone();
}

struct PageSize {
    double widthMm = 0.0, heightMm = 0.0;
};

FieldReading textFieldReading(FieldId id, const LabelledValue& found, const ReadContext& ctx)
{
    FieldReading f = judgeField(id, found.raw, found.confidence, FieldSource::PdfText, ctx.judge);
    if (!found.labelFound) {
        f.reason = "label not found";
        return f;
    }
    if (f.status == FieldStatus::NotFound) {
        f.reason = "label found, no value next to or below it";
        return f;
    }
    f.box = found.box;
    if (f.status == FieldStatus::Review && !found.note.empty())
        f.reason = found.note + (f.reason.empty() ? "" : " (" + f.reason + ")");
    return f;
}

DocumentKind chooseKind(const std::vector<std::string>& lines, const ReadContext& ctx, const PageSize& size, int labelsFound,
                        std::vector<std::string>& notes)
{
    switch (ctx.hint) {
    case KindHint::Portal: return DocumentKind::PortalPdf;
    case KindHint::Oshirase: return DocumentKind::Oshirase;
    case KindHint::A4: return DocumentKind::KakuninshoA4;
    case KindHint::Card: return DocumentKind::KakuninshoCard;
    case KindHint::Postcard: return DocumentKind::KakuninshoPostcard;
    case KindHint::Auto: break;
    }
    if (auto kind = kindFromTitles(lines, ctx.models, size.widthMm, size.heightMm))
        return *kind;
    if (labelsFound == 0)
        return DocumentKind::Unknown;
    // A PDF upload with field labels but no title: most likely the portal PDF with another header.
    notes.emplace_back("no document title found");
    return DocumentKind::PortalPdf;
}

FieldReading textDiffersFromPrint(FieldId id, const LabelledValue& found, const ReadContext& ctx)
{
    FieldReading f = judgeField(id, found.raw, kTextDiffersConfidence, FieldSource::PdfText, ctx.judge);
    f.box = found.box;
    if (f.status == FieldStatus::Review)
        f.reason = "the text layer differs from the printed page";
    return f;
}

// Scanner apps put an invisible OCR layer over the picture, and a text layer can be edited
// under an unchanged print: each `ok` value must agree with the page as printed (re-read by
// OCR). Digits are re-read reliably (eng model); a date mixes kanji and digits and the jpn
// model misreads some digit fonts, so a date that OCR cannot confirm keeps `ok` only when it
// is visibly printed there and every other field of the page was confirmed.
void checkAgainstPrint(ScanResult& r, const LabelledText& best, const cv::Mat& gray, const ReadContext& ctx)
{
    bool anyDiffers = false;
    std::vector<FieldId> unconfirmedDates;
    for (FieldId id : kAllFields) {
        const LabelledValue& found = best.field(id);
        if (!found.labelFound)
            continue;
        if (found.raw.empty()) {
            // A label whose value is not in the text layer (drawn as a picture): one OCR read.
            r.field(id) = readValueBesideLabel(gray, id, found, best.lineHeight, ctx);
            continue;
        }
        if (r.field(id).status != FieldStatus::Ok || printedValueAgrees(gray, id, best, ctx))
            continue;
        if (id == FieldId::Expiry) {
            unconfirmedDates.push_back(id);
            continue;
        }
        r.field(id) = textDiffersFromPrint(id, found, ctx);
        anyDiffers = true;
    }
    for (FieldId id : unconfirmedDates)
        if (anyDiffers || !hasPrintAt(gray, best.field(id).box))
            r.field(id) = textDiffersFromPrint(id, best.field(id), ctx);
}

} // namespace

ScanResult readPdfDocument(std::string_view bytes, const ReadContext& ctx)
{
    const double start = nowMs();
    auto overBudget = [&] { return nowMs() - start > ctx.limits.timeBudgetMs; };
    silencePoppler();
    t_popplerProblems = 0;
    try {
        if (bytes.size() > ctx.limits.maxFileBytes || bytes.size() > static_cast<std::size_t>(INT_MAX))
            return failed(ScanErrorCode::FileTooLarge, "the PDF is larger than the upload limit");
        if (!hasEndOfFileMarker(bytes))
            return failed(ScanErrorCode::PdfCorrupt, "the PDF is incomplete (no end-of-file marker): was the upload cut short?");
        // The bytes outlive the document: load_from_raw_data does not copy them.
        std::unique_ptr<poppler::document> doc(
            poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
        if (!doc)
            return failed(ScanErrorCode::PdfCorrupt, "the file is damaged and cannot be read as a PDF");
        if (doc->is_locked())
            return failed(ScanErrorCode::PdfEncrypted, "the PDF is protected by a password: ask for a copy saved without one");
        const int pageCount = doc->pages();
        if (pageCount <= 0)
            return failed(ScanErrorCode::PdfEmpty, "the PDF has no pages");
        if (pageCount > ctx.limits.maxPdfPages)
            return failed(ScanErrorCode::PdfTooManyPages, "the PDF has " + std::to_string(pageCount) + " pages; at most " +
                                                              std::to_string(ctx.limits.maxPdfPages) + " are read");

        // Every page is checked before anything is rendered: a huge page would exhaust memory.
        std::vector<std::unique_ptr<poppler::page>> pages;
        std::vector<PageSize> sizes;
        for (int i = 0; i < pageCount; ++i) {
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            if (!page)
                return failed(ScanErrorCode::PdfCorrupt, "page " + std::to_string(i + 1) + " of the PDF cannot be read");
            const poppler::rectf r = page->page_rect();
            const PageSize s{r.width() * kMmPerPoint, r.height() * kMmPerPoint};
            if (!std::isfinite(s.widthMm) || !std::isfinite(s.heightMm) || s.widthMm < 1.0 || s.heightMm < 1.0)
                return failed(ScanErrorCode::PdfCorrupt, "page " + std::to_string(i + 1) + " has no valid size");
            if (s.widthMm > ctx.limits.maxPdfPageMm || s.heightMm > ctx.limits.maxPdfPageMm)
                return failed(ScanErrorCode::PdfPageTooLarge, "page " + std::to_string(i + 1) + " is larger than " +
                                                                  std::to_string(static_cast<int>(ctx.limits.maxPdfPageMm)) + " mm");
            pages.push_back(std::move(page));
            sizes.push_back(s);
        }

        const LabelledTextExtractor extractor(LabelSet::fromModels(ctx.models));
        const double dpi = ctx.limits.pdfRenderDpi;
        ScanResult r;

        // 1. Text layer: the page with the most field labels.
        int bestPage = -1;
        LabelledText best;
        for (int i = 0; i < pageCount; ++i) {
            LabelledText t = extractor.extract(textLayerPieces(*pages[static_cast<std::size_t>(i)], dpi / kPointsPerInch));
            if (t.labelsFound() > best.labelsFound()) {
                best = std::move(t);
                bestPage = i;
            }
            if (overBudget())
                return failed(ScanErrorCode::Timeout, "reading the PDF took too long");
        }
        if (bestPage >= 0) {
            for (FieldId id : kAllFields)
                r.field(id) = textFieldReading(id, best.field(id), ctx);
            const auto& page = *pages[static_cast<std::size_t>(bestPage)];
            r.kind = chooseKind(best.lines, ctx, sizes[static_cast<std::size_t>(bestPage)], best.labelsFound(), r.notes);
            // The staff crops need the page image; a text page renders in a fraction of a second.
            r.rectified = renderPage(page, dpi);
            if (!r.rectified.empty()) {
                cv::Mat gray;
                cv::cvtColor(r.rectified, gray, cv::COLOR_BGR2GRAY);
                checkAgainstPrint(r, best, gray, ctx);
            }
        } else {
            // 2. No usable text layer (a scan, or text without Unicode mapping): OCR of a render.
            RenderedPageReading bestOcr;
            for (int i = 0; i < pageCount; ++i) {
                const auto& page = *pages[static_cast<std::size_t>(i)];
                const PageSize& s = sizes[static_cast<std::size_t>(i)];
                const double pixels = (s.widthMm / 25.4 * dpi) * (s.heightMm / 25.4 * dpi);
                if (pixels > static_cast<double>(ctx.limits.maxImagePixels))
                    return failed(ScanErrorCode::PdfPageTooLarge, "page " + std::to_string(i + 1) + " is too large to render");
                cv::Mat bgr = renderPage(page, dpi);
                if (bgr.empty())
                    return failed(ScanErrorCode::PdfCorrupt, "page " + std::to_string(i + 1) + " cannot be rendered");
                if (overBudget())
                    return failed(ScanErrorCode::Timeout, "reading the PDF took too long");
                cv::Mat gray;
                cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
                RenderedPageReading reading = readRenderedPage(gray, ctx, extractor);
                if (overBudget())
                    return failed(ScanErrorCode::Timeout, "reading the PDF took too long");
                if (bestPage < 0 || reading.labelled.labelsFound() > bestOcr.labelled.labelsFound()) {
                    bestOcr = std::move(reading);
                    bestPage = i;
                    r.rectified = bgr;
                }
                if (bestOcr.labelled.labelsFound() >= 3)
                    break; // the fields are on this page; more pages would only cost time
            }
            r.fields = bestOcr.fields;
            r.kind = chooseKind(bestOcr.labelled.lines, ctx, sizes[static_cast<std::size_t>(bestPage)],
                                bestOcr.labelled.labelsFound(), r.notes);
            if (bestOcr.labelled.labelsFound() == 0 && t_popplerProblems > 0)
                return failed(ScanErrorCode::PdfCorrupt, "the PDF's content is damaged: nothing could be read");
            r.notes.emplace_back("no text layer: read by OCR");
        }
        // Poppler recovers from damaged content streams by dropping what follows the damage, in
        // the text layer and the print alike: a 番号 439 cut to 4 would pass every other check.
        if (t_popplerProblems > 0) {
            sendAllToReview(r, "the PDF is damaged: compare with the phone's screen");
            r.notes.emplace_back("the PDF is damaged; parts of it may be missing");
        }
        if (bestPage > 0)
            r.notes.emplace_back("fields read on page " + std::to_string(bestPage + 1));
        if (doc->is_encrypted())
            r.notes.emplace_back("the PDF is encrypted without a password to open it");
        return r;
    } catch (const std::exception& e) {
        return failed(ScanErrorCode::Internal, std::string("PDF reader failed: ") + e.what());
    }
}

} // namespace shikaku
