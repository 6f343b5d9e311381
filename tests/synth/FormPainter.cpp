#include "FormPainter.h"

#include "PaintKit.h"

#include <QPainterPath>

#include <algorithm>
#include <utility>

namespace shikaku::synth {
namespace {

struct Piece {
    QString text;
    TextSpec spec;
    double gapAfter = 0;
    const char* field = ""; ///< truth field name when this piece is a field value
};

/// Pieces of different sizes on one baseline, left to right; squeezed together when too wide.
void drawRun(QPainter& p, double x, double baseline, double maxWidth, std::vector<Piece> pieces, FieldBoxes* boxes)
{
    double total = 0;
    for (const Piece& piece : pieces)
        total += textWidth(piece.text, piece.spec) + piece.gapAfter;
    const double squeeze = total > maxWidth ? maxWidth / total : 1.0;
    for (Piece& piece : pieces) {
        const double w = textWidth(piece.text, piece.spec) * squeeze;
        piece.spec.align = Qt::AlignLeft | Qt::AlignTop;
        const QRectF drawn = drawText(p, QRectF(x, baseline - 0.88 * piece.spec.height, w + 0.001, piece.spec.height), piece.text, piece.spec);
        if (boxes)
            boxes->add(p, piece.field, drawn);
        x += w + piece.gapAfter * squeeze;
    }
}

class FormLayout {
public:
    FormLayout(QPainter& p, const QRectF& area, const FormContent& c, const FormStyle& s, FieldBoxes* boxes)
        : m_p(p), m_area(area), m_c(c), m_s(s), m_boxes(boxes)
    {
    }

    QRectF paint()
    {
        const bool kouki = m_c.symbol.isEmpty();
        const bool expiryRow = !m_c.expiry.isEmpty() && !expiryInTitleRow();
        const double idUnits = (m_s.idLine == IdLineStyle::Pairs && !kouki) ? 2.0 : 1.15;
        const double insurerUnits = m_s.insurerBlock == InsurerBlock::Rows ? 2.0 : m_s.insurerBlock == InsurerBlock::Stacked ? 2.2 : 1.7;
        const double total = 1.5 + idUnits + static_cast<double>(m_c.rows.size()) + (expiryRow ? 1 : 0) + insurerUnits +
                             0.55 * static_cast<double>(m_c.smallPrint.size()) + 0.3;
        m_unit = std::min(m_area.height() / total, m_s.maxUnit);
        m_label = {m_unit * m_s.labelScale, m_s.labelFamily, false, m_s.ink};
        m_value = {m_unit * m_s.valueScale, m_s.valueFamily, false, m_s.ink};
        m_pad = m_unit * 0.25;
        m_labelWidth = labelColumnWidth();
        m_y = m_area.top();

        titleRow();
        m_y += m_unit * 0.15;
        m_gridTop = m_y;
        idLine(kouki);
        for (const FormRow& row : m_c.rows)
            gridRow(row.label, row.value, row.label2, row.value2, m_unit);
        if (expiryRow)
            gridRow(m_c.expiryLabel, m_c.expiry, {}, {}, m_unit, false, "expiry");
        insurerBlock();
        closeGrid();
        smallPrint();
        return QRectF(m_area.left(), m_area.top(), m_area.width(), m_y - m_area.top());
    }

private:
    double labelColumnWidth() const
    {
        double widest = textWidth(m_c.insurerNumberLabel, m_label);
        for (const FormRow& row : m_c.rows)
            widest = std::max(widest, textWidth(row.label, m_label));
        widest = std::max(widest, textWidth(m_c.expiryLabel, m_label));
        return std::clamp(widest + 2 * m_pad, m_area.width() * 0.16, m_area.width() * 0.36);
    }

    // A single date fits the box at the title's right; a whole 有効期間 (「…から…まで」) is printed
    // in a row of its own: at the top it was wider than the title row, and its box started off
    // the paper.
    bool expiryInTitleRow() const
    {
        return m_s.expiryTopRight && !m_c.expiry.isEmpty() && m_c.expiryLabel != QStringLiteral("有効期間");
    }

    QPen rulePen(double widthFactor = 0.035) const
    {
        QPen pen(m_s.rule);
        pen.setWidthF(m_unit * widthFactor);
        return pen;
    }

