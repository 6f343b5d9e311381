#include "RowOrderLabels.h"

#include "BracketedWord.h"
#include "ChunkReading.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace shikaku {
namespace {

// 記号, 番号 and 枝番 are printed in this order on one row (「記号 12 番号 345 (枝番) 00」).
struct RowOrder {
    FieldId after;
    FieldId field;
    std::u32string_view label;
};
constexpr RowOrder kRowOrder[] = {{FieldId::Symbol, FieldId::Number, U"番号"}, {FieldId::Number, FieldId::BranchNumber, U"枝番"}};

// Where a two-character label read with one character wrong ends in `text` (「普号」 for 番号,
// 「核番00」 for 枝番00, 「(枝衝)」 for (枝番)): one character as printed, the other a kanji or
// kana (a glyph misread, not the value's first digit), in brackets or not. A label read right
// counts too: the page's readings of it matched already, a reading again alone may read it right.
std::optional<std::size_t> oneOffLabelEnd(const std::u32string& text, std::u32string_view label)
{
    const std::size_t at = !text.empty() && text.front() == U'(' ? 1 : 0;
    if (text.size() < at + label.size())
        return std::nullopt;
    std::size_t same = 0;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (text[at + i] == label[i])
            ++same;
        else if (text[at + i] < 0x3000)
            return std::nullopt;
    }
    if (same + 1 < label.size()) // read right: a bracketed word read again alone (「(枝番)」)
        return std::nullopt;
    std::size_t end = at + label.size();
    if (at == 1 && end < text.size() && text[end] == U')')
        ++end;
    return end;
}

// A 記号 label the chunk finder missed (grey print on a shaded label cell is below the page's
// ink level): in a row whose 番号 label follows a single unlabelled chunk — a value without its
// label — the blank-looking space before that value is read as one line; only an exact 記号
// label there counts. Returns the index of the label chunk inserted before the value, if any.
std::optional<std::size_t> missedSymbolLabel(OcrEngine& ocr, const cv::Mat& gray, PageText& page, std::size_t numberLabel,
                                             const LabelMatcher& labels)
{
    constexpr int kLabelReachGlyphs = 8; // the longest 記号 label (被保険者証記号) is 7 characters
    auto& chunks = page.chunks;
    const ReadChunk& label = chunks[numberLabel];
    if (numberLabel == 0 || !sameRow(chunks[numberLabel - 1].chunk.box, label.chunk.box) || chunks[numberLabel - 1].label)
        return std::nullopt;
    const std::size_t value = numberLabel - 1;
    const int glyph = std::max(1, label.chunk.glyphHeight);
    // The value must be the row's first print (a speck of the missed label's ink aside).
    for (std::size_t k = value; k > 0 && sameRow(chunks[k - 1].chunk.box, label.chunk.box); --k)
        if (chunks[k - 1].chunk.box.height * 2 >= glyph || chunks[k - 1].label)
            return std::nullopt;
    const cv::Rect& v = chunks[value].chunk.box;
    const int right = v.x - glyph / 4;
    const int left = std::max(0, v.x - kLabelReachGlyphs * glyph);
    if (right - left < 2 * glyph)
        return std::nullopt;
    const int top = std::min(v.y, label.chunk.box.y), bottom = std::max(v.br().y, label.chunk.box.br().y);
    ReadChunk missed{TextChunk{cv::Rect(left, top, right - left, bottom - top), glyph}};
    readChunk(ocr, gray, missed, kLabelReachGlyphs, page.charactersRead);
    const auto match = labels.match(missed.text, /*exactOnly=*/true);
    if (!match || match->field != FieldId::Symbol || match->combinedSymbolNumber || match->end != missed.text.size())
        return std::nullopt;
    missed.label = match;
    // The label's box is where its characters were read.
    cv::Rect ink;
    for (const OcrSymbol& sym : missed.symbols) {
        const cv::Rect b(sym.box.x, sym.box.y, sym.box.width, sym.box.height);
        ink = ink.area() == 0 ? b : (ink | b);
    }
    if (ink.area() > 0)
        missed.chunk.box = ink & missed.chunk.box;
    chunks.insert(chunks.begin() + static_cast<std::ptrdiff_t>(value), std::move(missed));
    return value;
}

