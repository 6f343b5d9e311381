#include "TextChunkFinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// Analysis happens at a fixed size: enough for 8-pt text on A4, cheap for morphology.
constexpr int kAnalysisLongSide = 1600;
// Measured characters this much larger than the page width suggests: a portrait page that is
// not A4 (a postcard standing up, a phone screen).
constexpr double kFarLargerGlyph = 1.4;
// A page this much longer than wide is a phone screen (a card is 1.59, a postcard 1.48, A4 1.41).
constexpr double kScreenAspect = 1.75;

int median(std::vector<int> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

struct Ink {
    cv::Mat strong; ///< above the Otsu level (at least kMinContrast)
    cv::Mat faint;  ///< above half of it: grey print beside black print
};

// Below this black-hat response a blank area's noise is split, not ink.
constexpr double kMinContrast = 18;
// Grey print (a phone screen's labels, 100/255 on white, beside black values) responds about
// half as strongly as black print: Otsu's level between paper and black print cuts it into pieces.
constexpr double kFaintShare = 0.5;

Ink darkInk(const cv::Mat& gray, int kernel)
{
    // Black-hat: dark strokes thinner than the kernel, independent of paper colour and shading.
    cv::Mat response;
    cv::morphologyEx(gray, response, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, {kernel, kernel}));
    Ink ink;
    double level = cv::threshold(response, ink.strong, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    // On a blank area Otsu splits noise; demand real contrast.
    if (level < kMinContrast) {
        level = kMinContrast;
        cv::threshold(response, ink.strong, level, 255, cv::THRESH_BINARY);
    }
    cv::threshold(response, ink.faint, std::max(kMinContrast, level * kFaintShare), 255, cv::THRESH_BINARY);
    return ink;
}

// Character height from the components that look like glyphs or glyph parts.
int glyphHeightOf(const cv::Mat& bin)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(bin, labels, stats, centroids, 8, CV_32S);
    std::vector<int> heights;
    for (int i = 1; i < n; ++i) {
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT), w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        if (h >= 6 && h < bin.rows / 8 && w < h * 3 && stats.at<int>(i, cv::CC_STAT_AREA) >= 12)
            heights.push_back(h);
    }
    return std::max(8, median(heights));
}

struct Rules {
    cv::Mat horizontal, vertical;
};

// Removes ruled lines (longer than four characters) from `bin` and returns them: the vertical ones
// separate text that the glue would otherwise join.
Rules removeRules(cv::Mat& bin, int glyph)
{
    const int len = std::max(25, glyph * 4);
    // A blurred, noisy photo breaks a rule into dashes shorter than `len`: gaps of a pixel or
    // two are bridged along the rule first (text left glued to a frame was lost as a "frame").
    Rules found;
    cv::morphologyEx(bin, found.horizontal, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {3, 1}));
    cv::morphologyEx(found.horizontal, found.horizontal, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {len, 1}));
    cv::morphologyEx(bin, found.vertical, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {1, 3}));
    cv::morphologyEx(found.vertical, found.vertical, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, len}));
    // Rules are thicker than one pixel after blur; widen the mask a little.
    cv::Mat rules = found.horizontal | found.vertical;
    cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));
    bin.setTo(0, rules);
    return found;
}

// Cell borders of a card's ruled rows are barely more than two characters tall, shorter than the
// rules removeRules takes out by the page width: left in, a border glued a label to its value
// (「番号|527827」, the border read as 1) and made the chunk twice as tall as its print. A
// vertical run 2.2 body characters tall that meets a horizontal rule at both ends is such a
// border; a large title's strokes (on a postcard standing up, 3.6 times the body's size) meet
// none. Measured on `withRules`, the print before rules were taken out, where a border's ends
// still lie within the rules. Removed from `bin` and added to `rules.vertical`.
void removeCellBorders(cv::Mat& bin, const cv::Mat& withRules, Rules& rules, int glyph)
{
    cv::Mat runs;
    cv::morphologyEx(withRules, runs, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {1, 3}));
    cv::morphologyEx(runs, runs, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, glyph * 22 / 10}));
    if (cv::countNonZero(runs) == 0)
        return;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(runs, labels, stats, centroids, 8, CV_32S);
    const cv::Rect page(0, 0, bin.cols, bin.rows);
    // A rule within three rows of the run's end, across the run's columns.
    auto ruleNear = [&](int x, int width, int y) {
        const cv::Rect end = cv::Rect(x - 1, y - 3, width + 2, 7) & page;
        return !end.empty() && cv::countNonZero(rules.horizontal(end)) > 0;
    };
    cv::Mat borders = cv::Mat::zeros(bin.size(), CV_8U);
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT), y = stats.at<int>(i, cv::CC_STAT_TOP);
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const cv::Rect box(x, y, w, h);
        if (ruleNear(x, w, y) && ruleNear(x, w, y + h - 1))
            borders(box).setTo(255, labels(box) == i);
    }
    if (cv::countNonZero(borders) == 0)
        return;
    rules.vertical |= borders;
    cv::dilate(borders, borders, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));
    bin.setTo(0, borders);
}

