#include "StaffAuth.h"

#include "Clock.h"
#include "RecordSink.h"
#include "StaffPin.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStaff, "shikaku.staff")

namespace shikaku::kiosk {

StaffAuth::StaffAuth(const Clock& clock, RecordSink& audit, QByteArray pinHash, int idleSeconds, QObject* parent)
    : QObject(parent), m_clock(clock), m_audit(audit), m_pinHash(std::move(pinHash)), m_idleSeconds(idleSeconds)
{
}

bool StaffAuth::signIn(const QString& staffId, const QString& pin)
{
    const QString id = staffId.trimmed();
    const bool ok = !m_pinHash.isEmpty() && !id.isEmpty()
        && verifyStaffPin(m_pinHash.toStdString(), pin.toStdString());
    if (!ok) {
        ++m_failed;
        qCWarning(lcStaff) << "sign-in refused, attempt" << m_failed;
        m_audit.noteStaffAction(StaffAction::SignInFailed, id.toStdString());
        emit failedAttemptsChanged();
        return false;
    }
    m_failed = 0;
    emit failedAttemptsChanged();
    m_signedIn = true;
    m_staffId = id;
    m_lastActivity = m_clock.now();
    m_audit.noteStaffAction(StaffAction::SignIn, id.toStdString());
    qCInfo(lcStaff) << "staff signed in";
    emit signedInChanged();
    return true;
}

void StaffAuth::signOut()
{
    if (!m_signedIn)
        return;
    m_audit.noteStaffAction(StaffAction::SignOut, m_staffId.toStdString());
    m_signedIn = false;
    m_staffId.clear();
    emit signedInChanged();
}

void StaffAuth::touch() { m_lastActivity = m_clock.now(); }

void StaffAuth::tick()
{
    if (m_signedIn && m_lastActivity.secsTo(m_clock.now()) >= m_idleSeconds)
        signOut();
}

} // namespace shikaku::kiosk
