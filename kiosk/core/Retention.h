#pragma once
// Retention: records are kept for a configured number of days after confirmation, then purged
// (at start and periodically). Every purge is audited, even one that removes nothing.

#include "RecordStore.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace shikaku {

class Retention {
public:
    static constexpr int kDefaultDays = 30;

    Retention(RecordStore& store, int retentionDays) : m_store(&store), m_days(retentionDays) {}

    /// The moment before which confirmations are past retention, by the store's clock.
    [[nodiscard]] Clock::time_point cutoff() const;

    /// Purges records past retention; returns how many were removed.
    StoreResult<std::int64_t> purgeExpired(std::string_view actor = "kiosk:retention");

    [[nodiscard]] int days() const { return m_days; }

private:
    RecordStore* m_store;
    int m_days;
};

/// Runs Retention::purgeExpired now and then every `interval` while the kiosk runs.
class RetentionTimer : public QObject {
    Q_OBJECT
public:
    RetentionTimer(Retention& retention, std::chrono::milliseconds interval, QObject* parent = nullptr);

    /// Purges once now and starts the timer.
    void start();

Q_SIGNALS:
    /// After each purge: how many were removed, or the error message (never a value).
    void purged(qint64 removed);
    void purgeFailed(const QString& message);

private:
    void purgeNow();

    Retention* m_retention;
    QTimer m_timer;
};

} // namespace shikaku
