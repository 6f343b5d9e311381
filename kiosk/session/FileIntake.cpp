#include "FileIntake.h"

#include "Session.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace shikaku::kiosk {

FileIntake::FileIntake(Session& session, qint64 maxBytes, QObject* parent)
    : QObject(parent), m_session(session), m_maxBytes(maxBytes)
{
}

bool FileIntake::fail(const QString& message)
{
    m_lastError = message;
    emit lastErrorChanged();
    return false;
}

bool FileIntake::open(const QString& pathOrUrl)
{
    const QString path = pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl.trimmed();
    QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return fail(tr("File not found"));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("The file cannot be read"));
    if (info.size() > m_maxBytes)
        return fail(tr("The file is too large (limit %1 MiB)").arg(m_maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read"));
    const QByteArray bytes = file.read(m_maxBytes + 1);
    if (!m_session.acceptFile(bytes, info.fileName(), Session::InputMode::StaffFile))
        return fail(m_session.lastRefusal());
    m_lastError.clear();
    emit lastErrorChanged();
    return true;
}

} // namespace shikaku::kiosk
