#include "DocumentClassifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shikaku {
namespace {

double aspectOf(const DocumentModel& m)
{
    const double lo = std::min(m.widthMm, m.heightMm), hi = std::max(m.widthMm, m.heightMm);
    return lo > 0 ? hi / lo : 0.0;
}

// The read text of each row, chunks joined left to right: titles printed with letter spacing
// come apart into several chunks (「国民健康保険資」「格確認書」). Field labels are left out:
// 被保険者証記号 is a label, not the title of an old card.
std::vector<std::u32string> rowTexts(const PageText& page)
{
    std::vector<std::u32string> rows;
    const ReadChunk* previous = nullptr;
    for (const ReadChunk& c : page.chunks) {
        if (!previous || !sameRow(previous->chunk.box, c.chunk.box))
            rows.emplace_back();
        previous = &c;
        if (c.read && !(c.label && c.label->field))
            rows.back() += c.text;
    }
    return rows;
}

int titleHits(const std::vector<std::u32string>& rows, const DocumentModel& model)
{
    int hits = 0;
    for (const auto& title : model.titles) {
        const std::u32string form = matchingForm(title);
        if (std::any_of(rows.begin(), rows.end(), [&](const std::u32string& row) { return containsTextLoosely(row, form); }))
            ++hits;
    }
    return hits;
}

} // namespace

DocumentKind kakuninshoFormatFor(double aspect, double textHeightRatio, const Models& models)
{
    DocumentKind best = DocumentKind::KakuninshoCard;
    double bestDistance = std::numeric_limits<double>::max();
    for (DocumentKind k : {DocumentKind::KakuninshoCard, DocumentKind::KakuninshoPostcard, DocumentKind::KakuninshoA4}) {
        const DocumentModel& m = models.document(k);
        // Log distances; text height counts three times the aspect (it separates better).
        double d = std::abs(std::log(aspect / aspectOf(m)));
        if (m.textHeightRatio > 0 && textHeightRatio > 0)
            d += 3.0 * std::abs(std::log(textHeightRatio / m.textHeightRatio));
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best;
}

DocumentKind classifyDocument(const ClassifierInput& in, const Models& models)
{
    switch (in.hint) {
    case KindHint::Card: return DocumentKind::KakuninshoCard;
    case KindHint::Postcard: return DocumentKind::KakuninshoPostcard;
    case KindHint::A4: return DocumentKind::KakuninshoA4;
    case KindHint::Oshirase: return DocumentKind::Oshirase;
    case KindHint::Portal: return DocumentKind::PortalScreen;
    case KindHint::Auto: break;
    }
    const auto rows = rowTexts(in.page);
    // The back side first: whatever else it says, nothing on it may be read.
    const int back = titleHits(rows, models.document(DocumentKind::BackSide));
    // Front sides mention the organ-donation panel in their notes; only a page without the
    // fields' labels is a back side.
    if (back >= 1 && in.fields.fieldLabels <= 1)
        return DocumentKind::BackSide;
    if (titleHits(rows, models.document(DocumentKind::PortalScreen)) >= 1 && in.aspect >= 1.75)
        return DocumentKind::PortalScreen;
    if (titleHits(rows, models.document(DocumentKind::Oshirase)) >= 1)
        return DocumentKind::Oshirase;
    const bool kakuninsho = titleHits(rows, models.document(DocumentKind::KakuninshoCard)) >= 1;
    if (!kakuninsho && titleHits(rows, models.document(DocumentKind::HealthInsuranceCard)) >= 1)
        return DocumentKind::HealthInsuranceCard;
    if (kakuninsho)
        return kakuninshoFormatFor(in.aspect, in.textHeightRatio, models);
    return DocumentKind::Unknown;
}

} // namespace shikaku
