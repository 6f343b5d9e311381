#pragma once
// Refuses an oversized upload before its body is read. Qt HttpServer 6.4 buffers a whole
// request (head and body) before any handler runs, so our handler's size check alone would let
// a phone (or anyone on the Wi-Fi) make the kiosk hold a body of any size in memory. This
// QTcpServer, bound to the QHttpServer with QAbstractHttpServer::bind(), watches every
// connection first: its readyRead slot is connected before Qt HttpServer's, and Qt calls slots
// in the order they were connected, so it sees each request head before the body is buffered.
// A head that declares more than the limit (Content-Length), a chunked body (no length given),
// or a head over 16 KiB is answered (413 / 411 / 431) and the connection is drained and closed;
// Qt HttpServer never sees those bytes. The socket's read buffer is bounded (64 KiB) so no
// more than that is ever held per connection outside Qt HttpServer.

#include <QByteArray>
#include <QTcpServer>

namespace shikaku::kiosk {

/// Follows the requests of one connection through its byte stream: head, then body of the
/// declared length, then the next head (keep-alive). Pure: fed with bytes, tells what is wrong.
class RequestHeadTracker {
public:
    enum class Verdict { Fine, BodyTooLarge, LengthRequired, HeadTooLarge };
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;

    explicit RequestHeadTracker(qint64 maxBodyBytes) : m_maxBody(maxBodyBytes) {}
    Verdict feed(QByteArrayView bytes);
    qint64 declaredLength() const { return m_declared; }

private:
    Verdict finishHead();
    qint64 m_maxBody;
    QByteArray m_head;        ///< the head being received
    qint64 m_bodyLeft = 0;    ///< bytes of the current body still to come
    qint64 m_declared = 0;    ///< Content-Length of the last head
};

class RequestSizeGuard : public QTcpServer {
    Q_OBJECT
public:
    explicit RequestSizeGuard(qint64 maxBodyBytes, QObject* parent = nullptr);
    /// Requests refused before their body was read (since start).
    int refusedCount() const { return m_refused; }

signals:
    void refusedEarly(int httpStatus, qint64 declaredBytes);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void refuse(QTcpSocket* socket, RequestHeadTracker::Verdict verdict, qint64 declared);
    qint64 m_maxBody;
    int m_refused = 0;
};

} // namespace shikaku::kiosk
