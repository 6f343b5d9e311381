#include "PhotoDecoding.h"

#include "DocumentFinder.h"
#include "ImageHeader.h"
#include "OcrWorkers.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>

namespace shikaku {
namespace {

cv::Mat decode(std::string_view bytes, int flags)
{
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.data()));
        return cv::imdecode(buffer, flags);
    } catch (const cv::Exception&) {
        return {};
    }
}

bool isJpeg(std::string_view b) { return b.size() >= 3 && b.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3); }

} // namespace

DecodedPhoto decodePhoto(std::string_view bytes, OcrEngine& engine)
{
    DecodedPhoto out;
    if (!isJpeg(bytes) || ocrJobThreads() < 2) {
        out.bgr = decode(bytes, cv::IMREAD_COLOR);
        return out;
    }
    // The reduced copy keeps the finder's working resolution (its long side, 640 px): a
    // 3264 × 2448 still is decoded at 1/4 (816 px). Photos below 1/4 of that are decoded fast
    // enough (2 MP: ~10 ms) to be left as they are.
    const DocumentFinderOptions finder;
    const auto size = imageSizeFromHeader(bytes);
    int factor = 0;
    for (int f : {8, 4})
        if (!factor && size && std::max(size->width, size->height) / f >= finder.workingLongSidePx)
            factor = f;
    if (!factor) { // small (or no header): the reader finds the outline itself
        out.bgr = decode(bytes, cv::IMREAD_COLOR);
        return out;
    }
    DocumentFinderOptions coarse = finder;
    coarse.refineAtFullResolution = false; // done below, in the full photo
    cv::Mat reduced;
    DocumentQuad quad;
    runOcrJobs(engine, 2, [&](OcrEngine&, std::size_t job) {
        if (job == 0) {
            out.bgr = decode(bytes, cv::IMREAD_COLOR);
        } else {
            reduced = decode(bytes, factor == 8 ? cv::IMREAD_REDUCED_COLOR_8 : cv::IMREAD_REDUCED_COLOR_4);
            if (!reduced.empty())
                quad = findDocument(reduced, coarse);
        }
    });
    if (out.bgr.empty() || reduced.empty())
        return out;
    // DCT scaling rounds the size up: the factor is the measured one.
    const double reduction = static_cast<double>(out.bgr.cols) / reduced.cols;
    out.outline = refineInPhoto(out.bgr, quad, reduction, finder);
    return out;
}

std::optional<DocumentQuad> otherOutlineInFullPhoto(const DecodedPhoto& photo)
{
    static constexpr double kSameOutline = 0.02; // corner distance, share of the diagonal
    if (photo.bgr.empty() || !photo.outline)
        return std::nullopt;
    DocumentQuad full = findDocument(photo.bgr);
    if (!full.found)
        return std::nullopt;
    if (photo.outline->found &&
        cornerError(full.corners, photo.outline->corners) <= kSameOutline * quadDiagonal(full.corners))
        return std::nullopt;
    return full;
}

} // namespace shikaku
