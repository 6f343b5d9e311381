// The phone upload page over real HTTP on 127.0.0.1: one-time token, type and size limits,
// the upload reaches only the current visit; the QR code decodes back to the link. An upload
// whose head declares too much is refused before its body is read (raw sockets: a head alone
// gets its 413; 200 MiB streamed at the server do not grow the process), on a kept-alive
// connection too; an unguarded Qt HttpServer, for contrast, buffers the body.

#include "QrCodeImage.h"
#include "RequestSizeGuard.h"
#include "UploadServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QTcpSocket>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace shikaku::kiosk;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
};

Reply send(QNetworkAccessManager& net, const QString& url, const QByteArray* post = nullptr,
           const QByteArray& type = "application/pdf")
{
    QNetworkRequest request{QUrl(url)};
    QNetworkReply* reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        reply = net.post(request, *post);
    } else {
        reply = net.get(request);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

QByteArray minimalPdf() { return QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"); }

/// Resident memory of this process (client and server both live here), in KiB.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QByteArray postHead(const QString& path, qint64 length, const QByteArray& extra = {})
{
    return "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/pdf\r\n" + extra
        + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

struct Streamed {
    QByteArray status;  ///< the status line, empty when no answer came
    qint64 sentBytes = 0;
    qint64 elapsedMs = 0;
    qint64 peakGrowthKiB = 0;
};

/// Sends a head declaring `declared` bytes, then streams the body in 64 KiB pieces (never
/// more than 1 MiB waiting in the client) until an answer comes or it is all sent.
Streamed streamUpload(quint16 port, const QString& path, qint64 declared)
{
    Streamed result;
    const qint64 before = residentKiB();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return result;
    QElapsedTimer timer;
    timer.start();
    socket.write(postHead(path, declared));
    const QByteArray chunk(64 * 1024, 'x');
    QByteArray received;
    while (result.sentBytes < declared && timer.elapsed() < 60000 && !received.contains("\r\n")
           && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesToWrite() < 1024 * 1024) {
            socket.write(chunk);
            result.sentBytes += chunk.size();
        }
        socket.waitForBytesWritten(5);
        QCoreApplication::processEvents(); // the server lives in this thread
        received += socket.readAll();
        result.peakGrowthKiB = std::max(result.peakGrowthKiB, residentKiB() - before);
    }
    for (int i = 0; i < 100 && !received.contains("\r\n"); ++i) { // the last bytes may still be in flight
        QCoreApplication::processEvents();
        socket.waitForReadyRead(20);
        received += socket.readAll();
        result.peakGrowthKiB = std::max(result.peakGrowthKiB, residentKiB() - before);
    }
    result.elapsedMs = timer.elapsed();
    result.status = received.left(received.indexOf("\r\n"));
    return result;
}

} // namespace

class UploadServerTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<UploadServer> m_server;
    QNetworkAccessManager m_net;

private slots:
    void init()
    {
        UploadOptions options;
        options.listenAddress = QHostAddress::LocalHost;
        options.port = 0;
        options.publicHost = QStringLiteral("127.0.0.1");
        options.maxBytes = 64 * 1024;
        m_server = std::make_unique<UploadServer>(options);
        QVERIFY(m_server->listen());
    }

    void noLinkWithoutAVisit()
    {
        QVERIFY(m_server->link().isEmpty());
        const Reply r = send(m_net, QStringLiteral("http://127.0.0.1:%1/u/guess").arg(m_server->port()));
        QCOMPARE(r.status, 404);
    }

    void pageThenOneUpload()
    {
        m_server->issueToken();
        const QString link = m_server->link();
        QVERIFY(link.startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(m_server->token().size(), 32); // 128 random bits

        const Reply page = send(m_net, link);
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("端末に保存")));
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("本人確認書類ではありません")));

        QSignalSpy uploaded(m_server.get(), &UploadServer::uploaded);
        const QByteArray notPdf = "hello, this is text";
        QCOMPARE(send(m_net, link, &notPdf, "text/plain").status, 415);
        QByteArray huge = minimalPdf() + QByteArray(70 * 1024, ' ');
        QCOMPARE(send(m_net, link, &huge).status, 413);
        QCOMPARE(uploaded.count(), 0);

        const QByteArray pdf = minimalPdf();
        QCOMPARE(send(m_net, link, &pdf).status, 200);
        QCOMPARE(uploaded.count(), 1);
        QCOMPARE(uploaded.at(0).at(0).toByteArray(), pdf);

        // The link worked once.
        QVERIFY(m_server->link().isEmpty());
        QCOMPARE(send(m_net, link, &pdf).status, 404);
        QCOMPARE(send(m_net, link).status, 404);
        QCOMPARE(uploaded.count(), 1);
    }

    void revokedLinkIsDead()
    {
        m_server->issueToken();
        const QString link = m_server->link();
        m_server->revoke();
        const QByteArray pdf = minimalPdf();
        QCOMPARE(send(m_net, link, &pdf).status, 404);
        m_server->issueToken();
        QVERIFY(m_server->link() != link); // a new visit gets a new token
    }

    void headDeclaringTooMuchIsAnsweredBeforeAnyBody()
    {
        m_server->issueToken();
        const QString path = QUrl(m_server->link()).path();
        QSignalSpy uploaded(m_server.get(), &UploadServer::uploaded);
        // Only the head is sent: Qt HttpServer alone would wait for the body; the guard answers.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(postHead(path, 200ll * 1024 * 1024));
        QElapsedTimer timer;
        timer.start();
        QByteArray received;
        while (timer.elapsed() < 5000 && !received.contains("\r\n")) {
            QCoreApplication::processEvents();
            socket.waitForReadyRead(20);
            received += socket.readAll();
        }
        QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
        QCOMPARE(m_server->refusedEarlyCount(), 1);
        QCOMPARE(uploaded.count(), 0);
        QVERIFY(!m_server->link().isEmpty()); // the link is not used up by a refused attempt
    }

    void twoHundredMebibytesStreamedAreRefusedWithoutMemoryGrowth()
    {
        m_server->issueToken();
        const Streamed s = streamUpload(m_server->port(), QUrl(m_server->link()).path(), 200ll * 1024 * 1024);
        qInfo("guarded: 200 MiB declared → '%s' after %lld ms, %lld KiB sent, peak RSS growth %lld KiB",
              s.status.constData(), s.elapsedMs, s.sentBytes / 1024, s.peakGrowthKiB);
        QVERIFY2(s.status.startsWith("HTTP/1.1 413"), s.status.constData());
        QVERIFY(s.sentBytes < 16ll * 1024 * 1024); // answered long before the body was through
        QVERIFY(s.peakGrowthKiB < 16 * 1024);
    }

    void unguardedQtHttpServerBuffersTheBody()
    {
        // The contrast that makes the test above meaningful: Qt HttpServer 6.4 by itself holds
        // the whole body before a handler could refuse it (48 MiB here, to stay quick).
        QHttpServer plain;
        plain.route(QStringLiteral("/u/<arg>"), QHttpServerRequest::Method::Post, [](const QString&) {
            return QHttpServerResponse(QHttpServerResponse::StatusCode::PayloadTooLarge);
        });
        const quint16 port = plain.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const qint64 declared = 48ll * 1024 * 1024;
        const Streamed s = streamUpload(port, QStringLiteral("/u/x"), declared);
        qInfo("unguarded: 48 MiB declared → '%s' after %lld ms, %lld KiB sent, peak RSS growth %lld KiB",
              s.status.constData(), s.elapsedMs, s.sentBytes / 1024, s.peakGrowthKiB);
        QCOMPARE(s.sentBytes, declared);               // it had to take the whole body
        QVERIFY(s.peakGrowthKiB > 32 * 1024);          // and held it in memory
    }

    void keptAliveConnectionIsCheckedForEveryRequest()
    {
        m_server->issueToken();
        const QString path = QUrl(m_server->link()).path();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        // First the page, as the phone's browser does, then the upload on the same connection.
        socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray page;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000 && !page.contains("</html>")) {
            QCoreApplication::processEvents();
            socket.waitForReadyRead(20);
            page += socket.readAll();
        }
        QVERIFY(page.startsWith("HTTP/1.1 200"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(postHead(path, 11ll * 1024 * 1024));
        QByteArray answer;
        timer.restart();
        while (timer.elapsed() < 5000 && !answer.contains("\r\n")) {
            QCoreApplication::processEvents();
            socket.waitForReadyRead(20);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }

    void chunkedBodyNeedsALength()
    {
        m_server->issueToken();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST " + QUrl(m_server->link()).path().toUtf8()
                     + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000 && !answer.contains("\r\n")) {
            QCoreApplication::processEvents();
            socket.waitForReadyRead(20);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    }

    void headTrackerFollowsSplitAndPipelinedRequests()
    {
        RequestHeadTracker tracker(100);
        using V = RequestHeadTracker::Verdict;
        // A head split in the middle of a line, a body of 5, then the next request's head.
        QCOMPARE(tracker.feed("POST /u/a HTTP/1.1\r\nconTent-LENGTH: 5"), V::Fine);
        QCOMPARE(tracker.feed("\r\n\r\nhello"), V::Fine);
        QCOMPARE(tracker.feed("GET / HTTP/1.1\r\n\r\nPOST /u/a HTTP/1.1\r\nContent-Length: 101\r\n\r\n"), V::BodyTooLarge);
        QCOMPARE(tracker.declaredLength(), 101);
        // Body bytes that look like a head are skipped, not parsed.
        RequestHeadTracker second(100);
        QCOMPARE(second.feed("POST / HTTP/1.1\r\nContent-Length: 40\r\n\r\nContent-Length: 999999\r\n\r\n"), V::Fine);
        RequestHeadTracker third(100);
        QCOMPARE(third.feed(QByteArray(RequestHeadTracker::kMaxHeadBytes + 10, 'a')), V::HeadTooLarge);
        RequestHeadTracker fourth(100);
        QCOMPARE(fourth.feed("POST / HTTP/1.1\r\nContent-Length: many\r\n\r\n"), V::LengthRequired);
    }

    void qrCodeCarriesTheLink()
    {
        m_server->issueToken();
        const QImage qr = makeQrCode(m_server->link(), 6).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!qr.isNull());
        ZXing::ImageView view(qr.constBits(), qr.width(), qr.height(), ZXing::ImageFormat::Lum, int(qr.bytesPerLine()));
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        QVERIFY(result.isValid());
        QCOMPARE(QString::fromStdWString(result.text()), m_server->link());
    }
};

QTEST_GUILESS_MAIN(UploadServerTest)
#include "UploadServerTest.moc"