    void titleRow()
    {
        const double h = m_unit * 1.5;
        const QRectF row(m_area.left(), m_y, m_area.width(), h);
        TextSpec title{m_unit * 0.78, m_s.titleFamily, true, m_s.titleColour};
        title.letterSpacing = m_unit * 0.05;
        double rightUsed = 0;
        if (expiryInTitleRow()) {
            const TextSpec small{m_unit * 0.38, m_s.labelFamily, false, m_s.ink};
            const double w = std::max(textWidth(m_c.expiryLabel, small), textWidth(m_c.expiry, m_value)) + m_pad;
            const QRectF box(row.right() - w - m_pad, row.top() + h * 0.05, w + m_pad, h * 0.9);
            if (m_s.grid != GridStyle::Plain) {
                m_p.setPen(rulePen());
                m_p.setBrush(Qt::NoBrush);
                m_p.drawRect(box);
            }
            drawText(m_p, QRectF(box.left() + m_pad / 2, box.top(), box.width() - m_pad, box.height() * 0.42), m_c.expiryLabel, small);
            mark("expiry", drawText(m_p, QRectF(box.left() + m_pad / 2, box.top() + box.height() * 0.4, box.width() - m_pad, box.height() * 0.6),
                                    m_c.expiry, {m_value.height * 0.95, m_value.family, true, m_s.ink}));
            rightUsed = box.width() + m_pad * 1.5;
        }
        if (!m_c.badge.isEmpty()) {
            const TextSpec badge{m_unit * 0.5, m_s.labelFamily, true, m_s.ink, Qt::AlignCenter};
            const double w = textWidth(m_c.badge, badge) + m_pad * 2;
            const QRectF box(row.right() - rightUsed - w, row.top() + h * 0.18, w, h * 0.64);
            m_p.setPen(rulePen(0.05));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRect(box);
            drawText(m_p, box, m_c.badge, badge);
            rightUsed += w + m_pad;
        }
        QRectF titleRect(row.left() + m_pad, row.top(), row.width() - rightUsed - 2 * m_pad, h);
        if (m_s.titleCentred && rightUsed == 0)
            title.align = Qt::AlignCenter;
        drawText(m_p, titleRect, m_c.title, title);
        m_y += h;
    }

    void idLine(bool kouki)
    {
        const TextSpec bigValue{m_value.height * 1.08, m_s.valueFamily, true, m_s.ink};
        if (kouki) {
            if (m_s.idLine == IdLineStyle::OneLine || m_s.idLine == IdLineStyle::Combined) {
                const double h = m_unit * 1.15;
                run(m_area.left() + m_pad, m_y + h * 0.72, m_area.width() - 2 * m_pad,
                    {{m_c.numberLabel, m_label, m_pad * 2}, {m_c.number, bigValue, 0, "number"}});
                m_y += h;
                separator();
            } else {
                gridRow(m_c.numberLabel, m_c.number, {}, {}, m_unit * 1.15, true, "number");
            }
            return;
        }
        const QString branchLabel = m_c.branchLabel;
        switch (m_s.idLine) {
        case IdLineStyle::OneLine: {
            const double h = m_unit * 1.15;
            std::vector<Piece> pieces{{m_c.symbolLabel, m_label, m_pad}, {m_c.symbol, bigValue, m_pad * 3, "symbol"},
                                      {m_c.numberLabel, m_label, m_pad}, {m_c.number, bigValue, m_pad * 3, "number"}};
            if (!m_c.branch.isEmpty()) {
                pieces.push_back({branchLabel, m_label, m_pad * 0.6});
                pieces.push_back({m_c.branch, bigValue, 0, "branch_number"});
            }
            run(m_area.left() + m_pad, m_y + h * 0.72, m_area.width() - 2 * m_pad, pieces);
            m_y += h;
            separator();
            break;
        }
        case IdLineStyle::Combined: {
            const double h = m_unit * 1.15;
            std::vector<Piece> pieces{{m_c.combinedLabel, m_label, m_pad * 1.5}, {m_c.symbol, bigValue, 0, "symbol"},
                                      {"・", bigValue}, {m_c.number, bigValue, m_pad * 2.5, "number"}};
            if (!m_c.branch.isEmpty()) {
                pieces.push_back({branchLabel, m_label, m_pad * 0.5});
                pieces.push_back({m_c.branch, bigValue, 0, "branch_number"});
            }
            run(m_area.left() + m_pad, m_y + h * 0.72, m_area.width() - 2 * m_pad, pieces);
            m_y += h;
            separator();
            break;
        }
        case IdLineStyle::Cells:
            cellsRow();
            break;
        case IdLineStyle::Pairs:
            gridRow(m_c.symbolLabel, m_c.symbol, m_c.numberLabel, m_c.number, m_unit, true, "symbol", "number");
            if (!m_c.branch.isEmpty())
                gridRow(branchLabel, m_c.branch, {}, {}, m_unit, true, "branch_number");
            else
                m_y += m_unit;
            break;
        }
    }

