#include "FileIntake.h"

#include "StaffQueue.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace shikaku::kiosk {

FileIntake::FileIntake(StaffQueue& queue, qint64 maxBytes, QObject* parent)
    : QObject(parent), m_queue(queue), m_maxBytes(maxBytes)
{
    // An error was about the last attempt; once the queue moves on it is stale.
    connect(&m_queue, &StaffQueue::countChanged, this, [this] {
        if (!m_lastError.isEmpty()) {
            m_lastError.clear();
            emit lastErrorChanged();
        }
    });
}

QUrl FileIntake::startFolder() const
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString folder = QFileInfo(downloads).isDir() ? downloads : QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QUrl::fromLocalFile(folder);
}

bool FileIntake::fail(const QString& message)
{
    m_lastError = message;
    emit lastErrorChanged();
    return false;
}

bool FileIntake::open(const QString& pathOrUrl)
{
    const QString trimmed = pathOrUrl.trimmed();
    const QString path = trimmed.startsWith(QLatin1String("file:")) ? QUrl(trimmed).toLocalFile() : trimmed;
    QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return fail(tr("File not found"));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("The file cannot be read"));
    // Refused before reading when the size on disk already says so.
    if (info.size() > m_maxBytes)
        return fail(tr("The file is too large (limit %1 MiB)").arg(m_maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read"));
    const QByteArray bytes = file.read(m_maxBytes + 1); // a file that grew meanwhile is still caught
    if (const auto problem = checkUpload(bytes, m_maxBytes)) {
        switch (*problem) {
        case UploadProblem::Empty: return fail(tr("The file is empty"));
        case UploadProblem::TooLarge: return fail(tr("The file is too large (limit %1 MiB)").arg(m_maxBytes >> 20));
        case UploadProblem::WrongType: return fail(tr("Not a PDF, JPEG or PNG file"));
        }
    }
    if (!m_queue.addStaffFile(bytes, info.fileName()))
        return fail(m_queue.lastRefusal());
    m_lastError.clear();
    emit lastErrorChanged();
    return true;
}

} // namespace shikaku::kiosk
