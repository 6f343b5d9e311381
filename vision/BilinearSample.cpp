#include "BilinearSample.h"

#include <algorithm>

namespace shikaku {

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

} // namespace shikaku
