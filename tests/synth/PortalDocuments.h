#pragma once
// マイナポータル-like 資格情報 page: as a PDF (text layer or image-only) and as a phone screenshot.
// The real layout is unverified (domain notes §3.5); these are plausible variants.

#include "Rng.h"
#include "SynthDocument.h"

namespace shikaku::synth {

FlatDocument renderPortalPdf(Rng& rng, const RenderOptions& options);
FlatDocument renderPortalScreen(Rng& rng, const RenderOptions& options);

} // namespace shikaku::synth
