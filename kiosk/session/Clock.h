#pragma once
// The session's sense of time, injected so that tests can run a 90-second time-out in no time.

#include <QDateTime>

namespace shikaku::kiosk {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

/// The wall clock of the kiosk PC.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/// A clock that only moves when told to (tests).
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 4, 1), QTime(9, 0))) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advanceSeconds(double seconds) { m_now = m_now.addMSecs(static_cast<qint64>(seconds * 1000.0)); }

private:
    QDateTime m_now;
};

} // namespace shikaku::kiosk
