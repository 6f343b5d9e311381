#include "LabelledTextExtractor.h"

#include "CjkFolding.h"
#include "Models.h"
#include "TextNormalize.h"

#include <opencv2/core/types.hpp>

#include <algorithm>
#include <limits>

namespace shikaku {
namespace {

constexpr int kCombined = 100;
constexpr int kDistractor = 101;

// Gaps are measured in line heights: inside a label or value characters are < 1.5 apart
// (a space is about 0.5), table columns are several heights apart.
constexpr double kMaxGapInsideLabel = 1.5;
constexpr double kMaxGapInsideValue = 2.5;
constexpr double kMaxGapLabelToValue = 30.0;
constexpr double kSpaceGap = 0.35;
constexpr double kMaxDistanceBelow = 2.5;

struct Glyph {
    char32_t cp;
    Box box;
    double confidence;
};

struct Line {
    std::vector<Glyph> glyphs; // left to right, no white space
    Box box;
    int height = 0;            // median glyph height
};

struct Span {                  // an accepted label occurrence
    int line, first, last;     // glyph indices, inclusive
    int owner;
    Box box;
};

bool isSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000; }

// Ignored when matching labels: 被保険者等記号・番号 is also printed 被保険者等記号番号 or 記号･番号.
bool isLabelSeparator(char32_t cp)
{
    return cp == 0x30FB || cp == ':' || cp == '(' || cp == ')' || cp == '.' || cp == '[' || cp == ']' ||
           cp == 0x3010 || cp == 0x3011 || cp == 0x300C || cp == 0x300D;
}

// Decoration between a label and its value: 保険者番号：01130012, （枝番）00.
bool isValueDecoration(char32_t cp) { return cp == ':' || cp == 0x30FB || cp == ')' || cp == ']' || cp == 0x3011; }

Box unite(const Box& a, const Box& b)
{
    if (a.width == 0 && a.height == 0)
        return b;
    const int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const int x1 = std::max(a.x + a.width, b.x + b.width), y1 = std::max(a.y + a.height, b.y + b.height);
    return {x0, y0, x1 - x0, y1 - y0};
}

int verticalOverlap(const Box& a, const Box& b)
{
    return std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
}

std::u32string labelKey(std::string_view label)
{
    std::u32string key;
    for (char32_t cp : decodeUtf8(label)) {
        cp = foldCjk(cp);
        if (!isSpace(cp) && !isLabelSeparator(cp))
            key += cp;
    }
    return key;
}

std::vector<Glyph> glyphsOf(const TextPiece& piece)
{
    const auto cps = decodeUtf8(piece.text);
    std::vector<Glyph> out;
    if (cps.empty())
        return out;
    const bool ownBoxes = piece.charBoxes.size() == cps.size() &&
                          std::none_of(piece.charBoxes.begin(), piece.charBoxes.end(),
                                       [](const Box& b) { return b.width <= 0 || b.height <= 0; });
    const double step = static_cast<double>(piece.box.width) / static_cast<double>(cps.size());
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t cp = foldCjk(cps[i]);
        if (isSpace(cp))
            continue;
        Box b = ownBoxes ? piece.charBoxes[i]
                         : Box{piece.box.x + static_cast<int>(step * static_cast<double>(i)), piece.box.y,
                               std::max(1, static_cast<int>(step)), piece.box.height};
        const double confidence = isUnmappedCodePoint(cp) ? 0.0 : piece.confidence;
        out.push_back({cp, b, confidence});
    }
    return out;
}

int medianHeight(const std::vector<Glyph>& glyphs)
{
    if (glyphs.empty())
        return 0;
    std::vector<int> h;
    h.reserve(glyphs.size());
    for (const auto& g : glyphs)
        h.push_back(g.box.height);
    std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
    return h[h.size() / 2];
}

// Groups pieces into lines by vertical overlap, each line sorted left to right.
std::vector<Line> buildLines(const std::vector<TextPiece>& pieces)
{
    std::vector<const TextPiece*> sorted;
    for (const auto& p : pieces)
        if (p.box.height > 0 && !removeSpaces(p.text).empty())
            sorted.push_back(&p);
    std::stable_sort(sorted.begin(), sorted.end(), [](const TextPiece* a, const TextPiece* b) {
        return a->box.y * 2 + a->box.height < b->box.y * 2 + b->box.height;
    });
    std::vector<Line> lines;
    for (const TextPiece* p : sorted) {
        Line* target = nullptr;
        for (auto& l : lines) {
            if (verticalOverlap(l.box, p->box) * 2 >= std::min(l.box.height, p->box.height)) {
                target = &l;
                break;
            }
        }
        if (!target) {
            lines.emplace_back();
            target = &lines.back();
        }
        for (auto& g : glyphsOf(*p))
            target->glyphs.push_back(g);
        target->box = unite(target->box, p->box);
    }
    for (auto& l : lines) {
        std::stable_sort(l.glyphs.begin(), l.glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.box.x < b.box.x; });
        l.height = std::max(1, medianHeight(l.glyphs));
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.box.y < b.box.y; });
    std::erase_if(lines, [](const Line& l) { return l.glyphs.empty(); });
    return lines;
}