    /// 記号 | value | 番号 | value | 枝番 | value in one ruled row.
    void cellsRow()
    {
        const double h = m_unit * 1.15;
        std::vector<std::pair<QString, QString>> cells{{m_c.symbolLabel, m_c.symbol}, {m_c.numberLabel, m_c.number}};
        static const char* const fields[] = {"symbol", "number", "branch_number"};
        if (!m_c.branch.isEmpty())
            cells.emplace_back(m_c.branchLabel, m_c.branch);
        std::vector<double> labelW;
        double labelsTotal = 0;
        for (const auto& cell : cells) {
            labelW.push_back(textWidth(cell.first, m_label) + 2 * m_pad);
            labelsTotal += labelW.back();
        }
        const double valuesTotal = m_area.width() - labelsTotal;
        TextSpec value{m_value.height * 1.05, m_value.family, true, m_s.ink, Qt::AlignLeft | Qt::AlignVCenter};
        double natural = 0;
        for (const auto& cell : cells)
            natural += textWidth(cell.second, value) + 2 * m_pad;
        if (natural > valuesTotal) {
            // Too long for one row (long labels, full-width digits): smaller digits, or two rows.
            const double factor = (valuesTotal - 2 * m_pad * static_cast<double>(cells.size())) / (natural - 2 * m_pad * static_cast<double>(cells.size()));
            if (factor < 0.7) {
                gridRow(m_c.symbolLabel, m_c.symbol, m_c.numberLabel, m_c.number, m_unit, true, "symbol", "number");
                if (!m_c.branch.isEmpty())
                    gridRow(m_c.branchLabel, m_c.branch, {}, {}, m_unit, true, "branch_number");
                return;
            }
            value.height *= factor * 0.98;
        }
        // Each value cell gets what its text needs; the space left over goes mostly to 記号 and 番号.
        const std::vector<double> share = cells.size() == 3 ? std::vector<double>{0.45, 0.45, 0.1} : std::vector<double>{0.5, 0.5};
        std::vector<double> valueW;
        double needed = 0;
        for (const auto& cell : cells) {
            valueW.push_back(textWidth(cell.second, value) + 2 * m_pad);
            needed += valueW.back();
        }
        const double spare = valuesTotal - needed;
        for (std::size_t i = 0; i < cells.size(); ++i)
            valueW[i] = spare > 0 ? valueW[i] + spare * share[i] : valueW[i] * valuesTotal / needed;
        double x = m_area.left();
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const QRectF labelCell(x, m_y, labelW[i], h);
            shadeLabel(labelCell);
            drawText(m_p, labelCell.adjusted(m_pad, 0, -m_pad, 0), cells[i].first, m_label);
            x += labelW[i];
            const QRectF valueCell(x, m_y, valueW[i], h);
            mark(fields[i], drawText(m_p, valueCell.adjusted(m_pad, 0, -m_pad, 0), cells[i].second, value));
            x += valueCell.width();
            if (gridLines()) {
                verticalRule(labelCell.right(), m_y, h);
                verticalRule(valueCell.right(), m_y, h);
            }
        }
        m_y += h;
        separator();
    }

    bool gridLines() const { return m_s.grid == GridStyle::Ruled || m_s.grid == GridStyle::Shaded; }

    void shadeLabel(const QRectF& cell)
    {
        if (m_s.grid != GridStyle::Shaded)
            return;
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_s.labelFill);
        m_p.drawRect(cell);
    }

    void verticalRule(double x, double y, double h)
    {
        m_p.setPen(rulePen());
        m_p.drawLine(QPointF(x, y), QPointF(x, y + h));
    }

    void separator()
    {
        if (m_s.grid == GridStyle::Plain)
            return;
        m_p.setPen(rulePen());
        m_p.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
    }

