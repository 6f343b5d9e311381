// Placeholder until the PDF reader lands (issue "Foundation", item 4).
#include "PdfDocumentReader.h"

namespace shikaku {
ScanResult readPdfDocument(std::string_view, const ReadContext&)
{
    ScanResult r;
    r.error = {ScanErrorCode::Internal, "PDF reading is not implemented yet"};
    return r;
}
} // namespace shikaku
