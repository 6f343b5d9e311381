#include "ReflectionMask.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace shikaku {
namespace {

// Paper this close to the clipping level is white paper exposed high; no reflection can stand
// out from it. Not more: white paper at 236–240 with a reflection on it must still say glare
// (QualityMeterTest), and at that level uneven light alone clips part of a white page too
// (5 benchmark photos without a reflection; docs/notes/glare-guidance.md).
constexpr int kPaperBelowClipping = 6;

// The level half of the pixels are brighter than: the paper's (print covers far less).
int medianLevel(const cv::Mat& image)
{
    std::array<std::size_t, 256> histogram{};
    for (int y = 0; y < image.rows; ++y) {
        const auto* row = image.ptr<std::uint8_t>(y);
        for (int x = 0; x < image.cols; ++x)
            ++histogram[row[x]];
    }
    const std::size_t half = image.total() / 2;
    std::size_t below = 0;
    for (std::size_t level = 0; level < histogram.size(); ++level) {
        below += histogram[level];
        if (below > half)
            return static_cast<int>(level);
    }
    return 255;
}

} // namespace

cv::Mat reflectionMask(const cv::Mat& image, int level)
{
    if (image.empty() || image.depth() != CV_8U)
        return {};
    // A reflection is white in every channel: its darkest channel is clipped too.
    cv::Mat darkest = image;
    if (image.channels() >= 3) {
        std::vector<cv::Mat> channels;
        cv::split(image, channels);
        darkest = cv::min(cv::min(channels[0], channels[1]), channels[2]);
    }
    // Cream or pastel paper stays below the level in one channel; white paper exposed high does
    // not, and its clipped pixels are the paper (they kept the preview saying "glare" over
    // readable white documents, docs/notes/glare-guidance.md).
    if (medianLevel(darkest) >= level - kPaperBelowClipping)
        return {};
    return darkest >= level;
}

bool reflectionNearValue(const cv::Mat& mask, const cv::Rect& valueBox)
{
    if (mask.empty() || valueBox.height <= 0)
        return false;
    const int glyph = valueBox.height;
    const cv::Rect page(0, 0, mask.cols, mask.rows);
    const cv::Rect around = cv::Rect(valueBox.x - glyph, valueBox.y, valueBox.width + 2 * glyph, valueBox.height) & page;
    if (around.area() == 0)
        return false;
    // Only solid clipped spots half a glyph across count: a reflection's core washes out a
    // digit, while JPEG speckle on bright paper, a phone screen's moiré, and white paper that
    // uneven light lifts to the clipping level leave the print dark between their specks.
    const int core = std::max(3, glyph / 2);
    const cv::Rect padded = cv::Rect(around.x - core, around.y - core, around.width + 2 * core, around.height + 2 * core) & page;
    cv::Mat solid;
    cv::morphologyEx(mask(padded), solid, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, {core, core}));
    // A sixteenth of a glyph's square of such a core: seed 31337's card had 65 px at a 25 px
    // glyph beside a value whose last digit it washed out; speckle and moiré leave none.
    return cv::countNonZero(solid(around - padded.tl())) * 16 >= glyph * glyph;
}

} // namespace shikaku
