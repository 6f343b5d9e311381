#include "OtherDocuments.h"

#include "DateText.h"
#include "FictitiousRecord.h"
#include "PaintKit.h"

#include <QPainterPath>

namespace shikaku::synth {
namespace {

Truth emptyTruth(const char* kind, const std::string& layout)
{
    Truth t;
    t.kind = kind;
    t.layout = layout;
    t.insurerType = "none";
    return t;
}

void checkbox(QPainter& p, const QRectF& box, const QColor& ink)
{
    QPen pen(ink);
    pen.setWidthF(box.width() * 0.08);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
}

/// The 臓器提供意思表示欄 (organ-donation declaration) as printed on card backs.
void paintOrganPanel(QPainter& p, const QRectF& area, const QString& family, const QColor& ink, bool filledIn, Rng& rng)
{
    const double u = area.height() / 14.0;
    const TextSpec head{u * 0.8, family, true, ink};
    const TextSpec body{u * 0.56, family, false, ink};
    QPen frame(ink);
    frame.setWidthF(u * 0.06);
    p.setPen(frame);
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    double y = area.top() + u * 0.2;
    const double x = area.left() + u * 0.4, w = area.width() - u * 0.8;
    drawText(p, QRectF(x, y, w, u), "臓器提供に関する意思表示欄", head);
    y += u * 1.1;
    drawText(p, QRectF(x, y, w, u * 0.8), "以下の欄に記入することにより、臓器提供に関する意思を表示することができます。", body);
    y += u * 0.8;
    drawText(p, QRectF(x, y, w, u * 0.8), "記入する場合は、1から3までのいずれかの番号を○で囲んでください。", body);
    y += u * 0.95;
    const QStringList options{"1. 私は、脳死後及び心臓が停止した死後のいずれでも、移植の為に臓器を提供します。",
                              "2. 私は、心臓が停止した死後に限り、移植の為に臓器を提供します。",
                              "3. 私は、臓器を提供しません。"};
    const int circled = filledIn ? rng.uniformInt(0, 2) : -1;
    for (int i = 0; i < options.size(); ++i) {
        drawText(p, QRectF(x, y, w, u * 0.8), options[i], body);
        if (i == circled) {
            QPen pen(QColor(30, 30, 120));
            pen.setWidthF(u * 0.07);
            p.setPen(pen);
            p.drawEllipse(QPointF(x + u * 0.25, y + u * 0.4), u * 0.45, u * 0.45);
        }
        y += u * 0.85;
    }
    drawText(p, QRectF(x, y, w, u * 0.8), "《1又は2を選んだ方で、提供したくない臓器があれば、×をつけてください。》", body);
    y += u * 0.9;
    const QStringList organs{"心臓", "肺", "肝臓", "腎臓", "膵臓", "小腸", "眼球"};
    double ox = x + u * 0.9;
    drawText(p, QRectF(x, y, u, u), "【", body);
    for (const QString& organ : organs) {
        const double ow = textWidth(organ, body);
        drawText(p, QRectF(ox + u * 0.5, y, ow + 0.1, u), organ, body);
        checkbox(p, QRectF(ox, y + u * 0.3, u * 0.42, u * 0.42), ink);
        ox += ow + u * 1.0;
    }
    drawText(p, QRectF(ox, y, u, u), "】", body);
    y += u * 1.0;
    drawText(p, QRectF(x, y, w, u * 0.8), "〔特記欄：                                        〕", body);
    y += u * 1.0;
    drawText(p, QRectF(x, y, w * 0.5, u * 0.8), "署名年月日：     年     月     日", body);
    y += u * 1.0;
    QPen line(ink);
    line.setWidthF(u * 0.04);
    for (const char* label : {"本人署名(自筆)：", "家族署名(自筆)："}) {
        drawText(p, QRectF(x, y, w * 0.4, u * 0.8), label, body);
        p.setPen(line);
        p.drawLine(QPointF(x + w * 0.32, y + u * 0.85), QPointF(x + w * 0.95, y + u * 0.85));
        y += u * 1.05;
    }
}

FlatDocument backSideDocument(Rng& rng, const RenderOptions& options)
{
    FlatDocument doc;
    doc.kind = DocumentKind::BackSide;
    const bool postcard = rng.chance(0.25);
    doc.sizeMm = postcard ? QSizeF(148, 100) : QSizeF(85.6 + rng.uniform(-0.5, 1), 54 + rng.uniform(-0.4, 0.8));
    doc.roundedCorners = !postcard;
    const int layout = rng.uniformInt(0, 2);
    doc.truth = emptyTruth("back_side", std::string(postcard ? "back_postcard_" : "back_card_") + std::to_string(layout));
    const QColor paper = randomCardColour(rng);
    const QString family = gothicFamily(rng);
    const QColor ink(35, 35, 40);
    const bool filledIn = rng.chance(0.4);
    const Pattern pattern = randomPattern(rng);
    Rng paintRng = rng.fork(3);
    doc.image = paintPage(doc.sizeMm, options.dpi, paper, [&](QPainter& p) {
        const QRectF page(0, 0, doc.sizeMm.width(), doc.sizeMm.height());
        paintPattern(p, page, pattern, paper, paintRng);
        const double m = page.height() * 0.05;
        const TextSpec small{page.height() * 0.032, family, false, ink};
        switch (layout) {
        case 0: // panel fills the lower part, 備考 and 住所 above
            drawText(p, QRectF(m, m, page.width() - 2 * m, page.height() * 0.08), "備考", small);
            drawText(p, QRectF(m, m + page.height() * 0.09, page.width() - 2 * m, page.height() * 0.08), "住所", small);
            paintOrganPanel(p, QRectF(m, page.height() * 0.26, page.width() - 2 * m, page.height() * 0.7), family, ink, filledIn, paintRng);
            break;
        case 1: // panel on top, 注意事項 below
            paintOrganPanel(p, QRectF(m, m, page.width() - 2 * m, page.height() * 0.68), family, ink, filledIn, paintRng);
            drawParagraph(p, QRectF(m, page.height() * 0.76, page.width() - 2 * m, page.height() * 0.2),
                          "※ 臓器提供意思表示欄の記入内容を他人に見られないよう、保護シールを貼ることができます。", small, 1.4);
            break;
        default: // 備考 box with 戸籍上の氏名 note, then the panel
            p.setPen(QPen(ink, page.height() * 0.006));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(m, m, page.width() - 2 * m, page.height() * 0.18));
            drawText(p, QRectF(m * 1.5, m, page.width() - 3 * m, page.height() * 0.09), "備考", small);
            if (paintRng.chance(0.5))
                drawText(p, QRectF(m * 1.5, m + page.height() * 0.08, page.width() - 3 * m, page.height() * 0.09), "戸籍上の氏名  ―――", small);
            paintOrganPanel(p, QRectF(m, page.height() * 0.27, page.width() - 2 * m, page.height() * 0.69), family, ink, filledIn, paintRng);
            break;
        }
    });
    return doc;
}

/// A municipal notice: numbers, dates, postcode and phone, but no insurance fields.
FlatDocument municipalNotice(Rng& rng, const RenderOptions& options)
{
    FlatDocument doc;
    doc.kind = DocumentKind::Unknown;
    doc.sizeMm = QSizeF(210, 297);
    doc.truth = emptyTruth("unknown", "municipal_notice");
    const std::string town = makeMunicipality(rng);
    const std::string pref = prefectureName(rng.uniformInt(1, 47));
    const QString family = rng.chance(0.5) ? gothicFamily(rng) : minchoFamily(rng);
    const QColor ink(30, 30, 30);
    const DateStyle style = randomPrintedDateStyle(rng);
    const Date sent{2026, rng.uniformInt(1, 11), rng.uniformInt(1, 28)};
    const std::string postcode = makePostcode(rng), phone = makePhone(rng), address = makeAddress(rng, pref);
    const std::string notice = rng.digits(8), amount = std::to_string(rng.uniformInt(3, 180)) + "," + rng.digits(3, false);
    static const std::vector<QString> titles{"令和8年度 住民税(普通徴収)税額決定通知書", "粗大ごみ収集のお知らせ", "特定健康診査受診券送付のお知らせ",
                                             "固定資産税・都市計画税 納税通知書"};
    const QString title = rng.pick(titles);
    Person person = makePerson(rng, 1950, 2000);
    doc.image = paintPage(doc.sizeMm, options.dpi, QColor(251, 251, 248), [&](QPainter& p) {
        const TextSpec normal{3.6, family, false, ink};
        drawText(p, QRectF(22, 22, 90, 6), qs("〒" + postcode), normal);
        drawText(p, QRectF(22, 29, 100, 6), qs(address), normal);
        drawText(p, QRectF(22, 38, 100, 8), qs(person.fullName() + " 様"), {5, family, false, ink});
        drawText(p, QRectF(120, 22, 68, 6), qs(formatDate(sent, style)), {3.6, family, false, ink, Qt::AlignRight | Qt::AlignVCenter});
        drawText(p, QRectF(110, 30, 78, 6), qs(town + "長"), {3.8, family, false, ink, Qt::AlignRight | Qt::AlignVCenter});
        drawText(p, QRectF(20, 62, 170, 12), title, {6.5, family, true, ink, Qt::AlignCenter});
        double y = 82;
        y += drawParagraph(p, QRectF(22, y, 166, 40),
                           "日頃より市政にご理解とご協力をいただき、ありがとうございます。下記のとおりお知らせいたします。内容をご確認のうえ、期日までにお手続きください。",
                           normal, 1.6);
        const std::vector<std::pair<QString, QString>> rows{
            {"通知番号", qs(notice)},
            {"宛名番号", qs(rng.digits(10))},
            {"金額", qs(amount + "円")},
            {"納期限", qs(formatDate({2026, rng.uniformInt(1, 12), rng.uniformInt(1, 28)}, style))},
            {"生年月日", qs(formatDate(person.birthDate, style))},
            {"お問い合わせ", qs(town + "役所 " + phone)},
        };
        y += 6;
        QPen pen(ink);
        pen.setWidthF(0.3);
        for (const auto& [label, value] : rows) {
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(22, y, 45, 10));
            p.drawRect(QRectF(67, y, 121, 10));
            drawText(p, QRectF(25, y, 40, 10), label, normal);
            drawText(p, QRectF(70, y, 115, 10), value, {4.0, family, false, ink});
            y += 10;
        }
        drawParagraph(p, QRectF(22, y + 10, 166, 60),
                      "※ この通知に関するお問い合わせは、上記の担当課までお願いします。\n※ 口座振替を利用されている方は、納期限の日に指定の口座から引き落とします。",
                      {3.2, family, false, ink}, 1.6);
    });
    return doc;
}

