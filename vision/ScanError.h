#pragma once
// Errors travel as values inside a ScanResult; exceptions never leave a stage.

#include <string>
#include <string_view>

namespace shikaku {

enum class ScanErrorCode {
    None,
    FileNotFound,
    FileUnreadable,
    FileTooLarge,
    UnsupportedFormat,
    CorruptImage,
    ImageTooLarge,
    PdfCorrupt,
    PdfEncrypted,
    PdfEmpty,
    PdfTooManyPages,
    PdfPageTooLarge,
    Timeout,
    Internal,
};

struct ScanError {
    ScanErrorCode code = ScanErrorCode::None;
    std::string message; ///< for people; never contains field values
    explicit operator bool() const { return code != ScanErrorCode::None; }
};

/// Contract codes: "file_not_found", "pdf_encrypted", ...
std::string_view toString(ScanErrorCode code);

} // namespace shikaku
