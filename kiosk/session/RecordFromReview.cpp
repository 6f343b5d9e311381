#include "RecordFromReview.h"

#include "FieldReviewModel.h"

namespace shikaku::kiosk {

namespace {

shikaku::Clock::time_point toSystemClock(const QDateTime& time)
{
    return shikaku::Clock::time_point(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

} // namespace

ConfirmedRecord recordFromReview(const FieldReviewModel& fields, DocumentKind kind, const QString& staffId,
                                 const QDateTime& scannedAt, const QDateTime& confirmedAt)
{
    ConfirmedRecord record;
    record.kind = kind;
    for (FieldId id : kAllFields) {
        ConfirmedField& field = record.field(id);
        const QString value = fields.value(id);
        if (!value.isEmpty())
            field.value = value.toStdString();
        field.changedByStaff = fields.edited(id);
        field.source = field.changedByStaff ? ValueSource::Manual : valueSourceOf(fields.origin(id));
        if (!field.value)
            field.source = ValueSource::None;
        field.scanStatus = fields.scanStatus(id);
        const auto verdict = fields.verdict(id);
        field.valid = verdict == FieldReviewModel::Verdict::Valid || verdict == FieldReviewModel::Verdict::Expired;
    }
    record.staffId = staffId.toStdString();
    record.scannedAt = toSystemClock(scannedAt);
    record.confirmedAt = toSystemClock(confirmedAt);
    return record;
}

} // namespace shikaku::kiosk
