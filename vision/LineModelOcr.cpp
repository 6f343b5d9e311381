#include "LineModelOcr.h"

#include "Models.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

namespace shikaku {

OcrEngine* lineModelOcr(const Models& models)
{
    // Keyed by directory: tests load models from more than one place in one process.
    thread_local std::map<std::string, std::unique_ptr<OcrEngine>> engines;
    auto& engine = engines[models.directory()];
    if (!engine) {
        OcrOptions options;
        options.tessdataDir = (std::filesystem::path(models.directory()) / kLineModelFolder).string();
        options.languages = kLineModelLanguage;
        engine = std::make_unique<OcrEngine>(options);
    }
    return engine->isReady() ? engine.get() : nullptr;
}

OcrLine readWithLineModel(OcrEngine& model, const cv::Mat& gray, const cv::Rect& inkBox, int glyphHeight, const CropReadSettings& settings)
{
    constexpr int kTrainingPadding = 4; // Tesseract's kImagePadding when it cut the training lines
    const PreparedCrop crop = prepareCrop(gray, inkBox, glyphHeight, settings);
    if (crop.image.empty())
        return {};
    const int pad = std::min(kTrainingPadding, crop.margin);
    const cv::Rect print(crop.margin - pad, crop.margin - pad, crop.image.cols - 2 * (crop.margin - pad),
                         crop.image.rows - 2 * (crop.margin - pad));
    OcrLine line = model.readLine(crop.image(print).clone(), {}, Segmentation::RawLine);
    toGrayCoordinates(line, crop, print.tl());
    line.confidence = lowestSymbolConfidence(line);
    return line;
}

} // namespace shikaku
