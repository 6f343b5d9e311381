#include "DoubtfulDigits.h"

#include "CropReader.h"
#include "InkRuns.h"

#include <opencv2/core.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// A third scale, apart from the line readings' 30 and 24 px: a glyph read alike at three
// scales by two models is not one rescaling artefact.
constexpr int kSingleGlyphPx = 36;
// Digits print at most ~0.75 glyph heights wide; a run wider than this per digit it is said to
// hold hides one more digit (or is not a digit at all).
constexpr double kMaxDigitWidth = 0.8;

// The single glyph in columns [from, to) of `region`, read alone by `engine`: its one digit, or
// nothing when the reading is not exactly one digit of at least `minOk`.
std::optional<double> singleGlyphConfidence(OcrEngine& engine, const cv::Mat& gray, const cv::Rect& region, int from, int to,
                                            int glyph, const std::string& digit, double minOk)
{
    CropReadSettings s;
    s.glyphPx = kSingleGlyphPx;
    s.whitelist = "0123456789";
    // One word: Tesseract's single-character mode returned nothing for clean digits (LSTM).
    s.mode = Segmentation::SingleWord;
    const cv::Rect cut(region.x + from, region.y, to - from, region.height);
    const OcrLine line = readCrop(engine, gray, cut, glyph, s);
    std::string text;
    for (const auto& w : line.words)
        for (const auto& sym : w.symbols)
            text += sym.text;
    if (text != digit || line.confidence < minOk)
        return std::nullopt;
    return line.confidence;
}

// The ink run of each doubtful digit when `placing`'s symbol boxes align the runs; nullopt when
// they do not, or a guard fails: a digit printed as two runs (the second may be a digit not
// read), a run of digits wider than the digits it is said to print (one may be lost), a
// doubtful digit touching another glyph (it cannot be cut out alone), or its run lying apart
// from where either reading put it.
std::optional<std::vector<InkRun>> runsOfDoubtfulDigits(const std::vector<InkRun>& runs, const std::vector<OcrSymbol>& placing,
                                                        const std::vector<OcrSymbol>& other, int left,
                                                        const std::vector<std::size_t>& doubtful, int glyph)
{
    const std::size_t n = placing.size();
    std::vector<int> starts;
    std::vector<PrintedSymbol> kinds;
    for (const OcrSymbol& s : placing) {
        starts.push_back(s.box.x - left);
        kinds.push_back(printedSymbolOf(s.text));
    }
    const std::vector<RunSymbols> owner = alignRunsToSymbols(runs, starts, kinds, glyph);
    if (owner.empty())
        return std::nullopt;
    std::vector<int> runsOfSymbol(n, 0);
    std::vector<std::size_t> runOfSymbol(n, runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const std::size_t printed = owner[r].last - owner[r].first + 1;
        const auto first = kinds.begin() + static_cast<long>(owner[r].first);
        const bool digitsOnly = std::all_of(first, first + static_cast<long>(printed), [](PrintedSymbol k) { return k == PrintedSymbol::Digit; });
        if (digitsOnly && runs[r].to - runs[r].from > kMaxDigitWidth * glyph * static_cast<double>(printed))
            return std::nullopt;
        ++runsOfSymbol[owner[r].first];
        runOfSymbol[owner[r].first] = printed == 1 ? r : runs.size();
    }
    for (std::size_t i = 0; i < n; ++i)
        if (kinds[i] == PrintedSymbol::Digit && runsOfSymbol[i] != 1)
            return std::nullopt;
    std::vector<InkRun> out;
    for (std::size_t i : doubtful) {
        const std::size_t r = runOfSymbol[i];
        if (r >= runs.size())
            return std::nullopt;
        for (const OcrSymbol* s : {&placing[i], &other[i]}) {
            const int from = s->box.x - left, to = from + s->box.width;
            if (to <= runs[r].from || from >= runs[r].to)
                return std::nullopt;
        }
        out.push_back(runs[r]);
    }
    return out;
}

} // namespace

std::optional<double> confirmDoubtfulDigits(OcrEngine& pageModel, OcrEngine& digitModel, const cv::Mat& gray, const cv::Rect& region, int glyph,
                                            const std::vector<OcrSymbol>& a, const std::vector<OcrSymbol>& b, std::size_t from,
                                            std::size_t to, double minOk)
{
    const cv::Rect area = region & cv::Rect(0, 0, gray.cols, gray.rows);
    const std::size_t n = a.size();
    if (area.width < 3 || glyph <= 0 || n != b.size() || from >= to || to > n)
        return std::nullopt;
    std::vector<std::size_t> doubtful;
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i].text != b[i].text)
            return std::nullopt; // not the same reading, symbol for symbol
        if (i >= from && i < to && std::min(a[i].confidence, b[i].confidence) < minOk) {
            if (printedSymbolOf(a[i].text) != PrintedSymbol::Digit)
                return std::nullopt; // only a digit can be checked on its own
            doubtful.push_back(i);
        }
    }
    double lowest = 1.0;
    for (std::size_t i = from; i < to; ++i)
        lowest = std::min(lowest, std::min(a[i].confidence, b[i].confidence));
    if (doubtful.empty())
        return lowest;
    if (&digitModel == &pageModel)
        return std::nullopt; // no second model to confirm with

    cv::Mat ink = inkOfLine(gray(area));
    removeLineRules(ink, glyph, true);
    // A glyph the crop cuts can read as another, whole one (a half 8 as 3).
    if (cv::countNonZero(ink.col(0)) > 0 || cv::countNonZero(ink.col(ink.cols - 1)) > 0)
        return std::nullopt;
    const std::vector<InkRun> runs = inkRuns(ink, glyph);
    // The LSTM's symbol boxes are loose and differ between the two readings' scales: either
    // reading's may place the runs, as long as every guard holds under that placement.
    auto placed = runsOfDoubtfulDigits(runs, a, b, area.x, doubtful, glyph);
    if (!placed)
        placed = runsOfDoubtfulDigits(runs, b, a, area.x, doubtful, glyph);
    if (!placed)
        return std::nullopt;
    // The confirmed digits count with their single-glyph readings' confidence, the value's
    // other symbols with the line readings'.
    lowest = 1.0;
    for (std::size_t i = from; i < to; ++i)
        if (std::find(doubtful.begin(), doubtful.end(), i) == doubtful.end())
            lowest = std::min(lowest, std::min(a[i].confidence, b[i].confidence));
    for (std::size_t i : doubtful) {
        const InkRun run = (*placed)[static_cast<std::size_t>(std::find(doubtful.begin(), doubtful.end(), i) - doubtful.begin())];
        const int cutFrom = std::max(0, run.from - 1), cutTo = std::min(area.width, run.to + 1);
        const auto byDigits = singleGlyphConfidence(digitModel, gray, area, cutFrom, cutTo, glyph, a[i].text, minOk);
        const auto byPage = byDigits ? singleGlyphConfidence(pageModel, gray, area, cutFrom, cutTo, glyph, a[i].text, minOk) : std::nullopt;
        if (!byDigits || !byPage)
            return std::nullopt;
        lowest = std::min({lowest, *byDigits, *byPage});
    }
    return lowest;
}

} // namespace shikaku
