#include "PageText.h"

#include "CropReader.h"
#include "OcrWorkers.h"
#include "StartPrintHeight.h"
#include "TextNormalize.h"

#include <algorithm>
#include <utility>

namespace shikaku {
namespace {

constexpr int kTitleCandidates = 3;        // a title, a subtitle, a badge
constexpr double kTitleGlyphRatio = 1.25;  // titles are printed larger than the body
constexpr int kTitleMaxGlyphs = 26;        // 国民健康保険被保険者証兼高齢受給者証 is 17
constexpr int kLabelPrefixGlyphs = 10;     // the longest label (被保険者等記号・番号) is 10
constexpr int kRunningTextGlyphs = 22;
constexpr double kTitleRetryConfidence = 0.85;
constexpr double kTitleMinCharactersPerWidth = 0.6; // as TitleSearch: fewer means merged glyphs
constexpr double kTitleUnmergedConfidence = 0.7;
// Second and third readings of a chunk that may hold a misread label: larger, then binarised.
constexpr std::pair<int, CropBinarisation> kLabelRetries[] = {{44, CropBinarisation::None}, {30, CropBinarisation::Otsu}};
constexpr std::pair<int, double> kTitleRetries[] = {{44, 1.0}, {30, 1.6}}; // glyph px, width stretch

void readInto(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, int maxGlyphs, int& characters, int glyphPx = 30,
              double widthScale = 1.0, CropBinarisation binarisation = CropBinarisation::None)
{
    const TextChunk& c = rc.chunk;
    const int glyph = std::max(c.glyphHeight, 1);
    const int pad = std::max(2, glyph / 5);
    const int width = std::min(c.box.width, maxGlyphs * glyph);
    const cv::Rect padded(c.box.x - pad, c.box.y - pad, width + 2 * pad, c.box.height + 2 * pad);
    CropReadSettings settings;
    settings.glyphPx = glyphPx;
    settings.widthScale = widthScale;
    settings.binarisation = binarisation;
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

// A short label misread once (記号 as 記き, 番号 as 希号, 被保険者等記号 as 従者等記号 on a
// blurred photo) is read again, larger, then binarised; a reading counts only when it
// matches a label exactly (each extra reading is another chance of a loose false match).
// A chunk read as nothing at all is tried again too: Tesseract drops a whole short line of
// grey print now and then (a phone screen's 保険者番号 in grey read as nothing at 30 px).
void retryLabel(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters)
{
    const bool readAsNothing = rc.text.empty();
    for (const auto& [glyphPx, binarisation] : kLabelRetries) {
        if (rc.label || !(readAsNothing || labels.mayBeFieldLabel(rc.text)))
            return;
        ReadChunk again{rc.chunk};
        readInto(ocr, gray, again, kLabelPrefixGlyphs, characters, glyphPx, 1.0, binarisation);
        if (auto match = labels.match(again.text, /*exactOnly=*/true)) {
            again.title = rc.title;
            rc = std::move(again);
            rc.label = match;
        }
    }
    rereadBracketedLabel(ocr, gray, rc, labels, characters);
}

// Reads a title chunk in full; thin, large title fonts read badly at body scale and are tried
// larger; condensed title fonts (tall, narrow kanji) read well once stretched to normal width.
void readTitle(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters)
{
    readInto(ocr, gray, rc, kTitleMaxGlyphs, characters);
    // A condensed title font (tall, narrow kanji) read at its own width comes out as a few
    // merged glyphs, often confidently (国民健康保険資格確認書 as 上昌史 at 0.86): a reading
    // with far fewer characters than the chunk is wide is no title either.
    const double readWidthGlyphs = std::min(rc.chunk.box.width, kTitleMaxGlyphs * rc.chunk.glyphHeight) /
                                   static_cast<double>(std::max(1, rc.chunk.glyphHeight));
    auto wideEnough = [&](const ReadChunk& r) {
        return static_cast<double>(r.text.size()) >= kTitleMinCharactersPerWidth * readWidthGlyphs;
    };
    auto believable = [&](const ReadChunk& r) { return r.confidence >= kTitleRetryConfidence && wideEnough(r); };
    for (const auto& [glyphPx, widthScale] : kTitleRetries) {
        if (believable(rc))
            break;
        ReadChunk again{rc.chunk};
        readInto(ocr, gray, again, kTitleMaxGlyphs, characters, glyphPx, widthScale);
        // Stretching a normal font splits its glyphs: a stretched reading with more
        // characters than the plain one is split glyphs, however confident — unless the
        // plain one had merged them.
        const bool split = widthScale > 1.0 && again.text.size() > rc.text.size() + 1 && believable(rc);
        // Glyphs no longer merged beat merged ones unless the reading is poor.
        const bool unmerged = wideEnough(again) && !wideEnough(rc) && again.confidence >= kTitleUnmergedConfidence;
        const bool merged = !wideEnough(again) && wideEnough(rc);
        if ((again.confidence > rc.confidence && !split && !merged) || unmerged) {
            again.title = true;
            rc = std::move(again);
        }
    }
    rc.label = labels.match(rc.text);
    retryLabel(ocr, gray, rc, labels, characters);
}

// Chunks whose start may be a label: no title (titles are read in full), two characters or
// more (a narrower chunk is a lone character or a speck), and no long running text.
bool isLabelCandidate(const ReadChunk& rc)
{
    const int glyph = std::max(rc.chunk.glyphHeight, 1);
    const bool tooNarrow = rc.chunk.box.width * 2 < glyph * 3;
    return !rc.title && !tooNarrow && rc.chunk.box.width <= kRunningTextGlyphs * glyph;
}

// Where to cut the chunks into two runs of about equal OCR work (characters read, plus a fixed
// cost per call).
std::size_t balancedSplit(const PageText& page)
{
    std::vector<double> work;
    double total = 0;
    for (const ReadChunk& rc : page.chunks) {
        const int glyph = std::max(rc.chunk.glyphHeight, 1);
        const double w = isLabelCandidate(rc) ? 2.0 + std::min(rc.chunk.box.width / glyph, kLabelPrefixGlyphs) : 0.0;
        work.push_back(w);
        total += w;
    }
    double sum = 0;
    for (std::size_t i = 0; i < work.size(); ++i) {
        if (sum + work[i] / 2 >= total / 2)
            return i;
        sum += work[i];
    }
    return work.size();
}

// Reads the label candidates of chunks [begin, end) in reading order. The chunk right after a
// label on the same row is its value and is skipped. What the chunk before is, is known only
// when this run read it: the first chunk of a run and a chunk after a title (other threads may
// be reading those) are always read.
void readLabelRange(OcrEngine& ocr, const cv::Mat& gray, PageText& page, std::size_t begin, std::size_t end,
                    const std::vector<bool>& candidate, const LabelMatcher& labels, int& characters)
{
    const ReadChunk* previous = nullptr;
    for (std::size_t i = begin; i < end; ++i) {
        ReadChunk& rc = page.chunks[i];
        const bool afterLabel = previous && previous->label && previous->label->end >= previous->text.size() &&
                                sameRow(previous->chunk.box, rc.chunk.box);
        if (candidate[i] && !afterLabel) {
            // How large the start is printed: a small label glued to a value ends the value
            // before it (FieldLocator), even when its text is misread.
            rc.startPrintHeight = startPrintHeight(gray, rc.chunk.box, rc.chunk.glyphHeight);
            readInto(ocr, gray, rc, kLabelPrefixGlyphs, characters);
            rc.label = labels.match(rc.text);
            retryLabel(ocr, gray, rc, labels, characters);
        }
        previous = candidate[i] ? &rc : nullptr;
    }
}

// 記号, 番号 and 枝番 are printed in this order on one row (「記号 12 番号 345 (枝番) 00」).
struct RowOrder {
    FieldId after;
    FieldId field;
    std::u32string_view label;
};
constexpr RowOrder kRowOrder[] = {{FieldId::Symbol, FieldId::Number, U"番号"}, {FieldId::Number, FieldId::BranchNumber, U"枝番"}};

// Where a two-character label read with one character wrong ends in `text` (「普号」 for 番号,
// 「核番00」 for 枝番00, 「(枝衝)」 for (枝番)): one character as printed, the other a kanji or
// kana (a glyph misread, not the value's first digit), in brackets or not.
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
    if (same + 1 != label.size())
        return std::nullopt;
    std::size_t end = at + label.size();
    if (at == 1 && end < text.size() && text[end] == U')')
        ++end;
    return end;
}

} // namespace

bool rereadBracketedLabel(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters)
{
    constexpr std::size_t kLongestBracketedWord = 4; // 「(枝番)」 and a misread character more
    const std::size_t close = rc.text.find(U')');
    if (rc.label || rc.text.empty() || rc.text[0] != U'(' || close == std::u32string::npos || close > kLongestBracketedWord ||
        close + 1 >= rc.text.size() || rc.symbols.size() != rc.text.size())
        return false;
    const cv::Rect& box = rc.chunk.box;
    ReadChunk word{rc.chunk};
    const int right = rc.symbols[close].box.x + rc.symbols[close].box.width + std::max(1, rc.chunk.glyphHeight / 4);
    word.chunk.box.width = std::clamp(right - box.x, 1, box.width);
    readInto(ocr, gray, word, kLabelPrefixGlyphs, characters, kLabelRetries[0].first);
    const auto match = labels.match(word.text, /*exactOnly=*/true);
    if (!match || word.symbols.size() != word.text.size())
        return false;
    // The label as read again, then the first reading from its closing bracket on.
    rc.text = word.text.substr(0, match->end) + rc.text.substr(close);
    word.symbols.resize(match->end);
    word.symbols.insert(word.symbols.end(), rc.symbols.begin() + static_cast<std::ptrdiff_t>(close), rc.symbols.end());
    rc.symbols = std::move(word.symbols);
    rc.label = match;
    return true;
}

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

namespace {

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
    readInto(ocr, gray, missed, kLabelReachGlyphs, page.charactersRead);
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

} // namespace

void labelsFromRowOrder(OcrEngine& ocr, const cv::Mat& gray, PageText& page, const LabelMatcher& labels)
{
    int& characters = page.charactersRead;
    auto& chunks = page.chunks;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const ReadChunk& label = chunks[i];
        if (!label.label || !label.label->field || label.label->combinedSymbolNumber)
            continue;
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
            // The reading at hand first, then the label retries' larger and binarised ones.
            auto takeIfLabel = [&](ReadChunk r) {
                const auto end = oneOffLabelEnd(r.text, order->label);
                if (!end)
                    return false;
                r.label = LabelMatch{order->field, *end, false};
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
                readInto(ocr, gray, first, kLabelPrefixGlyphs, characters);
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
                    readInto(ocr, gray, again, kLabelPrefixGlyphs, characters, glyphPx, 1.0, binarisation);
                    again.chunk = next.chunk;
                    found = takeIfLabel(std::move(again));
                }
                if (labelScale.glyphHeight == next.chunk.glyphHeight)
                    break; // the same scale: read once
            }
            break; // only the chunk right after the value
        }
    }
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
    std::vector<std::size_t> titles;
    for (std::size_t k = 0; k < bySize.size() && titles.size() < kTitleCandidates; ++k) {
        ReadChunk& rc = page.chunks[bySize[k]];
        if (rc.chunk.glyphHeight < page.bodyGlyphHeight * kTitleGlyphRatio)
            break;
        // A lone large blob (a card corner, a stamp, one glyph) is no title; the next may be.
        if (rc.chunk.box.width < rc.chunk.glyphHeight * 2)
            continue;
        rc.title = true;
        titles.push_back(bySize[k]);
    }
    // Labels: the start of each chunk, skipping the value after a label. The page is cut into
    // two runs of about equal reading work. Runs and titles are one pool of jobs on two threads:
    // the runs first (the larger), the titles fill in.
    std::vector<bool> candidate(page.chunks.size());
    for (std::size_t i = 0; i < candidate.size(); ++i)
        candidate[i] = isLabelCandidate(page.chunks[i]);
    const std::size_t split = balancedSplit(page);
    const std::pair<std::size_t, std::size_t> ranges[] = {{0, split}, {split, page.chunks.size()}};
    std::vector<int> characters(titles.size() + 2, 0); // one counter per job
    runOcrJobs(ocr, titles.size() + 2, [&](OcrEngine& engine, std::size_t job) {
        if (job < 2)
            readLabelRange(engine, gray, page, ranges[job].first, ranges[job].second, candidate, labels, characters[job]);
        else
            readTitle(engine, gray, page.chunks[titles[job - 2]], labels, characters[job]);
    });
    for (int c : characters)
        page.charactersRead += c;
    labelsFromRowOrder(ocr, gray, page, labels);
    return page;
}

} // namespace shikaku
