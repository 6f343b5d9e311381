#pragma once
// The five fields of the session under review, as a list model for both windows: staff see
// value, crop box, confidence, verdict and source and may edit (re-validated as they type);
// the resident sees only masked values. Holds the protected values only until wipe().

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse <concepts>, pulled in by these
#include "Date.h"
#include "FieldReading.h"
#include "FieldRevalidation.h"
#include "ScanResult.h"
#endif

#include <QAbstractListModel>
#include <QRect>

#include <vector>

namespace shikaku::kiosk {

class FieldReviewModel : public QAbstractListModel {
    Q_OBJECT
    // Status and Verdict share value names: QML writes FieldReviewModel.Verdict.Valid.
    Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")
    Q_PROPERTY(bool allConfirmable READ allConfirmable NOTIFY confirmableChanged)
    /// Fields the document should carry but that have no value (the resident is told staff will help).
    Q_PROPERTY(int missingCount READ missingCount NOTIFY confirmableChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< contract name: "insurer_number", ...
        LabelRole,                   ///< 保険者番号, ... (the document's own term)
        ValueRole,                   ///< current value (staff window only)
        ResidentValueRole,           ///< masked value for the resident window
        StatusRole,                  ///< Status enum
        VerdictRole,                 ///< VerdictKind as Verdict enum
        ConfidenceRole,              ///< 0..1, of the reading (not of an edit)
        SourceRole,                  ///< Source enum
        BoxRole,                     ///< QRect in the rectified image; empty when none
        EditedRole,                  ///< staff changed the value
        ReasonRole,                  ///< the engine's reason for review (never contains the value)
    };
    Q_ENUM(Role)

    /// Mirrors shikaku::FieldStatus for QML.
    enum class Status { Ok, Review, NotFound, NotApplicable };
    Q_ENUM(Status)
    /// Mirrors VerdictKind for QML.
    enum class Verdict { Valid, CheckDigitFailed, Invalid, Expired, Empty, NotApplicable };
    Q_ENUM(Verdict)
    enum class Source { None, Ocr, PdfText, Barcode, Staff };
    Q_ENUM(Source)

    explicit FieldReviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Fills the rows from a scan; `today` decides the expired verdict.
    void load(const ScanResult& result, const Date& today);
    /// Forgets every value (the wipe).
    void clear();

    /// Staff edit of row `row`; re-validates at once. Returns the new verdict.
    Q_INVOKABLE int edit(int row, const QString& text);
    /// Every applicable field has a valid (or expired but well-formed) value.
    bool allConfirmable() const;
    int missingCount() const;
    /// Rows whose verdict prevents confirmation, for the refusal message.
    QStringList blockingLabels() const;

    /// The values to store (normalised), indexed like kAllFields; empty for not applicable.
    QString value(FieldId id) const;
    bool edited(FieldId id) const;
    Status status(FieldId id) const;
    Verdict verdict(FieldId id) const;
    /// The scanner's judgement before staff looked.
    FieldStatus scanStatus(FieldId id) const { return row(id).scanStatus; }
    /// Where the value came from; None when staff typed it.
    FieldSource origin(FieldId id) const { return row(id).edited ? FieldSource::None : row(id).origin; }

signals:
    void confirmableChanged();
    void valueEdited();

private:
    struct Row {
        FieldId id = FieldId::InsurerNumber;
        QString value;
        Status status = Status::NotFound;
        Verdict verdict = Verdict::Empty;
        double confidence = 0.0;
        Source source = Source::None;
        QRect box;
        QString reason;
        bool edited = false;
        FieldSource origin = FieldSource::None;
        FieldStatus scanStatus = FieldStatus::NotFound;
    };
    Row& row(FieldId id) { return m_rows[static_cast<std::size_t>(id)]; }
    const Row& row(FieldId id) const { return m_rows[static_cast<std::size_t>(id)]; }

    std::vector<Row> m_rows;
    Date m_today;
    DocumentKind m_kind = DocumentKind::Unknown;
};

QString fieldLabel(FieldId id);

} // namespace shikaku::kiosk
