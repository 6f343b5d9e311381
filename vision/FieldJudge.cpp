#include "FieldJudge.h"

#include "FieldValidators.h"
#include "TextNormalize.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace shikaku {
namespace {

Verdict validate(FieldId id, std::string_view raw)
{
    switch (id) {
    case FieldId::InsurerNumber: return validateInsurerNumber(raw);
    case FieldId::Symbol: return validateSymbol(raw);
    case FieldId::Number: return validateNumber(raw);
    case FieldId::BranchNumber: return validateBranchNumber(raw);
    case FieldId::Expiry: return validateExpiry(raw);
    }
    return {};
}

void demoteToReview(FieldReading& f, std::string reason)
{
    if (f.status == FieldStatus::Ok) {
        f.status = FieldStatus::Review;
        f.reason = std::move(reason);
    }
}

void markNotApplicable(FieldReading& f, std::string reason)
{
    if (f.status == FieldStatus::NotFound) {
        f.status = FieldStatus::NotApplicable;
        f.value.reset();
        f.reason = std::move(reason);
    }
}

// Every field but `except` was located: its label was found (a place to read has a box even
// when nothing could be read there, a 記号 「南」 too faint to read) or a value was read.
bool otherFieldsLocated(const ScanResult& r, FieldId except)
{
    return std::all_of(r.fields.begin(), r.fields.end(), [&](const FieldReading& f) {
        return &f == &r.field(except) || f.value.has_value() || f.box.has_value() || f.status == FieldStatus::NotApplicable;
    });
}

// "Not printed" is a claim like `ok`: said only with `evidence`. Without it, a field whose label
// was not found stays `not_found`, and `lookReason` tells staff why to look.
void claimNotPrinted(FieldReading& f, bool evidence, std::string notPrinted, std::string lookReason)
{
    if (evidence)
        markNotApplicable(f, std::move(notPrinted));
    else if (f.status == FieldStatus::NotFound && !f.box)
        f.reason = std::move(lookReason);
}

// Every field but `except` is `ok` or not carried: the page's labels were read, and read
// right. Saying a field is not printed is a claim like `ok`, and needs as much.
bool otherFieldsOk(const ScanResult& r, FieldId except)
{
    return std::all_of(r.fields.begin(), r.fields.end(), [&](const FieldReading& f) {
        return &f == &r.field(except) || f.status == FieldStatus::Ok || f.status == FieldStatus::NotApplicable;
    });
}

// A reflection can hide a label's character when it is a glyph across: its area in the values'
// glyphs (their box height, squared) on the page. Without a value box to measure a glyph by,
// any reflection counts.
double largestGlareSpotInGlyphs(const ScanResult& r)
{
    if (r.quality.largestGlareSpot <= 0.0)
        return 0.0;
    std::vector<int> heights;
    for (const FieldReading& f : r.fields)
        if (f.box && f.box->height > 0)
            heights.push_back(f.box->height);
    if (heights.empty() || r.rectified.empty())
        return std::numeric_limits<double>::infinity();
    std::nth_element(heights.begin(), heights.begin() + std::ptrdiff_t(heights.size() / 2), heights.end());
    const double glyph = heights[heights.size() / 2];
    return r.quality.largestGlareSpot * double(r.rectified.total()) / (glyph * glyph);
}

// A 有効期限 not found on a kind that prints one only for some holders: "not printed", or staff
// look. Each kind asks for its own evidence; on a photo, none holds while a reflection lies on
// the page: the label may be under it (both models read the rest of the page cleanly). Nor on a
// page so bright that a reflection cannot be told from the paper, nor beside a date that nothing
// on the page explains: a clipped band or a thumb painted over the label alone made such pages
// "not printed" (docs/notes/unseen-reflection.md).
void judgeMissingExpiry(ScanResult& r)
{
    FieldReading& expiry = r.field(FieldId::Expiry);
    const bool noReflection = !r.quality.reflectionsUnseen && largestGlareSpotInGlyphs(r) < 1.0;
    const char* underReflection = r.quality.reflectionsUnseen
                                      ? "on a page this bright a reflection may hide a 有効期限 unseen: check the document"
                                      : "a reflection on the page may hide a 有効期限: check the document";
    // A date nothing on the page explains may be the 有効期限 (its label under a thin reflection
    // or a thumb).
    if (r.unexplainedDate && expiry.status == FieldStatus::NotFound && !expiry.box &&
        (r.kind == DocumentKind::Oshirase || r.kind == DocumentKind::PortalScreen)) {
        expiry.reason = "a date on the page has no label that reads: it may be the 有効期限: check the document";
        return;
    }
    switch (r.kind) {
    case DocumentKind::Oshirase:
        // Printed for a holder aged 70–74 (re-assessed every August). Absent only where the page
        // was read: with another field not `ok` (its label missed, or its place found by the
        // value's form alone), the 有効期限's label may have been missed the same way (a blurred
        // photo), and staff look.
        claimNotPrinted(expiry, otherFieldsOk(r, FieldId::Expiry) && noReflection, "資格情報のお知らせ has no 有効期限",
                        noReflection ? "a お知らせ prints a 有効期限 only for a holder aged 70–74: check the document" : underReflection);
        break;
    case DocumentKind::PortalPdf:
        // Its text layer is read exactly, so with every other field `ok` a missing one is not
        // printed; with any in review (an image-only PDF read by OCR, a text layer that differs
        // from the print) staff look.
        claimNotPrinted(expiry, otherFieldsOk(r, FieldId::Expiry), "the マイナポータル 資格情報 shows no 有効期限",
                        "the マイナポータル 資格情報 shows a 有効期限 for some holders: check the document");
        break;
    case DocumentKind::PortalScreen:
        // Its labels share one size and style, so when the other fields' labels were all found
        // the missing one is not printed; with any of them missing, the photo may simply be
        // unreadable there (staff look).
        if (otherFieldsLocated(r, FieldId::Expiry) && noReflection)
            markNotApplicable(expiry, "the マイナポータル screen shows no 有効期限");
        else if (!noReflection && expiry.status == FieldStatus::NotFound && !expiry.box)
            expiry.reason = underReflection;
        break;
    default: break;
    }
}

} // namespace

