#pragma once
// Finds the five fields by their printed labels in positioned text: the words of a PDF text
// layer, or the OCR words of a rendered page or a rectified photo. The value is the text to
// the right of the label on the same line, or, for a stacked label, the text below it.
// Labels, distractor labels and combined 記号・番号 labels come from models/fields.json.
//
// All labels (fields and distractors) are matched longest first and may not overlap, so
// 保険者番号 never matches inside 被保険者番号 and 番号 never inside 発行管理番号 or 電話番号.
// A value ends at the next label or at a wide gap.

#include "FieldReading.h"

#include <array>
#include <string>
#include <vector>

namespace shikaku {

class Models;

/// One positioned piece of text (a PDF text box or an OCR word), in pixels.
struct TextPiece {
    std::string text;            ///< UTF-8
    Box box;
    double confidence = 1.0;     ///< 0..1 (1 for a clean PDF text layer)
    std::vector<Box> charBoxes;  ///< one per code point of `text`; empty: spread evenly over `box`
};

/// What was found for one field. `raw` is the value as printed (look-alikes folded), not validated.
struct LabelledValue {
    bool labelFound = false;
    Box labelBox;
    std::string raw;             ///< empty when no value was found next to or below the label
    Box box;                     ///< union of the value's characters
    double confidence = 0.0;     ///< minimum over the value's characters
    bool below = false;          ///< the value was found under a stacked label
    bool combined = false;       ///< 記号 or 番号 taken from one 記号・番号 value
    Box combinedBox;             ///< the whole 記号・番号 value when `combined`
    std::string note;            ///< why the value is doubtful (never contains the value)
};

struct LabelledText {
    std::array<LabelledValue, 5> fields; ///< indexed by FieldId
    std::vector<std::string> lines;      ///< every line's folded text, top to bottom (for titles)
    int lineHeight = 0;                  ///< median character height in pixels

    LabelledValue& field(FieldId id) { return fields[static_cast<std::size_t>(id)]; }
    const LabelledValue& field(FieldId id) const { return fields[static_cast<std::size_t>(id)]; }
    int labelsFound() const;
};

/// Splits a 記号・番号 text at its middle dot (any look-alike), else at its first space.
/// False when there is neither.
bool splitSymbolNumber(const std::string& text, std::string& symbol, std::string& number);

/// The label sets the extractor matches.
struct LabelSet {
    std::array<std::vector<std::string>, 5> fieldLabels; ///< indexed by FieldId
    std::vector<std::string> combinedSymbolNumber;       ///< labels whose value is 記号・番号
    std::vector<std::string> distractors;
    static LabelSet fromModels(const Models& models);
};

class LabelledTextExtractor {
public:
    explicit LabelledTextExtractor(LabelSet labels);
    LabelledText extract(const std::vector<TextPiece>& pieces) const;

private:
    struct Label {
        std::u32string key; ///< folded, separators removed
        int owner;          ///< FieldId, kCombined or kDistractor
    };
    std::vector<Label> m_labels; ///< longest key first
};

} // namespace shikaku
