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

/// The image `readCrop` gives Tesseract: `box` of `gray` scaled so the characters are
/// `settings.glyphPx` high, rules erased, binarised if asked, inside a paper-coloured margin.
/// Shared with the training-line generator, so the recogniser trains on what it will read.
struct PreparedCrop {
    cv::Mat image;
    cv::Rect area;        ///< the part of `gray` it shows
    double scaleX = 1.0;  ///< image px per `gray` px, across
    double scaleY = 1.0;  ///< and down
    int margin = 0;       ///< px of margin around the scaled area
};
/// Empty image when the box is outside `gray` or too small.
PreparedCrop prepareCrop(const cv::Mat& gray, const cv::Rect& box, int glyphHeight, const CropReadSettings& settings);

/// Moves the boxes of a reading of `crop.image` (or of its part from `shownFrom` on) to the
/// coordinates of the grey image the crop was cut from.
void toGrayCoordinates(OcrLine& line, const PreparedCrop& crop, cv::Point shownFrom = {0, 0});

/// The lowest confidence of any symbol read (one weak character makes a reading weak); 0 when
/// nothing was read.
double lowestSymbolConfidence(const OcrLine& line);

/// Reads `box` of `gray`. `glyphHeight` is the character height measured in `gray`.
/// Word and symbol boxes in the result are in `gray` coordinates; confidence is the lowest
/// symbol confidence (one weak character makes the reading weak).
OcrLine readCrop(OcrEngine& ocr, const cv::Mat& gray, const cv::Rect& box, int glyphHeight, const CropReadSettings& settings);

} // namespace shikaku
