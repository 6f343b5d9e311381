#pragma once
// What staff confirmed, as the record the store keeps: each field's final value, whether staff
// changed it, where it came from, the scanner's judgement and the validator's verdict.

#ifndef Q_MOC_RUN
#include "ConfirmedRecord.h"
#endif

#include <QDateTime>
#include <QString>

namespace shikaku::kiosk {

class FieldReviewModel;

ConfirmedRecord recordFromReview(const FieldReviewModel& fields, DocumentKind kind, const QString& staffId,
                                 const QDateTime& scannedAt, const QDateTime& confirmedAt);

} // namespace shikaku::kiosk
