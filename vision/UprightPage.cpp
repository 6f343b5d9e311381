#include "UprightPage.h"

#include "DocumentClassifier.h"
#include "InvertedText.h"
#include "LineStarts.h"
#include "Models.h"
#include "SearchPrint.h"
#include "TextChunkFinder.h"
#include "TitleSearch.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// With this many labels read on one side, that side is up: no second reading.
constexpr int kUprightLabels = 3;
// Below this line-start alignment the page is read turned first (LineStarts).
constexpr double kTurnedAlignment = -0.2;
// Fewer field labels than this on a named document: jpn could not read its labels (a phone
// screen's grey print under its moiré), and the line model is asked. Not all five: a page
// with one label jpn missed or a combined 記号・番号 is common, and the line model read every
// chunk of it (+14 % scanning-thread CPU on 8 MP photos for two fields more right).
constexpr int kFewFieldLabels = 3;
// The largest print: the title, a subtitle, a badge.
constexpr std::size_t kLargePrintChunks = 3;

// A phone's app header: light print on a dark bar across the top of a tall page (or the whole
// page in dark mode). Evidence the title search needs when the print is too small to read.
constexpr double kHeaderMaxTop = 0.15;   // of the page height
constexpr double kHeaderMinWidth = 0.8;  // of the page width
constexpr double kDarkPageShare = 0.5;   // of the page area

bool hasScreenHeader(const PageShape& shape, cv::Size page, int degrees)
{
    for (cv::Rect r : shape.lightOnDark) {
        if (degrees == 180)
            r = cv::Rect(page.width - r.br().x, page.height - r.br().y, r.width, r.height);
        const bool wholePage = r.area() >= kDarkPageShare * page.area();
        if (wholePage || (r.width >= kHeaderMinWidth * page.width && r.y <= kHeaderMaxTop * page.height && r.height < page.height / 4))
            return true;
    }
    return false;
}

double textHeightRatio(const UprightPage& t)
{
    return static_cast<double>(t.page.bodyGlyphHeight) / std::max(1, std::min(t.gray.cols, t.gray.rows));
}

// On a grainy page the labels jpn misses are read by the line model too (PageText).
UprightPage readAt(const cv::Mat& gray, int degrees, const PageShape& shape, const ReadContext& ctx, bool grainy,
                   const TextChunkLayout* layout = nullptr)
{
    UprightPage t;
    t.degrees = degrees;
    if (degrees == 180)
        cv::rotate(gray, t.gray, cv::ROTATE_180);
    else
        t.gray = gray;
    t.page = readPageText(ctx.ocr, t.gray, layout ? *layout : findTextChunks(t.gray), LabelMatcher(ctx.models),
                          grainy ? &ctx.models : nullptr);
    t.fields = locateFields(t.page);
    ClassifierInput input{t.page, t.fields, shape.aspect, textHeightRatio(t), ctx.hint, {},
                          hasScreenHeader(shape, gray.size(), degrees), t.gray.rows > t.gray.cols};
    input.corners = shape.corners;
    t.kind = classifyDocument(input, ctx.models);
    t.titleReadExactly = namesDocumentSurely(input, ctx.models);
    return t;
}

// The title-specific second look (TitleSearch); true when it named a document.
bool searchTitle(UprightPage& t, const PageShape& shape, const ReadContext& ctx, bool grainy)
{
    TitleSearchOptions options;
    options.readEverySetting = grainy;
    options.lineModel = &ctx.models;
    t.searchedTitles = searchTitles(ctx.ocr, t.gray, t.page, options);
    if (t.searchedTitles.empty())
        return false;
    ClassifierInput input{t.page, t.fields, shape.aspect, textHeightRatio(t), ctx.hint, t.searchedTitles.jpn,
                          hasScreenHeader(shape, t.gray.size(), t.degrees), t.gray.rows > t.gray.cols, t.searchedTitles.lineModel,
                          t.searchedTitles.lineModelWidened};
    input.corners = shape.corners;
    t.kind = classifyDocument(input, ctx.models);
    return t.kind != DocumentKind::Unknown;
}

// How far above the page's middle the largest print sits, in page heights (negative: below).
// Titles head documents; turned by 180° they sit at the bottom. Needs no OCR.
double largePrintHeight(const UprightPage& t)
{
    std::vector<const ReadChunk*> wide;
    for (const ReadChunk& c : t.page.chunks)
        if (c.chunk.box.width >= c.chunk.box.height * 3)
            wide.push_back(&c);
    const std::size_t n = std::min<std::size_t>(kLargePrintChunks, wide.size());
    if (n == 0 || t.gray.rows == 0)
        return 0.0;
    std::partial_sort(wide.begin(), wide.begin() + static_cast<std::ptrdiff_t>(n), wide.end(),
                      [](const ReadChunk* a, const ReadChunk* b) { return a->chunk.box.height > b->chunk.box.height; });
    double centre = 0;
    for (std::size_t i = 0; i < n; ++i)
        centre += wide[i]->chunk.box.y + wide[i]->chunk.box.height / 2.0;
    return 0.5 - centre / static_cast<double>(n) / t.gray.rows;
}

} // namespace

PageShape shapeOf(const PhotoPage& page)
{
    PageShape shape;
    if (!page.outlineFound || page.document.image.empty())
        return shape;
    shape.aspect = page.document.measuredAspect;
    shape.corners = page.corners.shape;
    return shape;
}

