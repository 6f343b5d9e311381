#include "RenderedPageReader.h"

#include "DigitOcr.h"
#include "FieldJudge.h"
#include "Models.h"
#include "OcrEngine.h"
#include "TextNormalize.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shikaku {
namespace {

// Two reads that disagree, or a value read once only, stay below any sensible ok threshold.
constexpr double kDisagreementConfidence = 0.3;
constexpr double kSingleReadConfidence = 0.5;
// Width searched right of a label whose value the locating read missed, in line heights.
constexpr double kBlindValueWidth = 16.0;

Box scaled(const Box& b, double f)
{
    return {static_cast<int>(std::lround(b.x * f)), static_cast<int>(std::lround(b.y * f)),
            static_cast<int>(std::lround(b.width * f)), static_cast<int>(std::lround(b.height * f))};
}

std::vector<TextPiece> piecesOf(const std::vector<OcrLine>& lines, double toPage)
{
    std::vector<TextPiece> pieces;
    for (const auto& line : lines) {
        for (const auto& word : line.words) {
            TextPiece p;
            p.box = scaled(word.box, toPage);
            p.confidence = word.confidence;
            for (const auto& s : word.symbols) {
                // A symbol may hold more than one code point; each gets the symbol's box.
                for (char32_t cp : decodeUtf8(s.text)) {
                    appendUtf8(p.text, cp);
                    p.charBoxes.push_back(scaled(s.box, toPage));
                }
            }
            if (p.text.empty())
                p.text = word.text;
            pieces.push_back(std::move(p));
        }
    }
    return pieces;
}

cv::Rect clampedRect(const Box& b, const cv::Size& size)
{
    return cv::Rect(b.x, b.y, b.width, b.height) & cv::Rect(0, 0, size.width, size.height);
}

// Dark pixels of `region` (255 = ink) without table rules: a horizontal run longer than two
// line heights or a vertical run taller than 1.5 line heights is a cell border, not a glyph.
// Rules touching a value would otherwise be read as 1, l or ー, or end the value too late.
cv::Mat inkWithoutRules(const cv::Mat& gray, const cv::Rect& region, int lineHeight)
{
    cv::Mat ink;
    cv::threshold(gray(region), ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const int horizontal = std::max(8, 2 * lineHeight), vertical = std::max(8, 3 * lineHeight / 2);
    cv::Mat rules, verticalRules;
    cv::morphologyEx(ink, rules, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {horizontal, 1}));
    cv::morphologyEx(ink, verticalRules, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, vertical}));
    rules |= verticalRules;
    cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, {3, 3})); // anti-aliased edges
    ink.setTo(0, rules);
    return ink;
}

// The band of rows holding most of the ink: a box from a PDF font (taller than the glyphs)
// or a margin may catch the bottom of the line above or the top of the line below.
cv::Range mainInkRows(const cv::Mat& binaryInk, int mergeGap)
{
    cv::Mat rows;
    cv::reduce(binaryInk, rows, 1, cv::REDUCE_SUM, CV_32S);
    cv::Range best(0, 0), current(0, 0);
    long bestInk = 0, currentInk = 0;
    int blank = mergeGap + 1;
    for (int y = 0; y < rows.rows; ++y) {
        const int ink = rows.at<int>(y, 0);
        if (ink > 0) {
            if (blank > mergeGap) {
                current = cv::Range(y, y + 1);
                currentInk = 0;
            }
            current.end = y + 1;
            currentInk += ink;
            blank = 0;
            if (currentInk > bestInk) {
                bestInk = currentInk;
                best = current;
            }
        } else {
            ++blank;
        }
    }
    return best;
}

