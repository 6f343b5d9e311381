#include "Retention.h"

namespace shikaku {

Clock::time_point Retention::cutoff() const
{
    return m_store->now() - std::chrono::hours(24) * m_days;
}

StoreResult<std::int64_t> Retention::purgeExpired(std::string_view actor)
{
    return m_store->purgeConfirmedBefore(cutoff(), actor);
}

RetentionTimer::RetentionTimer(Retention& retention, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent), m_retention(&retention)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &RetentionTimer::purgeNow);
}

void RetentionTimer::start()
{
    purgeNow();
    m_timer.start();
}

void RetentionTimer::purgeNow()
{
    const auto result = m_retention->purgeExpired();
    if (result)
        Q_EMIT purged(result.value());
    else
        Q_EMIT purgeFailed(QString::fromStdString(result.error().message));
}

} // namespace shikaku
