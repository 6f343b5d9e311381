#include "StartPrintHeight.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace shikaku {
namespace {

// A row belongs to the print when it holds at least this share of the fullest row's ink:
// grain glued above and below a line of print holds a few pixels per row.
constexpr double kBandShare = 0.2;
// Rows inside one line of print with little ink (between the parts of 号) are bridged.
constexpr int kBridgedRows = 2;

} // namespace

int startPrintHeight(const cv::Mat& gray, const cv::Rect& box, int startWidth)
{
    const cv::Rect area = cv::Rect(box.x, box.y, std::min(box.width, std::max(1, startWidth)), box.height) &
                          cv::Rect(0, 0, gray.cols, gray.rows);
    if (area.width < 2 || area.height < 2)
        return 0;
    cv::Mat ink;
    cv::threshold(gray(area), ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat rows;
    cv::reduce(ink, rows, 1, cv::REDUCE_SUM, CV_32S);
    int fullest = 0;
    for (int y = 0; y < rows.rows; ++y)
        fullest = std::max(fullest, rows.at<int>(y) / 255);
    if (fullest == 0)
        return 0;
    const int need = std::max(1, static_cast<int>(fullest * kBandShare + 0.5));
    // The longest run of inked rows, gaps of up to kBridgedRows bridged.
    int best = 0, from = -1, lastInked = -1;
    for (int y = 0; y < rows.rows; ++y) {
        if (rows.at<int>(y) / 255 < need)
            continue;
        if (from < 0 || y - lastInked > kBridgedRows + 1)
            from = y;
        lastInked = y;
        best = std::max(best, lastInked - from + 1);
    }
    return best;
}

} // namespace shikaku
