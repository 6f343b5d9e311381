#pragma once
// Decoding a large JPEG costs about as much as finding the document in it (8 MP: ~40 ms and
// ~30 ms). Both are done at once: one thread decodes the photo in full while the other decodes
// it at 1/4 or 1/8 of its size (libjpeg's DCT scaling: a few ms) and finds the outline there;
// the outline's sides are then fitted again in the full photo (refineInPhoto), as
// findDocument does.

#include "DocumentQuad.h"
#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>

#include <optional>
#include <string_view>

namespace shikaku {

struct DecodedPhoto {
    cv::Mat bgr;                         ///< empty when the bytes could not be decoded
    std::optional<DocumentQuad> outline; ///< the outline search's result (found or not); unset: not searched
};

/// Decodes `bytes` (JPEG, PNG or TIFF) to BGR. JPEGs of 2560 px or more (8 MP stills) also get
/// their outline searched in parallel (runOcrJobs; `engine` is only passed through). Never throws.
DecodedPhoto decodePhoto(std::string_view bytes, OcrEngine& engine);

/// The finder's outline in the full photo, when it differs from the one found in the reduced
/// copy. The two searches see different pixels; beside a faint edge or a printed frame they can
/// settle on different sides. Unset when they agree or when the decoder did not search.
std::optional<DocumentQuad> otherOutlineInFullPhoto(const DecodedPhoto& photo);

} // namespace shikaku
