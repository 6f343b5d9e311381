#include "PhotoRectifier.h"

#include "DocumentFinder.h"
#include "TextDirection.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// Largest side of the rectified document: enough for 6-pt digits on A4, bounded memory.
constexpr int kMaxRectifiedSide = 3200;

} // namespace

// The document as a flat, face-on image, long side horizontal unless the text says otherwise.
// Without a visible outline (a flat scan, a document filling the frame) the frame is the document.
cv::Mat rectifyPhoto(const cv::Mat& bgr, QualityMeasures& quality)
{
    const DocumentQuad quad = findDocument(bgr);
    cv::Mat flat;
    if (quad.found) {
        const auto& c = quad.corners;
        const double top = cv::norm(c[1] - c[0]), bottom = cv::norm(c[2] - c[3]);
        const double left = cv::norm(c[3] - c[0]), right = cv::norm(c[2] - c[1]);
        double w = (top + bottom) / 2, h = (left + right) / 2;
        const double shrink = std::min(1.0, kMaxRectifiedSide / std::max(w, h));
        w *= shrink;
        h *= shrink;
        const std::array<cv::Point2f, 4> target{cv::Point2f(0, 0), cv::Point2f(static_cast<float>(w), 0),
                                                cv::Point2f(static_cast<float>(w), static_cast<float>(h)),
                                                cv::Point2f(0, static_cast<float>(h))};
        const cv::Mat m = cv::getPerspectiveTransform(c.data(), target.data());
        cv::warpPerspective(bgr, flat, m, cv::Size(static_cast<int>(w + 0.5), static_cast<int>(h + 0.5)), cv::INTER_LINEAR,
                            cv::BORDER_REPLICATE);
        quality.documentFound = true;
        quality.coverage = quadArea(c) / (static_cast<double>(bgr.cols) * bgr.rows);
    } else {
        flat = bgr;
        quality.documentFound = false;
        quality.coverage = 1.0;
    }
    cv::Mat gray;
    cv::cvtColor(flat, gray, cv::COLOR_BGR2GRAY);
    if (textRunsVertically(gray))
        cv::rotate(flat, flat, cv::ROTATE_90_CLOCKWISE);
    return flat;
}

} // namespace shikaku