int gapBetween(const Glyph& a, const Glyph& b) { return b.box.x - (a.box.x + a.box.width); }

// The value's characters, from `first` on, until the next label, a wide gap or `rightLimit`.
std::vector<Glyph> collectValue(const Line& line, int first, const std::vector<Span>& spansOnLine, double maxFirstGap,
                                int rightLimit, int labelRight)
{
    std::vector<Glyph> value;
    int previousRight = labelRight;
    for (int i = first; i < static_cast<int>(line.glyphs.size()); ++i) {
        const Glyph& g = line.glyphs[static_cast<std::size_t>(i)];
        const bool labelStarts = std::any_of(spansOnLine.begin(), spansOnLine.end(), [&](const Span& s) { return s.first == i; });
        if (labelStarts || g.box.x >= rightLimit)
            break;
        const double gap = static_cast<double>(g.box.x - previousRight) / line.height;
        if (value.empty()) {
            if (gap > maxFirstGap)
                break;
            if (isValueDecoration(g.cp)) {
                previousRight = g.box.x + g.box.width;
                continue;
            }
        } else if (gap > kMaxGapInsideValue) {
            break;
        }
        value.push_back(g);
        previousRight = g.box.x + g.box.width;
    }
    while (!value.empty() && (value.back().cp == ':' || value.back().cp == 0x30FB))
        value.pop_back();
    return value;
}

void fill(LabelledValue& out, const std::vector<Glyph>& glyphs, int lineHeight)
{
    out.raw.clear();
    out.box = {};
    out.confidence = glyphs.empty() ? 0.0 : 1.0;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (i > 0 && gapBetween(glyphs[i - 1], glyphs[i]) > kSpaceGap * lineHeight)
            out.raw += ' ';
        appendUtf8(out.raw, glyphs[i].cp);
        out.box = unite(out.box, glyphs[i].box);
        out.confidence = std::min(out.confidence, glyphs[i].confidence);
        if (isUnmappedCodePoint(glyphs[i].cp))
            out.note = "the text has characters without a Unicode mapping";
    }
}

// 記号・番号 printed as one value: split at the middle dot, else at the first space.
void splitCombined(const std::vector<Glyph>& value, int lineHeight, std::vector<Glyph>& symbol, std::vector<Glyph>& number)
{
    std::size_t cut = value.size();
    std::size_t skip = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i].cp == 0x30FB) {
            cut = i;
            skip = 1;
            break;
        }
    }
    if (cut == value.size()) {
        for (std::size_t i = 1; i < value.size(); ++i) {
            if (gapBetween(value[i - 1], value[i]) > kSpaceGap * lineHeight) {
                cut = i;
                break;
            }
        }
    }
    if (cut == value.size() || cut == 0)
        return;
    symbol.assign(value.begin(), value.begin() + static_cast<long>(cut));
    number.assign(value.begin() + static_cast<long>(cut + skip), value.end());
}

// 有効期間 令和7年8月1日～令和8年7月31日: the expiry is the end of the range.
std::vector<Glyph> endOfRange(std::vector<Glyph> value)
{
    for (std::size_t i = value.size(); i-- > 0;) {
        if (value[i].cp == '~' || value[i].cp == 0x301C || value[i].cp == 0x2053) {
            value.erase(value.begin(), value.begin() + static_cast<long>(i + 1));
            break;
        }
    }
    return value;
}

} // namespace

bool splitSymbolNumber(const std::string& text, std::string& symbol, std::string& number)
{
    auto cps = decodeUtf8(text);
    for (auto& cp : cps)
        cp = foldCjk(cp);
    auto cut = std::find(cps.begin(), cps.end(), char32_t{0x30FB});
    if (cut == cps.end())
        cut = std::find(cps.begin(), cps.end(), char32_t{'.'}); // a middle dot read by a Latin model
    if (cut == cps.end())
        cut = std::find(cps.begin(), cps.end(), char32_t{' '});
    if (cut == cps.end() || cut == cps.begin())
        return false;
    symbol = encodeUtf8({cps.begin(), cut});
    number = encodeUtf8({cut + 1, cps.end()});
    return true;
}

int LabelledText::labelsFound() const
{
    return static_cast<int>(std::count_if(fields.begin(), fields.end(), [](const LabelledValue& v) { return v.labelFound; }));
}

