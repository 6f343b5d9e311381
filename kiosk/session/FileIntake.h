#pragma once
// Staff open a PDF or image file from disk for the visit (path typed or chosen in a dialog).
// The file is read with a size limit and handed to the session; the scan engine checks the
// content further.

#include <QObject>

namespace shikaku::kiosk {

class Session;

class FileIntake : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    explicit FileIntake(Session& session, qint64 maxBytes = 40ll << 20, QObject* parent = nullptr);

    /// Accepts a path or a file:// URL. False with lastError when it cannot be read.
    Q_INVOKABLE bool open(const QString& pathOrUrl);
    QString lastError() const { return m_lastError; }

signals:
    void lastErrorChanged();

private:
    bool fail(const QString& message);
    Session& m_session;
    qint64 m_maxBytes;
    QString m_lastError;
};

} // namespace shikaku::kiosk
