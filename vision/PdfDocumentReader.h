#pragma once
// マイナポータル 資格情報 PDF: text layer first (Poppler), OCR of a 300 dpi render otherwise.

#include "ReadContext.h"
#include "ScanResult.h"

#include <string_view>

namespace shikaku {

/// Reads a PDF held in memory. Never throws; problems come back in ScanResult::error.
ScanResult readPdfDocument(std::string_view bytes, const ReadContext& context);

} // namespace shikaku