// One value as one line: binarised, trimmed to its ink, glyphs scaled to ~36 px high and
// surrounded by a white margin (OCR-NOTES: PSM 7, margins, x-height).
OcrLine readCrop(OcrEngine& ocr, const cv::Mat& gray, const Box& valueBox, int lineHeight, const std::string& charset,
                 int targetInkHeight = 0, Segmentation mode = Segmentation::SingleLine, bool binarise = true)
{
    const int mx = std::max(4, lineHeight / 4), my = std::max(2, lineHeight / 10);
    const cv::Rect r = clampedRect({valueBox.x - mx, valueBox.y - my, valueBox.width + 2 * mx, valueBox.height + 2 * my},
                                   gray.size());
    if (r.width < 4 || r.height < 4)
        return {};
    // Rules are found on a wider area than the crop: inside a narrow crop they look short.
    const cv::Rect around = clampedRect({r.x - 3 * lineHeight, r.y - lineHeight, r.width + 6 * lineHeight, r.height + 2 * lineHeight},
                                        gray.size());
    const cv::Mat ink = inkWithoutRules(gray, around, lineHeight)(r - around.tl());
    const cv::Range rows = mainInkRows(ink, std::max(2, lineHeight / 4));
    if (rows.size() < 3)
        return {};
    cv::Mat crop;
    if (binarise)
        cv::bitwise_not(ink.rowRange(rows), crop); // dark text on white
    else
        crop = gray(r).rowRange(rows).clone(); // anti-aliased edges keep a dotted 0 apart from 9
    double scale = rows.size() < 24 || rows.size() > 70 ? 36.0 / rows.size() : 1.0;
    if (targetInkHeight > 0)
        scale = static_cast<double>(targetInkHeight) / rows.size();
    if (scale != 1.0) {
        cv::resize(crop, crop, cv::Size(), scale, scale, scale > 1.0 ? cv::INTER_CUBIC : cv::INTER_AREA);
        if (binarise)
            cv::threshold(crop, crop, 127, 255, cv::THRESH_BINARY);
    }
    const int pad = 20;
    cv::copyMakeBorder(crop, crop, pad, pad, pad, pad, cv::BORDER_CONSTANT, cv::Scalar(255));
    OcrLine line = ocr.readLine(crop, charset, mode);
    line.box = valueBox;
    return line;
}

std::string charsetFor(FieldId id, const std::string& pageRaw, const Models& models)
{
    std::string charset = models.field(id).charset;
    // A 記号 may be kanji or kana (no whitelist); when the locating read saw digits only,
    // a digit whitelist keeps Tesseract from turning 1 into ー or l.
    // A Gregorian expiry (2026/11/30) is digits only too.
    const std::string d = removeSpaces(toHalfWidth(pageRaw));
    const bool digitsOnly = !d.empty() && std::all_of(d.begin(), d.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '.';
    });
    if (id == FieldId::Symbol && charset.empty() && digitsOnly)
        charset = "0123456789-";
    if (id == FieldId::Expiry && digitsOnly)
        charset = "0123456789/.-";
    return charset;
}

bool sameValue(FieldId id, const std::string& a, const std::string& b)
{
    const FieldReading ra = judgeField(id, a, 1.0, FieldSource::Ocr);
    const FieldReading rb = judgeField(id, b, 1.0, FieldSource::Ocr);
    return ra.value && rb.value && *ra.value == *rb.value;
}

// Widens a value box to the ink around it, so that a locating read that saw only part of a
// value cannot agree with a crop read of the same part. A blank run of ~1 line height ends it.
Box growToInk(const cv::Mat& gray, const Box& box, int lineHeight, int leftLimit)
{
    const cv::Rect band = clampedRect({0, box.y, gray.cols, box.height}, gray.size());
    if (band.area() == 0)
        return box;
    const cv::Rect around = clampedRect({0, box.y - lineHeight, gray.cols, box.height + 2 * lineHeight}, gray.size());
    const cv::Mat ink = inkWithoutRules(gray, around, lineHeight)(band - around.tl());
    cv::Mat columns;
    cv::reduce(ink, columns, 0, cv::REDUCE_MAX);
    auto hasInk = [&](int x) { return columns.at<unsigned char>(0, x) > 0; };
    const int maxBlank = std::max(4, lineHeight * 9 / 10);
    int right = std::min(box.x + box.width, gray.cols) - 1;
    for (int x = right + 1, blank = 0; x < gray.cols && blank <= maxBlank; ++x) {
        blank = hasInk(x) ? 0 : blank + 1;
        if (blank == 0)
            right = x;
    }
    int left = std::max(box.x, 0);
    for (int x = left - 1, blank = 0; x > std::max(leftLimit, 0) && blank <= maxBlank; --x) {
        blank = hasInk(x) ? 0 : blank + 1;
        if (blank == 0)
            left = x;
    }
    return {left, box.y, right - left + 1, box.height};
}