FieldReading judgeField(FieldId id, std::string_view raw, double confidence, FieldSource source,
                        const JudgeOptions& options)
{
    FieldReading f;
    f.raw = std::string(raw);
    f.source = source;
    f.confidence = std::clamp(confidence, 0.0, 1.0);
    if (removeSpaces(raw).empty()) {
        f.status = FieldStatus::NotFound;
        f.source = FieldSource::None;
        f.reason = "nothing read";
        return f;
    }
    const Verdict v = validate(id, raw);
    if (!v.normalized.empty())
        f.value = v.normalized;
    if (!v.valid) {
        f.status = FieldStatus::Review;
        f.reason = v.reason;
        f.confidence = std::min(f.confidence, 0.5);
    } else if (f.confidence < options.minOkConfidence) {
        f.status = FieldStatus::Review;
        f.reason = "low recognition confidence";
    } else {
        f.status = FieldStatus::Ok;
    }
    return f;
}

void applyDocumentRules(ScanResult& r, const Date& today)
{
    // A マイナンバー must never travel further than this function (番号法).
    for (auto& f : r.fields) {
        if ((f.value && looksLikeMyNumber(*f.value)) || looksLikeMyNumber(f.raw)) {
            f = FieldReading{};
            f.status = FieldStatus::Review;
            f.reason = "a マイナンバー-like number was read and dropped";
        }
    }

    const FieldReading& insurer = r.field(FieldId::InsurerNumber);
    if (insurer.value && isKoukiInsurer(*insurer.value)) {
        // On an insurer number that is `ok` (one in review may be another insurer's misread,
        // whose 記号 is printed).
        const bool sure = insurer.status == FieldStatus::Ok;
        const char* look = "none on a 後期高齢者医療 document (保険者番号 39…): check the 保険者番号";
        claimNotPrinted(r.field(FieldId::Symbol), sure, "後期高齢者医療 has no 記号", look);
        claimNotPrinted(r.field(FieldId::BranchNumber), sure, "後期高齢者医療 has no 枝番", look);
        // A 記号 read on a 後期 document contradicts the insurer number.
        demoteToReview(r.field(FieldId::Symbol), "後期高齢者医療 documents carry no 記号");
    }
    if (printsExpiryForSomeHoldersOnly(r.kind))
        judgeMissingExpiry(r);

    FieldReading& expiry = r.field(FieldId::Expiry);
    if (expiry.value) {
        if (auto d = parseIsoDate(*expiry.value); d && isExpired(*d, today))
            r.notes.emplace_back("expired");
    }
    if (r.kind == DocumentKind::HealthInsuranceCard)
        r.notes.emplace_back("old 健康保険証: no longer valid after 2025-12-01");
    if (r.kind == DocumentKind::Oshirase)
        r.notes.emplace_back("資格情報のお知らせ is valid only together with the My Number card");

    if (!carriesInsuranceFields(r.kind)) {
        for (auto& f : r.fields)
            demoteToReview(f, "document kind is not accepted for pre-filling");
    }
}

void sendAllToReview(ScanResult& result, std::string_view reason)
{
    for (FieldReading& f : result.fields) {
        if (f.status != FieldStatus::Ok)
            continue;
        f.status = FieldStatus::Review;
        f.reason = std::string(reason);
    }
}

} // namespace shikaku