// Whether `next`, the chunk after a value, is `order`'s label read with one character wrong: the
// reading at hand first, then the label retries' larger and binarised ones, then a bracketed word
// at its start read alone. `next` becomes the label when it is.
bool takeAsRowLabel(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& next, const RowOrder& order, int& characters)
{
    auto takeIfLabel = [&](ReadChunk r) {
        const auto end = oneOffLabelEnd(r.text, order.label);
        if (!end)
            return false;
        r.label = LabelMatch{order.field, *end, false};
        r.title = next.title;
        r.startPrintHeight = next.startPrintHeight;
        next = std::move(r);
        return true;
    };
    bool found = false;
    if (next.read)
        found = takeIfLabel(next);
    else {
        ReadChunk first{next.chunk};
        readChunk(ocr, gray, first, kLabelPrefixGlyphs, characters);
        found = takeIfLabel(std::move(first));
    }
    // A label glued to its value in larger print (「枝番 00」) is read scaled for the
    // label's own print first.
    TextChunk labelScale = next.chunk;
    if (next.startPrintHeight > 0 && next.startPrintHeight * 10 < next.chunk.glyphHeight * 9)
        labelScale.glyphHeight = next.startPrintHeight;
    for (const TextChunk& scaled : {labelScale, next.chunk}) {
        for (const auto& [glyphPx, binarisation] : kLabelRetries) {
            if (found)
                break;
            ReadChunk again{scaled};
            readChunk(ocr, gray, again, kLabelPrefixGlyphs, characters, glyphPx, 1.0, binarisation);
            again.chunk = next.chunk;
            found = takeIfLabel(std::move(again));
        }
        if (labelScale.glyphHeight == next.chunk.glyphHeight)
            break; // the same scale: read once
    }
    // A small bracketed word glued to a larger value (「(枝番) 00」 in a condensed face) runs
    // into one glyph when read with the value (「(材)00」): read alone at the label's scale, its
    // characters come apart. The first reading's symbols from the closing bracket on are kept
    // (the value's boxes, at the value's scale).
    if (!found)
        if (auto word = bracketedWordReadAlone(ocr, gray, next, labelScale.glyphHeight, characters))
            found = takeIfLabel(std::move(*word));
    return found;
}

// A 記号・番号 printed together may be followed by its (枝番) on the same row (「8910280・42906
// (枝番) 00」), the small bracketed word glued to the 枝番 and read wrong at the value's scale
// (「()00」). The combined value may be cut into chunks (a wide gap at the middle dot), so the
// 枝番's label is the first chunk after the label on its row that PageText read and that opens
// with a bracket; chunks not read (the value right after its label) or opening with a digit, a
// hyphen or the middle dot are more of the value.
void branchLabelAfterCombinedValue(OcrEngine& ocr, const cv::Mat& gray, PageText& page, std::size_t combinedLabel, int& characters)
{
    constexpr RowOrder kAfterNumber = kRowOrder[1];
    auto& chunks = page.chunks;
    const ReadChunk& label = chunks[combinedLabel];
    for (std::size_t j = combinedLabel + 1; j < chunks.size() && sameRow(label.chunk.box, chunks[j].chunk.box); ++j) {
        ReadChunk& next = chunks[j];
        if (next.label || next.chunk.box.x < label.chunk.box.br().x)
            return;
        if (!next.read || next.text.empty())
            continue;
        const char32_t first = next.text.front();
        if ((first >= U'0' && first <= U'9') || first == U'・' || first == U'-')
            continue; // more of the value
        if (first == U'(')
            takeAsRowLabel(ocr, gray, next, kAfterNumber, characters);
        return;
    }
}

} // namespace


void labelsFromRowOrder(OcrEngine& ocr, const cv::Mat& gray, PageText& page, const LabelMatcher& labels)
{
    int& characters = page.charactersRead;
    auto& chunks = page.chunks;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const ReadChunk& label = chunks[i];
        if (!label.label || !label.label->field)
            continue;
        if (label.label->combinedSymbolNumber) {
            branchLabelAfterCombinedValue(ocr, gray, page, i, characters);
            continue;
        }
        if (*label.label->field == FieldId::Number && missedSymbolLabel(ocr, gray, page, i, labels))
            continue; // a label went in before: the 番号 label is the next chunk, looked at next
        const auto order = std::find_if(std::begin(kRowOrder), std::end(kRowOrder),
                                        [&](const RowOrder& o) { return o.after == *label.label->field; });
        if (order == std::end(kRowOrder))
            continue;
        bool valueSeen = label.label->end < label.text.size(); // the value glued to its label
        for (std::size_t j = i + 1; j < chunks.size() && sameRow(label.chunk.box, chunks[j].chunk.box); ++j) {
            ReadChunk& next = chunks[j];
            if (next.label || next.chunk.box.x < label.chunk.box.br().x)
                break;
            if (!valueSeen) {
                valueSeen = true; // the value beside the label
                continue;
            }
            takeAsRowLabel(ocr, gray, next, *order, characters);
            break; // only the chunk right after the value
        }
    }
}

} // namespace shikaku
