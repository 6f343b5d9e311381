#pragma once
// One reading of a located value's crop: the box padded by a quarter glyph, scaled to the
// field's glyph size and read with its whitelist and segmentation — by the main model (the
// first reading) or by the field's second model at its own scale (the second). What two
// readings mean is decided elsewhere (SingleFieldPlace, CombinedSymbolNumber).

#include "CropReader.h"
#include "FieldLocator.h"
#include "Models.h"
#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <string>
#include <vector>

namespace shikaku {

/// What one reading of a value's crop gave.
struct CropReading {
    std::string text;
    double confidence = 0.0;
    cv::Rect box;
    std::vector<OcrWord> words;
};

/// The engine of `language` for second readings in another model, created once per thread
/// (like the main one); `primary` when `language` is empty or its own, or fails to load.
OcrEngine& engineFor(const std::string& language, OcrEngine& primary);

/// Reads the value at `at` once with `model`'s settings: the first reading, or with `second`
/// the second one (the model's second glyph size and language).
CropReading readOnce(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const FieldModel& model, bool second,
                     CropBinarisation binarisation = CropBinarisation::None);

/// The symbols of `words`, in reading order.
std::vector<const OcrSymbol*> symbolsOf(const std::vector<OcrWord>& words);

} // namespace shikaku
