#pragma once
// Where the value of each field is printed, from the labels found in the page text: the rest
// of the label's own chunk, the chunks to its right on the same row (up to the next label),
// or the chunk right below a stacked label.

#include "FieldReading.h"
#include "PageText.h"

#include <opencv2/core/types.hpp>

#include <array>
#include <string>
#include <vector>

namespace shikaku {

struct ValueLocation {
    cv::Rect box;         ///< rectified-image rectangle holding the value
    int glyphHeight = 0;
    cv::Rect labelBox;    ///< where the label was
    bool combinedSymbolNumber = false;
    std::string doubt;    ///< why this place can hold a wrong or partial value: never `ok` when set
    bool doubtOnlyAtTheStart = false; ///< the doubt is where the value starts only (its label's last character read wrong or lost)
    int labelLastCharacterX = -1; ///< value glued to its label in one chunk: where the label's last character's box starts
    bool labelIsBracketed = false; ///< 「(枝番)00」: a closing bracket follows the label, read or not
};

struct FieldLocations {
    std::array<std::vector<ValueLocation>, 5> values; ///< by FieldId, reading order
    int fieldLabels = 0;                               ///< labels of the five fields found
    bool blurredPrint = false;                         ///< a grainy, blurred page (SearchPrint): digits may run together
    int otherLabels = 0;                               ///< labels of other items (氏名, 生年月日, …)
};

FieldLocations locateFields(const PageText& page);

} // namespace shikaku