// True when a vertical rule runs between two chunks on one row (boxes at analysis scale): a
// title framed apart from the box beside it (有効期限) is not one line with that box's value.
bool ruleBetween(const cv::Mat& verticalRules, const cv::Rect& a, const cv::Rect& b)
{
    const int x0 = std::min(a.br().x, b.br().x), x1 = std::max(a.x, b.x);
    const int y0 = std::max(a.y, b.y), y1 = std::min(a.br().y, b.br().y);
    if (x1 <= x0 || y1 <= y0)
        return false;
    const cv::Rect gap = cv::Rect(x0, y0, x1 - x0, y1 - y0) & cv::Rect(0, 0, verticalRules.cols, verticalRules.rows);
    if (gap.empty())
        return false;
    cv::Mat columns;
    cv::reduce(verticalRules(gap), columns, 0, cv::REDUCE_MAX, CV_8U);
    return cv::countNonZero(columns) > 0;
}

// Titles are printed large and letter-spaced (「国 民 健 康 保 険 資 格 確 認 書」): the page-level
// glue leaves them in pieces, and a kanji read alone loses its context (資 → 次). Join pieces of
// large print on one row whose gap is below one of their characters.
void mergeSpacedTitles(TextChunkLayout& layout, const cv::Mat& verticalRules, double scale)
{
    auto atAnalysisScale = [scale](const cv::Rect& r) {
        return cv::Rect(cv::Point(static_cast<int>(r.x * scale), static_cast<int>(r.y * scale)),
                        cv::Point(static_cast<int>(r.br().x * scale), static_cast<int>(r.br().y * scale)));
    };
    const int large = layout.bodyGlyphHeight * 5 / 4;
    auto& chunks = layout.chunks;
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t i = 0; i < chunks.size() && !changed; ++i) {
            if (chunks[i].glyphHeight < large)
                continue;
            for (std::size_t j = 0; j < chunks.size(); ++j) {
                if (j == i)
                    continue;
                const cv::Rect& a = chunks[i].box;
                const cv::Rect& b = chunks[j].box;
                // Pieces of the same large line: b lies (mostly) within a's height, close beside it.
                const int overlap = std::min(a.br().y, b.br().y) - std::max(a.y, b.y);
                const int gap = std::max(b.x - a.br().x, a.x - b.br().x);
                const bool similarOrPart = b.height <= a.height * 4 / 3;
                // Pieces of one title line share its middle; a chunk of similar height off the
                // middle is a line of its own (a date under its label beside the title). Much
                // smaller pieces (parts of a glyph) may sit anywhere.
                const int offMiddle = std::abs((a.y + a.height / 2) - (b.y + b.height / 2));
                const bool ownLine = offMiddle * 4 > a.height && b.height * 10 >= a.height * 6;
                if (similarOrPart && !ownLine && overlap >= b.height * 2 / 3 && gap < chunks[i].glyphHeight &&
                    !ruleBetween(verticalRules, atAnalysisScale(a), atAnalysisScale(b))) {
                    chunks[i].box |= b;
                    chunks[i].glyphHeight = std::max(chunks[i].glyphHeight, chunks[j].glyphHeight);
                    chunks.erase(chunks.begin() + static_cast<std::ptrdiff_t>(j));
                    changed = true;
                    break;
                }
            }
        }
    }
}