// Upright text reads as labels with high confidence; upside-down text reads as noise.
bool looksMoreUpright(const UprightPage& a, const UprightPage& b)
{
    const int la = a.fields.fieldLabels + a.fields.otherLabels, lb = b.fields.fieldLabels + b.fields.otherLabels;
    if (la != lb)
        return la > lb;
    // Small print in a 2 MP photo may yield no label either way while the large title still
    // reads: the side whose title names a document is upright.
    const bool ka = a.kind != DocumentKind::Unknown, kb = b.kind != DocumentKind::Unknown;
    if (ka != kb)
        return ka;
    // Nothing read either way (a blurred 2 MP photo): the side with its largest print on top.
    if (la == 0 && !ka) {
        const double ha = largePrintHeight(a), hb = largePrintHeight(b);
        if (ha != hb)
            return ha > hb;
    }
    return a.page.meanConfidence() > b.page.meanConfidence();
}

namespace {

// The page read as it lies and, when that finds little, turned by 180° (with a second look
// for the title when neither way named a document).
UprightPage readHalfTurns(const cv::Mat& rectified, const PageShape& given, const ReadContext& ctx, std::vector<UprightPage>* tried)
{
    // Light-on-dark print (a phone's header bar, dark mode) is turned into dark-on-light first:
    // everything after this looks for dark ink.
    const cv::Mat light = darkOnLight(rectified);
    const bool grainy = hasBlurredPrint(light);
    const cv::Mat gray = printForSearch(light);
    PageShape shape = given;
    if (shape.aspect <= 0)
        shape.aspect = static_cast<double>(std::max(gray.cols, gray.rows)) / std::max(1, std::min(gray.cols, gray.rows));
    // Read first the side the layout says is up (a photo lies either way round as often): when
    // that side has its labels, or a title read exactly, the other is never read (a back side
    // has no labels: it was read twice, at the cost of a whole page).
    const TextChunkLayout layout = findTextChunks(gray);
    const bool turnedFirst = lineStartAlignment(layout) < kTurnedAlignment;
    UprightPage best = turnedFirst ? readAt(gray, 180, shape, ctx, grainy) : readAt(gray, 0, shape, ctx, grainy, &layout);
    if (tried)
        tried->push_back(best);
    if (best.fields.fieldLabels + best.fields.otherLabels < kUprightLabels && !best.titleReadExactly) {
        UprightPage turned = turnedFirst ? readAt(gray, 0, shape, ctx, grainy, &layout) : readAt(gray, 180, shape, ctx, grainy);
        if (tried)
            tried->push_back(turned);
        if (looksMoreUpright(turned, best))
            std::swap(best, turned);
        // Neither way named a document: look for the title once more, the likelier side first.
        if (best.kind == DocumentKind::Unknown && ctx.hint == KindHint::Auto && !searchTitle(best, shape, ctx, grainy) &&
            searchTitle(turned, shape, ctx, grainy))
            std::swap(best, turned);
        if (tried) {
            tried->at(tried->size() - 2) = best.degrees == 0 ? best : turned;
            tried->back() = best.degrees == 180 ? best : turned;
        }
    } else if (best.kind == DocumentKind::Unknown && ctx.hint == KindHint::Auto) {
        searchTitle(best, shape, ctx, grainy);
        if (tried)
            tried->back() = best;
    }
    // A document named on a page not grainy enough for the line model, with labels jpn missed
    // (a phone screen's grey labels under its moiré): those labels are looked at by the line
    // model too. Its labels' values are never `ok` (PageText).
    if (!grainy && carriesInsuranceFields(best.kind) && best.fields.fieldLabels < kFewFieldLabels &&
        addLabelsReadByLineModel(best.gray, best.page, LabelMatcher(ctx.models), ctx.models) > 0)
        best.fields = locateFields(best.page);
    return best;
}

} // namespace

UprightPage readUprightPage(const cv::Mat& rectified, const PageShape& given, const ReadContext& ctx, std::vector<UprightPage>* tried)
{
    UprightPage best = readHalfTurns(rectified, given, ctx, tried);
    // The quarter turn came from the direction of the text lines (TextDirection), which blur
    // and grain in a 2 MP photo can mislead (a portrait postcard lying on its side). A grainy
    // page on which nothing at all was read either way up is read turned by 90° too; that
    // reading is taken only when it names a document. Sharp pages are not: their text
    // direction holds, and an unknown paper in a sharp 8 MP photo would pay twice.
    if (best.kind != DocumentKind::Unknown || ctx.hint != KindHint::Auto || best.fields.fieldLabels + best.fields.otherLabels > 0 ||
        !hasBlurredPrint(rectified))
        return best;
    cv::Mat quarter;
    cv::rotate(rectified, quarter, cv::ROTATE_90_CLOCKWISE);
    PageShape shape = given;
    shape.lightOnDark.clear(); // a phone's header bar is not across the top of a page on its side
    UprightPage turned = readHalfTurns(quarter, shape, ctx, tried);
    if (turned.kind == DocumentKind::Unknown)
        return best;
    turned.degrees = (turned.degrees + 90) % 360;
    return turned;
}

} // namespace shikaku