    void gridRow(const QString& label, const QString& value, const QString& label2, const QString& value2, double h, bool boldValue = false,
                 const char* field = nullptr, const char* field2 = nullptr)
    {
        const QRectF labelCell(m_area.left(), m_y, m_labelWidth, h);
        shadeLabel(labelCell);
        drawText(m_p, labelCell.adjusted(m_pad, 0, -m_pad * 0.5, 0), label, m_label);
        TextSpec valueSpec = m_value;
        valueSpec.bold = boldValue;
        const double valueLeft = labelCell.right() + m_pad;
        const double valueRight = m_area.right() - m_pad;
        if (label2.isEmpty()) {
            mark(field, drawText(m_p, QRectF(valueLeft, m_y, valueRight - valueLeft, h), value, valueSpec));
        } else {
            const double label2W = textWidth(label2, m_label) + 2 * m_pad;
            const double split = valueLeft + (valueRight - valueLeft - label2W) * 0.62;
            mark(field, drawText(m_p, QRectF(valueLeft, m_y, split - valueLeft - m_pad, h), value, valueSpec));
            const QRectF label2Cell(split, m_y, label2W, h);
            shadeLabel(label2Cell);
            drawText(m_p, label2Cell.adjusted(m_pad, 0, -m_pad, 0), label2, m_label);
            mark(field2, drawText(m_p, QRectF(label2Cell.right() + m_pad, m_y, valueRight - label2Cell.right() - m_pad, h), value2, valueSpec));
            if (gridLines()) {
                verticalRule(label2Cell.left(), m_y, h);
                verticalRule(label2Cell.right(), m_y, h);
            }
        }
        if (gridLines())
            verticalRule(labelCell.right(), m_y, h);
        m_y += h;
        if (m_s.grid == GridStyle::Underlined) {
            QPen pen = rulePen(0.025);
            pen.setStyle(Qt::DotLine);
            m_p.setPen(pen);
            m_p.drawLine(QPointF(labelCell.right(), m_y - h * 0.08), QPointF(m_area.right(), m_y - h * 0.08));
        } else {
            separator();
        }
    }

    void insurerBlock()
    {
        switch (m_s.insurerBlock) {
        case InsurerBlock::Rows:
            gridRow(m_c.insurerNumberLabel, m_c.insurerNumber, {}, {}, m_unit, true, "insurer_number");
            gridRow(m_c.insurerNameLabel, m_c.insurerName, {}, {}, m_unit);
            break;
        case InsurerBlock::Stacked: {
            // 「保険者番号 / 名称」 as a two-row label, the number above the name.
            const double h = m_unit * 2.2;
            const QRectF labelCell(m_area.left(), m_y, m_labelWidth, h);
            shadeLabel(labelCell);
            drawText(m_p, QRectF(labelCell.left() + m_pad, m_y, labelCell.width() - 1.5 * m_pad, h / 2), m_c.insurerNumberLabel, m_label);
            drawText(m_p, QRectF(labelCell.left() + m_pad, m_y + h / 2, labelCell.width() - 1.5 * m_pad, h / 2),
                     m_c.insurerNameLabel == "保険者名称" ? QString("名称") : m_c.insurerNameLabel, m_label);
            const double left = labelCell.right() + m_pad;
            const double sealSpace = m_s.seal ? h * 0.95 : 0;
            const double width = m_area.right() - left - m_pad - sealSpace;
            mark("insurer_number", drawText(m_p, QRectF(left, m_y, width, h * 0.5), m_c.insurerNumber, {m_value.height * 1.05, m_value.family, true, m_s.ink}));
            drawText(m_p, QRectF(left, m_y + h * 0.45, width, h * 0.32), m_c.insurerName, m_value);
            if (!m_c.insurerAddress.isEmpty())
                drawText(m_p, QRectF(left, m_y + h * 0.74, width, h * 0.22), m_c.insurerAddress, {m_unit * 0.3, m_s.labelFamily, false, m_s.ink});
            if (m_s.seal)
                seal(QRectF(m_area.right() - sealSpace - m_pad * 0.2, m_y + h * 0.08, h * 0.84, h * 0.84));
            if (gridLines())
                verticalRule(labelCell.right(), m_y, h);
            m_y += h;
            separator();
            break;
        }
        case InsurerBlock::Footer: {
            closeGrid();
            m_gridTop = -1;
            const double h = m_unit * 1.7;
            const double sealSpace = m_s.seal ? h * 0.95 : 0;
            const double width = m_area.width() - 2 * m_pad - sealSpace;
            run(m_area.left() + m_pad, m_y + h * 0.42, width,
                {{m_c.insurerNumberLabel, m_label, m_pad * 1.5}, {m_c.insurerNumber, {m_value.height, m_value.family, true, m_s.ink}, 0, "insurer_number"}});
            QString name = m_c.insurerName;
            drawText(m_p, QRectF(m_area.left() + m_pad, m_y + h * 0.5, width, h * 0.45), name, m_value);
            if (m_s.seal)
                seal(QRectF(m_area.right() - sealSpace, m_y + h * 0.05, h * 0.9, h * 0.9));
            m_y += h;
            break;
        }
        }
    }

