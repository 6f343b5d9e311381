#include "PageText.h"

#include "BracketedWord.h"
#include "ChunkReading.h"
#include "LineModelOcr.h"
#include "OcrWorkers.h"
#include "RowOrderLabels.h"
#include "StartPrintHeight.h"
#include "TextNormalize.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace shikaku {
namespace {

constexpr int kTitleCandidates = 3;        // a title, a subtitle, a badge
constexpr double kTitleGlyphRatio = 1.25;  // titles are printed larger than the body
constexpr int kTitleMaxGlyphs = 26;        // 国民健康保険被保険者証兼高齢受給者証 is 17
constexpr int kRunningTextGlyphs = 22;
constexpr double kTitleRetryConfidence = 0.85;
constexpr double kTitleMinCharactersPerWidth = 0.6; // as TitleSearch: fewer means merged glyphs
constexpr double kTitleUnmergedConfidence = 0.7;
constexpr std::pair<int, double> kTitleRetries[] = {{44, 1.0}, {30, 1.6}}; // glyph px, width stretch

// A short label misread once (記号 as 記き, 番号 as 希号, 被保険者等記号 as 従者等記号 on a
// blurred photo) is read again, larger, then binarised; a reading counts only when it
// matches a label exactly (each extra reading is another chance of a loose false match).
// A chunk read as nothing at all is tried again too: Tesseract drops a whole short line of
// grey print now and then (a phone screen's 保険者番号 in grey read as nothing at 30 px).
void retryLabel(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters,
                const Models* lineModel = nullptr)
{
    const bool readAsNothing = rc.text.empty();
    auto take = [&](ReadChunk& again) {
        if (auto match = labels.match(again.text, /*exactOnly=*/true)) {
            again.title = rc.title;
            rc = std::move(again);
            rc.label = match;
        }
    };
    const bool mayBeLabel = readAsNothing || labels.mayBeFieldLabel(rc.text);
    for (const auto& [glyphPx, binarisation] : kLabelRetries) {
        if (rc.label || !mayBeLabel)
            return;
        ReadChunk again{rc.chunk};
        readChunk(ocr, gray, again, kLabelPrefixGlyphs, characters, glyphPx, 1.0, binarisation);
        take(again);
    }
    if (!rc.label && lineModel) {
        if (OcrEngine* model = lineModelOcr(*lineModel)) {
            ReadChunk again{rc.chunk};
            readChunkWithLineModel(*model, gray, again, kLabelPrefixGlyphs, characters);
            take(again);
            if (rc.label)
                rc.label->readByLineModelOnly = true;
        }
    }
    rereadBracketedLabel(ocr, gray, rc, labels, characters);
}

// Reads a title chunk in full; thin, large title fonts read badly at body scale and are tried
// larger; condensed title fonts (tall, narrow kanji) read well once stretched to normal width.
void readTitle(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters)
{
    readChunk(ocr, gray, rc, kTitleMaxGlyphs, characters);
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
        readChunk(ocr, gray, again, kTitleMaxGlyphs, characters, glyphPx, widthScale);
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

// A chunk as wide as running text whose start is printed smaller than the rest: a label glued
// to a value printed larger and spaced out (「被保険者等記号・番号　７５４７１１５５・６４９８３２」 on
// an A4 sheet, 26 glyphs of the value's height). Running text starts at its own height.
bool isLabelGluedToWideValue(const cv::Mat& gray, const ReadChunk& rc)
{
    if (rc.title || rc.chunk.box.width <= kRunningTextGlyphs * std::max(rc.chunk.glyphHeight, 1))
        return false;
    const int start = startPrintHeight(gray, rc.chunk.box, rc.chunk.glyphHeight);
    return start > 0 && start * 4 < rc.chunk.glyphHeight * 3; // as FieldLocator tells a small label
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

// 「記号」「・番号」 then the value: a label set in two chunks (its middle dot is a gap of its own).
// The second chunk is printed no larger than the label, at most four of its glyphs wide (・番号) and
// two glyphs after it, with larger print after it on the row (the value): it may be the label
// going on, and is read. (A short value printed at the label's size has no larger print after
// it; one printed larger is no candidate.)
bool mayBeLabelGoingOn(const std::vector<ReadChunk>& chunks, const ReadChunk& label, const ReadChunk& rc)
{
    const int glyph = std::max(1, label.chunk.glyphHeight);
    const cv::Rect& b = rc.chunk.box;
    if (rc.chunk.glyphHeight * 10 > glyph * 11 || b.width > 4 * glyph || b.x - label.chunk.box.br().x > 2 * glyph)
        return false;
    return std::any_of(chunks.begin(), chunks.end(), [&](const ReadChunk& c) {
        return c.chunk.box.x >= b.br().x && sameRow(c.chunk.box, b) && c.chunk.glyphHeight * 100 >= rc.chunk.glyphHeight * 115;
    });
}

// True when `rc` is the value of `previous`, the chunk read before it: a label that takes all
// of its text, on the same row, with no other chunk of the row between them. (A value printed
// larger than its label can come before the label in reading order; the next label on the row
// then follows the first right away: 「記号 10 番号」 read 記号, then 番号.)
bool isValueOfLabel(const std::vector<ReadChunk>& chunks, const ReadChunk* previous, const ReadChunk& rc)
{
    if (!previous || !previous->label || previous->label->end < previous->text.size() || !sameRow(previous->chunk.box, rc.chunk.box))
        return false;
    const cv::Rect& label = previous->chunk.box;
    const bool nothingBetween = std::none_of(chunks.begin(), chunks.end(), [&](const ReadChunk& c) {
        return &c != previous && &c != &rc && c.chunk.box.x >= label.br().x && c.chunk.box.x < rc.chunk.box.x &&
               sameRow(c.chunk.box, label);
    });
    return nothingBetween && !mayBeLabelGoingOn(chunks, *previous, rc);
}

// 「・番号」: the second chunk of a label set with a wide gap at its middle dot (mayBeLabelGoingOn).
// No label starts with a middle dot, so a chunk that reads exactly a whole label after one is
// that label.
void dropLeadingMiddleDot(ReadChunk& rc, const LabelMatcher& labels)
{
    if (rc.label || rc.text.size() < 2 || rc.text.front() != U'・' || rc.symbols.size() != rc.text.size())
        return;
    const std::u32string rest = rc.text.substr(1);
    if (auto match = labels.match(rest, /*exactOnly=*/true); match && match->end >= rest.size()) {
        rc.text.erase(0, 1);
        rc.symbols.erase(rc.symbols.begin());
        rc.label = match;
    }
}

// Reads the label candidates of chunks [begin, end) in reading order. The chunk right after a
// label on the same row is its value and is skipped (unless it may be the label going on). What
// the chunk before is, is known only when this run read it: the first chunk of a run and a chunk
// after a title (other threads may be reading those) are always read.
void readLabelRange(OcrEngine& ocr, const cv::Mat& gray, PageText& page, std::size_t begin, std::size_t end,
                    const std::vector<bool>& candidate, const LabelMatcher& labels, int& characters, const Models* lineModel)
{
    const ReadChunk* previous = nullptr;
    for (std::size_t i = begin; i < end; ++i) {
        ReadChunk& rc = page.chunks[i];
        if (candidate[i] && !isValueOfLabel(page.chunks, previous, rc)) {
            // How large the start is printed: a small label glued to a value ends the value
            // before it (FieldLocator), even when its text is misread.
            rc.startPrintHeight = startPrintHeight(gray, rc.chunk.box, rc.chunk.glyphHeight);
            readChunk(ocr, gray, rc, kLabelPrefixGlyphs, characters);
            rc.label = labels.match(rc.text);
            dropLeadingMiddleDot(rc, labels);
            retryLabel(ocr, gray, rc, labels, characters, lineModel);
        }
        previous = candidate[i] ? &rc : nullptr;
    }
}

} // namespace

bool rereadBracketedLabel(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, const LabelMatcher& labels, int& characters)
{
    // Only a word glued to more print (the value) is read again: a label alone was read at its own scale.
    const std::size_t close = rc.text.find(U')');
    if (rc.label || close == std::u32string::npos || close + 1 >= rc.text.size())
        return false;
    auto alone = readBracketedWordAlone(ocr, gray, rc, rc.chunk.glyphHeight, characters);
    if (!alone)
        return false;
    ReadChunk& word = alone->word;
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

int addLabelsReadByLineModel(const cv::Mat& gray, PageText& page, const LabelMatcher& labels, const Models& lineModel)
{
    OcrEngine* model = lineModelOcr(lineModel);
    if (!model)
        return 0;
    std::set<FieldId> named; // the fields jpn read a label of
    for (const ReadChunk& rc : page.chunks) {
        if (!rc.label || !rc.label->field)
            continue;
        named.insert(*rc.label->field);
        if (rc.label->combinedSymbolNumber)
            named.insert({FieldId::Symbol, FieldId::Number});
    }
    std::vector<std::pair<std::size_t, ReadChunk>> found;
    const ReadChunk* previous = nullptr;
    for (std::size_t i = 0; i < page.chunks.size(); ++i) {
        const ReadChunk& rc = page.chunks[i];
        const bool value = isValueOfLabel(page.chunks, previous, rc);
        previous = &rc;
        if (!rc.read || rc.label || value || !isLabelCandidate(rc))
            continue;
        ReadChunk again{rc.chunk};
        readChunkWithLineModel(*model, gray, again, kLabelPrefixGlyphs, page.charactersRead);
        again.label = labels.match(again.text, /*exactOnly=*/true);
        if (!again.label || !again.label->field || again.label->combinedSymbolNumber || named.count(*again.label->field))
            continue;
        again.title = rc.title;
        again.startPrintHeight = rc.startPrintHeight;
        again.label->readByLineModelOnly = true;
        found.emplace_back(i, std::move(again));
    }
    // The model reads its words into other print (番号 as 記号 on a phone screen): a label read
    // twice says nothing about which is the field's.
    std::map<FieldId, int> times;
    for (const auto& [i, rc] : found)
        ++times[*rc.label->field];
    int added = 0;
    for (auto& [i, rc] : found) {
        if (times[*rc.label->field] > 1)
            continue;
        page.chunks[i] = std::move(rc);
        ++added;
    }
    return added;
}

PageText readPageText(OcrEngine& ocr, const cv::Mat& gray, const TextChunkLayout& layout, const LabelMatcher& labels,
                      const Models* lineModel)
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
        candidate[i] = isLabelCandidate(page.chunks[i]) || isLabelGluedToWideValue(gray, page.chunks[i]);
    const std::size_t split = balancedSplit(page);
    const std::pair<std::size_t, std::size_t> ranges[] = {{0, split}, {split, page.chunks.size()}};
    std::vector<int> characters(titles.size() + 2, 0); // one counter per job
    runOcrJobs(ocr, titles.size() + 2, [&](OcrEngine& engine, std::size_t job) {
        if (job < 2)
            readLabelRange(engine, gray, page, ranges[job].first, ranges[job].second, candidate, labels, characters[job], lineModel);
        else
            readTitle(engine, gray, page.chunks[titles[job - 2]], labels, characters[job]);
    });
    for (int c : characters)
        page.charactersRead += c;
    labelsFromRowOrder(ocr, gray, page, labels);
    return page;
}

} // namespace shikaku
