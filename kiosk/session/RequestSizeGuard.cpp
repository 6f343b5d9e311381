#include "RequestSizeGuard.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcGuard, "shikaku.upload")

namespace shikaku::kiosk {

namespace {

constexpr qint64 kReadBufferBytes = 64 * 1024;
constexpr int kDrainMs = 1000; ///< after refusing, what the client still sends is read and dropped this long

QByteArray headerValue(const QList<QByteArray>& lines, QByteArrayView name)
{
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray statusResponse(int status, QByteArrayView reason, const QString& text)
{
    const QByteArray body = QStringLiteral("<!doctype html><html lang=ja><meta charset=utf-8>"
                                           "<body style='font-family:sans-serif;font-size:20px'><p>%1</p></body></html>")
                                .arg(text)
                                .toUtf8();
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray()
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

RequestHeadTracker::Verdict RequestHeadTracker::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 skip = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= skip;
            bytes = bytes.sliced(skip);
            continue;
        }
        // Leading empty lines between requests are allowed (RFC 9112 §2.2).
        if (m_head.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n')) {
            bytes = bytes.sliced(1);
            continue;
        }
        const qsizetype before = m_head.size();
        m_head.append(bytes.first(std::min<qsizetype>(bytes.size(), kMaxHeadBytes + 4 - before)));
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHeadBytes)
                return Verdict::HeadTooLarge;
            return Verdict::Fine; // the rest of the head comes later
        }
        const qsizetype used = end + 4 - before; // bytes of this chunk that belong to the head
        m_head.truncate(end);
        if (const Verdict v = finishHead(); v != Verdict::Fine)
            return v;
        bytes = bytes.sliced(used);
    }
    return Verdict::Fine;
}

RequestHeadTracker::Verdict RequestHeadTracker::finishHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    if (!headerValue(lines, "Transfer-Encoding").isEmpty())
        return Verdict::LengthRequired; // the upload page always sends a length; no chunked bodies
    const QByteArray length = headerValue(lines, "Content-Length");
    bool ok = true;
    m_declared = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_declared < 0)
        return Verdict::LengthRequired;
    if (m_declared > m_maxBody)
        return Verdict::BodyTooLarge;
    m_bodyLeft = m_declared;
    return Verdict::Fine;
}

RequestSizeGuard::RequestSizeGuard(qint64 maxBodyBytes, QObject* parent) : QTcpServer(parent), m_maxBody(maxBodyBytes) {}

void RequestSizeGuard::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setReadBufferSize(kReadBufferBytes);
    auto tracker = std::make_shared<RequestHeadTracker>(m_maxBody);
    // Connected before Qt HttpServer's own readyRead slot (made when it takes the pending
    // connection), so this runs first for every chunk and sees bytes Qt HttpServer has not read.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, tracker] {
        if (socket->property("shikakuRefused").toBool()) {
            socket->skip(socket->bytesAvailable()); // draining: dropped unread by anyone
            return;
        }
        const QByteArray fresh = socket->peek(socket->bytesAvailable());
        const auto verdict = tracker->feed(fresh);
        if (verdict != RequestHeadTracker::Verdict::Fine)
            refuse(socket, verdict, tracker->declaredLength());
    });
    addPendingConnection(socket);
}

void RequestSizeGuard::refuse(QTcpSocket* socket, RequestHeadTracker::Verdict verdict, qint64 declared)
{
    int status = 413;
    QByteArray response;
    switch (verdict) {
    case RequestHeadTracker::Verdict::BodyTooLarge:
        response = statusResponse(413, "Payload Too Large",
                                  QStringLiteral("ファイルが大きすぎます。 / The file is too large."));
        break;
    case RequestHeadTracker::Verdict::LengthRequired:
        status = 411;
        response = statusResponse(411, "Length Required", QStringLiteral("送信できませんでした。 / Sending failed."));
        break;
    case RequestHeadTracker::Verdict::HeadTooLarge:
        status = 431;
        response = statusResponse(431, "Request Header Fields Too Large", QStringLiteral("送信できませんでした。 / Sending failed."));
        break;
    case RequestHeadTracker::Verdict::Fine: return;
    }
    ++m_refused;
    qCInfo(lcGuard) << "request refused before its body:" << status << "declared" << declared << "bytes";
    emit refusedEarly(status, declared);
    socket->setProperty("shikakuRefused", true);
    socket->skip(socket->bytesAvailable()); // Qt HttpServer's slot, next, finds nothing to read
    socket->write(response);
    // Lingering close: read and drop what the client is still sending for a moment, so that it
    // can read the answer before the connection goes (closing with unread data would reset it).
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(kDrainMs, socket, [guarded] {
        if (guarded)
            guarded->disconnectFromHost();
    });
}

} // namespace shikaku::kiosk
