#pragma once
// Finds the printed labels of the five fields in the page text and the place of each value:
// the rest of the label's chunk, the chunks to its right on the same row (stopping at the next
// label), or the chunk right below a stacked label.

#include "FieldReading.h"
#include "Models.h"
#include "PageText.h"

#include <opencv2/core/types.hpp>

#include <array>
#include <vector>

namespace shikaku {

struct LabelHit {
    std::size_t chunkIndex = 0;
    std::size_t labelEnd = 0;  ///< code points of the chunk text taken by the label
    FieldId field = FieldId::Symbol;
    bool combinedSymbolNumber = false; ///< 被保険者等記号・番号: one value holds both
};

struct ValueLocation {
    cv::Rect box;         ///< rectified-image rectangle holding the value
    int glyphHeight = 0;
    cv::Rect labelBox;    ///< where the label was
    bool combinedSymbolNumber = false;
};

struct FieldLocations {
    std::array<std::vector<ValueLocation>, 5> values; ///< by FieldId, reading order
    std::vector<LabelHit> labels;
    std::vector<bool> isLabelChunk;                    ///< by chunk index
    int labelCount() const { return static_cast<int>(labels.size()); }
};

/// Label hits of every chunk (a chunk is a label when its text starts with a label of models/fields.json).
FieldLocations locateFields(const PageText& page, const Models& models);

} // namespace shikaku