// The area right of a label, read once as one line.
OcrLine readBesideLabel(const cv::Mat& gray, const Box& label, int h, const std::string& charset, OcrEngine& ocr, Box& area)
{
    const cv::Rect r = clampedRect({label.x + label.width, label.y - h / 4, static_cast<int>(kBlindValueWidth * h),
                                    label.height + h / 2},
                                   gray.size());
    area = {r.x, r.y, r.width, r.height};
    return readCrop(isDigitCharset(charset) ? digitOcr(ocr) : ocr, gray, area, h, charset);
}

// The value under `found` read again from the page image as one line. A combined 記号・番号 is
// read whole and split, so that both parts are cut where the printed middle dot is. The
// alternative read uses another scale and segmentation mode (OCR-NOTES: read twice, differently).
std::string rereadValue(const cv::Mat& gray, FieldId id, const LabelledValue& found, const std::string& symbolRaw, int h,
                        const ReadContext& ctx, int variant, double& confidence)
{
    const int leftLimit = found.below ? found.box.x - 3 * h : found.labelBox.x + found.labelBox.width + 1;
    // PSM 7 drops a lone kana such as あ or doubles a digit in 2030年; the raw-line mode
    // (PSM 13) reads those. Variant 0: PSM 7, binarised; 1: PSM 13 at 48 px; 2: PSM 13 on the
    // grey crop (binarisation can close the gap in a dotted 0 and make it a 9).
    const int targetInk = variant == 1 ? 48 : 0;
    const Segmentation mode = variant == 0 ? Segmentation::SingleLine : Segmentation::RawLine;
    const bool binarise = variant != 2;
    auto engineFor = [&](const std::string& charset) -> OcrEngine& {
        return isDigitCharset(charset) ? digitOcr(ctx.ocr) : ctx.ocr;
    };
    if (found.combined) {
        std::string charset = charsetFor(FieldId::Symbol, symbolRaw, ctx.models);
        OcrEngine& engine = engineFor(charset);
        if (!charset.empty())
            charset += &engine == &ctx.ocr ? "・" : "."; // eng has no ・; its middle dot comes out as .
        const OcrLine crop = readCrop(engine, gray, growToInk(gray, found.combinedBox, h, leftLimit), h, charset, targetInk, mode, binarise);
        std::string symbol, number;
        splitSymbolNumber(crop.text, symbol, number);
        confidence = crop.confidence;
        return id == FieldId::Symbol ? symbol : number;
    }
    const std::string charset = charsetFor(id, found.raw, ctx.models);
    const OcrLine crop = readCrop(engineFor(charset), gray, growToInk(gray, found.box, h, leftLimit), h, charset, targetInk, mode, binarise);
    confidence = crop.confidence;
    return crop.text;
}

struct ValueRead {
    std::string raw;
    double confidence = 0.0;
    std::string doubt;
    Box box;
};

// Two reads must agree: the locating read and a crop read, or, when they differ, the crop
// read and a second crop read by other means. The agreeing reads' better confidence goes to FieldJudge.
ValueRead agreedValue(const cv::Mat& gray, FieldId id, const LabelledValue& found, const std::string& symbolRaw, int h,
                      const ReadContext& ctx)
{
    ValueRead v;
    v.box = found.box;
    double first = 0.0;
    v.raw = rereadValue(gray, id, found, symbolRaw, h, ctx, 0, first);
    if (sameValue(id, found.raw, v.raw)) {
        v.confidence = std::max(found.confidence, first);
    } else {
        // The first crop read must be one of the agreeing two: the locating read and another
        // read can share a model's mistakes (measured: a dotted 0 read as 9 by both).
        bool agreed = false;
        double other = 0.0;
        for (int variant = 1; variant <= 2 && !agreed; ++variant) {
            agreed = sameValue(id, v.raw, rereadValue(gray, id, found, symbolRaw, h, ctx, variant, other));
            if (agreed)
                v.confidence = std::max(first, other);
        }
        if (!agreed) {
            v.confidence = std::min({found.confidence, first, kDisagreementConfidence});
            v.doubt = "the reads of the value differ";
            if (removeSpaces(v.raw).empty())
                v.raw = found.raw;
        }
    }
    if (!found.note.empty()) {
        v.confidence = std::min(v.confidence, kDisagreementConfidence);
        v.doubt = found.note;
    }
    return v;
}

} // namespace

