#include "TitleSearch.h"

#include "CropReader.h"
#include "LineModelOcr.h"
#include "OcrWorkers.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <iterator>

namespace shikaku {
namespace {

constexpr double kRuleInkShare = 0.85;  // a column this dark over the chunk's height is a rule
constexpr int kLineHeightTolerance10 = 14; // a title line's pieces are at most 1.4x its typical height
// A gap this many times the median of the gaps before it, and at least half a glyph wide, ends
// a title (splitAtWideGaps), once that many gaps tell the title's spacing.
constexpr int kWideGapFactor = 3;
constexpr int kGapsForSpacing = 3;
// A title candidate is at least this many glyphs wide, or its line this many (the shortest
// title, 資格確認書, has five characters; a phone's status bar or a header's icon is shorter).
constexpr int kWideChunkGlyphs = 3;
constexpr int kTitleLineGlyphs = 5;

// Readings of a title piece, tried in turn. Condensed title fonts (tall, narrow kanji) read as
// a few merged glyphs at their own width and well once stretched to a normal width.
// A blurred, grainy title reads differently at each setting, its wrong characters in
// different places; binarised, the grain around thin strokes drops out. All readings go to the
// classifier, which combines them (NearestHeading).
struct TitleReading {
    int glyphPx;
    double stretch;
    CropBinarisation binarisation;
    double sidePad = 0.0; ///< the piece widened by this share of its glyph height on each side
};
constexpr TitleReading kTitleReadings[] = {{30, 1.0, CropBinarisation::None}, {30, 1.6, CropBinarisation::None},
                                           {30, 2.0, CropBinarisation::None}, {44, 1.0, CropBinarisation::None},
                                           {30, 1.4, CropBinarisation::None}, {30, 2.0, CropBinarisation::Otsu},
                                           {44, 2.0, CropBinarisation::Otsu}, {30, 1.6, CropBinarisation::Otsu}};
// The line model's readings of a piece on a grainy page (after jpn's): four of jpn's settings
// (its training lines were cut at these stretches, plain or binarised).
constexpr TitleReading kLineModelReadings[] = {{30, 1.0, CropBinarisation::None}, {30, 1.6, CropBinarisation::None},
                                               {44, 1.0, CropBinarisation::None}, {30, 2.0, CropBinarisation::Otsu}};
// Then, for a piece in which those found some of the documents' words, the plain ones again on
// the piece widened. Otsu cuts a blurred title's faint first and last strokes off the piece,
// the model was trained on lines cut at the characters' em box (wider than their ink), and its
// reading of blurred print changes with a few pixels of crop: kakuninsho_card_0012_hard's title
// read as noise from its piece and exactly from a crop half a character wider each side. Each
// reading names a kind alone (exactly or as a whole heading), never in nearestHeadingKind's
// combined vote: many crops of one short title are many chances for a wrong heading to gather
// its characters (kakuninsho_card_0011_hard: three of its widened readings together read most
// of 資格情報通知書, the お知らせ's heading).
constexpr TitleReading kWidenedLineModelReadings[] = {{30, 1.0, CropBinarisation::None, 0.25}, {30, 1.0, CropBinarisation::None, 0.5},
                                                      {30, 1.6, CropBinarisation::None, 0.25}, {44, 1.0, CropBinarisation::None, 0.25}};
// Some of the documents' words (holdsDocumentWords): at least this many characters other than
// kOtherPrint, which is at most half the reading. Other print (a notice, a receipt) reads as 〓
// and is not read again.
constexpr std::ptrdiff_t kMinWordCharacters = 3;
// A title is made of the documents' words: a line-model reading with more kOtherPrint than one
// blurred or covered glyph is other print (「〓〓〓〓〓〓のお知らせ」 is a municipal notice, not
// 資格情報のお知らせ) and is no title reading.
constexpr std::ptrdiff_t kMostOtherPrint = 1;
// A believable reading: confident, and about as many characters as the piece is wide (in
// character heights); far fewer means glyphs were merged.
constexpr double kBelievableConfidence = 0.85;
constexpr double kMinCharactersPerWidth = 0.6;

// The crop of a title piece that every reading setting reads.
cv::Rect paddedPiece(const cv::Rect& piece, int glyph, const TitleSearchOptions& options)
{
    const int pad = std::max(2, glyph / 5);
    const int width = std::min(piece.width, options.maxGlyphs * glyph);
    return {piece.x - pad, piece.y - pad, width + 2 * pad, piece.height + 2 * pad};
}

// One reading of a title piece; believable: confident, and about as many characters as the
// piece is wide.
std::u32string readTitleOnce(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& piece, int glyph, const TitleSearchOptions& options,
                             const TitleReading& reading, bool* believable = nullptr)
{
    const cv::Rect padded = paddedPiece(piece, glyph, options);
    CropReadSettings settings;
    settings.glyphPx = reading.glyphPx;
    settings.widthScale = reading.stretch;
    settings.binarisation = reading.binarisation;
    const OcrLine line = readCrop(ocr, gray, padded, glyph, settings);
    std::u32string text;
    for (const auto& w : line.words)
        text += matchingForm(w.text);
    if (believable) {
        const int width = std::min(piece.width, options.maxGlyphs * glyph);
        const double expected = kMinCharactersPerWidth * width / std::max(1, glyph);
        *believable = line.confidence >= kBelievableConfidence && static_cast<double>(text.size()) >= expected;
    }
    return text;
}

// One reading of a title piece by the line model (LineModelOcr), as wide as jpn reads it, or
// widened (TitleReading::sidePad).
std::u32string readTitleWithLineModel(OcrEngine& model, const cv::Mat& gray, const cv::Rect& piece, int glyph,
                                      const TitleSearchOptions& options, const TitleReading& reading)
{
    CropReadSettings settings;
    settings.glyphPx = reading.glyphPx;
    settings.widthScale = reading.stretch;
    settings.binarisation = reading.binarisation;
    const int side = static_cast<int>(reading.sidePad * glyph);
    const cv::Rect print = cv::Rect(piece.x - side, piece.y, std::min(piece.width, options.maxGlyphs * glyph) + 2 * side, piece.height) &
                           cv::Rect(0, 0, gray.cols, gray.rows);
    std::u32string text;
    for (const auto& w : readWithLineModel(model, gray, print, glyph, settings).words)
        text += matchingForm(w.text);
    return text;
}

// Every reading until a believable one: the most confident reading of a blurred title is not
// always the right one, so all of them go to the classifier (which wants a title exactly or
// nearly, in order — noise does not).
void readTitle(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& piece, int glyph, const TitleSearchOptions& options,
               std::vector<std::u32string>& texts)
{
    for (const TitleReading& reading : kTitleReadings) {
        bool believable = false;
        std::u32string text = readTitleOnce(ocr, gray, piece, glyph, options, reading, &believable);
        if (!text.empty())
            texts.push_back(std::move(text));
        if (believable)
            break;
    }
}

// A title's characters are evenly spaced; a gap far wider than the ones before it on the
// piece ends the title there. A framed box printed right after a title (a postcard's 有効期限
// box) is no farther from it than a wide character gap, in glyph heights: the 11 characters of
// kakuninsho_postcard_0007_hard's title stand 1-6 px apart and 22 px before the box (20 px glyphs).
std::vector<cv::Rect> splitAtWideGaps(const cv::Mat& columns, const cv::Rect& area, const std::vector<cv::Rect>& pieces, int glyphHeight)
{
    std::vector<cv::Rect> out;
    for (const cv::Rect& piece : pieces) {
        std::vector<int> gaps; // of the current part, in order
        int partStart = piece.x - area.x, gapStart = -1;
        for (int x = piece.x - area.x; x < piece.br().x - area.x; ++x) {
            if (columns.at<int>(0, x) == 0) {
                if (gapStart < 0)
                    gapStart = x;
                continue;
            }
            if (gapStart < 0)
                continue;
            const int gap = x - gapStart;
            std::vector<int> sorted = gaps;
            std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
            const bool wide = static_cast<int>(gaps.size()) >= kGapsForSpacing && gap * 2 >= glyphHeight &&
                              gap >= kWideGapFactor * std::max(1, sorted[sorted.size() / 2]);
            if (wide) {
                out.emplace_back(area.x + partStart, piece.y, gapStart - partStart, piece.height);
                partStart = x;
                gaps.clear();
            } else {
                gaps.push_back(gap);
            }
            gapStart = -1;
        }
        out.emplace_back(area.x + partStart, piece.y, piece.br().x - area.x - partStart, piece.height);
    }
    return out;
}

} // namespace

bool holdsDocumentWords(const std::u32string& lineModelReading)
{
    const auto other = std::count(lineModelReading.begin(), lineModelReading.end(), kOtherPrint);
    const auto words = static_cast<std::ptrdiff_t>(lineModelReading.size()) - other;
    return words >= kMinWordCharacters && other <= words;
}

cv::Rect titleLine(const PageText& page, const cv::Rect& box, double gapGlyphs)
{
    const int gap = static_cast<int>(gapGlyphs * box.height);
    std::vector<cv::Rect> members{box};
    cv::Rect span = box;
    for (bool grown = true; grown;) {
        grown = false;
        for (const ReadChunk& c : page.chunks) {
            const cv::Rect& b = c.chunk.box;
            if ((span & b) == b || !sameRow(box, b) || (c.label && c.label->field))
                continue;
            if (std::max(b.x - span.br().x, span.x - b.br().x) > gap)
                continue;
            span |= b;
            members.push_back(b);
            grown = true;
        }
    }
    // As tall as the line's print: a piece glued to a framed box beside the title (two lines
    // of small print) is taller than the line.
    std::vector<int> heights;
    for (const cv::Rect& m : members)
        heights.push_back(m.height);
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    const int typical = heights[heights.size() / 2];
    int top = span.br().y, bottom = span.y;
    for (const cv::Rect& m : members)
        if (m.height * 10 <= typical * kLineHeightTolerance10) {
            top = std::min(top, m.y);
            bottom = std::max(bottom, m.br().y);
        }
    return top < bottom ? cv::Rect(span.x, top, span.width, bottom - top) : span;
}

std::vector<cv::Rect> titlePieces(const cv::Mat& gray, const cv::Rect& box, int glyphHeight, double gapGlyphs)
{
    std::vector<cv::Rect> pieces;
    const cv::Rect area = box & cv::Rect(0, 0, gray.cols, gray.rows);
    if (area.width < 2 || area.height < 2)
        return pieces;
    cv::Mat ink;
    cv::threshold(gray(area), ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat columns;
    cv::reduce(ink, columns, 0, cv::REDUCE_SUM, CV_32S);
    const int rule = static_cast<int>(kRuleInkShare * area.height * 255);
    const int gap = std::max(2, static_cast<int>(gapGlyphs * glyphHeight));
    int start = -1, lastInk = -1;
    auto close = [&](int end) {
        if (start >= 0 && end > start)
            pieces.emplace_back(area.x + start, area.y, end - start, area.height);
        start = -1;
    };
    for (int x = 0; x < area.width; ++x) {
        const int v = columns.at<int>(0, x);
        if (v >= rule) { // a vertical rule ends the piece
            close(lastInk + 1);
            lastInk = -1;
            continue;
        }
        if (v > 0) {
            if (start >= 0 && lastInk >= 0 && x - lastInk > gap)
                close(lastInk + 1);
            if (start < 0)
                start = x;
            lastInk = x;
        }
    }
    if (start >= 0)
        close(lastInk + 1);
    pieces = splitAtWideGaps(columns, area, pieces, glyphHeight);
    // Each piece only as tall as its own print: a title glued to a framed box beside it comes
    // with the box's height.
    for (cv::Rect& piece : pieces) {
        cv::Mat rows;
        cv::reduce(ink(piece - area.tl()), rows, 1, cv::REDUCE_SUM, CV_32S);
        int top = 0, bottom = rows.rows - 1;
        while (top < bottom && rows.at<int>(top, 0) == 0)
            ++top;
        while (bottom > top && rows.at<int>(bottom, 0) == 0)
            --bottom;
        piece.y += top;
        piece.height = bottom - top + 1;
    }
    return pieces;
}

std::vector<TitleSearchLine> titleSearchLines(const PageText& page, const TitleSearchOptions& options)
{
    const int body = std::max(1, page.bodyGlyphHeight);
    std::vector<const ReadChunk*> candidates;
    for (const ReadChunk& rc : page.chunks) {
        const cv::Rect& b = rc.chunk.box;
        if (rc.label && rc.label->field)
            continue; // a field's label (被保険者等記号・番号) holds title words but is none
        // A chunk up to twice as tall as a title may be a title glued to a framed box: its pieces tell.
        if (b.height < body * options.minHeightRatio || b.height > body * options.maxHeightRatio * 2)
            continue;
        // A narrow chunk counts when its line is as wide as a title: a blurred, letter-spaced
        // title comes apart into pieces of one or two characters (kakuninsho_card_0000_hard:
        // 国|民|健康|保険|…), each narrower than a title's shortest word.
        const int glyph = std::min(b.height, body * 2);
        if (b.width < glyph * kWideChunkGlyphs && titleLine(page, b).width < glyph * kTitleLineGlyphs)
            continue;
        candidates.push_back(&rc);
    }
    // Largest print first; among equals, the higher on the page (titles head the document).
    std::stable_sort(candidates.begin(), candidates.end(), [&](const ReadChunk* a, const ReadChunk* b) {
        auto size = [&](const ReadChunk* c) { // steps of 1/8 body, glued boxes no larger than a title
            return std::min(c->chunk.box.height, static_cast<int>(body * options.maxHeightRatio)) * 8 / body;
        };
        const int ha = size(a), hb = size(b);
        return ha != hb ? ha > hb : a->chunk.box.y < b->chunk.box.y;
    });
    if (static_cast<int>(candidates.size()) > options.candidates)
        candidates.resize(static_cast<std::size_t>(options.candidates));
    // Each candidate widened to the title's whole line; pieces of one letter-spaced title are
    // one candidate.
    std::vector<TitleSearchLine> lines;
    for (const ReadChunk* rc : candidates) {
        const cv::Rect line = titleLine(page, rc->chunk.box);
        if (std::none_of(lines.begin(), lines.end(), [&](const TitleSearchLine& l) { return l.line == line; }))
            lines.push_back({line, rc->chunk.box.height});
    }
    return lines;
}

SearchedTitles searchTitles(OcrEngine& ocr, const cv::Mat& gray, const PageText& page, const TitleSearchOptions& options)
{
    const int body = std::max(1, page.bodyGlyphHeight);
    const std::vector<TitleSearchLine> lines = titleSearchLines(page, options);
    // Each line's first wide piece: a title starts a line.
    struct Piece {
        cv::Rect box;
        int glyph = 0; ///< 0: the line has no piece to read
    };
    std::vector<Piece> pieces(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& [line, height] = lines[i];
        // Cut with a margin above and below (a glyph's stroke across the whole band would pass
        // for a rule), each piece no taller than the line.
        const int margin = line.height / 4;
        const cv::Rect padded(line.x, line.y - margin, line.width, line.height + 2 * margin);
        const cv::Rect band(line.x, line.y - margin / 2, line.width, line.height + margin);
        for (cv::Rect piece : titlePieces(gray, padded, std::min(height, body * 2))) {
            piece &= band;
            const int glyph = std::min(piece.height, line.height);
            if (piece.width < glyph * 2 || glyph > body * options.maxHeightRatio)
                continue; // a lone character or a speck; a block of lines
            pieces[i] = {piece, glyph};
            break;
        }
    }
    // The readings keep the candidates' order. Read until a believable reading, a line's
    // readings depend on each other: one job per line (two threads). Read at every setting,
    // they do not: one job per reading, so that two threads share out even one line's work.
    SearchedTitles found;
    std::vector<std::vector<std::u32string>> readings(lines.size());
    if (options.readEverySetting) {
        // Per line: jpn's readings, then the line model's (when it is installed).
        constexpr std::size_t kJpnSettings = std::size(kTitleReadings);
        const std::size_t modelSettings = options.lineModel ? std::size(kLineModelReadings) : 0;
        const std::size_t settings = kJpnSettings + modelSettings;
        std::vector<std::u32string> each(lines.size() * settings);
        runOcrJobs(ocr, each.size(), [&](OcrEngine& engine, std::size_t job) {
            const Piece& p = pieces[job / settings];
            const std::size_t setting = job % settings;
            if (p.glyph <= 0)
                return;
            if (setting < kJpnSettings) {
                each[job] = readTitleOnce(engine, gray, p.box, p.glyph, options, kTitleReadings[setting]);
            } else if (OcrEngine* model = lineModelOcr(*options.lineModel)) {
                each[job] = readTitleWithLineModel(*model, gray, p.box, p.glyph, options, kLineModelReadings[setting - kJpnSettings]);
            }
        });
        // The lines whose line-model readings hold some of the documents' words, read again widened.
        std::vector<std::size_t> widen;
        for (std::size_t line = 0; line < lines.size() && modelSettings > 0; ++line) {
            const auto first = each.begin() + static_cast<std::ptrdiff_t>(line * settings + kJpnSettings);
            if (std::any_of(first, first + static_cast<std::ptrdiff_t>(modelSettings), holdsDocumentWords))
                widen.push_back(line);
        }
        constexpr std::size_t kWidened = std::size(kWidenedLineModelReadings);
        std::vector<std::u32string> widened(widen.size() * kWidened);
        runOcrJobs(ocr, widened.size(), [&](OcrEngine&, std::size_t job) {
            const Piece& p = pieces[widen[job / kWidened]];
            if (OcrEngine* model = lineModelOcr(*options.lineModel))
                widened[job] = readTitleWithLineModel(*model, gray, p.box, p.glyph, options, kWidenedLineModelReadings[job % kWidened]);
        });
        auto keepLineModelReading = [&](std::u32string& text, std::vector<std::u32string>& into) {
            if (!text.empty() && std::count(text.begin(), text.end(), kOtherPrint) <= kMostOtherPrint)
                into.push_back(std::move(text));
        };
        for (std::size_t job = 0; job < each.size(); ++job) {
            if (job % settings < kJpnSettings) {
                if (!each[job].empty())
                    readings[job / settings].push_back(std::move(each[job]));
            } else {
                keepLineModelReading(each[job], found.lineModel);
            }
        }
        for (std::u32string& text : widened)
            keepLineModelReading(text, found.lineModelWidened);
    } else {
        runOcrJobs(ocr, lines.size(), [&](OcrEngine& engine, std::size_t i) {
            if (pieces[i].glyph > 0)
                readTitle(engine, gray, pieces[i].box, pieces[i].glyph, options, readings[i]);
        });
    }
    for (auto& r : readings)
        found.jpn.insert(found.jpn.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
    return found;
}

} // namespace shikaku
