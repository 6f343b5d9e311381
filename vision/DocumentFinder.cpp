#include "DocumentFinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace shikaku {
namespace {

using Quad = std::array<cv::Point2f, 4>;

/// The working copy every stage looks at.
struct WorkingImage {
    cv::Mat smooth;    ///< downscaled, lightly blurred BGR (or grey)
    cv::Mat dx, dy;    ///< Sobel 3×3 of `smooth`, CV_16S, same channel count
    cv::Mat1w magnitude; ///< per pixel: the strongest channel's |dx| + |dy|
    double scale = 1.0;  ///< working pixels per photo pixel
};

struct Candidate {
    Quad corners{};
    double support = 0.0;
    double areaFraction = 0.0;
    double rank = 0.0;
};

cv::Mat toBgrOrGrey(const cv::Mat& image)
{
    if (image.depth() != CV_8U) {
        cv::Mat converted;
        image.convertTo(converted, CV_8U);
        return toBgrOrGrey(converted);
    }
    if (image.channels() == 4) {
        cv::Mat bgr;
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
        return bgr;
    }
    return image;
}

WorkingImage makeWorkingImage(const cv::Mat& image, int workingLongSidePx)
{
    WorkingImage w;
    const int longSide = std::max(image.cols, image.rows);
    w.scale = std::min(1.0, double(workingLongSidePx) / longSide);
    cv::Mat small;
    if (w.scale < 1.0)
        cv::resize(image, small, cv::Size(), w.scale, w.scale, cv::INTER_AREA);
    else
        small = image;
    // A light blur removes sensor noise and fine print; the document's outline survives.
    cv::GaussianBlur(small, w.smooth, cv::Size(5, 5), 0.0);
    cv::Sobel(w.smooth, w.dx, CV_16S, 1, 0, 3);
    cv::Sobel(w.smooth, w.dy, CV_16S, 0, 1, 3);

    const int channels = w.smooth.channels();
    w.magnitude.create(w.smooth.size());
    for (int y = 0; y < w.smooth.rows; ++y) {
        const short* gx = w.dx.ptr<short>(y);
        const short* gy = w.dy.ptr<short>(y);
        ushort* out = w.magnitude.ptr<ushort>(y);
        for (int x = 0; x < w.smooth.cols; ++x) {
            int best = 0;
            for (int c = 0; c < channels; ++c) {
                const int i = x * channels + c;
                best = std::max(best, std::abs(gx[i]) + std::abs(gy[i]));
            }
            out[x] = static_cast<ushort>(std::min(best, 65535));
        }
    }
    return w;
}

double cornerCosine(cv::Point2f prev, cv::Point2f corner, cv::Point2f next)
{
    const cv::Point2d a(prev.x - corner.x, prev.y - corner.y);
    const cv::Point2d b(next.x - corner.x, next.y - corner.y);
    const double norms = std::hypot(a.x, a.y) * std::hypot(b.x, b.y);
    return norms > 0.0 ? std::abs(a.dot(b)) / norms : 1.0;
}

/// Empty when the shape could be a document, else why not (for the "not found" reason).
std::string shapeProblem(const Quad& q, double frameArea, const DocumentFinderOptions& o)
{
    char text[160];
    if (!isConvexQuad(q))
        return "outline is not convex";
    const double fraction = quadArea(q) / frameArea;
    if (fraction < o.minAreaFraction) {
        std::snprintf(text, sizeof text, "outline too small: %.1f%% of the frame (needs %.1f%%)", 100.0 * fraction,
                      100.0 * o.minAreaFraction);
        return text;
    }
    if (fraction > o.maxAreaFraction)
        return "outline is the whole frame";
    for (std::size_t i = 0; i < 4; ++i) {
        if (cornerCosine(q[(i + 3) % 4], q[i], q[(i + 1) % 4]) > o.maxCornerCosine)
            return "corners too far from right angles";
    }
    const double aspect = quadAspectRatio(q);
    if (aspect < o.minAspect || aspect > o.maxAspect) {
        std::snprintf(text, sizeof text, "side ratio %.2f is no document format", aspect);
        return text;
    }
    return {};
}

/// Closed outlines of an edge or segment map, each reduced to a convex four-corner polygon.
void collectQuads(const cv::Mat& binary, double minArea, double maxArea, std::vector<Quad>& out)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    // The hull makes the outline robust to a finger or a glare spot biting into one side
    // and to a gap in an edge; approxPolyDP then keeps the four dominant corners.
    static constexpr std::array<double, 3> kApproxFractions{0.02, 0.035, 0.05};
    std::vector<cv::Point> hull, approx;
    for (const auto& contour : contours) {
        if (contour.size() < 4 || double(cv::boundingRect(contour).area()) < minArea)
            continue;
        cv::convexHull(contour, hull);
        const double area = cv::contourArea(hull);
        if (area < minArea || area > maxArea)
            continue;
        const double perimeter = cv::arcLength(hull, true);
        for (double fraction : kApproxFractions) {
            cv::approxPolyDP(hull, approx, fraction * perimeter, true);
            if (approx.size() < 4)
                break;
            if (approx.size() == 4) {
                Quad q;
                for (std::size_t i = 0; i < 4; ++i)
                    q[i] = cv::Point2f(approx[i]);
                out.push_back(orderClockwiseFromTopLeft(q));
                break;
            }
        }
    }
}

