#include "FieldLocator.h"

#include <algorithm>

namespace shikaku {
namespace {

struct LabelForm {
    std::u32string text;
    FieldId field;
    bool combined;
};

std::vector<LabelForm> labelForms(const Models& models)
{
    std::vector<LabelForm> forms;
    for (FieldId id : kAllFields) {
        for (const auto& label : models.field(id).labels) {
            LabelForm f{matchingForm(label), id, false};
            f.combined = f.text.find(U"記号・番号") != std::u32string::npos || f.text.find(U"記号番号") != std::u32string::npos;
            forms.push_back(std::move(f));
        }
    }
    // Longest first: 保険者番号 must win over 番号.
    std::stable_sort(forms.begin(), forms.end(), [](const LabelForm& a, const LabelForm& b) { return a.text.size() > b.text.size(); });
    return forms;
}

// Label at `offset` of `text`: exact, or one wrong character for labels of four or more.
bool matchesAt(const std::u32string& text, std::size_t offset, const std::u32string& label)
{
    if (text.size() < offset + label.size())
        return false;
    int wrong = 0;
    for (std::size_t i = 0; i < label.size(); ++i)
        wrong += text[offset + i] != label[i];
    return wrong == 0 || (wrong == 1 && label.size() >= 4);
}

bool isJunk(char32_t cp) { return cp < 0x3000 && !(cp >= '0' && cp <= '9') && cp != '('; }

cv::Rect unionOf(const std::vector<OcrSymbol>& symbols, std::size_t from)
{
    cv::Rect r;
    for (std::size_t i = from; i < symbols.size(); ++i) {
        const cv::Rect s(symbols[i].box.x, symbols[i].box.y, symbols[i].box.width, symbols[i].box.height);
        r = r.area() == 0 ? s : (r | s);
    }
    return r;
}

bool sameRow(const cv::Rect& a, const cv::Rect& b)
{
    const int overlap = std::min(a.br().y, b.br().y) - std::max(a.y, b.y);
    return overlap >= std::min(a.height, b.height) / 2;
}

} // namespace

FieldLocations locateFields(const PageText& page, const Models& models)
{
    FieldLocations out;
    out.isLabelChunk.assign(page.chunks.size(), false);
    const auto forms = labelForms(models);
    for (std::size_t i = 0; i < page.chunks.size(); ++i) {
        const auto& text = page.chunks[i].text;
        for (std::size_t offset = 0; offset <= 1 && offset < text.size(); ++offset) {
            if (offset == 1 && !isJunk(text[0]))
                break;
            const auto it = std::find_if(forms.begin(), forms.end(), [&](const LabelForm& f) { return matchesAt(text, offset, f.text); });
            if (it != forms.end()) {
                out.labels.push_back({i, offset + it->text.size(), it->field, it->combined});
                out.isLabelChunk[i] = true;
                break;
            }
        }
    }

    for (const LabelHit& hit : out.labels) {
        const ReadChunk& label = page.chunks[hit.chunkIndex];
        ValueLocation v;
        v.labelBox = label.chunk.box;
        v.glyphHeight = label.chunk.glyphHeight;
        v.combinedSymbolNumber = hit.combinedSymbolNumber;
        const int glyph = std::max(1, label.chunk.glyphHeight);

        // Skip separators printed after the label.
        std::size_t start = hit.labelEnd;
        while (start < label.text.size() && (label.text[start] == U':' || label.text[start] == U')'))
            ++start;
        if (start < label.text.size() && start < label.symbols.size()) {
            // Value glued to its label in one chunk. Its height is the chunk's.
            cv::Rect r = unionOf(label.symbols, start);
            r.y = label.chunk.box.y;
            r.height = label.chunk.box.height;
            // Extend over chunks right after it on the row (a value with a space inside).
            int right = r.br().x;
            for (std::size_t j = hit.chunkIndex + 1; j < page.chunks.size(); ++j) {
                const cv::Rect& b = page.chunks[j].chunk.box;
                if (!sameRow(b, label.chunk.box) || out.isLabelChunk[j] || b.x - right > glyph * 2)
                    break;
                r |= b;
                right = b.br().x;
            }
            v.box = r;
            out.values[static_cast<std::size_t>(hit.field)].push_back(v);
            continue;
        }

        // Chunks to the right on the same row, until the next label or a wide gap.
        cv::Rect r;
        int valueGlyph = glyph;
        int right = label.chunk.box.br().x;
        for (std::size_t j = hit.chunkIndex + 1; j < page.chunks.size(); ++j) {
            const cv::Rect& b = page.chunks[j].chunk.box;
            if (!sameRow(b, label.chunk.box) || b.x < right)
                continue;
            if (out.isLabelChunk[j])
                break;
            if (r.area() > 0 && b.x - right > glyph * 2)
                break;
            if (r.area() == 0 && b.x - right > glyph * 16)
                break;
            if (r.area() == 0)
                valueGlyph = page.chunks[j].chunk.glyphHeight;
            r = r.area() == 0 ? b : (r | b);
            right = b.br().x;
        }
        if (r.area() == 0) {
            // Stacked label: the value sits right below.
            for (std::size_t j = 0; j < page.chunks.size(); ++j) {
                const cv::Rect& b = page.chunks[j].chunk.box;
                const int dy = b.y - label.chunk.box.br().y;
                const int overlap = std::min(b.br().x, label.chunk.box.br().x) - std::max(b.x, label.chunk.box.x);
                if (!out.isLabelChunk[j] && dy >= -glyph / 4 && dy <= glyph * 2 && overlap > 0) {
                    r = b;
                    valueGlyph = page.chunks[j].chunk.glyphHeight;
                    break;
                }
            }
        }
        if (r.area() > 0) {
            v.box = r;
            v.glyphHeight = std::max(valueGlyph, 1);
            out.values[static_cast<std::size_t>(hit.field)].push_back(v);
        }
    }
    return out;
}

} // namespace shikaku
