#pragma once
// A4 sheets: the A4 資格確認書 and the お知らせ letter with its card-size cut-out part.

#include "Rng.h"
#include "SynthDocument.h"

namespace shikaku::synth {

FlatDocument renderKakuninshoA4(Rng& rng, const RenderOptions& options);
FlatDocument renderOshiraseSheet(Rng& rng, const RenderOptions& options);

} // namespace shikaku::synth
