#include "PortalDocuments.h"

#include "FormContentBuilder.h"
#include "PaintKit.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

#include <vector>

namespace shikaku::synth {
namespace {

struct PortalRow {
    QString label, value;
    const char* field = nullptr; ///< truth name when the row is one of the five fields

    bool key() const { return field != nullptr; }
};

struct PortalContent {
    QString header, title, asOf;
    std::vector<PortalRow> identity, insurance;
    QString footer;
};

PortalContent buildPortalContent(const InsuranceRecord& r, Rng& rng, Truth& truth)
{
    PrintChoices choices;
    static const std::vector<DateStyle> styles{DateStyle::EraKanji, DateStyle::Gregorian, DateStyle::GregorianSlash};
    choices.dateStyle = rng.pick(styles);
    PortalContent c;
    c.header = "マイナポータル";
    c.title = rng.chance(0.5) ? "健康保険証の資格情報" : "資格情報";
    c.asOf = QString("%1 時点の情報です").arg(printDate({2026, 11, rng.uniformInt(1, 25)}, choices));
    const bool longLabels = rng.chance(0.6);
    const bool showExpiry = rng.chance(0.6) || r.type == InsurerType::Kouki;

    c.identity.push_back({"氏名", qs(r.holder.fullName())});
    if (rng.chance(0.6))
        c.identity.push_back({"氏名（カナ）", qs(r.holder.fullReading())});
    c.identity.push_back({"生年月日", printDate(r.holder.birthDate, choices)});
    c.identity.push_back({"性別", r.holder.male ? "男" : "女"});

    c.insurance.push_back({rng.chance(0.7) ? "保険者名称" : "保険者名", qs(r.insurerName)});
    c.insurance.push_back({"保険者番号", qs(r.insurerNumber), "insurer_number"});
    if (r.symbol)
        c.insurance.push_back({longLabels ? "被保険者記号" : "記号", qs(*r.symbol), "symbol"});
    c.insurance.push_back({longLabels || r.type == InsurerType::Kouki ? "被保険者番号" : "番号", qs(r.number), "number"});
    if (r.branch)
        c.insurance.push_back({"枝番", qs(*r.branch), "branch_number"});
    c.insurance.push_back({rng.chance(0.7) ? "資格取得年月日" : "資格取得日", printDate(r.qualificationDate, choices)});
    if (r.type != InsurerType::Kouki && r.type != InsurerType::Kokuho)
        c.insurance.push_back({"本人・家族の別", r.dependant ? "家族" : "本人"});
    if (r.age70to74 || r.type == InsurerType::Kouki)
        c.insurance.push_back({"一部負担金の割合", QString::number(r.copayPercent / 10) + "割"});
    if (showExpiry)
        c.insurance.push_back({"有効期限", printDate(r.expiry, choices), "expiry"});
    c.footer = QString("出力日時 2026年11月%1日 %2時%3分").arg(rng.uniformInt(1, 25)).arg(rng.uniformInt(8, 21)).arg(rng.uniformInt(10, 59));

    truth.fields = fieldTruth(r, showExpiry);
    truth.insurerType = std::string(insurerTypeName(r.type));
    truth.printed = printedValues(r);
    return c;
}

enum class PortalLayout { Table, List, TwoPages };

struct PortalStyle {
    PortalLayout layout = PortalLayout::Table;
    QColor brand;
    QString family;
};

void paintHeader(QPainter& p, const PortalContent& c, const PortalStyle& s, double pageWidth, int page, int pages)
{
    p.setPen(Qt::NoPen);
    p.setBrush(s.brand);
    p.drawRect(QRectF(0, 0, pageWidth, 16));
    drawText(p, QRectF(12, 3, 80, 10), c.header, {5.5, s.family, true, Qt::white});
    drawText(p, QRectF(pageWidth - 62, 3, 50, 10), QString("%1 / %2").arg(page).arg(pages), {3.2, s.family, false, Qt::white, Qt::AlignRight | Qt::AlignVCenter});
}

double paintRowsTable(QPainter& p, double y, const QString& heading, const std::vector<PortalRow>& rows, const PortalStyle& s, double width, FieldBoxes* boxes)
{
    drawText(p, QRectF(15, y, width - 30, 8), heading, {4.6, s.family, true, QColor(30, 30, 30)});
    y += 10;
    const double rowH = 10, labelW = 55;
    QPen pen(QColor(170, 170, 180));
    pen.setWidthF(0.3);
    for (const PortalRow& row : rows) {
        p.setPen(pen);
        p.setBrush(QColor(238, 241, 247));
        p.drawRect(QRectF(15, y, labelW, rowH));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(15 + labelW, y, width - 30 - labelW, rowH));
        drawText(p, QRectF(18, y, labelW - 6, rowH), row.label, {3.6, s.family, false, QColor(50, 50, 60)});
        const QRectF drawn = drawText(p, QRectF(15 + labelW + 4, y, width - 38 - labelW, rowH), row.value, {4.0, s.family, row.key(), QColor(15, 15, 15)});
        if (boxes && row.key())
            boxes->add(p, row.field, drawn);
        y += rowH;
    }
    return y + 8;
}

double paintRowsList(QPainter& p, double y, const QString& heading, const std::vector<PortalRow>& rows, const PortalStyle& s, double width, FieldBoxes* boxes)
{
    p.setPen(Qt::NoPen);
    p.setBrush(s.brand);
    p.drawRect(QRectF(15, y + 1, 1.5, 7));
    drawText(p, QRectF(19, y, width - 30, 9), heading, {4.8, s.family, true, QColor(30, 30, 30)});
    y += 12;
    QPen pen(QColor(200, 200, 205));
    pen.setWidthF(0.25);
    for (const PortalRow& row : rows) {
        drawText(p, QRectF(19, y, width - 38, 5), row.label, {3.3, s.family, false, QColor(95, 95, 105)});
        const QRectF drawn = drawText(p, QRectF(19, y + 5.5, width - 38, 7), row.value, {4.4, s.family, true, QColor(15, 15, 15)});
        if (boxes && row.key())
            boxes->add(p, row.field, drawn);
        y += 14;
        p.setPen(pen);
        p.drawLine(QPointF(19, y - 1.5), QPointF(width - 19, y - 1.5));
    }
    return y + 6;
}

void paintNotes(QPainter& p, double y, const PortalStyle& s, double width)
{
    const QString notes =
        "ご注意\n・この資格情報は、マイナンバーカードとあわせて医療機関等の窓口で提示することで、受診に利用できます。\n"
        "・この画面の情報のみでは、本人確認書類として利用することはできません。\n"
        "・記載内容は、ご加入の医療保険者から登録された情報です。内容に誤りがある場合は、医療保険者にお問い合わせください。";
    drawParagraph(p, QRectF(15, y, width - 30, 80), notes, {3.2, s.family, false, QColor(60, 60, 60)}, 1.6);
}

/// Paints page `page` (1-based) of the A4 portal document in millimetres.
void paintPortalPage(QPainter& p, const PortalContent& c, const PortalStyle& s, int page, int pages, FieldBoxes* boxes)
{
    const double w = 210;
    paintHeader(p, c, s, w, page, pages);
    double y = 24;
    if (page == 1) {
        drawText(p, QRectF(15, y, w - 30, 12), c.title, {7.0, s.family, true, QColor(20, 20, 20)});
        y += 14;
        drawText(p, QRectF(15, y, w - 30, 6), c.asOf, {3.4, s.family, false, QColor(80, 80, 80)});
        y += 12;
    }
    const auto rows = s.layout == PortalLayout::List ? paintRowsList : paintRowsTable;
    if (s.layout == PortalLayout::TwoPages) {
        if (page == 1) {
            y = rows(p, y, "被保険者の情報", c.identity, s, w, boxes);
            paintNotes(p, y + 4, s, w);
        } else {
            y = rows(p, y, "医療保険の資格情報", c.insurance, s, w, boxes);
        }
    } else {
        y = rows(p, y, "基本情報", c.identity, s, w, boxes);
        y = rows(p, y, "医療保険の資格情報", c.insurance, s, w, boxes);
        paintNotes(p, y, s, w);
    }
    drawText(p, QRectF(15, 280, w - 30, 6), c.footer, {3.0, s.family, false, QColor(90, 90, 90), Qt::AlignRight | Qt::AlignVCenter});
}

QByteArray writePdf(int pages, PdfMode mode, double imageDpi, const std::function<void(QPainter&, int)>& paintPage)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setCreator("shikaku-synth");
    writer.setTitle(mode == PdfMode::Text ? "資格情報" : "scan");
    QPainter painter(&writer);
    const double scale = writer.width() / 210.0;
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.save();
        if (mode == PdfMode::Text) {
            painter.scale(scale, scale);
            paintPage(painter, page);
        } else {
            // Image-only: a raster of the page, no text objects at all.
            const QImage raster = synth::paintPage(QSizeF(210, 297), imageDpi, Qt::white, [&](QPainter& p) { paintPage(p, page); });
            painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), raster);
        }
        painter.restore();
    }
    painter.end();
    // QPdfWriter stamps the wall-clock time; a fixed date (same length, so the xref offsets
    // stay right) keeps the same seed giving the same bytes, which the damaged-PDF test needs.
    const QByteArray stamp = "/CreationDate (D:";
    const qsizetype at = bytes.indexOf(stamp);
    if (at >= 0 && at + stamp.size() + 14 <= bytes.size())
        bytes.replace(at + stamp.size(), 14, "20261101000000");
    return bytes;
}

} // namespace

