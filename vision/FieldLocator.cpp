#include "FieldLocator.h"

#include "MiddleDotInk.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace shikaku {
namespace {

bool isLabel(const ReadChunk& c) { return c.label.has_value(); }

// Gaps inside one value (「令和 8年 7月31日」) are narrower than this many characters.
constexpr int kValueGapGlyphs = 2;
constexpr int kCombinedValueGapGlyphs = 3;
// A value further right than this from its label belongs to something else.
constexpr int kValueReachGlyphs = 48;
// A value beside its label usually follows within a few characters; further away, a value
// printed under the label is the better guess.
constexpr int kNearValueGlyphs = 8;

// A label split in two by the chunk finder (「保険者」「番号」 on a phone screen) must not read
// as the short label 番号 (the insurer's number would be taken for the 番号): it is 保険者番号.
bool tailOfInsurerLabel(const std::vector<ReadChunk>& chunks, std::size_t i)
{
    if (i == 0 || chunks[i].text.rfind(U"番号", 0) != 0)
        return false;
    const ReadChunk& before = chunks[i - 1];
    const std::u32string& t = before.text;
    const int gap = chunks[i].chunk.box.x - before.chunk.box.br().x;
    const bool insurer = t.size() >= 3 && t.compare(t.size() - 3, 3, U"保険者") == 0 &&
                         !(t.size() >= 4 && t[t.size() - 4] == U'被');
    return insurer && sameRow(before.chunk.box, chunks[i].chunk.box) && gap >= 0 &&
           gap <= 2 * std::max(1, chunks[i].chunk.glyphHeight);
}

// Read by PageText, and its first character is CJK (a kanji, kana or full-width sign).
bool startsWithKanjiOrKana(const ReadChunk& c)
{
    return c.read && !c.text.empty() && c.text.front() >= 0x3000;
}

// Read by PageText and opening with a bracketed word, or empty brackets: a bracketed label read
// wrong (「(抑)00」, 「()00」 for (枝番)00 after a 番号), never more of the value before it.
bool opensBracketedWord(const ReadChunk& c)
{
    return c.read && c.text.size() >= 2 && c.text[0] == U'(' && (c.text[1] >= 0x3000 || c.text[1] == U')');
}

// 「(抑)00」 after a 記号・番号 or 番号: the 枝番 whose bracketed label was read wrong. Its value
// is what follows the closing bracket, never `ok` (the label is a guess).
std::optional<ValueLocation> branchAfterMisreadLabel(const ReadChunk& c)
{
    const auto close = c.text.find(U')');
    if (close == std::u32string::npos || close > 3 || close + 1 >= c.text.size() || close + 1 >= c.symbols.size())
        return std::nullopt;
    ValueLocation v;
    v.labelBox = c.chunk.box;
    v.glyphHeight = c.chunk.glyphHeight;
    const int x = std::max(c.chunk.box.x, c.symbols[close + 1].box.x - 1);
    v.box = cv::Rect(x, c.chunk.box.y, c.chunk.box.br().x - x, c.chunk.box.height);
    v.doubt = "枝番 found after the 番号, its label not read: check it";
    return v;
}

struct ValueBelow {
    cv::Rect box;
    int glyphHeight = 0;
};

// The first chunk right under label `i` (within two characters, overlapping it), with the pieces
// it goes on in to the right (「令和９年７月３」「１日」: wide full-width digits split a date), as a
// value beside its label does.
std::optional<ValueBelow> valueBelow(const std::vector<ReadChunk>& chunks, std::size_t i, int glyph)
{
    const cv::Rect& label = chunks[i].chunk.box;
    for (std::size_t j = i + 1; j < chunks.size(); ++j) {
        const cv::Rect& b = chunks[j].chunk.box;
        const int dy = b.y - label.br().y;
        const int overlap = std::min(b.br().x, label.br().x) - std::max(b.x, label.x);
        if (dy > glyph * 2)
            break;
        if (isLabel(chunks[j]) || dy < -glyph / 4 || overlap <= 0)
            continue;
        ValueBelow v{b, chunks[j].chunk.glyphHeight};
        for (std::size_t k = j + 1; k < chunks.size(); ++k) {
            const cv::Rect& next = chunks[k].chunk.box;
            if (!sameRow(next, b) || next.x < v.box.br().x || isLabel(chunks[k]) ||
                next.x - v.box.br().x > std::max(1, v.glyphHeight) * kValueGapGlyphs)
                break;
            v.box |= next;
        }
        return v;
    }
    return std::nullopt;
}

// A field label printed smaller than the value before it, read wrong (「番号 2691」 after a 記号
// read 「番呈2691」 on a blurred photo): its first character is one of a label's own and its
// print is clearly smaller than the value's or than the rest of its chunk. A value never runs
// on into it. Kanji and kana of a value are never smaller than its digits, so a value's own
// continuation does not look like this.
constexpr std::u32string_view kLabelStartCharacters = U"記号番枝有効期限間(";
bool smallLabelStart(const ReadChunk& c, int valueGlyph)
{
    if (!c.read || c.text.empty() || c.startPrintHeight <= 0 || kLabelStartCharacters.find(c.text.front()) == std::u32string_view::npos)
        return false;
    return c.startPrintHeight * 4 < std::max(valueGlyph, c.chunk.glyphHeight) * 3;
}

struct ValueBeside {
    cv::Rect box;                        ///< empty when nothing is beside the label
    int glyphHeight = 0;                 ///< of the value's first chunk (the label's when glued)
    int firstGap = 0;                    ///< from the label to the first chunk beside it
    std::optional<ValueLocation> branch; ///< a 枝番 after a (枝番) label read wrong
};

// The chunks on the row of chunk `i` that start at or right of its left edge, left to right
// (the caller skips those that start inside the label). Not the chunks
// after it in reading order: a value printed larger than its label starts a few pixels higher,
// and a notes column's line that opens the row then puts the value before its label in that
// order (a postcard's 「記号 10 番号 665624」: the 10 came first and the 番号 label was taken as
// the 記号's value).
std::vector<std::size_t> chunksRightOf(const std::vector<ReadChunk>& chunks, std::size_t i)
{
    const cv::Rect& box = chunks[i].chunk.box;
    std::vector<std::size_t> right;
    for (std::size_t j = 0; j < chunks.size(); ++j)
        if (j != i && chunks[j].chunk.box.x >= box.x && sameRow(chunks[j].chunk.box, box))
            right.push_back(j);
    std::stable_sort(right.begin(), right.end(),
                     [&](std::size_t a, std::size_t b) { return chunks[a].chunk.box.x < chunks[b].chunk.box.x; });
    return right;
}

// The value on label `i`'s row: `glued` (the part of the label's own chunk after the label,
// may be empty), then the chunks to its right until the next label or a wide gap. A digits-only
// value does not go on into print that starts with kanji or kana: that is a label read wrong
// (「村閉00」 for (枝番)00 glued the 枝番 to the 番号).
ValueBeside valueBeside(const std::vector<ReadChunk>& chunks, std::size_t i, FieldId field, const cv::Rect& glued, int glyph,
                        bool combined)
{
    const ReadChunk& label = chunks[i];
    const bool digitsOnly = field == FieldId::InsurerNumber || field == FieldId::Number || field == FieldId::BranchNumber;
    ValueBeside v;
    v.box = glued;
    v.glyphHeight = glyph;
    int right = label.chunk.box.br().x;
    for (std::size_t j : chunksRightOf(chunks, i)) {
        const cv::Rect& b = chunks[j].chunk.box;
        if (b.x < right)
            continue;
        const bool started = v.box.area() > 0;
        if (isLabel(chunks[j]) || (started && digitsOnly && startsWithKanjiOrKana(chunks[j])))
            break;
        if (started && opensBracketedWord(chunks[j])) {
            if (field == FieldId::Symbol || field == FieldId::Number)
                v.branch = branchAfterMisreadLabel(chunks[j]);
            break;
        }
        // Nor into a small label read wrong, or far smaller print (the notes column beside
        // the value's row). A letter-spaced 記号・番号's middle dot is a chunk of its own, and
        // part of the value.
        const bool middleDot = started && combined && isMiddleDot(b, v.box, v.glyphHeight);
        if (started && !middleDot &&
            (smallLabelStart(chunks[j], v.glyphHeight) || chunks[j].chunk.glyphHeight * 10 < v.glyphHeight * 7))
            break;
        // Gaps inside a value scale with the value's print; a combined 記号・番号 has its
        // middle dot in one (too small a speck to be a chunk of its own).
        const int gap = b.x - right;
        const int inValueGap = std::max(glyph, v.glyphHeight) * (combined ? kCombinedValueGapGlyphs : kValueGapGlyphs);
        if (gap > (started ? inValueGap : glyph * kValueReachGlyphs))
            break;
        if (!started) {
            v.glyphHeight = chunks[j].chunk.glyphHeight;
            v.firstGap = gap;
        }
        v.box = started ? (v.box | b) : b;
        right = b.br().x;
    }
    return v;
}

// A 番号 label that goes on from a 記号 label set in a chunk of its own: 「記号」「・番号」 then the
// value, as one combined label 記号・番号 (PageText reads such a chunk: mayBeLabelGoingOn). Both
// read exactly as whole labels, the 番号 the first chunk after the 記号 on its row, two glyphs
// away at most.
std::optional<std::size_t> numberLabelGoingOn(const std::vector<ReadChunk>& chunks, std::size_t i)
{
    auto wholeLabelOf = [](const ReadChunk& c, FieldId field) {
        return c.label && c.label->field == field && !c.label->combinedSymbolNumber && !c.label->readByLineModelOnly &&
               c.label->end >= c.text.size();
    };
    const ReadChunk& symbol = chunks[i];
    if (!wholeLabelOf(symbol, FieldId::Symbol))
        return std::nullopt;
    const int glyph = std::max(1, symbol.chunk.glyphHeight);
    for (std::size_t j : chunksRightOf(chunks, i)) {
        const cv::Rect& b = chunks[j].chunk.box;
        if (b.x < symbol.chunk.box.br().x)
            continue;
        if (wholeLabelOf(chunks[j], FieldId::Number) && b.x - symbol.chunk.box.br().x <= 2 * glyph)
            return j;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

FieldLocations locateFields(const PageText& page)
{
    FieldLocations out;
    const auto& chunks = page.chunks;
    std::vector<std::optional<std::size_t>> goesOn(chunks.size());
    std::vector<bool> goingOn(chunks.size(), false);
    for (std::size_t i = 0; i < chunks.size(); ++i)
        if ((goesOn[i] = numberLabelGoingOn(chunks, i)))
            goingOn[*goesOn[i]] = true;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const ReadChunk& label = chunks[i];
        if (!label.label)
            continue;
        if (!label.label->field) {
            ++out.otherLabels;
            continue;
        }
        ++out.fieldLabels;
        if (goingOn[i])
            continue; // its value is the 記号's it goes on from
        const FieldId field = tailOfInsurerLabel(chunks, i) ? FieldId::InsurerNumber : *label.label->field;
        ValueLocation v;
        v.labelBox = label.chunk.box;
        v.glyphHeight = label.chunk.glyphHeight;
        v.combinedSymbolNumber = label.label->combinedSymbolNumber;
        if (label.label->readByLineModelOnly)
            v.doubt = "label read only by the kiosk's line model: which field this is is unsure";
        const int glyph = std::max(1, label.chunk.glyphHeight);

        // Skip separators printed after the label (and a closing bracket read as , | ]).
        std::size_t start = label.label->end;
        while (start < label.text.size() && std::u32string_view(U":),|]}").find(label.text[start]) != std::u32string_view::npos)
            ++start;
        cv::Rect r;
        if (start < label.text.size() && start < label.symbols.size()) {
            // Value glued to its label in one chunk: from the first value character to the chunk's end.
            const int x = std::max(label.chunk.box.x, label.symbols[start].box.x - 1);
            r = cv::Rect(x, label.chunk.box.y, label.chunk.box.br().x - x, label.chunk.box.height);
            // The last character before the value: the label's, or a separator after it
            // (「(枝番)00」: the value starts after the closing bracket's ink).
            v.labelLastCharacterX = label.symbols[start - 1].box.x;
            v.labelIsBracketed = label.text.front() == U'(';
            if (label.label->lastCharacterLost) {
                v.doubt = "label read with its last character missing: where the value starts is unsure";
                v.doubtOnlyAtTheStart = true;
            }
        }
        std::size_t labelEnd = i; // the chunk the value follows
        if (goesOn[i]) {
            labelEnd = *goesOn[i];
            v.combinedSymbolNumber = true;
            v.labelBox |= chunks[labelEnd].chunk.box;
        }
        ValueBeside beside = valueBeside(chunks, labelEnd, field, r, glyph, v.combinedSymbolNumber);
        if (beside.branch) {
            if (label.label->readByLineModelOnly && beside.branch->doubt.empty())
                beside.branch->doubt = v.doubt;
            out.values[static_cast<std::size_t>(FieldId::BranchNumber)].push_back(*beside.branch);
        }
        r = beside.box;
        int valueGlyph = beside.glyphHeight;
        const int firstGap = beside.firstGap;
        // Stacked label: the value sits right below. It wins over a chunk far to the right
        // (another column: 有効期間 over its dates beside the notes of a postcard), one in far
        // smaller print than the label, or one in smaller print than both the label and the
        // chunk below (the notes column beside a 有効期限 box whose date is under its label).
        const std::optional<ValueBelow> below = valueBelow(chunks, i, glyph);
        const bool far = firstGap > glyph * kNearValueGlyphs;
        const bool small = valueGlyph * 10 < glyph * 7 ||
                           (valueGlyph * 4 < glyph * 3 && below && below->glyphHeight * 10 >= valueGlyph * 13);
        if (below && (r.area() == 0 || (start >= label.text.size() && (far || small)))) {
            r = below->box;
            valueGlyph = below->glyphHeight;
        } else if (label.label->lastCharacterMisread && v.doubt.empty()) {
            v.doubt = "label read with its last character wrong: the value's first character may be hidden too";
            v.doubtOnlyAtTheStart = true;
        }
        if (r.area() > 0) {
            v.box = r;
            v.glyphHeight = std::max(valueGlyph, 1);
            out.values[static_cast<std::size_t>(field)].push_back(v);
        }
    }
    return out;
}

} // namespace shikaku
