#include "MatImage.h"

#include <opencv2/imgproc.hpp>

namespace shikaku::kiosk {

QImage toQImage(const cv::Mat& bgr)
{
    if (bgr.empty())
        return {};
    cv::Mat rgb;
    if (bgr.channels() == 1)
        cv::cvtColor(bgr, rgb, cv::COLOR_GRAY2RGB);
    else
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

} // namespace shikaku::kiosk
