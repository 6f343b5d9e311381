#pragma once
// The kiosk's own line recogniser: a small LSTM trained from scratch (scripts/train-recogniser.sh)
// on lines cut out of simulated document-camera photos, for the characters these documents print
// (titles, labels, digits, dates). It reads blurred 2 MP print that the stock jpn model turns
// into noise, and it knows nothing else: it is a second opinion on titles and labels, never the
// reader of a value staff would trust.

#include "CropReader.h"
#include "OcrEngine.h"

#include <opencv2/core/mat.hpp>

#include <string>

namespace shikaku {

class Models;

/// The file name of the model inside the models directory.
inline constexpr const char* kLineModelLanguage = "shikaku";
inline constexpr const char* kLineModelFolder = "ocr";

/// What the line model writes for print outside the documents' words (names, addresses, any
/// other paper's print): 〓 (geta), the printer's mark for a character it lacks. Its training
/// lines transcribe every such character so.
inline constexpr char32_t kOtherPrint = U'〓';

/// The calling thread's engine for the line model in `models`' directory (created on first
/// use, one per thread); nullptr when the model file is missing or does not load.
OcrEngine* lineModelOcr(const Models& models);

/// Reads the print in `inkBox` of `gray` (its tight box, no margin) with the line model. The
/// crop is prepared as readCrop prepares it (`settings`: scale, stretch, binarisation), then cut
/// to the print plus 4 px and read as one raw line: Tesseract's training cut every training
/// line so (the box of its characters plus 4 px), and a line shown with a wider margin reads
/// as noise. Boxes in the result are in `gray` coordinates; confidence as readCrop gives it.
OcrLine readWithLineModel(OcrEngine& model, const cv::Mat& gray, const cv::Rect& inkBox, int glyphHeight, const CropReadSettings& settings);

} // namespace shikaku
