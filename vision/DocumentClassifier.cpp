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

// Title keywords are searched in chunks that are not field labels: 被保険者証記号 is a label,
// not the title of an old card.
int titleHits(const ClassifierInput& in, const DocumentModel& model)
{
    int hits = 0;
    for (const auto& title : model.titles) {
        const std::u32string form = matchingForm(title);
        for (const ReadChunk& c : in.page.chunks) {
            if (c.label && c.label->field)
                continue;
            if (containsText(c.text, form)) {
                ++hits;
                break;
            }
        }
    }
    return hits;
}

} // namespace

DocumentKind kakuninshoFormatFor(double aspect, const Models& models)
{
    DocumentKind best = DocumentKind::KakuninshoCard;
    double bestDistance = std::numeric_limits<double>::max();
    for (DocumentKind k : {DocumentKind::KakuninshoCard, DocumentKind::KakuninshoPostcard, DocumentKind::KakuninshoA4}) {
        const double d = std::abs(std::log(aspect / aspectOf(models.document(k))));
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
    // The back side first: whatever else it says, nothing on it may be read.
    const int back = titleHits(in, models.document(DocumentKind::BackSide));
    if (back >= 2 || (back >= 1 && in.fields.fieldLabels == 0))
        return DocumentKind::BackSide;
    if (titleHits(in, models.document(DocumentKind::PortalScreen)) >= 1 && in.aspect >= 1.75)
        return DocumentKind::PortalScreen;
    if (titleHits(in, models.document(DocumentKind::Oshirase)) >= 1)
        return DocumentKind::Oshirase;
    const bool kakuninsho = titleHits(in, models.document(DocumentKind::KakuninshoCard)) >= 1;
    if (!kakuninsho && titleHits(in, models.document(DocumentKind::HealthInsuranceCard)) >= 1)
        return DocumentKind::HealthInsuranceCard;
    if (kakuninsho)
        return kakuninshoFormatFor(in.aspect, models);
    return DocumentKind::Unknown;
}

} // namespace shikaku
