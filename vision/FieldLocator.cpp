#include "FieldLocator.h"

#include <algorithm>
#include <string_view>

namespace shikaku {
namespace {

bool isLabel(const ReadChunk& c) { return c.label.has_value(); }

// Gaps inside one value (「令和 8年 7月31日」) are narrower than this many characters.
constexpr int kValueGapGlyphs = 2;
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

} // namespace

FieldLocations locateFields(const PageText& page)
{
    FieldLocations out;
    const auto& chunks = page.chunks;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const ReadChunk& label = chunks[i];
        if (!label.label)
            continue;
        if (!label.label->field) {
            ++out.otherLabels;
            continue;
        }
        ++out.fieldLabels;
        const FieldId field = tailOfInsurerLabel(chunks, i) ? FieldId::InsurerNumber : *label.label->field;
        ValueLocation v;
        v.labelBox = label.chunk.box;
        v.glyphHeight = label.chunk.glyphHeight;
        v.combinedSymbolNumber = label.label->combinedSymbolNumber;
        const int glyph = std::max(1, label.chunk.glyphHeight);

        // Skip separators printed after the label (and a closing bracket read as , | ]).
        std::size_t start = label.label->end;
        while (start < label.text.size() && std::u32string_view(U":),|]}").find(label.text[start]) != std::u32string_view::npos)
            ++start;
        cv::Rect r;
        int valueGlyph = glyph;
        int right = label.chunk.box.br().x;
        if (start < label.text.size() && start < label.symbols.size()) {
            // Value glued to its label in one chunk: from the first value character to the chunk's end.
            const int x = std::max(label.chunk.box.x, label.symbols[start].box.x - 1);
            r = cv::Rect(x, label.chunk.box.y, label.chunk.box.br().x - x, label.chunk.box.height);
            if (const std::size_t last = label.label->end; last >= 1 && last - 1 < label.symbols.size())
                v.labelLastCharacterX = label.symbols[last - 1].box.x;
            if (label.label->lastCharacterLost)
                v.doubt = "label read with its last character missing: where the value starts is unsure";
        }
        // Chunks to the right on the same row, until the next label or a wide gap. A digits-only
        // value does not go on into print that starts with kanji or kana: that is a label read
        // wrong (「村閉00」 for (枝番)00 glued the 枝番 to the 番号).
        const bool digitsOnly = field == FieldId::InsurerNumber || field == FieldId::Number || field == FieldId::BranchNumber;
        int firstGap = 0;
        for (std::size_t j = i + 1; j < chunks.size(); ++j) {
            const cv::Rect& b = chunks[j].chunk.box;
            if (!sameRow(b, label.chunk.box))
                break;
            if (b.x < right)
                continue;
            if (isLabel(chunks[j]) || (r.area() > 0 && digitsOnly && startsWithKanjiOrKana(chunks[j])) ||
                (r.area() > 0 && smallLabelStart(chunks[j], valueGlyph)))
                break;
            const int gap = b.x - right;
            if (gap > glyph * (r.area() > 0 ? kValueGapGlyphs : kValueReachGlyphs))
                break;
            if (r.area() == 0) {
                valueGlyph = chunks[j].chunk.glyphHeight;
                firstGap = gap;
            }
            r = r.area() == 0 ? b : (r | b);
            right = b.br().x;
        }
        // Stacked label: the value sits right below. It wins over a chunk far to the right
        // (another column: 有効期間 over its dates beside the notes of a postcard) or one in
        // smaller print than the label.
        const bool farOrSmall = firstGap > glyph * kNearValueGlyphs || valueGlyph * 10 < glyph * 7;
        if (r.area() == 0 || (start >= label.text.size() && farOrSmall)) {
            for (std::size_t j = i + 1; j < chunks.size(); ++j) {
                const cv::Rect& b = chunks[j].chunk.box;
                const int dy = b.y - label.chunk.box.br().y;
                const int overlap = std::min(b.br().x, label.chunk.box.br().x) - std::max(b.x, label.chunk.box.x);
                if (dy > glyph * 2)
                    break;
                if (!isLabel(chunks[j]) && dy >= -glyph / 4 && overlap > 0) {
                    r = b;
                    valueGlyph = chunks[j].chunk.glyphHeight;
                    break;
                }
            }
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
