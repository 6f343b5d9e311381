#include "Scanner.h"

#include "ImageHeader.h"
#include "OcrWorkers.h"
#include "PdfDocumentReader.h"
#include "PhotoDecoding.h"
#include "PhotoDocumentReader.h"

#include <opencv2/imgcodecs.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace shikaku {
namespace {

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

ScanResult errorResult(std::string input, ScanErrorCode code, std::string message)
{
    ScanResult r;
    r.input = std::move(input);
    r.error = {code, std::move(message)};
    return r;
}

} // namespace

InputFormat sniffFormat(std::string_view b)
{
    if (b.size() >= 5 && b.substr(0, 5) == "%PDF-")
        return InputFormat::Pdf;
    // Some PDF writers put bytes before the header; the spec allows up to 1024.
    if (b.substr(0, std::min<std::size_t>(b.size(), 1024)).find("%PDF-") != std::string_view::npos)
        return InputFormat::Pdf;
    if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
        static_cast<unsigned char>(b[2]) == 0xFF)
        return InputFormat::Jpeg;
    if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8))
        return InputFormat::Png;
    if (b.size() >= 4 && (b.substr(0, 4) == std::string_view("II*\0", 4) || b.substr(0, 4) == std::string_view("MM\0*", 4)))
        return InputFormat::Tiff;
    return InputFormat::Unknown;
}

Scanner::Scanner(ScannerOptions options)
    : m_options(std::move(options))
    , m_models(Models::load(m_options.modelsDir))
    , m_ocr(std::make_unique<OcrEngine>(m_options.ocr))
{
    if (!m_models.isValid())
        m_setupError = "models: " + m_models.error();
    else if (!m_ocr->isReady())
        m_setupError = m_ocr->error();
    else
        warmUpOcrJobs(m_options.ocr); // the OCR helper thread loads its engine while nothing waits
}

ScanResult Scanner::scanFile(const std::string& path, const ScanRequest& request)
{
    const double start = nowMs();
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return finish(errorResult(path, ScanErrorCode::FileNotFound, "no such file"), request, start);
    if (!fs::is_regular_file(path, ec))
        return finish(errorResult(path, ScanErrorCode::FileUnreadable, "not a regular file"), request, start);
    const auto size = fs::file_size(path, ec);
    if (ec)
        return finish(errorResult(path, ScanErrorCode::FileUnreadable, "cannot read the file size"), request, start);
    if (size > m_options.limits.maxFileBytes)
        return finish(errorResult(path, ScanErrorCode::FileTooLarge,
                                  "file is larger than " + std::to_string(m_options.limits.maxFileBytes >> 20) + " MiB"),
                      request, start);
    std::ifstream in(path, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size)))
        return finish(errorResult(path, ScanErrorCode::FileUnreadable, "cannot read the file"), request, start);
    ScanResult r = scanBytes(bytes, path, request);
    r.elapsedMs = nowMs() - start;
    return r;
}

ScanResult Scanner::scanBytes(std::string_view bytes, const std::string& label, const ScanRequest& request)
{
    const double start = nowMs();
    if (!isReady())
        return finish(errorResult(label, ScanErrorCode::Internal, m_setupError), request, start);
    if (bytes.size() > m_options.limits.maxFileBytes)
        return finish(errorResult(label, ScanErrorCode::FileTooLarge, "input is too large"), request, start);
    const InputFormat format = sniffFormat(bytes);
    ReadContext ctx{*m_ocr, m_models, m_options.limits, m_options.judge, request.kind};
    if (format == InputFormat::Pdf) {
        ScanResult r = readPdfDocument(bytes, ctx);
        r.input = label;
        return finish(std::move(r), request, start);
    }
    if (format == InputFormat::Unknown)
        return finish(errorResult(label, ScanErrorCode::UnsupportedFormat, "not a PDF, JPEG, PNG or TIFF file"), request, start);

    // The header is read first, so that a decompression bomb is refused before decoding.
    if (const auto size = imageSizeFromHeader(bytes); size && std::int64_t(size->width) * size->height > m_options.limits.maxImagePixels)
        return finish(errorResult(label, ScanErrorCode::ImageTooLarge, "image has more pixels than any document camera"),
                      request, start);
    const DecodedPhoto photo = decodePhoto(bytes, *m_ocr);
    if (photo.bgr.empty())
        return finish(errorResult(label, ScanErrorCode::CorruptImage, "the image could not be decoded"), request, start);
    if (static_cast<std::int64_t>(photo.bgr.total()) > m_options.limits.maxImagePixels)
        return finish(errorResult(label, ScanErrorCode::ImageTooLarge, "image has more pixels than any document camera"),
                      request, start);
    ScanResult r = scanDecoded(photo, label, request);
    r.elapsedMs = nowMs() - start;
    return r;
}

ScanResult Scanner::scanDecoded(const DecodedPhoto& photo, const std::string& label, const ScanRequest& request)
{
    const double start = nowMs();
    ScanResult r = scanPhoto(photo.bgr, photo.outline, label, request);
    // Only an unknown page pays for the second search (8 MP: ~30 ms CPU) and, if it finds other
    // sides, a second read; a known kind is kept as it is.
    if (!r.error && r.kind == DocumentKind::Unknown)
        if (const auto other = otherOutlineInFullPhoto(photo))
            if (ScanResult second = scanPhoto(photo.bgr, other, label, request); !second.error && second.kind != DocumentKind::Unknown)
                r = std::move(second);
    r.elapsedMs = nowMs() - start;
    return r;
}

ScanResult Scanner::scanImage(const cv::Mat& bgr, const std::string& label, const ScanRequest& request)
{
    return scanPhoto(bgr, std::nullopt, label, request);
}

ScanResult Scanner::scanPhoto(const cv::Mat& bgr, const std::optional<DocumentQuad>& outline, const std::string& label,
                              const ScanRequest& request)
{
    const double start = nowMs();
    if (!isReady())
        return finish(errorResult(label, ScanErrorCode::Internal, m_setupError), request, start);
    ReadContext ctx{*m_ocr, m_models, m_options.limits, m_options.judge, request.kind};
    ScanResult r;
    try {
        r = outline ? readPhotoDocument(bgr, ctx, *outline) : readPhotoDocument(bgr, ctx);
    } catch (const std::exception& e) {
        r = errorResult(label, ScanErrorCode::Internal, std::string("photo reader failed: ") + e.what());
    }
    r.input = label;
    return finish(std::move(r), request, start);
}

ScanResult Scanner::finish(ScanResult result, const ScanRequest& request, double startMs)
{
    if (!result.error)
        applyDocumentRules(result, request.today);
    result.elapsedMs = nowMs() - startMs;
    return result;
}

} // namespace shikaku