FlatDocument renderPortalPdf(Rng& rng, const RenderOptions& options)
{
    const InsuranceRecord record = makeInsuranceRecord(rng);
    FlatDocument doc;
    doc.kind = DocumentKind::PortalPdf;
    doc.sizeMm = QSizeF(210, 297);
    Truth& truth = doc.truth;
    const PortalContent content = buildPortalContent(record, rng, truth);
    PortalStyle style;
    style.layout = static_cast<PortalLayout>(rng.uniformInt(0, 2));
    static const std::vector<QColor> brands{QColor(0, 64, 152), QColor(38, 84, 170), QColor(0, 120, 140)};
    style.brand = rng.pick(brands);
    style.family = pdfTextFamily(false);
    const int pages = style.layout == PortalLayout::TwoPages ? 2 : 1;
    static const char* layoutNames[] = {"portal_table", "portal_list", "portal_two_pages"};
    truth.kind = "portal_pdf";
    truth.layout = layoutNames[static_cast<int>(style.layout)];
    truth.hasTextLayer = options.pdfMode == PdfMode::Text;
    FieldBoxes boxes;
    doc.pdf = writePdf(pages, options.pdfMode, 200, [&](QPainter& p, int page) {
        boxes.setPage(page);
        paintPortalPage(p, content, style, page, pages, &boxes);
    });
    doc.image = paintPage(doc.sizeMm, std::min(options.dpi, 150.0), Qt::white, [&](QPainter& p) { paintPortalPage(p, content, style, 1, pages, nullptr); });
    attachFieldBoxes(doc, boxes);
    return doc;
}

