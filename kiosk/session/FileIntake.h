#pragma once
// Staff open a PDF or image file from disk (path typed, or chosen in the file dialog). The file
// goes through the same limits as a phone upload (size, type by content; the scan engine checks
// page count) and becomes a new entry of the staff queue.

#include "UploadCheck.h"

#include <QObject>
#include <QUrl>

namespace shikaku::kiosk {

class StaffQueue;

class FileIntake : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// Where the file dialog opens: Downloads when there is one, else the home folder.
    Q_PROPERTY(QUrl startFolder READ startFolder CONSTANT)
public:
    explicit FileIntake(StaffQueue& queue, qint64 maxBytes = kDefaultMaxUploadBytes, QObject* parent = nullptr);

    /// Accepts a path or a file:// URL. False with lastError when it cannot be used.
    Q_INVOKABLE bool open(const QString& pathOrUrl);
    QString lastError() const { return m_lastError; }
    qint64 maxBytes() const { return m_maxBytes; }
    QUrl startFolder() const;

signals:
    void lastErrorChanged();

private:
    bool fail(const QString& message);
    StaffQueue& m_queue;
    qint64 m_maxBytes;
    QString m_lastError;
};

} // namespace shikaku::kiosk
