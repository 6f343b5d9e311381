#include "SlashedZero.h"

#include "TextNormalize.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace shikaku {
namespace {

// Glyphs are measured at this height: holes of a 13 px zero are a pixel or two wide.
constexpr double kMeasurePx = 48.0;

struct Blob {
    double area = 0;
    cv::Point2d centre;
    cv::Rect box;
};

Blob blobOf(const std::vector<cv::Point>& contour)
{
    Blob b;
    const cv::Moments m = cv::moments(contour);
    b.area = std::abs(m.m00);
    b.centre = m.m00 != 0 ? cv::Point2d(m.m10 / m.m00, m.m01 / m.m00) : cv::Point2d(0, 0);
    b.box = cv::boundingRect(contour);
    return b;
}

// Two holes of about the same size, lying diagonally, placed symmetrically about the glyph's
// centre and together as tall as most of it: the two halves of a ring cut by a slash. An 8's
// holes lie straight above each other; a blurred 9 whose tail touched its loop has a small
// second hole low on one side.
bool isSlashedRing(const cv::Rect& glyph, const Blob& a, const Blob& b)
{
    const double w = glyph.width, h = glyph.height;
    if (std::min(a.area, b.area) < 0.5 * std::max(a.area, b.area))
        return false;
    const double dx = std::abs(a.centre.x - b.centre.x), dy = std::abs(a.centre.y - b.centre.y);
    // In a narrow zero the slash is steep and the holes lie nearly above each other, yet side
    // by side over some rows, where the slash parts them; an 8's crossing parts its holes
    // across all their width, so their rows never overlap.
    const int rowsSideBySide = std::min(a.box.br().y, b.box.br().y) - std::max(a.box.y, b.box.y);
    const bool sideBySide = rowsSideBySide >= 0.2 * std::min(a.box.height, b.box.height);
    if (dx < (sideBySide ? 0.05 : 0.15) * w || dy < 0.15 * h)
        return false;
    const cv::Point2d mid = (a.centre + b.centre) * 0.5;
    const cv::Point2d centre(glyph.x + w / 2, glyph.y + h / 2);
    if (std::abs(mid.x - centre.x) > 0.12 * w || std::abs(mid.y - centre.y) > 0.12 * h)
        return false;
    return (a.box | b.box).height >= 0.5 * h;
}

// One tall hole with a small ink island at its middle.
bool isDottedRing(const cv::Rect& glyph, const Blob& hole, const Blob& dot)
{
    if (hole.box.height < 0.5 * glyph.height || dot.area > 0.25 * hole.area)
        return false;
    const cv::Point2d holeCentre(hole.box.x + hole.box.width / 2.0, hole.box.y + hole.box.height / 2.0);
    return std::abs(dot.centre.x - holeCentre.x) <= 0.2 * hole.box.width &&
           std::abs(dot.centre.y - holeCentre.y) <= 0.2 * hole.box.height;
}

bool isAsciiDigitSymbol(const std::string& text)
{
    const std::string t = toHalfWidth(text);
    return t.size() == 1 && t[0] >= '0' && t[0] <= '9';
}

} // namespace

