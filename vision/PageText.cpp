#include "PageText.h"

#include "CropReader.h"
#include "TextNormalize.h"

#include <algorithm>

namespace shikaku {
namespace {

constexpr int kTitleCandidates = 3;        // a title, a subtitle, a badge
constexpr double kTitleGlyphRatio = 1.25;  // titles are printed larger than the body
constexpr int kTitleMaxGlyphs = 26;        // 国民健康保険被保険者証兼高齢受給者証 is 17
constexpr int kLabelPrefixGlyphs = 10;     // the longest label (被保険者等記号・番号) is 10
constexpr int kRunningTextGlyphs = 22;
constexpr double kTitleRetryConfidence = 0.85;
constexpr int kTitleRetryGlyphPx = 44;     // longer chunks are sentences, not label + value

void readInto(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, int maxGlyphs, int& characters, int glyphPx = 30)
{
    const TextChunk& c = rc.chunk;
    const int glyph = std::max(c.glyphHeight, 1);
    const int pad = std::max(2, glyph / 5);
    const int width = std::min(c.box.width, maxGlyphs * glyph);
    const cv::Rect padded(c.box.x - pad, c.box.y - pad, width + 2 * pad, c.box.height + 2 * pad);
    CropReadSettings settings;
    settings.glyphPx = glyphPx;
    OcrLine line = readCrop(ocr, gray, padded, glyph, settings);
    rc.read = true;
    rc.confidence = line.confidence;
    for (auto& w : line.words) {
        for (auto& s : w.symbols) {
            for (char32_t cp : matchingForm(s.text)) {
                rc.text.push_back(cp);
                OcrSymbol sym = s;
                sym.text.clear();
                appendUtf8(sym.text, cp);
                rc.symbols.push_back(std::move(sym));
            }
        }
    }
    characters += static_cast<int>(rc.text.size());
}

} // namespace

std::u32string matchingForm(std::string_view utf8)
{
    std::u32string out;
    for (char32_t cp : decodeUtf8(removeSpaces(toHalfWidth(utf8)))) {
        switch (cp) {
        case U'･': case U'·': case U'•': case U'‧': case U'∙': cp = U'・'; break;
        case U'（': cp = U'('; break;
        case U'）': cp = U')'; break;
        case U'：': cp = U':'; break;
        default: break;
        }
        out.push_back(cp);
    }
    return out;
}

bool containsText(const std::u32string& text, const std::u32string& needle)
{
    return !needle.empty() && text.find(needle) != std::u32string::npos;
}

bool containsTextLoosely(const std::u32string& text, const std::u32string& needle)
{
    if (containsText(text, needle))
        return true;
    if (needle.size() < 4 || text.size() < needle.size())
        return false;
    for (std::size_t at = 0; at + needle.size() <= text.size(); ++at) {
        int wrong = 0;
        for (std::size_t i = 0; i < needle.size() && wrong <= 1; ++i)
            wrong += text[at + i] != needle[i];
        if (wrong <= 1)
            return true;
    }
    return false;
}

bool sameRow(const cv::Rect& a, const cv::Rect& b)
{
    const int overlap = std::min(a.br().y, b.br().y) - std::max(a.y, b.y);
    return overlap >= std::min(a.height, b.height) / 2;
}

int PageText::readCount() const
{
    return static_cast<int>(std::count_if(chunks.begin(), chunks.end(), [](const ReadChunk& c) { return c.read; }));
}

double PageText::meanConfidence() const
{
    double sum = 0;
    int n = 0;
    for (const auto& c : chunks) {
        if (c.read && !c.text.empty()) {
            sum += c.confidence;
            ++n;
        }
    }
    return n ? sum / n : 0.0;
}

PageText readPageText(OcrEngine& ocr, const cv::Mat& gray, const TextChunkLayout& layout, const LabelMatcher& labels)
{
    PageText page;
    page.bodyGlyphHeight = layout.bodyGlyphHeight;
    for (const auto& c : layout.chunks)
        page.chunks.push_back({c});

    // Titles: the largest print, read in full.
    std::vector<std::size_t> bySize(page.chunks.size());
    for (std::size_t i = 0; i < bySize.size(); ++i)
        bySize[i] = i;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&](std::size_t a, std::size_t b) { return page.chunks[a].chunk.glyphHeight > page.chunks[b].chunk.glyphHeight; });
    for (int k = 0; k < kTitleCandidates && k < static_cast<int>(bySize.size()); ++k) {
        ReadChunk& rc = page.chunks[bySize[static_cast<std::size_t>(k)]];
        if (rc.chunk.glyphHeight < page.bodyGlyphHeight * kTitleGlyphRatio || rc.chunk.box.width < rc.chunk.glyphHeight * 2)
            break;
        rc.title = true;
        readInto(ocr, gray, rc, kTitleMaxGlyphs, page.charactersRead);
        if (rc.confidence < kTitleRetryConfidence) {
            // Thin, large title fonts read badly at body scale; one more try, larger.
            ReadChunk again{rc.chunk};
            readInto(ocr, gray, again, kTitleMaxGlyphs, page.charactersRead, kTitleRetryGlyphPx);
            if (again.confidence > rc.confidence) {
                again.title = true;
                rc = std::move(again);
            }
        }
        rc.label = labels.match(rc.text);
    }

    // Labels: the start of each chunk, skipping the value after a label.
    const ReadChunk* previous = nullptr;
    for (ReadChunk& rc : page.chunks) {
        const bool afterLabel = previous && previous->label && previous->label->end >= previous->text.size() &&
                                sameRow(previous->chunk.box, rc.chunk.box);
        const int glyph = std::max(rc.chunk.glyphHeight, 1);
        // Labels have two characters or more: a narrower chunk is a lone character or a speck.
        const bool tooNarrow = rc.chunk.box.width * 2 < glyph * 3;
        if (!rc.read && !afterLabel && !tooNarrow && rc.chunk.box.width <= kRunningTextGlyphs * glyph) {
            readInto(ocr, gray, rc, kLabelPrefixGlyphs, page.charactersRead);
            rc.label = labels.match(rc.text);
        }
        previous = &rc;
    }
    return page;
}

} // namespace shikaku
