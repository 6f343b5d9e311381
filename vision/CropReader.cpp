#include "CropReader.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku {
namespace {

// Table rules touching a value confuse the recogniser (a line under digits reads as ー or _):
// paint dark runs longer than any character with the paper's colour.
void eraseRules(cv::Mat& crop, int glyphPx)
{
    cv::Mat ink;
    const double level = cv::threshold(crop, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    (void)level;
    cv::Mat horizontal, vertical;
    cv::morphologyEx(ink, horizontal, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {glyphPx * 3, 1}));
    const int tall = std::max(glyphPx * 13 / 10, crop.rows * 9 / 10);
    cv::morphologyEx(ink, vertical, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {1, tall}));
    // A vertical rule also spans the rows left between the horizontal rules. A 「1」 touching a
    // cell's rule at the crop's top edge does not: its stem and the rule made one run from the
    // edge, and the stem was erased (312355 read 3 2355).
    cv::Mat ruleInRow, offRules;
    cv::reduce(horizontal, ruleInRow, 1, cv::REDUCE_MAX);
    const int rowsOffRules = crop.rows - cv::countNonZero(ruleInRow);
    if (rowsOffRules > 0 && rowsOffRules < crop.rows) {
        cv::morphologyEx(ink & ~horizontal, offRules, cv::MORPH_OPEN,
                         cv::getStructuringElement(cv::MORPH_RECT, {1, std::max(1, rowsOffRules * 9 / 10)}));
        vertical &= offRules;
    }
    cv::Mat rules = horizontal | vertical;
    if (cv::countNonZero(rules) == 0)
        return;
    cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));
    cv::Mat paperMask;
    cv::bitwise_not(ink, paperMask);
    crop.setTo(cv::mean(crop, paperMask), rules);
}

} // namespace

PreparedCrop prepareCrop(const cv::Mat& gray, const cv::Rect& box, int glyphHeight, const CropReadSettings& settings)
{
    PreparedCrop prepared;
    prepared.area = box & cv::Rect(0, 0, gray.cols, gray.rows);
    if (prepared.area.width < 2 || prepared.area.height < 2 || glyphHeight <= 0)
        return prepared;
    const double scale = std::clamp(static_cast<double>(settings.glyphPx) / glyphHeight, 0.2, 6.0);
    cv::Mat crop;
    const double scaleX = scale * std::clamp(settings.widthScale, 0.5, 3.0);
    cv::resize(gray(prepared.area), crop, {}, scaleX, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    eraseRules(crop, settings.glyphPx);
    switch (settings.binarisation) {
    case CropBinarisation::None: break;
    case CropBinarisation::Otsu: cv::threshold(crop, crop, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU); break;
    case CropBinarisation::Adaptive: {
        const int block = (settings.glyphPx * 2) | 1;
        cv::adaptiveThreshold(crop, crop, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, block, 12);
        break;
    }
    }
    // A white margin of about half a character: Tesseract misreads glyphs touching the border.
    const int margin = settings.glyphPx / 2 + 4;
    cv::Scalar paper = settings.binarisation == CropBinarisation::None ? cv::mean(crop) : cv::Scalar(255);
    if (settings.binarisation == CropBinarisation::None) {
        double maxVal = 0;
        cv::minMaxLoc(crop, nullptr, &maxVal);
        paper = cv::Scalar((paper[0] + maxVal) / 2);
    }
    cv::copyMakeBorder(crop, prepared.image, margin, margin, margin, margin, cv::BORDER_CONSTANT, paper);
    prepared.scaleX = scaleX;
    prepared.scaleY = scale;
    prepared.margin = margin;
    return prepared;
}

void toGrayCoordinates(OcrLine& line, const PreparedCrop& crop, cv::Point shownFrom)
{
    auto back = [&](Box b) {
        const double x = b.x + shownFrom.x - crop.margin, y = b.y + shownFrom.y - crop.margin;
        return Box{crop.area.x + static_cast<int>(x / crop.scaleX), crop.area.y + static_cast<int>(y / crop.scaleY),
                   static_cast<int>(b.width / crop.scaleX + 0.999), static_cast<int>(b.height / crop.scaleY + 0.999)};
    };
    for (auto& w : line.words) {
        w.box = back(w.box);
        for (auto& s : w.symbols)
            s.box = back(s.box);
    }
    line.box = back(line.box);
}

double lowestSymbolConfidence(const OcrLine& line)
{
    double lowest = line.words.empty() ? 0.0 : 1.0;
    for (const auto& w : line.words)
        for (const auto& sym : w.symbols)
            lowest = std::min(lowest, sym.confidence);
    return lowest;
}

OcrLine readCrop(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& box, int glyphHeight, const CropReadSettings& settings)
{
    const PreparedCrop prepared = prepareCrop(gray, box, glyphHeight, settings);
    if (prepared.image.empty())
        return {};
    // Tesseract drops small blobs as noise before recognition; on a tight crop of a short label
    // that removes whole kanji parts (記 of 記号 vanished at some scales). The crop is clean.
    const std::string noiseLimit = ocr.variable("textord_noise_sizelimit");
    ocr.setVariable("textord_noise_sizelimit", "0");
    OcrLine line = ocr.readLine(prepared.image, settings.whitelist, settings.mode);
    if (!noiseLimit.empty())
        ocr.setVariable("textord_noise_sizelimit", noiseLimit);
    // Without that limit a lone glyph can vanish whole (a 記号 「東」 read as nothing, read
    // right with the limit): a crop about one glyph wide that reads nothing is read again.
    const bool loneGlyph = prepared.area.width <= 2 * glyphHeight;
    if (line.words.empty() && loneGlyph && !noiseLimit.empty())
        line = ocr.readLine(prepared.image, settings.whitelist, settings.mode);
    toGrayCoordinates(line, prepared);
    line.confidence = lowestSymbolConfidence(line);
    return line;
}

} // namespace shikaku
