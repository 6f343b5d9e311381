#pragma once
// Recognises printed labels at the start of a chunk of text: the labels of the five fields and
// of the items the kiosk does not read (distractor_labels: 氏名, 生年月日, 発行管理番号, …), from
// models/fields.json.
// Tolerates one misread character in labels of four or more characters and one stray
// non-CJK character before the label (a table rule read as 「|」).

#include "FieldReading.h"
#include "Models.h"

#include <optional>
#include <string>
#include <vector>

namespace shikaku {

struct LabelMatch {
    std::optional<FieldId> field;     ///< empty for labels of items we do not read
    std::size_t end = 0;              ///< code points of the text taken by the label (and stray prefix)
    bool combinedSymbolNumber = false;///< 被保険者等記号・番号: one value holds both
    /// The label's last character was not read and the text has a digit or letter in its place
    /// (番号 read 「番8910」): that is the value's first character, and `end` stops before it.
    /// Label and value are then told apart by position only: the value is never `ok`.
    bool lastCharacterLost = false;
    /// The one character read wrong is the label's last (被保険者番号 read 「被保険者番:」):
    /// whatever washed it out (glare, a finger) may hide the value's first digit beside it, so
    /// a value read beside it is never `ok`.
    bool lastCharacterMisread = false;
    /// Read only by the kiosk's line model (LineModelOcr), which knows little but the labels'
    /// words: which label this is stays unproven, and its value is never `ok`.
    bool readByLineModelOnly = false;
};

class LabelMatcher {
public:
    explicit LabelMatcher(const Models& models);
    /// The longest label `text` starts with (text in matchingForm). `exactOnly`: no label
    /// with a misread character (for second readings, which get more chances to err).
    std::optional<LabelMatch> match(const std::u32string& text, bool exactOnly = false) const;
    /// True when the start of `text` holds a character of a field's label (番, 記, 枝, 効, …):
    /// a text that matched no label but may be a misread one, worth reading again.
    bool mayBeFieldLabel(const std::u32string& text) const;

private:
    struct Form {
        std::u32string text;
        std::optional<FieldId> field;
        bool combined = false;
    };
    /// A combined 記号・番号 label that starts with `exact` (matched exactly at `offset`) and that
    /// `text` goes on to with one character wrong: 「被保険者記号・番5」 is 被保険者記号・番号 with
    /// its 号 misread, not the 記号 label followed by a value 「・番5」.
    const Form* combinedLabelGoingOn(const std::u32string& text, std::size_t offset, const Form& exact) const;
    /// The match of `f` at `offset` of `text` with at most one character wrong.
    static LabelMatch matchedWithOneWrong(const std::u32string& text, std::size_t offset, const Form& f);

    std::vector<Form> m_forms; ///< longest first
    std::u32string m_fieldLabelCharacters; ///< CJK characters of the fields' labels
};

} // namespace shikaku
