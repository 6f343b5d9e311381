#pragma once
// Documents the kiosk must recognise and refuse: the card back (organ-donation panel) and
// unrelated papers (a municipal notice, a shop receipt).

#include "Rng.h"
#include "SynthDocument.h"

namespace shikaku::synth {

FlatDocument renderBackSide(Rng& rng, const RenderOptions& options);
FlatDocument renderUnknownDocument(Rng& rng, const RenderOptions& options);

} // namespace shikaku::synth
