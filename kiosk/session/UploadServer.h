#pragma once
// The kiosk's own small web server for the phone upload (Qt HttpServer, local network only).
// A visit in phone mode gets a one-time link /u/<token> (128 random bits); the page lets the
// resident pick the マイナポータル PDF; the upload goes into that visit only. The token dies
// with the visit (revoke) and after one accepted upload. A declared body over the limit is
// refused from its request head, before the body is read (RequestSizeGuard); type (PDF, JPEG,
// PNG by content) and size are checked again before anything is parsed (UploadCheck).

#include "UploadCheck.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace shikaku::kiosk {

class RequestSizeGuard;

struct UploadOptions {
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 8088;            ///< 0 = any free port (tests)
    QString publicHost;             ///< host in the link; empty = first LAN IPv4 of the kiosk
    qint64 maxBytes = kDefaultMaxUploadBytes; ///< the portal PDF is ~100 KiB; a phone photo < 10 MiB
};

class UploadServer : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString link READ link NOTIFY linkChanged)
    Q_PROPERTY(bool listening READ listening CONSTANT)
public:
    explicit UploadServer(UploadOptions options = {}, QObject* parent = nullptr);
    ~UploadServer() override;

    /// Starts listening; false (and error()) when the port is taken.
    bool listen();
    bool listening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    /// A new one-time link for the current visit (replaces any earlier one).
    void issueToken();
    /// The link dies (visit over, upload accepted).
    void revoke();
    QString link() const;
    QString token() const { return m_token; }
    /// Uploads refused from their head alone (declared too large), since start.
    int refusedEarlyCount() const;

signals:
    void linkChanged();
    /// A checked upload for the current visit (GUI thread).
    void uploaded(const QByteArray& bytes, const QString& label);

private:
    QHttpServerResponse page(const QString& token) const;
    QHttpServerResponse receive(const QString& token, const QHttpServerRequest& request);

    UploadOptions m_options;
    std::unique_ptr<QHttpServer> m_server;
    RequestSizeGuard* m_guard = nullptr; ///< owned by this; bound to m_server
    quint16 m_port = 0;
    QString m_error;
    QString m_token;
    QString m_host;
};

} // namespace shikaku::kiosk