std::vector<Quad> candidateQuads(const WorkingImage& w, const DocumentFinderOptions& o)
{
    const double frameArea = double(w.smooth.total());
    const double minArea = o.minAreaFraction * frameArea;
    const double maxArea = o.maxAreaFraction * frameArea;
    std::vector<Quad> quads;
    const cv::Mat closeGaps = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    cv::Mat edges;
    for (double high : o.cannyHighThresholds) {
        cv::Canny(w.dx, w.dy, edges, high / 2.0, high);
        cv::dilate(edges, edges, closeGaps);
        collectQuads(edges, minArea, maxArea, quads);
    }
    // A two-level segmentation finds documents whose outline is faint but whose inside is
    // uniformly brighter or darker than the desk (paper on a dark mat, a card on wood).
    cv::Mat grey, binary;
    if (w.smooth.channels() == 3)
        cv::cvtColor(w.smooth, grey, cv::COLOR_BGR2GRAY);
    else
        grey = w.smooth;
    cv::threshold(grey, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    collectQuads(binary, minArea, maxArea, quads);
    cv::bitwise_not(binary, binary);
    collectQuads(binary, minArea, maxArea, quads);
    return quads;
}

/// Bilinear sample of every channel at (x, y), clamped to the image.
void sampleChannels(const cv::Mat& image, double x, double y, float* out)
{
    const int channels = image.channels();
    x = std::clamp(x, 0.0, image.cols - 1.001);
    y = std::clamp(y, 0.0, image.rows - 1.001);
    const int x0 = int(x), y0 = int(y);
    const int x1 = std::min(x0 + 1, image.cols - 1), y1 = std::min(y0 + 1, image.rows - 1);
    const float fx = float(x - x0), fy = float(y - y0);
    const uchar* r0 = image.ptr<uchar>(y0);
    const uchar* r1 = image.ptr<uchar>(y1);
    for (int c = 0; c < channels; ++c) {
        const float top = r0[x0 * channels + c] * (1 - fx) + r0[x1 * channels + c] * fx;
        const float bottom = r1[x0 * channels + c] * (1 - fx) + r1[x1 * channels + c] * fx;
        out[c] = top * (1 - fy) + bottom * fy;
    }
}

struct Line {
    cv::Point2d point, direction;
};

std::optional<cv::Point2f> intersect(const Line& a, const Line& b)
{
    const double det = a.direction.x * b.direction.y - a.direction.y * b.direction.x;
    if (std::abs(det) < 1e-9)
        return std::nullopt;
    const cv::Point2d d = b.point - a.point;
    const double t = (d.x * b.direction.y - d.y * b.direction.x) / det;
    const cv::Point2d p = a.point + t * a.direction;
    return cv::Point2f(float(p.x), float(p.y));
}

Line fitLine(const std::vector<cv::Point2f>& points, int distance)
{
    cv::Vec4f l;
    cv::fitLine(points, l, distance, 0, 0.01, 0.01);
    return {cv::Point2d(l[2], l[3]), cv::Point2d(l[0], l[1])};
}

double distanceToLine(const Line& l, cv::Point2f p)
{
    const cv::Point2d d(p.x - l.point.x, p.y - l.point.y);
    return std::abs(d.x * l.direction.y - d.y * l.direction.x);
}

/// One side's edge points: along the side's normal, the position of the strongest step.
std::vector<cv::Point2f> sideEdgePoints(const cv::Mat& image, cv::Point2f a, cv::Point2f b,
                                        const DocumentFinderOptions& o, double searchPx, double smoothingPx)
{
    const cv::Point2d along(b.x - a.x, b.y - a.y);
    const double length = std::hypot(along.x, along.y);
    std::vector<cv::Point2f> points;
    if (length < 8.0)
        return points;
    const cv::Point2d dir = along / length;
    const cv::Point2d normal(-dir.y, dir.x);
    const int channels = image.channels();
    const int reach = std::max(2, int(std::ceil(searchPx)));
    const int span = 2 * reach + 1;
    // Derivative across a few pixels (the smoothing) so that sensor noise does not win.
    const int step = std::max(1, int(std::lround(smoothingPx)));
    std::vector<float> profile(std::size_t(span * channels));
    std::vector<float> strength(std::size_t(span), 0.f);
    float pixel[4];
    const double minStep = o.supportGradient / 4.0; // Sobel L1 of a step Δ is ≈ 4Δ
    const int samples = std::max(4, o.refineSamplesPerSide);
    for (int k = 0; k < samples; ++k) {
        const double t = o.cornerSkipFraction + (1.0 - 2.0 * o.cornerSkipFraction) * k / (samples - 1);
        const cv::Point2d centre(a.x + along.x * t, a.y + along.y * t);
        for (int j = 0; j < span; ++j) {
            const cv::Point2d p = centre + normal * double(j - reach);
            float sum[4] = {0, 0, 0, 0};
            for (int s = -1; s <= 1; ++s) { // average along the side: less noise, same edge
                const cv::Point2d q = p + dir * double(s * step);
                sampleChannels(image, q.x, q.y, pixel);
                for (int c = 0; c < channels; ++c)
                    sum[c] += pixel[c] / 3.f;
            }
            for (int c = 0; c < channels; ++c)
                profile[std::size_t(j * channels + c)] = sum[c];
        }
        int bestJ = -1;
        float best = 0.f;
        for (int j = step; j < span - step; ++j) {
            float s = 0.f;
            for (int c = 0; c < channels; ++c)
                s = std::max(s, std::abs(profile[std::size_t((j + step) * channels + c)] -
                                         profile[std::size_t((j - step) * channels + c)]));
            strength[std::size_t(j)] = s;
            if (s > best) {
                best = s;
                bestJ = j;
            }
        }
        if (bestJ < 0 || best < minStep)
            continue;
        double offset = 0.0; // parabola through the peak and its neighbours: sub-pixel position
        if (bestJ > step && bestJ < span - step - 1) {
            const double l = strength[std::size_t(bestJ - 1)], c = best, r = strength[std::size_t(bestJ + 1)];
            const double denominator = l - 2.0 * c + r;
            if (denominator < 0.0)
                offset = std::clamp(0.5 * (l - r) / denominator, -0.5, 0.5);
        }
        const cv::Point2d p = centre + normal * (bestJ - reach + offset);
        points.emplace_back(float(p.x), float(p.y));
    }
    return points;
}


double supportOnMagnitude(const cv::Mat1w& magnitude, const Quad& corners, double minGradient)
{
    // Ends of each side are skipped: rounded card corners leave the straight outline there.
    static constexpr double kEndSkip = 0.06;
    static constexpr double kSampleSpacingPx = 2.0;
    int total = 0, onEdge = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = corners[i], b = corners[(i + 1) % 4];
        const double length = std::hypot(double(b.x) - a.x, double(b.y) - a.y);
        const int n = std::max(4, int(length / kSampleSpacingPx));
        for (int k = 0; k < n; ++k) {
            const double t = kEndSkip + (1.0 - 2.0 * kEndSkip) * (k + 0.5) / n;
            const int x = int(std::lround(a.x + (b.x - a.x) * t));
            const int y = int(std::lround(a.y + (b.y - a.y) * t));
            ++total;
            bool edge = false;
            for (int yy = std::max(0, y - 1); yy <= std::min(magnitude.rows - 1, y + 1) && !edge; ++yy)
                for (int xx = std::max(0, x - 1); xx <= std::min(magnitude.cols - 1, x + 1) && !edge; ++xx)
                    edge = magnitude(yy, xx) >= minGradient;
            onEdge += edge ? 1 : 0;
        }
    }
    return total ? double(onEdge) / total : 0.0;
}

