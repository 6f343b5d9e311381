#include "InvertedText.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// Ground of a region (median over about one text line and more): printed paper, even pastel
// or shaded cells, stays far above this; a dark-mode phone page (≈ 30) or a brand-blue bar
// (≈ 55–80 in gray) is below it.
constexpr double kDarkGround = 110.0;
// The median window and the smallest region, relative to the longer side of the page.
constexpr double kWindowShare = 1.0 / 25;
constexpr double kMinRegionShare = 0.004; // of the page area: a header bar is ≈ 6 %
constexpr int kAnalysisLongSide = 480;
constexpr int kMinTextContrast = 40;
// A region far darker than the page's own light ground (its 70th percentile) is dark ground,
// whatever the exposure: a brand-blue bar is ≈ 0.3 of a white screen's grey.
constexpr double kRelativeDark = 0.6;
constexpr double kLightGroundShare = 0.7;

// The print on a dark ground is light when the pixels far from the ground's level are
// brighter than it, not darker: a dim photo of paper (ground ≈ 100, ink ≈ 30) is dark too but
// holds dark ink.
bool holdsLightText(const cv::Mat& gray, const cv::Mat& region)
{
    int histogram[256] = {};
    int n = 0;
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x)
            if (region.at<uchar>(y, x)) {
                ++histogram[gray.at<uchar>(y, x)];
                ++n;
            }
    auto percentile = [&](double p) {
        const int target = static_cast<int>(p * n);
        int sum = 0;
        for (int v = 0; v < 256; ++v)
            if ((sum += histogram[v]) > target)
                return v;
        return 255;
    };
    const int low = percentile(0.02), ground = percentile(0.5), high = percentile(0.98);
    return high - ground > kMinTextContrast && high - ground > 2 * (ground - low);
}

// A region found at the analysis scale, in the page's coordinates.
cv::Rect onPage(const cv::Rect& r, double scale, cv::Size page)
{
    const double inv = 1.0 / scale;
    return cv::Rect(static_cast<int>(r.x * inv), static_cast<int>(r.y * inv), static_cast<int>(r.width * inv + 0.5),
                    static_cast<int>(r.height * inv + 0.5)) &
           cv::Rect(0, 0, page.width, page.height);
}

// Solid dark regions holding light print, where the ground is below `darkLevel`; marked in
// `keep` (analysis scale) and their boxes (page scale) added to `regions`. `detach`: thin dark
// strips (a bezel edge left inside the outline, a status bar's dim corner) are cut off first,
// so a header bar touching them is still a bar of its own.
void findLightOnDark(const cv::Mat& small, const cv::Mat& ground, double darkLevel, int window, double scale, cv::Mat& keep,
                     std::vector<cv::Rect>* regions, cv::Size page, bool detach = false)
{
    cv::Mat dark = ground < darkLevel;
    if (detach)
        cv::morphologyEx(dark, dark, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {window / 2, window / 2}));
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(dark, labels, stats, centroids, 8, CV_32S);
    const double minArea = kMinRegionShare * small.total();
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        // A bar or a page, filled: not the outline of a frame, not a thin rule.
        if (area < minArea || area * 2 < w * h || std::min(w, h) < window)
            continue;
        const cv::Mat region = labels == i;
        if (!holdsLightText(small, region))
            continue;
        keep.setTo(255, region);
        if (regions)
            regions->push_back(onPage(cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), w, h), scale, page));
    }
}

// A bar across the page whose ground is below `darkLevel`, found row by row over the middle of
// the width and bounded by lighter rows: on a dim screen the bezel's edge left inside the
// outline joins the bar to the page's border as one region, which is then no filled bar.
void findDarkBand(const cv::Mat& small, const cv::Mat& ground, double darkLevel, int window, double scale, cv::Mat& keep,
                  std::vector<cv::Rect>* regions, cv::Size page)
{
    const int x0 = small.cols / 10, x1 = small.cols - small.cols / 10;
    std::vector<bool> dark(static_cast<std::size_t>(small.rows));
    for (int y = 0; y < small.rows; ++y) {
        std::vector<uchar> row(ground.ptr<uchar>(y) + x0, ground.ptr<uchar>(y) + x1);
        std::nth_element(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(row.size() / 2), row.end());
        dark[static_cast<std::size_t>(y)] = row[row.size() / 2] < darkLevel;
    }
    for (int y = 0; y < small.rows;) {
        if (!dark[static_cast<std::size_t>(y)]) {
            ++y;
            continue;
        }
        int end = y;
        while (end < small.rows && dark[static_cast<std::size_t>(end)])
            ++end;
        const int h = end - y;
        if (y > 0 && end < small.rows && h >= window / 2 && h < small.rows / 4) {
            cv::Mat region = cv::Mat::zeros(small.size(), CV_8UC1);
            region(cv::Rect(x0, y, x1 - x0, h)).setTo(255);
            if (holdsLightText(small, region)) {
                keep.setTo(255, region);
                if (regions)
                    regions->push_back(onPage(cv::Rect(x0, y, x1 - x0, h), scale, page));
            }
        }
        y = end;
    }
}

// The light ground of the page: most of a page (or a screen) is its ground.
double lightGround(const cv::Mat& ground)
{
    cv::Mat values = ground.reshape(1, 1).clone();
    const int at = static_cast<int>(values.total() * kLightGroundShare);
    std::nth_element(values.ptr<uchar>(), values.ptr<uchar>() + at, values.ptr<uchar>() + values.total());
    return values.ptr<uchar>()[at];
}

} // namespace

cv::Mat darkOnLight(const cv::Mat& gray, double* invertedShare, std::vector<cv::Rect>* regions)
{
    if (invertedShare)
        *invertedShare = 0.0;
    if (gray.empty() || gray.type() != CV_8UC1)
        return gray;
    const double scale = std::min(1.0, static_cast<double>(kAnalysisLongSide) / std::max(gray.cols, gray.rows));
    cv::Mat small;
    cv::resize(gray, small, {}, scale, scale, cv::INTER_AREA);
    // The ground: a median over a window larger than a character ignores the text itself.
    const int window = std::max(5, static_cast<int>(std::max(small.cols, small.rows) * kWindowShare)) | 1;
    cv::Mat ground;
    cv::medianBlur(small, ground, window);
    cv::Mat keep = cv::Mat::zeros(small.size(), CV_8UC1);
    findLightOnDark(small, ground, kDarkGround, window, scale, keep, regions, gray.size());
    // A phone photographed dim (its screen turned down, the exposure set for the desk): the whole screen is below
    // the fixed level and the header bar merges with it. Darker than the screen's own ground
    // by far counts then; the region must still hold light print.
    if (cv::countNonZero(keep) == 0) {
        const double relative = kRelativeDark * lightGround(ground);
        if (relative < kDarkGround) {
            findLightOnDark(small, ground, relative, window, scale, keep, regions, gray.size(), true);
            if (cv::countNonZero(keep) == 0) // the bar joined to the bezel's edge: no filled region
                findDarkBand(small, ground, relative, window, scale, keep, regions, gray.size());
        }
    }
    const int invertedPixels = cv::countNonZero(keep);
    if (invertedPixels == 0)
        return gray;
    if (invertedShare)
        *invertedShare = static_cast<double>(invertedPixels) / static_cast<double>(keep.total());
    cv::Mat mask;
    cv::resize(keep, mask, gray.size(), 0, 0, cv::INTER_NEAREST);
    cv::Mat out = gray.clone();
    cv::Mat inverted;
    cv::bitwise_not(gray, inverted);
    inverted.copyTo(out, mask);
    return out;
}

} // namespace shikaku