std::vector<cv::Rect> findMarkedZeros(const cv::Mat& gray, const cv::Rect& area, int glyphHeight)
{
    std::vector<cv::Rect> zeros;
    const cv::Rect region = area & cv::Rect(0, 0, gray.cols, gray.rows);
    if (region.width < 2 || region.height < 2 || glyphHeight <= 0)
        return zeros;
    const double scale = std::clamp(kMeasurePx / glyphHeight, 0.5, 6.0);
    cv::Mat crop, ink;
    cv::resize(gray(region), crop, {}, scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    cv::threshold(crop, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    // A rule under or beside the value joins every glyph into one shape.
    const int ruleLength = static_cast<int>(kMeasurePx * 2);
    cv::Mat rules, vertical;
    cv::morphologyEx(ink, rules, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {ruleLength, 1}));
    cv::morphologyEx(ink, vertical, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, ruleLength}));
    ink -= rules | vertical;

    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> tree;
    cv::findContours(ink, contours, tree, cv::RETR_TREE, cv::CHAIN_APPROX_NONE);
    auto depth = [&](int i) {
        int d = 0;
        for (int p = tree[i][3]; p >= 0; p = tree[p][3])
            ++d;
        return d;
    };
    auto children = [&](int i) {
        std::vector<int> out;
        for (int c = tree[i][2]; c >= 0; c = tree[c][0])
            out.push_back(c);
        return out;
    };
    for (int i = 0; i < static_cast<int>(contours.size()); ++i) {
        if (depth(i) % 2 != 0)
            continue; // a hole
        const cv::Rect glyph = cv::boundingRect(contours[i]);
        if (glyph.height < 0.5 * kMeasurePx || glyph.height > 1.5 * kMeasurePx || glyph.width < 0.3 * glyph.height ||
            glyph.width > 0.95 * glyph.height)
            continue;
        // A zero's outline is an oval: nearly convex (a 9's tail leaves a bay).
        std::vector<cv::Point> hull;
        cv::convexHull(contours[i], hull);
        const double hullArea = cv::contourArea(hull);
        if (hullArea <= 0 || cv::contourArea(contours[i]) < 0.9 * hullArea)
            continue;
        std::vector<Blob> holes;
        std::vector<int> holeIds;
        for (int c : children(i)) {
            const Blob hole = blobOf(contours[c]);
            if (hole.area >= 0.03 * glyph.area()) {
                holes.push_back(hole);
                holeIds.push_back(c);
            }
        }
        bool zero = holes.size() == 2 && isSlashedRing(glyph, holes[0], holes[1]);
        if (holes.size() == 1) {
            std::vector<Blob> dots;
            for (int c : children(holeIds[0])) {
                const Blob dot = blobOf(contours[c]);
                if (dot.area >= 0.01 * glyph.area())
                    dots.push_back(dot);
            }
            zero = dots.size() == 1 && isDottedRing(glyph, holes[0], dots[0]);
        }
        if (zero)
            zeros.emplace_back(region.x + static_cast<int>(glyph.x / scale), region.y + static_cast<int>(glyph.y / scale),
                               static_cast<int>(std::ceil(glyph.width / scale)), static_cast<int>(std::ceil(glyph.height / scale)));
    }
    return zeros;
}

int correctMarkedZeros(OcrLine& line, const std::vector<cv::Rect>& zeros)
{
    if (zeros.empty())
        return 0;
    auto zeroAt = [&](const OcrSymbol& s) -> int {
        const cv::Point centre(s.box.x + s.box.width / 2, s.box.y + s.box.height / 2);
        for (std::size_t z = 0; z < zeros.size(); ++z)
            if (zeros[z].contains(centre))
                return static_cast<int>(z);
        return -1;
    };
    int changed = 0;
    std::vector<std::string> texts;
    for (OcrWord& w : line.words) {
        std::vector<OcrSymbol> kept;
        int lastZero = -1;
        for (OcrSymbol& s : w.symbols) {
            const int z = isAsciiDigitSymbol(s.text) ? zeroAt(s) : -1;
            if (z >= 0 && z == lastZero) {
                // Two symbols read in one zero (「90」): one 0.
                OcrSymbol& previous = kept.back();
                const cv::Rect both = cv::Rect(previous.box.x, previous.box.y, previous.box.width, previous.box.height) |
                                      cv::Rect(s.box.x, s.box.y, s.box.width, s.box.height);
                previous.box = Box{both.x, both.y, both.width, both.height};
                previous.confidence = std::min(previous.confidence, s.confidence);
                ++changed;
                continue;
            }
            lastZero = z;
            if (z >= 0 && toHalfWidth(s.text) != "0") {
                s.text.assign(1, '0'); // not `= "0"`: GCC 12 warns falsely there (-Wrestrict, PR 105329)
                ++changed;
            }
            kept.push_back(std::move(s));
        }
        w.symbols = std::move(kept);
        if (changed > 0) {
            w.text.clear();
            for (const OcrSymbol& s : w.symbols)
                w.text += s.text;
        }
        texts.push_back(w.text);
    }
    if (changed > 0)
        line.text = joinWords(texts);
    return changed;
}

} // namespace shikaku