// Grey print on a line that also holds some ink above the Otsu level is kept whole: a grey
// label (被保険者記号, 有効期限) otherwise comes apart into a few strong strokes, and its pieces
// read as nothing. Only line-shaped groups count, so faint texture (a screen's moiré, paper
// grain) that glues into large areas adds nothing.
void addFaintLines(cv::Mat& bin, const cv::Mat& faint, int glyph)
{
    cv::Mat glued;
    const int gx = std::max(3, glyph * 8 / 10), gy = std::max(1, glyph / 4);
    cv::morphologyEx(faint, glued, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {gx, gy}));
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(glued, labels, stats, centroids, 8, CV_32S);
    std::vector<uchar> holdsStrong(static_cast<std::size_t>(n), 0);
    for (int y = 0; y < bin.rows; ++y) {
        const uchar* b = bin.ptr<uchar>(y);
        const int* l = labels.ptr<int>(y);
        for (int x = 0; x < bin.cols; ++x)
            if (b[x])
                holdsStrong[static_cast<std::size_t>(l[x])] = 1;
    }
    std::vector<uchar> keep(static_cast<std::size_t>(n), 0);
    for (int i = 1; i < n; ++i)
        keep[static_cast<std::size_t>(i)] = holdsStrong[static_cast<std::size_t>(i)] && stats.at<int>(i, cv::CC_STAT_HEIGHT) <= glyph * 2;
    for (int y = 0; y < bin.rows; ++y) {
        uchar* b = bin.ptr<uchar>(y);
        const uchar* f = faint.ptr<uchar>(y);
        const int* l = labels.ptr<int>(y);
        for (int x = 0; x < bin.cols; ++x)
            if (f[x] && keep[static_cast<std::size_t>(l[x])])
                b[x] = 255;
    }
}

// A label printed just above its value (有効期限 over its date in a box) glues into one chunk,
// and the label is lost inside a two-line read. Splits a glued component at its widest blank row
// when the lower line is clearly longer or larger than the upper one, as a value under its label
// is. A label printed on two lines (保険者 over 番号) stays one chunk, so that no half of it is
// taken for a label of its own.
std::vector<cv::Rect> splitStackedLines(const cv::Mat& bin, const cv::Mat& labels, int id, const cv::Rect& r, int glyph)
{
    const cv::Mat ink = (bin(r) != 0) & (labels(r) == id);
    cv::Mat rowInk;
    cv::reduce(ink / 255, rowInk, 1, cv::REDUCE_SUM, CV_32S);
    auto inkAt = [&](int y) { return rowInk.at<int>(y); };
    // The widest run of blank rows between the first and last inked row.
    int top = 0, bottom = r.height - 1;
    while (top < r.height && !inkAt(top))
        ++top;
    while (bottom > top && !inkAt(bottom))
        --bottom;
    int bestStart = -1, bestLength = 0;
    for (int y = top; y <= bottom;) {
        const int start = y;
        while (y <= bottom && !inkAt(y))
            ++y;
        if (y - start > bestLength)
            bestStart = start, bestLength = y - start;
        y = std::max(y, start + 1);
    }
    if (bestStart < 0 || bestLength < 2)
        return {r};
    // A line's box holds its rows of real ink: a frame's stub or a stray dot beside the text adds
    // rows of a few pixels each, and must not make the line look taller or start the crop.
    auto lineBox = [&](int from, int to) {
        int most = 0;
        for (int y = from; y < to; ++y)
            most = std::max(most, inkAt(y));
        int first = from, last = to - 1;
        while (inkAt(first) * 8 < most)
            ++first;
        while (inkAt(last) * 8 < most)
            --last;
        std::vector<cv::Point> points;
        cv::findNonZero(ink(cv::Range(first, last + 1), cv::Range::all()), points);
        const cv::Rect inner = cv::boundingRect(points);
        return cv::Rect(r.x + inner.x, r.y + first, inner.width, last + 1 - first);
    };
    const cv::Rect upper = lineBox(top, bestStart), lower = lineBox(bestStart + bestLength, bottom + 1);
    const int minLine = std::max(5, glyph / 3);
    if (upper.height < minLine || lower.height < minLine)
        return {r};
    const bool lowerLarger = lower.height * 10 >= upper.height * 12;
    const bool lowerLonger = lower.width * 2 >= upper.width * 3;
    if (!lowerLarger && !lowerLonger)
        return {r};
    return {upper, lower};
}

} // namespace

