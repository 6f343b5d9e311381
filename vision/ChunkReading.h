#pragma once
// OCR of one text chunk of the rectified page into a ReadChunk (its text in matching form, one
// symbol per code point), shared by the page text's passes (PageText, RowOrderLabels).

#include "CropReader.h"
#include "PageText.h"

#include <utility>

namespace shikaku {

constexpr int kLabelPrefixGlyphs = 10; // the longest label (被保険者等記号・番号) is 10
// Second and third readings of a chunk that may hold a misread label: larger, then binarised.
constexpr std::pair<int, CropBinarisation> kLabelRetries[] = {{44, CropBinarisation::None}, {30, CropBinarisation::Otsu}};

/// Reads the start of `rc`'s chunk, at most `maxGlyphs` characters of it, scaled to `glyphPx`
/// (and stretched by `widthScale`), into `rc`; `characters` counts the characters read.
void readChunk(OcrEngine& ocr, const cv::Mat& gray, ReadChunk& rc, int maxGlyphs, int& characters, int glyphPx = 30,
               double widthScale = 1.0, CropBinarisation binarisation = CropBinarisation::None);

/// The same with the kiosk's own line model (LineModelOcr) at the reader's default setting.
void readChunkWithLineModel(OcrEngine& model, const cv::Mat& gray, ReadChunk& rc, int maxGlyphs, int& characters);

} // namespace shikaku
