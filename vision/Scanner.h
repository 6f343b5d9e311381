#pragma once
// The scan engine's entry point: one Scanner per worker thread, created once, reused for
// every input (it owns a Tesseract engine). Images, PDFs and camera stills go in,
// ScanResults come out; errors are values inside the result.

#include "Date.h"
#include "DocumentQuad.h"
#include "FieldJudge.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PhotoDecoding.h"
#include "ReadContext.h"
#include "ScanResult.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace shikaku {

struct ScannerOptions {
    std::string modelsDir = Models::defaultDirectory();
    OcrOptions ocr;
    ScanLimits limits;
    JudgeOptions judge;
};

struct ScanRequest {
    KindHint kind = KindHint::Auto;
    Date today = todayLocal(); ///< decides `expired`
};

class Scanner {
public:
    explicit Scanner(ScannerOptions options = {});

    /// False when models or OCR data are missing; setupError() says which.
    bool isReady() const { return m_setupError.empty(); }
    const std::string& setupError() const { return m_setupError; }

    /// A file: PDF or image (JPEG, PNG, TIFF), recognised by its content, not its name.
    ScanResult scanFile(const std::string& path, const ScanRequest& request = {});

    /// Bytes received from an upload; `label` is what ScanResult::input will say.
    ScanResult scanBytes(std::string_view bytes, const std::string& label, const ScanRequest& request = {});

    /// A camera still (BGR).
    ScanResult scanImage(const cv::Mat& bgr, const std::string& label, const ScanRequest& request = {});

    /// A photo decoded by decodePhoto (scanBytes' own path for images). When the page read within
    /// the decoder's outline is of no known kind, the full photo's outline, if different, gets a read too.
    ScanResult scanDecoded(const DecodedPhoto& photo, const std::string& label, const ScanRequest& request = {});

    const Models& models() const { return m_models; }
    OcrEngine& ocr() { return *m_ocr; }
    const ScannerOptions& options() const { return m_options; }

private:
    /// A decoded photo; `outline` when the decoder already searched it (found or not).
    ScanResult scanPhoto(const cv::Mat& bgr, const std::optional<DocumentQuad>& outline, const std::string& label,
                         const ScanRequest& request);
    ScanResult finish(ScanResult result, const ScanRequest& request, double startMs);

    ScannerOptions m_options;
    Models m_models;
    std::unique_ptr<OcrEngine> m_ocr;
    std::string m_setupError;
};

/// What the bytes are, by their signature.
enum class InputFormat { Pdf, Jpeg, Png, Tiff, Unknown };
InputFormat sniffFormat(std::string_view bytes);

} // namespace shikaku
