#include "PageCleanup.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace shikaku {
namespace {

/// Median of a CV_8U or CV_32F single-channel image via a histogram / nth_element on a sample.
double medianOf(const cv::Mat& m)
{
    std::vector<float> v;
    v.reserve(m.total() / 4 + 1);
    for (int y = 0; y < m.rows; y += 2) {
        const float* p = m.ptr<float>(y);
        for (int x = 0; x < m.cols; x += 2)
            v.push_back(p[x]);
    }
    if (v.empty())
        return 0.0;
    auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

double percentileOf(const cv::Mat& gray, double share)
{
    int histogram[256] = {};
    for (int y = 0; y < gray.rows; ++y) {
        const uchar* p = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x)
            ++histogram[p[x]];
    }
    const double wanted = share * double(gray.total());
    double seen = 0.0;
    for (int i = 0; i < 256; ++i) {
        seen += histogram[i];
        if (seen >= wanted)
            return i;
    }
    return 255.0;
}

} // namespace

PageCondition measurePage(const cv::Mat& gray)
{
    PageCondition c;
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols < 3 || gray.rows < 3)
        return c;
    // Immerkær's noise operator (the difference of two Laplacians) cancels smooth shading and
    // straight edges; its response to Gaussian noise of sigma s has the deviation 6 s. The
    // median ignores the print, which covers well under half of any page.
    static const cv::Matx33f kNoiseKernel(1, -2, 1, -2, 4, -2, 1, -2, 1);
    cv::Mat response;
    cv::filter2D(gray, response, CV_32F, kNoiseKernel);
    response = cv::abs(response);
    c.noiseSigma = medianOf(response) / 0.6745 / 6.0;
    c.paperLevel = percentileOf(gray, 0.9);
    return c;
}

cv::Mat cleanPageForReading(const cv::Mat& gray, const PageCleanupOptions& o)
{
    if (gray.empty() || gray.type() != CV_8UC1)
        return gray;
    const PageCondition c = measurePage(gray);
    const bool noisy = c.noiseSigma > o.noisySigma;
    const bool dim = c.paperLevel < o.dimPaperLevel;
    if (!noisy && !dim)
        return gray;
    cv::Mat out = gray;
    if (noisy) {
        // Edge-preserving: smooths the grain of the paper but not the strokes across it.
        cv::Mat smoothed;
        cv::bilateralFilter(out, smoothed, 5, 3.0 * c.noiseSigma, 2.0);
        out = smoothed;
    }
    if (dim) {
        // The paper's brightness, without the print (a max filter wider than any stroke), is
        // divided out: the paper becomes white whatever the lamp did, the ink keeps its
        // contrast relative to it.
        const int k = std::max(15, std::min(out.cols, out.rows) / 20) | 1;
        cv::Mat small, background;
        const double f = std::min(1.0, 200.0 / std::min(out.cols, out.rows));
        cv::resize(out, small, cv::Size(), f, f, cv::INTER_AREA);
        const int ks = std::max(3, int(k * f)) | 1;
        cv::dilate(small, background, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(ks, ks)));
        cv::GaussianBlur(background, background, cv::Size(ks, ks), 0.0);
        cv::resize(background, background, out.size(), 0, 0, cv::INTER_LINEAR);
        cv::Mat normalised;
        cv::divide(out, cv::max(background, 1), normalised, 255.0, CV_8U);
        out = normalised;
    }
    return out;
}

} // namespace shikaku