bool hasPrintAt(const cv::Mat& gray, const Box& box)
{
    const cv::Rect r = clampedRect(box, gray.size());
    if (r.area() == 0)
        return false;
    cv::Mat dark;
    cv::threshold(gray(r), dark, 128, 255, cv::THRESH_BINARY_INV);
    return cv::countNonZero(dark) * 50 > r.area(); // glyph strokes cover well over 2 % of their box
}

bool printedValueAgrees(const cv::Mat& gray, FieldId id, const LabelledText& labelled, const ReadContext& ctx)
{
    const LabelledValue& found = labelled.field(id);
    const std::string& symbolRaw = labelled.field(FieldId::Symbol).raw;
    const int h = std::max(labelled.lineHeight, 8);
    double confidence = 0.0;
    for (int variant = 0; variant <= 2; ++variant)
        if (sameValue(id, found.raw, rereadValue(gray, id, found, symbolRaw, h, ctx, variant, confidence)))
            return true;
    return false;
}

FieldReading readValueBesideLabel(const cv::Mat& gray, FieldId id, const LabelledValue& found, int lineHeight,
                                  const ReadContext& ctx)
{
    Box area;
    const int h = std::max(lineHeight, 8);
    const OcrLine crop = readBesideLabel(gray, found.labelBox, h, charsetFor(id, {}, ctx.models), ctx.ocr, area);
    FieldReading f = judgeField(id, crop.text, std::min(crop.confidence, kSingleReadConfidence), FieldSource::Ocr, ctx.judge);
    if (f.status == FieldStatus::NotFound) {
        f.reason = "label found, no value next to it";
        return f;
    }
    f.box = area;
    if (f.status == FieldStatus::Review)
        f.reason = "value read once only by OCR" + (f.reason.empty() ? std::string() : " (" + f.reason + ")");
    return f;
}

RenderedPageReading readRenderedPage(const cv::Mat& gray, const ReadContext& ctx, const LabelledTextExtractor& extractor,
                                     double locateScale)
{
    RenderedPageReading out;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), locateScale, locateScale, cv::INTER_AREA);
    const auto lines = ctx.ocr.read(small, Segmentation::SparseText);
    out.labelled = extractor.extract(piecesOf(lines, 1.0 / locateScale));
    const int h = std::max(out.labelled.lineHeight, 8);

    std::array<ValueRead, 5> reads;
    for (FieldId id : kAllFields) {
        const LabelledValue& found = out.labelled.field(id);
        ValueRead& v = reads[static_cast<std::size_t>(id)];
        if (!found.labelFound)
            continue;
        const std::string& symbolRaw = out.labelled.field(FieldId::Symbol).raw;
        if (!found.raw.empty()) {
            v = agreedValue(gray, id, found, symbolRaw, h, ctx);
        } else {
            // The locating read saw the label but no value: read the area right of the label once.
            const OcrLine crop = readBesideLabel(gray, found.labelBox, h, charsetFor(id, {}, ctx.models), ctx.ocr, v.box);
            v.raw = crop.text;
            v.confidence = std::min(crop.confidence, kSingleReadConfidence);
            v.doubt = "value read once only";
        }
    }

    for (FieldId id : kAllFields) {
        const LabelledValue& found = out.labelled.field(id);
        const ValueRead& v = reads[static_cast<std::size_t>(id)];
        FieldReading& f = out.fields[static_cast<std::size_t>(id)];
        f = judgeField(id, v.raw, v.confidence, FieldSource::Ocr, ctx.judge);
        if (!found.labelFound) {
            f.reason = "label not found";
            continue;
        }
        if (f.status == FieldStatus::NotFound) {
            f.reason = "label found, no value read";
            continue;
        }
        f.box = v.box;
        if (f.status == FieldStatus::Review && !v.doubt.empty())
            f.reason = v.doubt + (f.reason.empty() ? "" : " (" + f.reason + ")");
    }
    return out;
}

} // namespace shikaku
