#pragma once
// A second Tesseract engine with the `eng` model for fields that are digits only. The `jpn`
// model reads some digit glyphs poorly (measured: a dotted 0 read as 9, a leading 0 dropped),
// and a second model also makes "two reads agree" a comparison of two different recognisers.

#include "OcrEngine.h"

namespace shikaku {

/// The calling thread's `eng` engine, created on first use (one per thread, like OcrEngine).
/// Returns `fallback` when the eng language data is not installed.
OcrEngine& digitOcr(OcrEngine& fallback);

/// True when `charset` holds only ASCII digits and separators (- . / ・).
bool isDigitCharset(const std::string& charset);

} // namespace shikaku
