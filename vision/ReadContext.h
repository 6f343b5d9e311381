#pragma once
// What every document reader gets from the Scanner: the engine, the models, the limits.

#include "Date.h"
#include "DocumentKind.h"
#include "FieldJudge.h"

#include <cstdint>

namespace shikaku {

class OcrEngine;
class Models;

/// Limits for untrusted input. Each protects memory or time against a hostile or broken file.
struct ScanLimits {
    std::uint64_t maxFileBytes = 40ull << 20;  ///< 40 MiB: a phone PDF is < 1 MiB, an 8 MP JPEG < 10 MiB
    std::int64_t maxImagePixels = 60'000'000;   ///< 60 MP: above any document camera still
    int maxPdfPages = 8;                        ///< the portal PDF has 1–2 pages
    double pdfRenderDpi = 300.0;                ///< OCR resolution for image-only PDFs
    double maxPdfPageMm = 600.0;                ///< a page side larger than A2 is refused before rendering
    double timeBudgetMs = 20'000.0;             ///< a PDF that takes longer is given up with `timeout`
};

struct ReadContext {
    OcrEngine& ocr;
    const Models& models;
    const ScanLimits& limits;
    const JudgeOptions& judge;
    KindHint hint = KindHint::Auto;
};

} // namespace shikaku
