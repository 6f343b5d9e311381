#pragma once
// Card- and postcard-sized documents: 資格確認書 (card, postcard), old 健康保険証, お知らせ cut-out.

#include "FictitiousRecord.h"
#include "FormContentBuilder.h"
#include "SynthDocument.h"

namespace shikaku::synth {

FlatDocument renderKakuninshoCard(Rng& rng, const RenderOptions& options);
FlatDocument renderKakuninshoPostcard(Rng& rng, const RenderOptions& options);
FlatDocument renderHealthInsuranceCard(Rng& rng, const RenderOptions& options);
FlatDocument renderOshiraseCutOut(Rng& rng, const RenderOptions& options);

/// Paints the お知らせ card part into cardRect (also used inside the A4 sheet).
void paintOshiraseCard(QPainter& painter, const QRectF& cardRect, const FormContent& content, const FormStyle& style, FieldBoxes* boxes);

} // namespace shikaku::synth
