#include "SheetDocuments.h"

#include "CardDocuments.h"
#include "FormContentBuilder.h"
#include "NoticeTexts.h"
#include "PaintKit.h"

namespace shikaku::synth {
namespace {

constexpr double kA4W = 210, kA4H = 297;

/// Address block for the window envelope, date and sender: the top of every mailed letter.
void paintLetterHead(QPainter& p, const InsuranceRecord& r, const PrintChoices& choices, const QString& family, const QColor& ink)
{
    const TextSpec normal{3.6, family, false, ink};
    drawText(p, QRectF(22, 22, 90, 6), qs("〒" + r.postcode), normal);
    drawParagraph(p, QRectF(22, 29, 85, 14), qs(r.address), normal, 1.4);
    drawText(p, QRectF(22, 44, 90, 8), qs(r.holder.fullName() + " 様"), {5.0, family, false, ink});
    drawText(p, QRectF(120, 22, 68, 6), printDate(r.issueDate, choices), {3.6, family, false, ink, Qt::AlignRight | Qt::AlignVCenter});
    drawText(p, QRectF(110, 30, 78, 6), qs(r.insurerName), {3.8, family, false, ink, Qt::AlignRight | Qt::AlignVCenter});
    drawText(p, QRectF(110, 37, 78, 5), qs("お問い合わせ 電話 " + r.phone), {3.2, family, false, ink, Qt::AlignRight | Qt::AlignVCenter});
}

FormStyle sheetFormStyle(Rng& rng, double maxUnit)
{
    FormStyle style = randomFormStyle(rng);
    style.maxUnit = maxUnit;
    style.expiryTopRight = false;
    style.seal = false;
    if (style.grid == GridStyle::Plain)
        style.grid = GridStyle::Ruled;
    return style;
}

} // namespace

FlatDocument renderKakuninshoA4(Rng& rng, const RenderOptions& options)
{
    const InsuranceRecord record = makeInsuranceRecord(rng);
    const PrintChoices choices = randomPrintChoices(rng);
    FormStyle style = sheetFormStyle(rng, rng.uniform(8.5, 11.0));
    style.seal = rng.chance(0.5);
    FlatDocument doc;
    doc.kind = DocumentKind::KakuninshoA4;
    doc.sizeMm = QSizeF(kA4W, kA4H);
    doc.folds = rng.chance(0.6) ? 2 : 0;
    FormContent content = buildFormContent(record, CardPurpose::Kakuninsho, choices, rng, doc.truth);
    doc.truth.kind = "kakuninsho_a4";
    doc.truth.layout = ("a4_" + formLayoutName(style)).toStdString();
    const bool withLetterHead = rng.chance(0.6);
    const QString family = style.labelFamily;
    const QColor paper = rng.chance(0.7) ? QColor(252, 252, 250) : randomCardColour(rng);
    doc.image = paintPage(doc.sizeMm, options.dpi, paper, [&](QPainter& p) {
        double top = 20;
        if (withLetterHead) {
            paintLetterHead(p, record, choices, family, style.ink);
            top = 62;
        }
        const QRectF used = paintForm(p, QRectF(20, top, kA4W - 40, kA4H * 0.55), content, style);
        drawParagraph(p, QRectF(22, used.bottom() + 10, kA4W - 44, kA4H - used.bottom() - 20), kakuninshoNotes().join("\n"),
                      {3.4, family, false, style.ink}, 1.6);
    });
    return doc;
}

FlatDocument renderOshiraseSheet(Rng& rng, const RenderOptions& options)
{
    const InsuranceRecord record = makeInsuranceRecord(rng);
    const PrintChoices choices = randomPrintChoices(rng);
    FlatDocument doc;
    doc.kind = DocumentKind::Oshirase;
    doc.sizeMm = QSizeF(kA4W, kA4H);
    doc.folds = rng.chance(0.6) ? 2 : 0;
    Truth& truth = doc.truth;

    // Letter table and the card part print the same values.
    FormStyle letterStyle = sheetFormStyle(rng, 8.0);
    FormContent letter = buildFormContent(record, CardPurpose::OshiraseCard, choices, rng, truth);
    letter.smallPrint.clear();
    const QString documentTitle = letter.title;
    letter.title = "資格基本情報";
    const bool kyokai = record.type == InsurerType::Kyokai;
    if (kyokai) {
        letter.rows.push_back({"負担割合", printDigits(std::to_string(record.copayPercent / 10), choices) + "割"});
        letter.rows.push_back({"マイナンバー下4桁", "＊＊＊＊＊＊＊＊" + printDigits(record.myNumberLast4, choices)});
        truth.printed["my_number_last4"] = record.myNumberLast4;
    }
    FormStyle cardStyle = randomFormStyle(rng);
    cardStyle.seal = false;
    Truth cardTruth;
    FormContent card = buildFormContent(record, CardPurpose::OshiraseCard, choices, rng, cardTruth);
    card.title = documentTitle;

    // 協会けんぽ: card part lower left; many 国保: lower right (domain notes §3.4).
    const bool cardLeft = kyokai ? rng.chance(0.85) : rng.chance(0.2);
    truth.kind = "oshirase";
    truth.layout = std::string(cardLeft ? "oshirase_sheet_left_" : "oshirase_sheet_right_") + formLayoutName(letterStyle).toStdString();
    const QString family = letterStyle.labelFamily;
    const QColor ink = letterStyle.ink;
    doc.image = paintPage(doc.sizeMm, options.dpi, QColor(252, 252, 250), [&](QPainter& p) {
        paintLetterHead(p, record, choices, family, ink);
        drawText(p, QRectF(20, 58, kA4W - 40, 12), documentTitle, {7.5, letterStyle.titleFamily, true, ink, Qt::AlignCenter});
        const double bodyH = drawParagraph(p, QRectF(22, 74, kA4W - 44, 30), oshiraseNotes().mid(0, 2).join(""), {3.4, family, false, ink}, 1.55);
        paintForm(p, QRectF(22, 74 + bodyH + 4, kA4W - 44, 110), letter, letterStyle);
        // Dashed cut line around the card part, the card part and notes beside it.
        const QRectF cardRect(cardLeft ? 18 : kA4W - 18 - 85.6, kA4H - 18 - 54, 85.6, 54);
        QPen dash(QColor(90, 90, 90));
        dash.setWidthF(0.3);
        dash.setStyle(Qt::DashLine);
        p.setPen(dash);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cardRect);
        drawText(p, QRectF(cardRect.left(), cardRect.top() - 7, kA4W - 40, 5), "－－ きりとり線 －－ 点線に沿って切り取ってお使いください", {2.8, family, false, QColor(80, 80, 80)});
        paintOshiraseCard(p, cardRect, card, cardStyle);
        const QRectF notes(cardLeft ? cardRect.right() + 8 : 20, cardRect.top() + 2, kA4W - 85.6 - 46, 50);
        drawParagraph(p, notes, oshiraseNotes().mid(2).join("\n"), {3.0, family, false, ink}, 1.55);
    });
    return doc;
}

} // namespace shikaku::synth
