#include "SynthDocument.h"

#include "CardDocuments.h"
#include "OtherDocuments.h"
#include "PortalDocuments.h"
#include "SheetDocuments.h"

namespace shikaku::synth {

void attachFieldBoxes(FlatDocument& doc, const FieldBoxes& boxes)
{
    const double pxPerMm = doc.isPdf() || doc.image.isNull() ? 0.0 : doc.image.width() / doc.sizeMm.width();
    doc.truth.fieldBoxes = fieldBoxesJson(boxes.boxes(), pxPerMm);
}

FlatDocument renderDocument(DocumentKind kind, std::uint64_t seed, const RenderOptions& options)
{
    // The kind is mixed into the seed so --kinds a,b and --kinds b give the same b documents.
    Rng rng(seed * 1000003ULL + static_cast<std::uint64_t>(kind) * 7919ULL + 17);
    switch (kind) {
    case DocumentKind::KakuninshoCard: return renderKakuninshoCard(rng, options);
    case DocumentKind::KakuninshoPostcard: return renderKakuninshoPostcard(rng, options);
    case DocumentKind::KakuninshoA4: return renderKakuninshoA4(rng, options);
    case DocumentKind::Oshirase: return rng.chance(0.5) ? renderOshiraseSheet(rng, options) : renderOshiraseCutOut(rng, options);
    case DocumentKind::PortalPdf: return renderPortalPdf(rng, options);
    case DocumentKind::PortalScreen: return renderPortalScreen(rng, options);
    case DocumentKind::HealthInsuranceCard: return renderHealthInsuranceCard(rng, options);
    case DocumentKind::BackSide: return renderBackSide(rng, options);
    case DocumentKind::Unknown: return renderUnknownDocument(rng, options);
    }
    return renderUnknownDocument(rng, options);
}

} // namespace shikaku::synth