    void closeGrid()
    {
        if (m_gridTop < 0 || !gridLines())
            return;
        m_p.setPen(rulePen(0.05));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(m_area.left(), m_gridTop, m_area.width(), m_y - m_gridTop));
        m_gridTop = -1;
    }

    void smallPrint()
    {
        const TextSpec small{m_unit * 0.32, m_s.labelFamily, false, m_s.ink};
        m_y += m_unit * 0.1;
        for (const QString& line : m_c.smallPrint) {
            drawText(m_p, QRectF(m_area.left() + m_pad, m_y, m_area.width() - 2 * m_pad, m_unit * 0.55), line, small);
            m_y += m_unit * 0.55;
        }
    }

    /// The insurer's red official seal (公印) with four characters.
    void seal(const QRectF& box)
    {
        QColor red(205, 40, 40, 200);
        QPen pen(red);
        pen.setWidthF(box.width() * 0.06);
        m_p.setPen(pen);
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(box.adjusted(box.width() * 0.05, box.width() * 0.05, -box.width() * 0.05, -box.width() * 0.05));
        const TextSpec glyph{box.width() * 0.36, m_s.titleFamily, true, red, Qt::AlignCenter};
        const QString chars = "理事長印";
        for (int i = 0; i < 4; ++i) {
            const double cx = box.left() + box.width() * (i < 2 ? 0.72 : 0.28);
            const double cy = box.top() + box.height() * (i % 2 == 0 ? 0.3 : 0.7);
            drawText(m_p, QRectF(cx - box.width() * 0.2, cy - box.height() * 0.2, box.width() * 0.4, box.height() * 0.4), chars.mid(i, 1), glyph);
        }
    }

    void mark(const char* field, const QRectF& drawn)
    {
        if (m_boxes && field)
            m_boxes->add(m_p, field, drawn);
    }

    void run(double x, double baseline, double maxWidth, std::vector<Piece> pieces) { drawRun(m_p, x, baseline, maxWidth, std::move(pieces), m_boxes); }

    QPainter& m_p;
    QRectF m_area;
    const FormContent& m_c;
    const FormStyle& m_s;
    double m_unit = 5, m_pad = 1, m_labelWidth = 20, m_y = 0, m_gridTop = -1;
    TextSpec m_label, m_value;
    FieldBoxes* m_boxes = nullptr;
};

} // namespace

FormStyle randomFormStyle(Rng& rng)
{
    FormStyle s;
    const bool mincho = rng.chance(0.35);
    s.labelFamily = gothicFamily(rng);
    s.valueFamily = mincho ? minchoFamily(rng) : (rng.chance(0.7) ? s.labelFamily : gothicFamily(rng));
    s.titleFamily = rng.chance(0.5) ? s.valueFamily : s.labelFamily;
    s.idLine = static_cast<IdLineStyle>(rng.uniformInt(0, 3));
    static const std::vector<double> gridWeights{4, 3, 2, 1.5};
    s.grid = static_cast<GridStyle>(rng.weighted(gridWeights));
    s.insurerBlock = static_cast<InsurerBlock>(rng.uniformInt(0, 2));
    s.expiryTopRight = rng.chance(0.35);
    s.titleCentred = rng.chance(0.6);
    s.seal = rng.chance(0.4);
    const int inkTone = rng.uniformInt(10, 45);
    s.ink = QColor(inkTone, inkTone, inkTone + rng.uniformInt(0, 15));
    s.rule = rng.chance(0.7) ? QColor(70, 70, 70) : QColor(110, 80, 90);
    s.labelFill = QColor(0, 0, 0, rng.uniformInt(14, 34));
    s.titleColour = rng.chance(0.75) ? s.ink : QColor(40, 60, 120);
    s.valueScale = rng.uniform(0.5, 0.6);
    s.labelScale = rng.uniform(0.38, 0.45);
    return s;
}

QString formLayoutName(const FormStyle& s)
{
    static const char* idNames[] = {"oneline", "cells", "combined", "pairs"};
    static const char* gridNames[] = {"ruled", "shaded", "plain", "underlined"};
    static const char* insurerNames[] = {"rows", "stacked", "footer"};
    return QString("%1_%2_%3%4").arg(gridNames[static_cast<int>(s.grid)], idNames[static_cast<int>(s.idLine)],
                                    insurerNames[static_cast<int>(s.insurerBlock)], s.expiryTopRight ? "_expiry_top" : "");
}

QRectF paintForm(QPainter& painter, const QRectF& area, const FormContent& content, const FormStyle& style, FieldBoxes* boxes)
{
    return FormLayout(painter, area, content, style, boxes).paint();
}

} // namespace shikaku::synth
