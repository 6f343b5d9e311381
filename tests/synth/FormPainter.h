#pragma once
// The label/value form printed on 資格確認書, old 保険証 and お知らせ card parts: a title row,
// the 記号・番号・枝番 line, person rows and the 保険者番号/名称 block, in several real styles.

#include "Rng.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace shikaku::synth {

struct FormRow {
    QString label, value;
    QString label2, value2; ///< optional second pair on the same row (e.g. 性別)
};

struct FormContent {
    QString title;
    QString badge;                        ///< 本人 / 家族 / 特別療養; empty = none
    QString symbolLabel = "記号", numberLabel = "番号", branchLabel = "枝番";
    QString combinedLabel = "記号・番号"; ///< label when 記号 and 番号 share one value (記号・番号 style)
    QString symbol, number, branch;       ///< printed text; empty symbol/branch = not printed
    QString expiryLabel = "有効期限", expiry; ///< empty = not printed
    std::vector<FormRow> rows;
    QString insurerNumberLabel = "保険者番号", insurerNameLabel = "保険者名称";
    QString insurerNumber, insurerName, insurerAddress;
    std::vector<QString> smallPrint;      ///< footer lines (発行管理番号, 電話 …)
};

enum class IdLineStyle { OneLine, Cells, Combined, Pairs };
enum class GridStyle { Ruled, Shaded, Plain, Underlined };
enum class InsurerBlock { Rows, Stacked, Footer };

struct FormStyle {
    QString labelFamily, valueFamily, titleFamily;
    IdLineStyle idLine = IdLineStyle::OneLine;
    GridStyle grid = GridStyle::Ruled;
    InsurerBlock insurerBlock = InsurerBlock::Rows;
    bool expiryTopRight = false;
    bool titleCentred = true;
    bool seal = false;
    QColor ink = QColor(25, 25, 25), rule = QColor(60, 60, 60), labelFill = QColor(0, 0, 0, 25), titleColour = QColor(25, 25, 25);
    double maxUnit = 6.0;                 ///< cap on the row height (mm) for big sheets
    double valueScale = 0.56, labelScale = 0.42;
};

FormStyle randomFormStyle(Rng& rng);

/// Short name of the style combination, used as the truth "layout".
QString formLayoutName(const FormStyle& style);

/// Paints the form into area; returns the area actually used (bottom may be left free).
QRectF paintForm(QPainter& painter, const QRectF& area, const FormContent& content, const FormStyle& style);

} // namespace shikaku::synth
