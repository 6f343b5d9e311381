#include "RenderedPageReader.h"

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

// One value as one line: binarised, with a white margin, glyphs scaled to ~40 px high.
OcrLine readCrop(OcrEngine& ocr, const cv::Mat& gray, const Box& valueBox, int lineHeight, const std::string& charset)
{
    const int mx = std::max(4, lineHeight / 4), my = std::max(4, lineHeight / 5);
    const cv::Rect r = clampedRect({valueBox.x - mx, valueBox.y - my, valueBox.width + 2 * mx, valueBox.height + 2 * my},
                                   gray.size());
    if (r.width < 4 || r.height < 4)
        return {};
    cv::Mat crop = gray(r).clone();
    const double scale = lineHeight > 0 && (lineHeight < 28 || lineHeight > 80) ? 40.0 / lineHeight : 1.0;
    if (scale != 1.0)
        cv::resize(crop, crop, cv::Size(), scale, scale, scale > 1.0 ? cv::INTER_CUBIC : cv::INTER_AREA);
    cv::threshold(crop, crop, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const int pad = std::max(10, static_cast<int>(lineHeight * scale / 2));
    cv::copyMakeBorder(crop, crop, pad, pad, pad, pad, cv::BORDER_CONSTANT, cv::Scalar(255));
    OcrLine line = ocr.readLine(crop, charset, Segmentation::SingleLine);
    line.box = valueBox;
    return line;
}

std::string charsetFor(FieldId id, const std::string& pageRaw, const Models& models)
{
    std::string charset = models.field(id).charset;
    // A 記号 may be kanji or kana (no whitelist); when the locating read saw digits only,
    // a digit whitelist keeps Tesseract from turning 1 into ー or l.
    if (id == FieldId::Symbol && charset.empty()) {
        const std::string d = removeSpaces(toHalfWidth(pageRaw));
        if (!d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }))
            charset = "0123456789-";
    }
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
    cv::Mat ink;
    cv::threshold(gray(band), ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
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
    return readCrop(ocr, gray, area, h, charset);
}

struct ValueRead {
    std::string raw;
    double confidence = 0.0;
    std::string doubt;
    Box box;
};

// The locating read and a crop read agree, or the confidence drops below any ok threshold.
ValueRead compareReads(FieldId id, const LabelledValue& found, const std::string& cropText, double cropConfidence)
{
    ValueRead v;
    v.box = found.box;
    v.raw = cropText;
    if (sameValue(id, found.raw, cropText)) {
        v.confidence = std::min(found.confidence, cropConfidence);
    } else {
        v.confidence = std::min({found.confidence, cropConfidence, kDisagreementConfidence});
        v.doubt = "two reads of the value differ";
        if (removeSpaces(v.raw).empty())
            v.raw = found.raw;
    }
    if (!found.note.empty()) {
        v.confidence = std::min(v.confidence, kDisagreementConfidence);
        v.doubt = found.note;
    }
    return v;
}

} // namespace

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
        if (!found.labelFound || (found.combined && id == FieldId::Number))
            continue;
        const int leftLimit = found.below ? found.box.x - 3 * h : found.labelBox.x + found.labelBox.width + 1;
        if (found.combined) {
            // 記号・番号 printed as one value: read it whole, split both reads alike.
            const LabelledValue& number = out.labelled.field(FieldId::Number);
            std::string charset = charsetFor(FieldId::Symbol, found.raw, ctx.models);
            if (!charset.empty())
                charset += "・";
            const Box whole = growToInk(gray, found.combinedBox, h, leftLimit);
            const OcrLine crop = readCrop(ctx.ocr, gray, whole, h, charset);
            std::string symbolText, numberText;
            splitSymbolNumber(crop.text, symbolText, numberText);
            v = compareReads(FieldId::Symbol, found, symbolText, crop.confidence);
            reads[static_cast<std::size_t>(FieldId::Number)] = compareReads(FieldId::Number, number, numberText, crop.confidence);
            if (found.raw.empty() || number.raw.empty()) {
                for (FieldId part : {FieldId::Symbol, FieldId::Number}) {
                    auto& r = reads[static_cast<std::size_t>(part)];
                    r.confidence = std::min(r.confidence, kDisagreementConfidence);
                    r.doubt = "記号・番号 could not be told apart";
                }
            }
            continue;
        }
        const std::string charset = charsetFor(id, found.raw, ctx.models);
        if (!found.raw.empty()) {
            const Box grown = growToInk(gray, found.box, h, leftLimit);
            const OcrLine crop = readCrop(ctx.ocr, gray, grown, h, charset);
            v = compareReads(id, found, crop.text, crop.confidence);
        } else {
            // The locating read saw the label but no value: read the area right of the label once.
            const OcrLine crop = readBesideLabel(gray, found.labelBox, h, charset, ctx.ocr, v.box);
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
