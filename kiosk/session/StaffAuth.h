#pragma once
// Staff sign-in with a PIN. The PIN is kept only as a libsodium password hash
// (crypto_pwhash_str, kiosk/core/StaffPin.h), configured by the municipality; staff are signed
// out after inactivity. Sign-ins, failures and sign-outs go to the audit log.

#include <QDateTime>
#include <QObject>

namespace shikaku {
class RecordSink;
}

namespace shikaku::kiosk {

class Clock;

class StaffAuth : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY signedInChanged)
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY failedAttemptsChanged)
public:
    /// `pinHash`: a crypto_pwhash_str string. `idleSeconds`: sign-out after this long without activity.
    StaffAuth(const Clock& clock, RecordSink& audit, QByteArray pinHash, int idleSeconds = 300, QObject* parent = nullptr);

    bool signedIn() const { return m_signedIn; }
    QString staffId() const { return m_staffId; }
    int failedAttempts() const { return m_failed; }

    Q_INVOKABLE bool signIn(const QString& staffId, const QString& pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void touch();
    void tick();

signals:
    void signedInChanged();
    void failedAttemptsChanged();

private:
    const Clock& m_clock;
    RecordSink& m_audit;
    QByteArray m_pinHash;
    int m_idleSeconds;
    bool m_signedIn = false;
    QString m_staffId;
    int m_failed = 0;
    QDateTime m_lastActivity;
};

} // namespace shikaku::kiosk
