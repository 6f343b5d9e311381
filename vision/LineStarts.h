#pragma once
// Which way up a page lies, guessed from its layout alone (no OCR): labels and values of a
// form start in a few columns — their left ends line up, their right ends are ragged. Turned by
// 180°, the ends line up instead. Measured on 120 bench photos: on every page whose reading
// found labels, the sign of this score named the side those labels were read on, by a wide
// margin (|score| ≈ 0.8).

#include "TextChunkFinder.h"

namespace shikaku {

/// +1: the chunks' left ends line up and their right ends do not (upright); −1: the reverse
/// (turned by 180°); near 0: no telling (few chunks, centred or justified print).
double lineStartAlignment(const TextChunkLayout& layout);

} // namespace shikaku
