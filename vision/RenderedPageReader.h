#pragma once
// Reads the five fields of a page image (a PDF page rendered at ~300 dpi, no text layer) by OCR:
// a quick read of a downscaled copy finds the labels and the value positions, then each value
// crop is read again at full resolution as one line with the field's character set. Only two
// reads that agree can become `ok` (FieldJudge decides); a disagreement lowers the confidence.

#include "LabelledTextExtractor.h"
#include "ReadContext.h"

#include <opencv2/core/mat.hpp>

#include <array>

namespace shikaku {

struct RenderedPageReading {
    std::array<FieldReading, 5> fields; ///< judged; boxes in pixels of the page image
    LabelledText labelled;              ///< the locating read (its lines give the titles)
};

/// `gray`: 8-bit page image. `locateScale`: the downscale factor of the locating read.
RenderedPageReading readRenderedPage(const cv::Mat& gray, const ReadContext& context,
                                     const LabelledTextExtractor& extractor, double locateScale = 0.5);

/// Reads a value found in a PDF text layer again from the rendered page (`gray`, the page at
/// the text's pixel scale). False when the printed value differs from the text.
bool printedValueAgrees(const cv::Mat& gray, FieldId id, const LabelledText& labelled, const ReadContext& context);

/// True when `box` of the page image holds visible print (dark pixels), i.e. a text layer's
/// value there is not hidden under a picture.
bool hasPrintAt(const cv::Mat& gray, const Box& box);

/// One OCR read of the area right of a label whose value is not in the text (a PDF that
/// draws some values as pictures). Read once, so never `ok`: staff check it.
FieldReading readValueBesideLabel(const cv::Mat& gray, FieldId id, const LabelledValue& found, int lineHeight,
                                  const ReadContext& context);

} // namespace shikaku
