#pragma once
// Printed frame or paper edge: whether an outline around the chosen one is the paper's own edge
// (then the chosen one was a frame printed on it) or a mat or tray the document lies on.

#include "OutlineGeometry.h"

#include <opencv2/core/mat.hpp>

namespace shikaku {

/// True when every corner of `inner` lies inside `outer` (or on it) and the outer one is
/// 1.1–3 times larger.
bool enclosesWithMargin(const Quad& outer, const Quad& inner);

/// A document's printed frame (a table, a cut-out line) can be straighter than its own edge,
/// which may be hand-cut or half hidden. An outline around the chosen one wins when the band
/// between the two is the same paper as just inside the chosen one: a frame printed on the
/// document, not a document lying on a mat or tray (whose band is the mat).
bool isPaperBandAround(const cv::Mat& image, const Quad& inner, const Quad& outer);

} // namespace shikaku
