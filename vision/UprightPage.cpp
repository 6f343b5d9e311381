#include "UprightPage.h"

#include "DocumentClassifier.h"
#include "InvertedText.h"
#include "Models.h"
#include "TextChunkFinder.h"
#include "TitleSearch.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// With this many labels read as the page lies, it is upright: no second reading.
constexpr int kUprightLabels = 3;
// The largest print: the title, a subtitle, a badge.
constexpr std::size_t kLargePrintChunks = 3;

// Blur adds a few pixels to the measured height of small print (a 2 MP photo's 9-px body text
// measures 12–15 px), enough to take an A4 sheet for a postcard; measured on the generated
// photos (docs/readme/kinds.md).
constexpr int kBlurredGlyphPx = 16;
constexpr int kBlurInflationPx = 3;

double textHeightRatio(const UprightPage& t, const PageShape& shape)
{
    // In photo pixels: blur happened in the photo, before any upsampling.
    double glyph = t.page.bodyGlyphHeight / shape.pagePxPerPhotoPx;
    if (glyph < kBlurredGlyphPx)
        glyph = std::max(1.0, glyph - kBlurInflationPx);
    return glyph * shape.pagePxPerPhotoPx / std::max(1, std::min(t.gray.cols, t.gray.rows));
}

UprightPage readAt(const cv::Mat& gray, int degrees, const PageShape& shape, const ReadContext& ctx)
{
    UprightPage t;
    t.degrees = degrees;
    if (degrees == 180)
        cv::rotate(gray, t.gray, cv::ROTATE_180);
    else
        t.gray = gray;
    t.page = readPageText(ctx.ocr, t.gray, findTextChunks(t.gray), LabelMatcher(ctx.models));
    t.fields = locateFields(t.page);
    t.kind = classifyDocument({t.page, t.fields, shape.aspect, textHeightRatio(t, shape), ctx.hint}, ctx.models);
    return t;
}

// The title-specific second look (TitleSearch); true when it named a document.
bool searchTitle(UprightPage& t, const PageShape& shape, const ReadContext& ctx)
{
    t.searchedTitles = searchTitles(ctx.ocr, t.gray, t.page);
    if (t.searchedTitles.empty())
        return false;
    t.kind = classifyDocument({t.page, t.fields, shape.aspect, textHeightRatio(t, shape), ctx.hint, t.searchedTitles}, ctx.models);
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
    const auto& c = page.document.photoCorners;
    const double photoWidth = (cv::norm(c[1] - c[0]) + cv::norm(c[2] - c[3])) / 2;
    if (photoWidth > 1.0)
        shape.pagePxPerPhotoPx = page.document.image.cols / photoWidth;
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

UprightPage readUprightPage(const cv::Mat& rectified, const PageShape& given, const ReadContext& ctx, std::vector<UprightPage>* tried)
{
    // Light-on-dark print (a phone's header bar, dark mode) is turned into dark-on-light first:
    // everything after this looks for dark ink.
    const cv::Mat gray = darkOnLight(rectified);
    PageShape shape = given;
    if (shape.aspect <= 0)
        shape.aspect = static_cast<double>(std::max(gray.cols, gray.rows)) / std::max(1, std::min(gray.cols, gray.rows));
    if (shape.pagePxPerPhotoPx <= 0)
        shape.pagePxPerPhotoPx = 1.0;
    UprightPage best = readAt(gray, 0, shape, ctx);
    if (tried)
        tried->push_back(best);
    if (best.fields.fieldLabels + best.fields.otherLabels < kUprightLabels) {
        UprightPage turned = readAt(gray, 180, shape, ctx);
        if (tried)
            tried->push_back(turned);
        if (looksMoreUpright(turned, best))
            std::swap(best, turned);
        // Neither way named a document: look for the title once more, the likelier side first.
        if (best.kind == DocumentKind::Unknown && ctx.hint == KindHint::Auto && !searchTitle(best, shape, ctx) && searchTitle(turned, shape, ctx))
            std::swap(best, turned);
        if (tried) {
            tried->at(tried->size() - 2) = best.degrees == 0 ? best : turned;
            tried->back() = best.degrees == 180 ? best : turned;
        }
    } else if (best.kind == DocumentKind::Unknown && ctx.hint == KindHint::Auto) {
        searchTitle(best, shape, ctx);
        if (tried)
            tried->back() = best;
    }
    return best;
}

} // namespace shikaku
