#include "CardDocuments.h"

#include "NoticeTexts.h"
#include "PaintKit.h"

#include <QPainterPath>

namespace shikaku::synth {
namespace {

/// A coloured band behind the title row, as many insurers print.
void paintTitleBand(QPainter& p, const QRectF& page, const QColor& paper, double height)
{
    p.setPen(Qt::NoPen);
    p.setBrush(darker(paper, 0.88));
    p.drawRect(QRectF(page.left(), page.top(), page.width(), height));
}

FlatDocument cardDocument(DocumentKind kind, QSizeF sizeMm, const QColor& paper, const QString& layoutPrefix, const FormStyle& style,
                          const std::function<void(QPainter&)>& paint, Truth truth, const RenderOptions& options)
{
    FlatDocument doc;
    doc.kind = kind;
    doc.sizeMm = sizeMm;
    doc.roundedCorners = kind != DocumentKind::KakuninshoPostcard;
    doc.image = paintPage(sizeMm, options.dpi, paper, paint);
    truth.kind = std::string(toString(kind));
    truth.layout = (layoutPrefix + "_" + formLayoutName(style)).toStdString();
    doc.truth = std::move(truth);
    return doc;
}

/// Card: 85.6 × 54 mm (±1 mm: paper cards differ a little).
QSizeF cardSize(Rng& rng) { return QSizeF(85.6 + rng.uniform(-0.6, 1.2), 54.0 + rng.uniform(-0.4, 0.9)); }

FlatDocument formCard(DocumentKind kind, CardPurpose purpose, InsuranceRecord record, Rng& rng, const RenderOptions& options)
{
    const PrintChoices choices = randomPrintChoices(rng);
    FormStyle style = randomFormStyle(rng);
    Truth truth;
    const FormContent content = buildFormContent(record, purpose, choices, rng, truth);
    std::string colourName;
    const QColor paper = randomCardColour(rng, &colourName);
    const Pattern pattern = randomPattern(rng);
    const bool band = rng.chance(0.3);
    const double margin = rng.uniform(2.2, 3.8);
    const QSizeF size = cardSize(rng);
    Rng patternRng = rng.fork(7);
    truth.printed["card_colour"] = colourName;
    const QString prefix = purpose == CardPurpose::OldHealthCard ? "oldcard" : "card";
    return cardDocument(kind, size, paper, prefix, style, [&](QPainter& p) {
        const QRectF page(0, 0, size.width(), size.height());
        paintPattern(p, page, pattern, paper, patternRng);
        if (band)
            paintTitleBand(p, page, paper, margin + (size.height() - 2 * margin) * 0.13);
        paintForm(p, page.adjusted(margin, margin * 0.8, -margin, -margin * 0.8), content, style);
    }, truth, options);
}

} // namespace

FlatDocument renderKakuninshoCard(Rng& rng, const RenderOptions& options)
{
    InsuranceRecord record = makeInsuranceRecord(rng);
    return formCard(DocumentKind::KakuninshoCard, CardPurpose::Kakuninsho, record, rng, options);
}

FlatDocument renderHealthInsuranceCard(Rng& rng, const RenderOptions& options)
{
    InsuranceRecord record = makeInsuranceRecord(rng);
    // Old cards were issued until 2024-12-01; 国保/後期 expired on a 7/31 before that date.
    record.issueDate = {rng.uniformInt(2019, 2024), rng.uniformInt(1, 11), rng.uniformInt(1, 28)};
    record.expiry = {record.issueDate.year + 1, 7, 31};
    if (record.qualificationDate > record.issueDate)
        record.qualificationDate = {record.issueDate.year - 1, record.issueDate.month, record.issueDate.day};
    return formCard(DocumentKind::HealthInsuranceCard, CardPurpose::OldHealthCard, record, rng, options);
}

void paintOshiraseCard(QPainter& p, const QRectF& cardRect, const FormContent& content, const FormStyle& style)
{
    const double margin = cardRect.height() * 0.05;
    paintForm(p, cardRect.adjusted(margin, margin * 0.8, -margin, -margin * 0.8), content, style);
}

FlatDocument renderOshiraseCutOut(Rng& rng, const RenderOptions& options)
{
    InsuranceRecord record = makeInsuranceRecord(rng);
    const PrintChoices choices = randomPrintChoices(rng);
    FormStyle style = randomFormStyle(rng);
    style.seal = false;
    Truth truth;
    const FormContent content = buildFormContent(record, CardPurpose::OshiraseCard, choices, rng, truth);
    // Cut by hand along the printed line: a little off-size.
    const QSizeF size(85.6 + rng.uniform(-1.0, 4.0), 54.0 + rng.uniform(-1.0, 3.5));
    const QColor paper(rng.uniformInt(246, 253), rng.uniformInt(246, 253), rng.uniformInt(242, 250));
    const bool cutLineVisible = rng.chance(0.4);
    FlatDocument doc = cardDocument(DocumentKind::Oshirase, size, paper, "oshirase_cut", style, [&](QPainter& p) {
        const QRectF page(0, 0, size.width(), size.height());
        if (cutLineVisible) { // remains of the dashed cut line along the edge
            QPen pen(QColor(120, 120, 120));
            pen.setWidthF(0.25);
            pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawRect(page.adjusted(0.6, 0.6, -0.6, -0.6));
        }
        paintOshiraseCard(p, page.adjusted(1.0, 1.0, -1.0, -1.0), content, style);
    }, truth, options);
    doc.roundedCorners = false;
    doc.handCut = true;
    return doc;
}

FlatDocument renderKakuninshoPostcard(Rng& rng, const RenderOptions& options)
{
    InsuranceRecord record = makeInsuranceRecord(rng);
    const PrintChoices choices = randomPrintChoices(rng);
    FormStyle style = randomFormStyle(rng);
    style.maxUnit = 8.5;
    Truth truth;
    const FormContent content = buildFormContent(record, CardPurpose::Kakuninsho, choices, rng, truth);
    std::string colourName;
    const QColor paper = randomCardColour(rng, &colourName);
    truth.printed["card_colour"] = colourName;
    const Pattern pattern = randomPattern(rng);
    Rng patternRng = rng.fork(7);
    // 100 × 148 mm; "slightly smaller than a postcard" variants exist (domain notes §3.2).
    const bool portrait = rng.chance(0.5);
    const double shortSide = 100 + rng.uniform(-6, 1), longSide = 148 + rng.uniform(-6, 1);
    const QSizeF size = portrait ? QSizeF(shortSide, longSide) : QSizeF(longSide, shortSide);
    const QString notesFamily = style.labelFamily;
    return cardDocument(DocumentKind::KakuninshoPostcard, size, paper, portrait ? "postcard_portrait" : "postcard_landscape", style,
                        [&](QPainter& p) {
                            const QRectF page(0, 0, size.width(), size.height());
                            paintPattern(p, page, pattern, paper, patternRng);
                            const double m = 6;
                            const TextSpec notes{2.1, notesFamily, false, style.ink};
                            if (portrait) {
                                const QRectF used = paintForm(p, QRectF(m, m, size.width() - 2 * m, size.height() * 0.66), content, style);
                                drawParagraph(p, QRectF(m, used.bottom() + 4, size.width() - 2 * m, size.height() - used.bottom() - 4),
                                              kakuninshoNotes().join("\n"), notes, 1.45);
                            } else {
                                paintForm(p, QRectF(m, m, size.width() * 0.64, size.height() - 2 * m), content, style);
                                drawParagraph(p, QRectF(size.width() * 0.64 + 2 * m, m + 2, size.width() * 0.36 - 3 * m, size.height() - 2 * m),
                                              kakuninshoNotes().join("\n"), notes, 1.45);
                            }
                        },
                        truth, options);
}

} // namespace shikaku::synth
