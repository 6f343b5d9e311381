#include "PaintKit.h"

#include "DateText.h"
#include "TextRecording.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>
#include <vector>

namespace shikaku::synth {
namespace {

// Fonts take integer pixel sizes; drawing at this multiple keeps sub-unit sizes exact.
constexpr double kFontScale = 20.0;

QFont makeFont(const TextSpec& spec)
{
    QFont font(spec.family);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(spec.height * kFontScale))));
    // IPA fonts have no bold face; Qt's synthetic emboldening smears small digits, so they stay regular.
    font.setBold(spec.bold && !spec.family.startsWith("IPA"));
    font.setHintingPreference(QFont::PreferNoHinting);
    if (spec.letterSpacing != 0)
        font.setLetterSpacing(QFont::AbsoluteSpacing, spec.letterSpacing * kFontScale);
    return font;
}

} // namespace

QString qs(const std::string& utf8) { return QString::fromStdString(utf8); }

QString digitsText(const std::string& ascii, bool fullWidth)
{
    return qs(fullWidth ? toFullWidthDigits(ascii) : ascii);
}

double textWidth(const QString& text, const TextSpec& spec)
{
    const QFontMetricsF metrics(makeFont(spec));
    return metrics.horizontalAdvance(text) / kFontScale;
}

QRectF drawText(QPainter& painter, const QRectF& rect, const QString& text, const TextSpec& spec)
{
    if (text.isEmpty() || rect.width() <= 0)
        return {};
    const QFont font = makeFont(spec);
    // Measured on the painter's device: Qt scales letter spacing by the device's resolution, so
    // screen metrics would under-measure spaced titles and they would overprint what is beside them.
    const double natural = QFontMetricsF(font, painter.device()).horizontalAdvance(text) / kFontScale;
    const double squeeze = natural > rect.width() && natural > 0 ? rect.width() / natural : 1.0;
    const double width = natural * squeeze;
    double x = rect.left();
    if (spec.align & Qt::AlignHCenter)
        x += (rect.width() - width) / 2;
    else if (spec.align & Qt::AlignRight)
        x += rect.width() - width;
    // CJK glyphs sit in an em box from 0.88 em above the baseline to 0.12 em below it.
    double baseline = rect.center().y() + 0.38 * spec.height;
    if (spec.align & Qt::AlignTop)
        baseline = rect.top() + 0.88 * spec.height;
    else if (spec.align & Qt::AlignBottom)
        baseline = rect.bottom() - 0.12 * spec.height;
    painter.save();
    painter.translate(x, baseline);
    painter.scale(squeeze / kFontScale, 1.0 / kFontScale);
    painter.setFont(font);
    painter.setPen(spec.color);
    painter.drawText(QPointF(0, 0), text);
    painter.restore();
    const QRectF box(x, baseline - 0.88 * spec.height, width, spec.height);
    TextRecording::record(painter, box, text, spec);
    return box;
}

double drawParagraph(QPainter& painter, const QRectF& rect, const QString& text, const TextSpec& spec, double lineSpacing)
{
    // Japanese wraps between any two characters; break greedily by measured width.
    const QFontMetricsF metrics(makeFont(spec));
    const double limit = rect.width() * kFontScale;
    double y = rect.top();
    QString line;
    auto flush = [&] {
        drawText(painter, QRectF(rect.left(), y, rect.width(), spec.height), line, {spec.height, spec.family, spec.bold, spec.color, Qt::AlignLeft | Qt::AlignVCenter, spec.letterSpacing});
        y += spec.height * lineSpacing;
        line.clear();
    };
    for (const QChar c : text) {
        if (c == '\n') {
            flush();
            continue;
        }
        // 禁則: closing punctuation and small kana never start a line; they hang in the margin.
        static const QString noLineStart = "、。，．」）』】〕・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ";
        if (metrics.horizontalAdvance(line + c) > limit && !noLineStart.contains(c))
            flush();
        line += c;
    }
    if (!line.isEmpty())
        flush();
    return y - rect.top();
}

QString gothicFamily(Rng& rng)
{
    static const std::vector<QString> families{"Noto Sans CJK JP", "IPAGothic", "IPAPGothic"};
    return rng.pick(families);
}

QString minchoFamily(Rng& rng)
{
    static const std::vector<QString> families{"Noto Serif CJK JP", "IPAMincho", "IPAPMincho"};
    return rng.pick(families);
}

QString pdfTextFamily(bool mincho) { return mincho ? "IPAMincho" : "IPAGothic"; }

