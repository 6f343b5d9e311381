#pragma once
// Small QPainter helpers shared by the renderers. Renderers draw in millimetres (or, for the
// phone screen, CSS pixels); text sizes are given in the same unit as the geometry.

#include "Rng.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <string>

namespace shikaku::synth {

struct TextSpec {
    double height = 3.0;      ///< em size in drawing units
    QString family;
    bool bold = false;
    QColor color = QColor(20, 20, 20);
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    double letterSpacing = 0; ///< extra units between characters
};

/// Draws one line of text inside rect; squeezes it horizontally when it would not fit
/// (Japanese forms print long names condensed rather than wrapping them).
/// Returns the rectangle the text occupies (its em box), for field boxes.
QRectF drawText(QPainter& painter, const QRectF& rect, const QString& text, const TextSpec& spec);

/// Width of the text at the spec's size, in drawing units.
double textWidth(const QString& text, const TextSpec& spec);

/// Draws several lines, wrapping at the rect width; returns the height used.
double drawParagraph(QPainter& painter, const QRectF& rect, const QString& text, const TextSpec& spec, double lineSpacing = 1.5);

/// Font families installed on the kiosk image (fonts-noto-cjk, fonts-ipafont-*).
QString gothicFamily(Rng& rng);
QString minchoFamily(Rng& rng);
/// IPA fonts are TrueType, which Qt embeds in PDFs as real text (Noto CJK is CFF: drawn as paths).
QString pdfTextFamily(bool mincho);

enum class Pattern { None, Guilloche, Dots, Hatch, Waves };
Pattern randomPattern(Rng& rng);
/// Faint anti-counterfeit-like background pattern over rect.
void paintPattern(QPainter& painter, const QRectF& rect, Pattern pattern, const QColor& paper, Rng& rng);

/// Pastel card colours insurers use (pink, さくら色, 藤色, 橙色, yellow, light blue, green, white).
QColor randomCardColour(Rng& rng, std::string* name = nullptr);
QColor darker(const QColor& colour, double factor);

/// A raster page of sizeMm at dpi with the painter set up in millimetres.
QImage paintPage(QSizeF sizeMm, double dpi, const QColor& paper, const std::function<void(QPainter&)>& paint);

/// Full-width digits when fullWidth, else the ASCII text unchanged.
QString digitsText(const std::string& ascii, bool fullWidth);
QString qs(const std::string& utf8);

} // namespace shikaku::synth