FlatDocument renderPortalScreen(Rng& rng, const RenderOptions& options)
{
    (void)options;
    const InsuranceRecord record = makeInsuranceRecord(rng);
    FlatDocument doc;
    doc.kind = DocumentKind::PortalScreen;
    doc.phoneScreen = true;
    Truth& truth = doc.truth;
    const PortalContent content = buildPortalContent(record, rng, truth);
    truth.kind = "portal_screen";
    // A phone in CSS pixels (390 × 844, ≈ 9:19.5) drawn at 3 device pixels each; 65 mm wide.
    const double cssW = 390, cssH = rng.chance(0.5) ? 844 : 800;
    doc.sizeMm = QSizeF(65.0, 65.0 * cssH / cssW);
    const bool dark = rng.chance(0.15);
    const QColor bg = dark ? QColor(28, 28, 30) : QColor(246, 247, 250);
    const QColor card = dark ? QColor(44, 44, 46) : Qt::white;
    const QColor text = dark ? QColor(235, 235, 240) : QColor(20, 20, 25);
    const QColor muted = dark ? QColor(160, 160, 170) : QColor(100, 100, 110);
    const QString family = rng.chance(0.5) ? "Noto Sans CJK JP" : "IPAPGothic";
    const QColor brand = rng.chance(0.5) ? QColor(0, 64, 152) : QColor(38, 84, 170);
    const int clockH = rng.uniformInt(7, 22), clockM = rng.uniformInt(0, 59);
    const bool listLayout = rng.chance(0.5);
    truth.layout = listLayout ? "screen_list" : "screen_rows";
    FieldBoxes boxes;
    const double dpi = 3 * 25.4 * cssW / doc.sizeMm.width(); // 3 device px per CSS px
    doc.image = paintPage(doc.sizeMm, dpi, bg, [&](QPainter& p) {
        p.scale(doc.sizeMm.width() / cssW, doc.sizeMm.width() / cssW); // now in CSS px
        // Status bar.
        drawText(p, QRectF(28, 14, 80, 22), QString("%1:%2").arg(clockH).arg(clockM, 2, 10, QChar('0')), {16, family, true, text});
        p.setPen(Qt::NoPen);
        p.setBrush(text);
        for (int i = 0; i < 4; ++i)
            p.drawRect(QRectF(296 + i * 6, 30 - i * 3, 4, 6 + i * 3));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(text, 1.2));
        p.drawRoundedRect(QRectF(326, 20, 26, 13), 3, 3);
        p.fillRect(QRectF(328.5, 22.5, 17, 8), text);
        // Browser address bar.
        p.setPen(Qt::NoPen);
        p.setBrush(dark ? QColor(58, 58, 60) : QColor(230, 231, 235));
        p.drawRoundedRect(QRectF(16, 50, cssW - 32, 36), 10, 10);
        drawText(p, QRectF(16, 50, cssW - 32, 36), "myna.go.jp", {14, family, false, muted, Qt::AlignCenter});
        // App header.
        p.setBrush(brand);
        p.drawRect(QRectF(0, 94, cssW, 52));
        drawText(p, QRectF(16, 94, 60, 52), "＜ 戻る", {14, family, false, Qt::white});
        drawText(p, QRectF(0, 94, cssW, 52), content.header, {18, family, true, Qt::white, Qt::AlignCenter});
        double y = 160;
        drawText(p, QRectF(18, y, cssW - 36, 30), content.title, {21, family, true, text});
        y += 34;
        drawText(p, QRectF(18, y, cssW - 36, 18), content.asOf, {12, family, false, muted});
        y += 28;
        std::vector<PortalRow> rows = content.insurance;
        rows.insert(rows.begin(), content.identity.begin(), content.identity.begin() + 1);
        const double rowH = listLayout ? 50 : 38;
        p.setPen(Qt::NoPen);
        p.setBrush(card);
        const double cardH = std::min(rowH * static_cast<double>(rows.size()) + 16, cssH - y - 70);
        p.drawRoundedRect(QRectF(12, y, cssW - 24, cardH), 12, 12);
        y += 8;
        for (const PortalRow& row : rows) {
            if (y + rowH > cssH - 70)
                break;
            if (listLayout) {
                drawText(p, QRectF(28, y + 4, cssW - 56, 16), row.label, {12, family, false, muted});
                const QRectF drawn = drawText(p, QRectF(28, y + 22, cssW - 56, 22), row.value, {17, family, true, text});
                if (row.key())
                    boxes.add(p, row.field, drawn);
            } else {
                drawText(p, QRectF(28, y, 140, rowH), row.label, {13, family, false, muted});
                const QRectF drawn = drawText(p, QRectF(170, y, cssW - 198, rowH), row.value, {16, family, row.key(), text, Qt::AlignRight | Qt::AlignVCenter});
                if (row.key())
                    boxes.add(p, row.field, drawn);
            }
            y += rowH;
            p.setPen(QPen(dark ? QColor(70, 70, 72) : QColor(225, 225, 230), 1));
            p.drawLine(QPointF(28, y), QPointF(cssW - 28, y));
            p.setPen(Qt::NoPen);
        }
        // Tab bar.
        p.setBrush(dark ? QColor(38, 38, 40) : QColor(252, 252, 253));
        p.drawRect(QRectF(0, cssH - 62, cssW, 62));
        const QStringList tabs{"ホーム", "証明書", "申請", "メニュー"};
        for (int i = 0; i < tabs.size(); ++i)
            drawText(p, QRectF(i * cssW / 4, cssH - 50, cssW / 4, 24), tabs[i], {11, family, false, i == 1 ? brand : muted, Qt::AlignCenter});
        p.setBrush(text);
        p.drawRoundedRect(QRectF(cssW / 2 - 67, cssH - 12, 134, 5), 2.5, 2.5);
    });
    attachFieldBoxes(doc, boxes);
    return doc;
}

} // namespace shikaku::synth