Quad refineSides(const cv::Mat& image, const Quad& corners, const DocumentFinderOptions& o, double searchPx,
                 double inlierPx, double smoothingPx)
{
    std::array<Line, 4> lines;
    for (std::size_t i = 0; i < 4; ++i) {
        const cv::Point2f a = corners[i], b = corners[(i + 1) % 4];
        lines[i] = {cv::Point2d(a), cv::Point2d(b - a)};
        const auto points = sideEdgePoints(image, a, b, o, searchPx, smoothingPx);
        const std::size_t needed = std::size_t(std::max(6, o.refineSamplesPerSide * 2 / 5));
        if (points.size() < needed)
            continue; // too little evidence: keep the side where it was
        const Line rough = fitLine(points, cv::DIST_HUBER);
        std::vector<cv::Point2f> inliers;
        for (const auto& p : points)
            if (distanceToLine(rough, p) <= inlierPx)
                inliers.push_back(p);
        if (inliers.size() >= needed)
            lines[i] = fitLine(inliers, cv::DIST_L2);
    }
    Quad refined;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto corner = intersect(lines[(i + 3) % 4], lines[i]);
        // A corner that jumps far has latched onto something else (a shadow, the desk's edge).
        if (!corner || cv::norm(*corner - corners[i]) > 4.0 * searchPx)
            return corners;
        refined[i] = *corner;
    }
    return isConvexQuad(refined) ? refined : corners;
}

