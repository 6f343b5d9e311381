#include "ScaledRect.h"

#include <cmath>

namespace shikaku {

cv::Rect scaledOutward(const cv::Rect& r, double s)
{
    if (r.area() == 0)
        return r;
    const int x0 = int(std::floor(r.x * s)), y0 = int(std::floor(r.y * s));
    const int x1 = int(std::ceil((r.x + r.width) * s)), y1 = int(std::ceil((r.y + r.height) * s));
    return {x0, y0, x1 - x0, y1 - y0};
}

Box scaledOutward(const Box& b, double s)
{
    const cv::Rect r = scaledOutward(cv::Rect(b.x, b.y, b.width, b.height), s);
    return Box{r.x, r.y, r.width, r.height};
}

} // namespace shikaku
