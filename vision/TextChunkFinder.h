#pragma once
// Finds printed text on a rectified document without running OCR: each chunk is a run of
// characters on one line, split where the gap is wider than about one character (the gap
// between a label and its value). OCR then only looks at chunks, never at the whole page.

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace shikaku {

struct TextChunk {
    cv::Rect box;         ///< in the coordinates of the image given to findTextChunks
    int glyphHeight = 0;  ///< typical character height inside the chunk, pixels
};

struct TextChunkLayout {
    std::vector<TextChunk> chunks; ///< sorted top to bottom, then left to right
    int bodyGlyphHeight = 0;       ///< median character height over the page, pixels
};

/// `gray` is the upright or upside-down rectified document (8-bit). Ruled lines are removed
/// before grouping, so a grid does not glue a label to its value.
TextChunkLayout findTextChunks(const cv::Mat& gray);

} // namespace shikaku
