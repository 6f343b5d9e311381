#include "FieldReviewModel.h"

#include "FieldMasking.h"
#include "FieldValidators.h"

#include <algorithm>

namespace shikaku::kiosk {

namespace {

FieldReviewModel::Verdict toModel(VerdictKind kind) { return static_cast<FieldReviewModel::Verdict>(kind); }

FieldReviewModel::Source toModel(FieldSource source)
{
    switch (source) {
    case FieldSource::Ocr: return FieldReviewModel::Source::Ocr;
    case FieldSource::PdfText: return FieldReviewModel::Source::PdfText;
    case FieldSource::Barcode: return FieldReviewModel::Source::Barcode;
    case FieldSource::None: break;
    }
    return FieldReviewModel::Source::None;
}

FieldReviewModel::Status toModel(FieldStatus status) { return static_cast<FieldReviewModel::Status>(status); }

} // namespace

QString fieldLabel(FieldId id)
{
    switch (id) {
    case FieldId::InsurerNumber: return QStringLiteral("保険者番号");
    case FieldId::Symbol: return QStringLiteral("記号");
    case FieldId::Number: return QStringLiteral("番号");
    case FieldId::BranchNumber: return QStringLiteral("枝番");
    case FieldId::Expiry: return QStringLiteral("有効期限");
    }
    return {};
}

FieldReviewModel::FieldReviewModel(QObject* parent) : QAbstractListModel(parent)
{
    for (FieldId id : kAllFields)
        m_rows.push_back(Row{id});
}

int FieldReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> FieldReviewModel::roleNames() const
{
    return {{NameRole, "name"},         {LabelRole, "label"},           {ValueRole, "value"},
            {ResidentValueRole, "residentValue"}, {StatusRole, "status"}, {VerdictRole, "verdict"},
            {ConfidenceRole, "confidence"}, {SourceRole, "source"},    {BoxRole, "box"},
            {EditedRole, "edited"},     {ReasonRole, "reason"}};
}

QVariant FieldReviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case NameRole: return QString::fromUtf8(toString(r.id).data(), qsizetype(toString(r.id).size()));
    case LabelRole: return fieldLabel(r.id);
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ValueRole: return r.value;
    case ResidentValueRole:
        // 有効期限 is not protected and helps the resident; the identifying numbers are masked.
        return r.id == FieldId::Expiry ? r.value : maskForResident(r.value);
    case StatusRole: return QVariant::fromValue(r.status);
    case VerdictRole: return QVariant::fromValue(r.verdict);
    case ConfidenceRole: return r.confidence;
    case SourceRole: return QVariant::fromValue(r.source);
    case BoxRole: return r.box;
    case EditedRole: return r.edited;
    case ReasonRole: return r.reason;
    }
    return {};
}

Qt::ItemFlags FieldReviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

bool FieldReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::EditRole && role != ValueRole))
        return false;
    edit(index.row(), value.toString());
    return true;
}

void FieldReviewModel::load(const ScanResult& result, const Date& today)
{
    beginResetModel();
    m_today = today;
    m_kind = result.kind;
    for (FieldId id : kAllFields) {
        const FieldReading& reading = result.field(id);
        Row& r = row(id);
        r = Row{id};
        r.value = reading.value ? QString::fromStdString(*reading.value) : QString();
        r.status = toModel(reading.status);
        r.confidence = reading.confidence;
        r.source = toModel(reading.source);
        r.origin = reading.source;
        r.scanStatus = reading.status;
        r.reason = QString::fromStdString(reading.reason);
        if (reading.box)
            r.box = QRect(reading.box->x, reading.box->y, reading.box->width, reading.box->height);
        r.verdict = reading.status == FieldStatus::NotApplicable ? Verdict::NotApplicable
                                                                 : toModel(revalidate(id, r.value, today).kind);
    }
    endResetModel();
    emit confirmableChanged();
}

void FieldReviewModel::clear()
{
    beginResetModel();
    m_kind = DocumentKind::Unknown;
    for (auto& r : m_rows)
        r = Row{r.id};
    endResetModel();
    emit confirmableChanged();
}

int FieldReviewModel::edit(int rowIndex, const QString& text)
{
    if (rowIndex < 0 || rowIndex >= int(m_rows.size()))
        return int(Verdict::Invalid);
    Row& r = m_rows[std::size_t(rowIndex)];
    const FieldVerdict verdict = revalidate(r.id, text, m_today);
    // Keep what staff typed while it is invalid, so that typing is never fought;
    // store the normalised form once it validates.
    r.value = (verdict.kind == VerdictKind::Valid || verdict.kind == VerdictKind::Expired) ? verdict.normalized : text;
    r.verdict = toModel(verdict.kind);
    r.edited = true;
    r.source = Source::Staff;
    // An edit is staff's own reading: it is checked by them, no longer a machine `review`.
    r.status = verdict.kind == VerdictKind::Valid || verdict.kind == VerdictKind::Expired ? Status::Ok : Status::Review;
    if (verdict.kind == VerdictKind::Empty && r.status != Status::NotApplicable)
        r.status = Status::NotFound;
    const QModelIndex i = index(rowIndex);
    emit dataChanged(i, i);
    emit confirmableChanged();
    emit valueEdited();
    return int(r.verdict);
}

int FieldReviewModel::missingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) {
        return r.value.isEmpty() && r.status != Status::NotApplicable;
    }));
}

bool FieldReviewModel::allConfirmable() const { return blockingLabels().isEmpty(); }

QStringList FieldReviewModel::blockingLabels() const
{
    QStringList blocking;
    // 後期高齢者 (法別 39) prints no 記号 and no 枝番: empty is right for them. A お知らせ (aged
    // 70–74) and the マイナポータル screen and PDF print a 有効期限 only for some holders: when the
    // scan could not tell, staff see the document and may leave it empty.
    const bool kouki = isKoukiInsurer(row(FieldId::InsurerNumber).value.toStdString());
    const bool expiryOptional = printsExpiryForSomeHoldersOnly(m_kind);
    for (const Row& r : m_rows) {
        const bool optionalHere = (kouki && (r.id == FieldId::Symbol || r.id == FieldId::BranchNumber)) ||
                                  (expiryOptional && r.id == FieldId::Expiry);
        const bool fine = (optionalHere && r.verdict == Verdict::Empty) || r.verdict == Verdict::Valid || r.verdict == Verdict::Expired || r.verdict == Verdict::NotApplicable
            || (r.verdict == Verdict::Empty && r.status == Status::NotApplicable);
        if (!fine)
            blocking << fieldLabel(r.id);
    }
    return blocking;
}

QString FieldReviewModel::value(FieldId id) const { return row(id).value; }
bool FieldReviewModel::edited(FieldId id) const { return row(id).edited; }
FieldReviewModel::Status FieldReviewModel::status(FieldId id) const { return row(id).status; }
FieldReviewModel::Verdict FieldReviewModel::verdict(FieldId id) const { return row(id).verdict; }

} // namespace shikaku::kiosk
