#pragma once
// A phone showing the マイナポータル screen: the outline found may be the phone's body, and the
// document is the lit screen inside it.

#include "DocumentFinder.h"
#include "OutlineGeometry.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace shikaku {

/// A phone lies on the desk in its dark, colourless body; the document is the lit screen
/// inside it. The outline found may be the body, the screen, or the screen without its
/// coloured header bar, side by side in any mix. Each side is settled on its own: a dark band
/// just inside it (the bezel: the side is the body's) moves it in to where the screen begins;
/// otherwise it moves out to where the bezel begins (nowhere, if it already is the screen's
/// edge; past the header bar, if it stopped there). Returns the screen's outline only when
/// all four sides agree with a phone and one of them moved; paper is bright up to its edge.
std::optional<Quad> phoneScreen(const cv::Mat& image, const Quad& q, const DocumentFinderOptions& o);

} // namespace shikaku