/// A shop receipt: narrow thermal paper with prices, a date and a registration number.
FlatDocument receipt(Rng& rng, const RenderOptions& options)
{
    FlatDocument doc;
    doc.kind = DocumentKind::Unknown;
    const int items = rng.uniformInt(3, 9);
    doc.sizeMm = QSizeF(58 + rng.uniform(0, 22), 90 + items * 6.0);
    doc.truth = emptyTruth("unknown", "receipt");
    static const std::vector<QString> goods{"牛乳", "食パン", "たまご", "バナナ", "緑茶 500ml", "ボールペン", "洗剤", "おにぎり", "トマト", "ノート"};
    const QString family = rng.chance(0.5) ? "Noto Sans Mono CJK JP" : "IPAGothic";
    const QColor ink(40, 40, 45);
    const std::string phone = makePhone(rng);
    const std::string registration = "T" + rng.digits(13);
    std::vector<std::pair<QString, int>> lines;
    int total = 0;
    for (int i = 0; i < items; ++i) {
        const int price = rng.uniformInt(8, 120) * 10 + rng.pick(std::vector<int>{0, 8, 9});
        lines.emplace_back(rng.pick(goods), price);
        total += price;
    }
    const Date date{2026, rng.uniformInt(1, 11), rng.uniformInt(1, 28)};
    const QString shop = QString("%1マート %2店").arg(rng.chance(0.5) ? "あおば" : "ひかり", qs(makeMunicipality(rng)));
    doc.image = paintPage(doc.sizeMm, options.dpi, QColor(248, 248, 246), [&](QPainter& p) {
        const double w = doc.sizeMm.width();
        const TextSpec normal{3.2, family, false, ink};
        drawText(p, QRectF(4, 6, w - 8, 7), shop, {4.5, family, true, ink, Qt::AlignCenter});
        drawText(p, QRectF(4, 14, w - 8, 5), qs("TEL " + phone), {3.0, family, false, ink, Qt::AlignCenter});
        drawText(p, QRectF(4, 19, w - 8, 5), qs("登録番号 " + registration), {3.0, family, false, ink, Qt::AlignCenter});
        drawText(p, QRectF(4, 27, w - 8, 5), QString("%1年%2月%3日 %4:%5").arg(date.year).arg(date.month).arg(date.day).arg(rng.uniformInt(9, 21)).arg(rng.uniformInt(10, 59)), normal);
        double y = 36;
        for (const auto& [name, price] : lines) {
            drawText(p, QRectF(4, y, w * 0.6, 5), name, normal);
            drawText(p, QRectF(w * 0.5, y, w * 0.5 - 4, 5), QString("¥%1").arg(price), {3.2, family, false, ink, Qt::AlignRight | Qt::AlignVCenter});
            y += 6;
        }
        y += 4;
        drawText(p, QRectF(4, y, w * 0.5, 6), "合計", {4.2, family, true, ink});
        drawText(p, QRectF(w * 0.4, y, w * 0.6 - 4, 6), QString("¥%1").arg(total), {4.2, family, true, ink, Qt::AlignRight | Qt::AlignVCenter});
        y += 8;
        drawText(p, QRectF(4, y, w - 8, 5), QString("(内消費税等 ¥%1)").arg(total * 8 / 108), normal);
        y += 7;
        drawText(p, QRectF(4, y, w - 8, 5), QString("レシートNo.%1").arg(qs(rng.digits(6))), normal);
    });
    return doc;
}

} // namespace

FlatDocument renderBackSide(Rng& rng, const RenderOptions& options) { return backSideDocument(rng, options); }

FlatDocument renderUnknownDocument(Rng& rng, const RenderOptions& options)
{
    return rng.chance(0.5) ? municipalNotice(rng, options) : receipt(rng, options);
}

} // namespace shikaku::synth
