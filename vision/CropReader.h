#pragma once
// Reads one rectangle of the rectified document with settings made for what it contains:
// scaled so the characters have the height the LSTM likes, a white margin, optional own
// binarisation, a character whitelist and one-line segmentation.

#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <string>

namespace shikaku {

enum class CropBinarisation { None, Otsu, Adaptive };

struct CropReadSettings {
    int glyphPx = 30;             ///< target character height after scaling
    double widthScale = 1.0;      ///< extra horizontal stretch: condensed title fonts read as normal width
    CropBinarisation binarisation = CropBinarisation::None;
    std::string whitelist;        ///< empty: any character
    Segmentation mode = Segmentation::SingleLine;
};

/// Reads `box` of `gray`. `glyphHeight` is the character height measured in `gray`.
/// Word and symbol boxes in the result are in `gray` coordinates; confidence is the lowest
/// symbol confidence (one weak character makes the reading weak).
OcrLine readCrop(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& box, int glyphHeight, const CropReadSettings& settings);

} // namespace shikaku