DocumentQuad notFound(std::string reason)
{
    DocumentQuad q;
    q.reason = std::move(reason);
    return q;
}

} // namespace

double edgeSupport(const cv::Mat& image, const Quad& corners, double minGradient)
{
    if (image.empty())
        return 0.0;
    const WorkingImage w = makeWorkingImage(toBgrOrGrey(image), std::max(image.cols, image.rows));
    return supportOnMagnitude(w.magnitude, corners, minGradient);
}

Quad refineQuadSides(const cv::Mat& image, const Quad& corners, const DocumentFinderOptions& o, double searchPx,
                     double inlierPx)
{
    if (image.empty())
        return corners;
    return refineSides(toBgrOrGrey(image), corners, o, searchPx, inlierPx, 1.0);
}

DocumentQuad findDocument(const cv::Mat& input, const DocumentFinderOptions& o)
{
    if (input.empty())
        return notFound("empty image");
    if (input.channels() != 1 && input.channels() != 3 && input.channels() != 4)
        return notFound("unsupported pixel format");
    const cv::Mat image = toBgrOrGrey(input);
    const WorkingImage w = makeWorkingImage(image, o.workingLongSidePx);
    const double frameArea = double(w.smooth.total());

    std::vector<Candidate> candidates;
    std::string firstProblem;
    for (const Quad& q : candidateQuads(w, o)) {
        if (auto problem = shapeProblem(q, frameArea, o); !problem.empty()) {
            if (firstProblem.empty())
                firstProblem = problem;
            continue;
        }
        Candidate c;
        c.corners = q;
        c.areaFraction = quadArea(q) / frameArea;
        c.support = supportOnMagnitude(w.magnitude, q, o.supportGradient);
        // Among well-supported outlines prefer the larger: the document's own printed boxes
        // are nested inside it.
        c.rank = c.support + 0.15 * std::sqrt(c.areaFraction);
        candidates.push_back(c);
    }
    if (candidates.empty())
        return notFound(firstProblem.empty() ? "no four-sided outline in the frame" : "no document outline: " + firstProblem);

    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.rank > b.rank; });
    if (candidates.size() > std::size_t(std::max(1, o.candidatesToRefine)))
        candidates.resize(std::size_t(std::max(1, o.candidatesToRefine)));

    // Two passes: the first moves a side from the dilated contour onto the edge, the second
    // fits it with the final inlier band.
    for (Candidate& c : candidates) {
        Quad q = refineSides(w.smooth, c.corners, o, o.refineSearchPx, 2.0 * o.refineInlierPx, 1.0);
        q = refineSides(w.smooth, q, o, o.refineInlierPx * 2.0, o.refineInlierPx, 1.0);
        if (!shapeProblem(q, frameArea, o).empty())
            q = c.corners;
        c.corners = q;
        c.areaFraction = quadArea(q) / frameArea;
        c.support = supportOnMagnitude(w.magnitude, q, o.supportGradient);
        c.rank = c.support + 0.15 * std::sqrt(c.areaFraction);
    }
    const Candidate& best = *std::max_element(candidates.begin(), candidates.end(),
                                              [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
    if (best.support < o.minEdgeSupport) {
        char text[128];
        std::snprintf(text, sizeof text, "outline too faint: %.0f%% of it on an edge (needs %.0f%%)",
                      100.0 * best.support, 100.0 * o.minEdgeSupport);
        return notFound(text);
    }

    DocumentQuad result;
    result.found = true;
    result.score = best.support;
    Quad corners = scaledQuad(best.corners, 1.0 / w.scale);
    if (o.refineAtFullResolution && w.scale < 1.0) {
        const double photoPxPerWorkingPx = 1.0 / w.scale;
        corners = refineSides(image, corners, o, 2.0 * o.refineInlierPx * photoPxPerWorkingPx,
                              o.refineInlierPx * photoPxPerWorkingPx * 0.5, 0.5 * photoPxPerWorkingPx);
    }
    result.corners = orderClockwiseFromTopLeft(corners);
    return result;
}

} // namespace shikaku
