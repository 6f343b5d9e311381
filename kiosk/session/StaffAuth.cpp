#include "StaffAuth.h"

#include "Clock.h"

#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcStaff, "shikaku.staff")

namespace shikaku::kiosk {

StaffAuth::StaffAuth(const Clock& clock, QByteArray pinHash, int idleSeconds, QObject* parent)
    : QObject(parent), m_clock(clock), m_pinHash(std::move(pinHash)), m_idleSeconds(idleSeconds)
{
    if (sodium_init() < 0)
        qCCritical(lcStaff) << "libsodium could not be initialised";
}

QByteArray StaffAuth::hashPin(const QString& pin)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), std::size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QByteArray(out);
}

bool StaffAuth::signIn(const QString& staffId, const QString& pin)
{
    const QByteArray utf8 = pin.toUtf8();
    const bool ok = !m_pinHash.isEmpty() && !staffId.trimmed().isEmpty()
        && crypto_pwhash_str_verify(m_pinHash.constData(), utf8.constData(), std::size_t(utf8.size())) == 0;
    if (!ok) {
        ++m_failed;
        qCWarning(lcStaff) << "sign-in refused, attempt" << m_failed;
        emit failedAttemptsChanged();
        return false;
    }
    m_failed = 0;
    emit failedAttemptsChanged();
    m_signedIn = true;
    m_staffId = staffId.trimmed();
    m_lastActivity = m_clock.now();
    qCInfo(lcStaff) << "staff signed in";
    emit signedInChanged();
    return true;
}

void StaffAuth::signOut()
{
    if (!m_signedIn)
        return;
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
