#include "TimeFormat.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace shikaku {

std::int64_t toEpochMs(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

Clock::time_point fromEpochMs(std::int64_t ms)
{
    return Clock::time_point(std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(ms)));
}

std::string toIsoUtc(Clock::time_point t)
{
    return QDateTime::fromMSecsSinceEpoch(toEpochMs(t), Qt::UTC).toString(Qt::ISODate).toStdString();
}

std::string toIsoLocal(Clock::time_point t)
{
    // Qt::LocalTime prints no offset in ISO; the system zone's offset is stated explicitly.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(toEpochMs(t), QTimeZone::systemTimeZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

std::optional<Clock::time_point> parseIsoDateTime(std::string_view text)
{
    const QDateTime dt = QDateTime::fromString(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())),
                                               Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return fromEpochMs(dt.toMSecsSinceEpoch());
}

std::optional<Clock::time_point> startOfLocalDay(std::string_view isoDate)
{
    const QDate date = QDate::fromString(QString::fromUtf8(isoDate.data(), static_cast<qsizetype>(isoDate.size())),
                                         Qt::ISODate);
    if (!date.isValid() || isoDate.size() != 10)
        return std::nullopt;
    return fromEpochMs(date.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
}

} // namespace shikaku