Pattern randomPattern(Rng& rng)
{
    static const std::vector<double> weights{3, 2, 1.5, 1, 1.5};
    return static_cast<Pattern>(rng.weighted(weights));
}

void paintPattern(QPainter& painter, const QRectF& rect, Pattern pattern, const QColor& paper, Rng& rng)
{
    if (pattern == Pattern::None)
        return;
    painter.save();
    painter.setClipRect(rect);
    QColor ink = darker(paper, 0.93);
    ink.setAlphaF(0.7);
    QPen pen(ink);
    pen.setWidthF(std::max(rect.width(), rect.height()) * 0.0012);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const double span = std::max(rect.width(), rect.height());
    switch (pattern) {
    case Pattern::Guilloche: {
        // Interleaved sine bands, the classic security-print look.
        const double period = span / rng.uniform(6, 12);
        const double amplitude = period * rng.uniform(0.15, 0.35);
        for (double y0 = rect.top() - amplitude; y0 < rect.bottom() + amplitude; y0 += period / 6) {
            QPainterPath path;
            for (double x = rect.left(); x <= rect.right() + 0.5; x += span / 200) {
                const double y = y0 + amplitude * std::sin((x - rect.left()) / period * 6.283 + y0 / period);
                if (x == rect.left())
                    path.moveTo(x, y);
                else
                    path.lineTo(x, y);
            }
            painter.drawPath(path);
        }
        break;
    }
    case Pattern::Dots: {
        const double step = span / rng.uniform(60, 110);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        for (double y = rect.top(); y < rect.bottom(); y += step)
            for (double x = rect.left() + (std::fmod(y / step, 2.0) < 1 ? 0 : step / 2); x < rect.right(); x += step)
                painter.drawEllipse(QPointF(x, y), step * 0.18, step * 0.18);
        break;
    }
    case Pattern::Hatch: {
        const double step = span / rng.uniform(70, 120);
        for (double d = -rect.height(); d < rect.width(); d += step)
            painter.drawLine(QPointF(rect.left() + d, rect.bottom()), QPointF(rect.left() + d + rect.height(), rect.top()));
        break;
    }
    case Pattern::Waves: {
        const QPointF centre(rect.left() + rect.width() * rng.uniform(0.2, 0.8), rect.top() + rect.height() * rng.uniform(0.2, 0.8));
        const double step = span / rng.uniform(40, 70);
        for (double r = step; r < span * 1.2; r += step)
            painter.drawEllipse(centre, r, r * 0.8);
        break;
    }
    case Pattern::None:
        break;
    }
    painter.restore();
}

QColor randomCardColour(Rng& rng, std::string* name)
{
    struct Named { const char* name; QColor colour; };
    static const std::vector<Named> colours{
        {"pink", QColor(248, 214, 222)},       {"sakura", QColor(252, 232, 236)}, {"fuji", QColor(222, 210, 236)},
        {"orange", QColor(251, 214, 170)},     {"yellow", QColor(255, 243, 176)}, {"light_blue", QColor(212, 233, 247)},
        {"light_green", QColor(221, 238, 212)}, {"white", QColor(250, 250, 246)},  {"usumurasaki", QColor(230, 222, 240)},
    };
    const Named& pick = rng.pick(colours);
    if (name)
        *name = pick.name;
    // Print runs differ a little.
    return QColor(std::clamp(pick.colour.red() + rng.uniformInt(-4, 4), 0, 255),
                  std::clamp(pick.colour.green() + rng.uniformInt(-4, 4), 0, 255),
                  std::clamp(pick.colour.blue() + rng.uniformInt(-4, 4), 0, 255));
}

QColor darker(const QColor& c, double factor)
{
    return QColor(static_cast<int>(c.red() * factor), static_cast<int>(c.green() * factor), static_cast<int>(c.blue() * factor));
}

QImage paintPage(QSizeF sizeMm, double dpi, const QColor& paper, const std::function<void(QPainter&)>& paint)
{
    const double pxPerMm = dpi / 25.4;
    QImage image(static_cast<int>(std::lround(sizeMm.width() * pxPerMm)), static_cast<int>(std::lround(sizeMm.height() * pxPerMm)),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(pxPerMm * 1000)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(pxPerMm * 1000)));
    image.fill(paper);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(image.width() / sizeMm.width(), image.height() / sizeMm.height());
    paint(painter);
    painter.end();
    return image;
}

} // namespace shikaku::synth