TextChunkLayout findTextChunks(const cv::Mat& gray)
{
    TextChunkLayout layout;
    if (gray.empty())
        return layout;
    const double scale = std::min(1.0, static_cast<double>(kAnalysisLongSide) / std::max(gray.cols, gray.rows));
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(gray, small, {}, scale, scale, cv::INTER_AREA);
    else
        small = gray;

    Ink ink = darkInk(small, std::max(15, small.cols / 60));
    cv::Mat& bin = ink.strong;
    // The character size is guessed from the page width, which fits landscape pages (a card's
    // rows, and so its vertical cell borders, are barely two characters high) and A4. A postcard
    // standing up or a phone has far larger characters than its width suggests: there the
    // strokes of a large title (書, a condensed 後期高齢者医療…) went as rules. There the measured
    // size counts — only there: on A4 a blurred photo measures a little larger, and rules then
    // left in place changed the body text height that tells A4 from a postcard.
    const int guessedGlyph = small.cols / 80;
    int ruleGlyph = guessedGlyph;
    if (small.rows > small.cols) {
        const int measured = glyphHeightOf(bin);
        if (measured > guessedGlyph * kFarLargerGlyph)
            ruleGlyph = measured;
    }
    const cv::Mat withRules = bin.clone();
    Rules rules = removeRules(bin, ruleGlyph);

    const int glyph = glyphHeightOf(bin);
    removeCellBorders(bin, withRules, rules, glyph);
    const cv::Mat& verticalRules = rules.vertical;
    // Screens print labels in grey beside values in black; the paper forms print both in black,
    // and there adding faint print cost values (measured on the generated postcards and cards).
    const bool screen = std::max(small.rows, small.cols) >= kScreenAspect * std::min(small.rows, small.cols);
    if (screen) {
        removeRules(ink.faint, ruleGlyph);
        addFaintLines(bin, ink.faint, glyph);
    }

    // Glue the glyphs of a word: horizontally up to ~0.8 character, vertically enough to join
    // the stacked parts of one kanji but not two lines.
    cv::Mat glued;
    const int gx = std::max(3, glyph * 8 / 10), gy = std::max(1, glyph / 4);
    cv::morphologyEx(bin, glued, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {gx, gy}));
    // The glue must not bridge a frame either: a title printed close to a framed box beside it
    // became one chunk with the box's text. Only rules taller than any print count here — the
    // strokes of a large title pass for rules above, and cutting there broke noisy titles up.
    cv::Mat frames;
    cv::morphologyEx(verticalRules, frames, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, glyph * 5 / 2}));
    glued.setTo(0, frames);

    cv::Mat labels, stats, centroids;
    const int m = cv::connectedComponentsWithStats(glued, labels, stats, centroids, 8, CV_32S);
    std::vector<cv::Rect> lines;
    for (int i = 1; i < m; ++i) {
        const cv::Rect component(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                                 stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (component.height < std::max(5, glyph / 3) || component.height > glyph * 5 || component.width < 4)
            continue;
        if (stats.at<int>(i, cv::CC_STAT_AREA) < component.area() / 12) // a frame or a stray curve
            continue;
        for (const cv::Rect& line : splitStackedLines(bin, labels, i, component, glyph))
            lines.push_back(line);
    }
    for (const cv::Rect& r : lines) {
        TextChunk c;
        const double inv = 1.0 / scale;
        c.box = cv::Rect(cv::Point(static_cast<int>(r.x * inv), static_cast<int>(r.y * inv)),
                         cv::Point(static_cast<int>(r.br().x * inv + 0.999), static_cast<int>(r.br().y * inv + 0.999))) &
                cv::Rect(0, 0, gray.cols, gray.rows);
        c.glyphHeight = static_cast<int>(std::min(r.height, glyph * 2) * inv);
        layout.chunks.push_back(c);
    }
    layout.bodyGlyphHeight = static_cast<int>(glyph / scale);
    // Reading order: rows by vertical centre (a chunk joins a row when its centre lies within
    // the row's first chunk), then left to right.
    std::sort(layout.chunks.begin(), layout.chunks.end(),
              [](const TextChunk& a, const TextChunk& b) { return a.box.y + a.box.height / 2 < b.box.y + b.box.height / 2; });
    std::vector<TextChunk> ordered;
    for (std::size_t i = 0; i < layout.chunks.size();) {
        const cv::Rect& head = layout.chunks[i].box;
        std::size_t j = i + 1;
        while (j < layout.chunks.size() && layout.chunks[j].box.y + layout.chunks[j].box.height / 2 < head.br().y)
            ++j;
        std::stable_sort(layout.chunks.begin() + static_cast<std::ptrdiff_t>(i), layout.chunks.begin() + static_cast<std::ptrdiff_t>(j),
                         [](const TextChunk& a, const TextChunk& b) { return a.box.x < b.box.x; });
        ordered.insert(ordered.end(), layout.chunks.begin() + static_cast<std::ptrdiff_t>(i), layout.chunks.begin() + static_cast<std::ptrdiff_t>(j));
        i = j;
    }
    layout.chunks = std::move(ordered);
    mergeSpacedTitles(layout, verticalRules, scale);
    return layout;
}

} // namespace shikaku
