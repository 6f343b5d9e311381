#pragma once
// One Tesseract engine (LSTM, Japanese by default). Not thread-safe: one per thread,
// created once and reused, because initialisation costs far more than a field.

#include "FieldReading.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>
#include <vector>

namespace tesseract {
class TessBaseAPI;
}

namespace shikaku {

struct OcrSymbol {
    std::string text;
    double confidence = 0.0; ///< 0..1
    Box box;
};

struct OcrWord {
    std::string text;
    double confidence = 0.0; ///< 0..1
    Box box;
    std::vector<OcrSymbol> symbols;
};

struct OcrLine {
    std::string text;        ///< words joined without spaces between CJK, with one between others
    double confidence = 0.0; ///< minimum word confidence, 0..1
    Box box;
    std::vector<OcrWord> words;
};

/// Tesseract page segmentation modes we use (values as in tesseract::PageSegMode).
enum class Segmentation : int { Auto = 3, SingleBlock = 6, SingleLine = 7, SingleWord = 8, SparseText = 11, RawLine = 13 };

struct OcrOptions {
    std::string tessdataDir;        ///< empty: Tesseract's compiled-in default / TESSDATA_PREFIX
    std::string languages = "jpn";
};

class OcrEngine {
public:
    explicit OcrEngine(OcrOptions options = {});
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    /// False when the language data could not be loaded; error() says why.
    bool isReady() const { return m_ready; }
    const std::string& error() const { return m_error; }
    const std::string& languages() const { return m_options.languages; }
    const OcrOptions& options() const { return m_options; }

    /// Recognises `image` (8-bit grey or BGR) and returns its text lines with word and symbol
    /// boxes in `image` coordinates. `whitelist` limits the characters (empty: all).
    std::vector<OcrLine> read(const cv::Mat& image, Segmentation mode, const std::string& whitelist = {});

    /// Sets a Tesseract parameter (e.g. "textord_noise_sizelimit"); false when unknown.
    bool setVariable(const std::string& name, const std::string& value);
    /// The current value of a Tesseract parameter, empty when unknown.
    std::string variable(const std::string& name) const;

    /// Convenience for one-line crops: all lines joined.
    OcrLine readLine(const cv::Mat& image, const std::string& whitelist = {}, Segmentation mode = Segmentation::SingleLine);

private:
    OcrOptions m_options;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
    std::string m_error;
};

/// Joins recognised pieces: no space between CJK characters, one space elsewhere.
std::string joinWords(const std::vector<std::string>& words);

} // namespace shikaku
