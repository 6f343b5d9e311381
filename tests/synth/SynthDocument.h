#pragma once
// One generated document: the flat image or PDF plus its ground truth.

#include "DocumentKind.h"
#include "Truth.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>

#include <cstdint>
#include <string>

namespace shikaku::synth {

enum class PdfMode { Text, Image };

struct RenderOptions {
    double dpi = 300;                 ///< flat image resolution (a card is then ~1000 px wide)
    PdfMode pdfMode = PdfMode::Text;  ///< portal_pdf: text layer or image-only
};

struct FlatDocument {
    DocumentKind kind = DocumentKind::Unknown;
    Truth truth;                      ///< file name left empty; the writer fills it in
    QSizeF sizeMm;                    ///< physical size (for the photo simulator's scale)
    QImage image;                     ///< the flat page (for PDFs: page 1 as rendered)
    QByteArray pdf;                   ///< set for portal_pdf
    bool roundedCorners = false;      ///< cards: the photo simulator rounds them
    bool phoneScreen = false;         ///< portal_screen: shown inside a phone body
    bool handCut = false;             ///< お知らせ card part cut out by the resident
    int folds = 0;                    ///< mailed letters are folded in three (2 creases)

    bool isPdf() const { return !pdf.isEmpty(); }
};

/// Renders one document of the kind; the same (kind, seed, options) always gives the same result.
FlatDocument renderDocument(DocumentKind kind, std::uint64_t seed, const RenderOptions& options = {});

} // namespace shikaku::synth