LabelSet LabelSet::fromModels(const Models& models)
{
    LabelSet set;
    for (FieldId id : kAllFields)
        set.fieldLabels[static_cast<std::size_t>(id)] = models.field(id).labels;
    set.combinedSymbolNumber = models.combinedSymbolNumberLabels();
    set.distractors = models.distractorLabels();
    return set;
}

LabelledTextExtractor::LabelledTextExtractor(LabelSet labels)
{
    auto add = [&](const std::string& text, int owner) {
        auto key = labelKey(text);
        if (key.empty())
            return;
        // A combined label listed among the symbol labels too counts as combined.
        for (auto& l : m_labels)
            if (l.key == key)
                return;
        m_labels.push_back({std::move(key), owner});
    };
    for (const auto& c : labels.combinedSymbolNumber)
        add(c, kCombined);
    for (FieldId id : kAllFields)
        for (const auto& l : labels.fieldLabels[static_cast<std::size_t>(id)])
            add(l, static_cast<int>(id));
    for (const auto& d : labels.distractors)
        add(d, kDistractor);
    std::stable_sort(m_labels.begin(), m_labels.end(), [](const Label& a, const Label& b) { return a.key.size() > b.key.size(); });
}

LabelledText LabelledTextExtractor::extract(const std::vector<TextPiece>& pieces) const
{
    LabelledText out;
    const std::vector<Line> lines = buildLines(pieces);
    std::vector<Glyph> all;
    for (const auto& l : lines) {
        std::string text;
        for (const auto& g : l.glyphs) {
            appendUtf8(text, g.cp);
            all.push_back(g);
        }
        out.lines.push_back(std::move(text));
    }
    out.lineHeight = medianHeight(all);

    // Label occurrences, longest label first, never overlapping.
    std::vector<std::vector<Span>> spans(lines.size());
    for (const Label& label : m_labels) {
        for (std::size_t li = 0; li < lines.size(); ++li) {
            const Line& line = lines[li];
            std::vector<int> keyIndex; // glyph index of each matchable character
            for (std::size_t gi = 0; gi < line.glyphs.size(); ++gi)
                if (!isLabelSeparator(line.glyphs[gi].cp))
                    keyIndex.push_back(static_cast<int>(gi));
            const std::size_t n = label.key.size();
            for (std::size_t k = 0; k + n <= keyIndex.size(); ++k) {
                bool match = true;
                for (std::size_t j = 0; j < n && match; ++j) {
                    const Glyph& g = line.glyphs[static_cast<std::size_t>(keyIndex[k + j])];
                    match = g.cp == label.key[j];
                    if (match && j > 0) {
                        const Glyph& prev = line.glyphs[static_cast<std::size_t>(keyIndex[k + j - 1])];
                        match = gapBetween(prev, g) <= kMaxGapInsideLabel * line.height;
                    }
                }
                if (!match)
                    continue;
                const int first = keyIndex[k], last = keyIndex[k + n - 1];
                // A label glued to a preceding kanji or kana is the tail of another word: 番号 in
                // an unknown 〇〇番号, or 保険者番号 in a misread 被保険者番号.
                if (first > 0) {
                    const Glyph& before = line.glyphs[static_cast<std::size_t>(first - 1)];
                    if ((isKanji(before.cp) || isKana(before.cp)) &&
                        gapBetween(before, line.glyphs[static_cast<std::size_t>(first)]) < kSpaceGap * line.height)
                        continue;
                }
                const bool overlaps = std::any_of(spans[li].begin(), spans[li].end(),
                                                  [&](const Span& s) { return first <= s.last && s.first <= last; });
                if (overlaps)
                    continue;
                Box box;
                for (int gi = first; gi <= last; ++gi)
                    box = unite(box, line.glyphs[static_cast<std::size_t>(gi)].box);
                spans[li].push_back({static_cast<int>(li), first, last, label.owner, box});
            }
        }
    }
    for (auto& s : spans)
        std::sort(s.begin(), s.end(), [](const Span& a, const Span& b) { return a.first < b.first; });

    // The value of one label occurrence: right of it, else below it.
    auto valueOf = [&](const Span& span, bool& below, bool& cut) {
        const Line& line = lines[static_cast<std::size_t>(span.line)];
        const auto& onLine = spans[static_cast<std::size_t>(span.line)];
        const int labelRight = span.box.x + span.box.width;
        below = false;
        cut = false;
        auto value = collectValue(line, span.last + 1, onLine, kMaxGapLabelToValue, std::numeric_limits<int>::max(), labelRight);
        if (!value.empty())
            return value;
        // Stacked: the column under the label, up to the next label of the label's line. The
        // value starts at a word start near the label's left edge; a value that runs on under
        // the next label is cut there and marked doubtful, never silently shortened.
        int rightLimit = std::numeric_limits<int>::max();
        for (const Span& s : onLine)
            if (s.first > span.last) {
                rightLimit = s.box.x - line.height / 2;
                break;
            }
        const int leftLimit = span.box.x - 3 * line.height / 2;
        const int labelBottom = span.box.y + span.box.height;
        for (std::size_t li = static_cast<std::size_t>(span.line) + 1; li < lines.size(); ++li) {
            const Line& next = lines[li];
            if (next.box.y - labelBottom > kMaxDistanceBelow * line.height)
                break;
            int first = -1;
            for (std::size_t gi = 0; gi < next.glyphs.size(); ++gi) {
                const Box& b = next.glyphs[gi].box;
                const bool wordStart = gi == 0 || gapBetween(next.glyphs[gi - 1], next.glyphs[gi]) > kSpaceGap * next.height;
                if (wordStart && b.x >= leftLimit && b.x < rightLimit) {
                    first = static_cast<int>(gi);
                    break;
                }
            }
            if (first < 0)
                continue;
            below = true;
            auto value = collectValue(next, first, spans[li], std::numeric_limits<double>::infinity(), rightLimit,
                                      next.glyphs[static_cast<std::size_t>(first)].box.x);
            const std::size_t after = static_cast<std::size_t>(first) + value.size();
            if (!value.empty() && after < next.glyphs.size() && next.glyphs[after].box.x >= rightLimit &&
                gapBetween(value.back(), next.glyphs[after]) <= kSpaceGap * next.height)
                cut = true;
            return value;
        }
        return std::vector<Glyph>{};
    };

    // Per field, the first occurrence in reading order that has a value.
    auto assign = [&](FieldId id, const Span& span, const std::vector<Glyph>& value, bool below) {
        LabelledValue& f = out.field(id);
        if (f.labelFound && !f.raw.empty())
            return false;
        f.labelFound = true;
        f.labelBox = span.box;
        f.below = below;
        f.note.clear();
        fill(f, id == FieldId::Expiry ? endOfRange(value) : value, lines[static_cast<std::size_t>(span.line)].height);
        return true;
    };
    for (const auto& lineSpans : spans) {
        for (const Span& span : lineSpans) {
            if (span.owner == kDistractor)
                continue;
            bool below = false, cut = false;
            const auto value = valueOf(span, below, cut);
            const int h = lines[static_cast<std::size_t>(span.line)].height;
            if (span.owner == kCombined) {
                std::vector<Glyph> symbol, number;
                splitCombined(value, h, symbol, number);
                if (symbol.empty() && !value.empty()) {
                    for (FieldId id : {FieldId::Symbol, FieldId::Number}) {
                        if (assign(id, span, value, below)) {
                            out.field(id).confidence = 0.0;
                            out.field(id).note = "記号・番号 could not be told apart";
                        }
                    }
                } else {
                    assign(FieldId::Symbol, span, symbol, below);
                    assign(FieldId::Number, span, number, below);
                }
                Box whole;
                for (const auto& g : value)
                    whole = unite(whole, g.box);
                for (FieldId id : {FieldId::Symbol, FieldId::Number}) {
                    if (out.field(id).labelBox == span.box) {
                        out.field(id).combined = true;
                        out.field(id).combinedBox = whole;
                    }
                }
            } else {
                assign(static_cast<FieldId>(span.owner), span, value, below);
            }
            if (cut) {
                for (auto& f : out.fields) {
                    if (f.labelFound && f.labelBox == span.box && !f.raw.empty()) {
                        f.confidence = 0.0;
                        f.note = "the value runs on under the next label";
                    }
                }
            }
        }
    }
    // One printed value taken for two fields means a label was misplaced: neither is trusted.
    for (std::size_t i = 0; i < out.fields.size(); ++i) {
        for (std::size_t j = i + 1; j < out.fields.size(); ++j) {
            LabelledValue& a = out.fields[i];
            LabelledValue& b = out.fields[j];
            if (a.raw.empty() || b.raw.empty())
                continue;
            const cv::Rect overlap = cv::Rect(a.box.x, a.box.y, a.box.width, a.box.height) &
                                     cv::Rect(b.box.x, b.box.y, b.box.width, b.box.height);
            if (overlap.area() * 2 > std::min(a.box.width * a.box.height, b.box.width * b.box.height)) {
                for (LabelledValue* v : {&a, &b}) {
                    v->confidence = 0.0;
                    v->note = "the same text was found for two fields";
                }
            }
        }
    }
    return out;
}

} // namespace shikaku
