#pragma once
// Desk surfaces under the document camera.

#include "Rng.h"

#include <opencv2/core.hpp>

#include <string>

namespace shikaku::synth {

enum class Background { Wood, Mat, CuttingMat, Dark, White, Grey };

/// A BGR background of the given size; name receives the truth name (wood, mat, ...).
cv::Mat makeBackground(cv::Size size, Background kind, Rng& rng);
Background randomBackground(Rng& rng);
std::string backgroundName(Background kind);

} // namespace shikaku::synth
