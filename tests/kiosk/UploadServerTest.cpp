// The phone upload page over real HTTP on 127.0.0.1: one-time token, type and size limits,
// the upload reaches only the current visit; the QR code decodes back to the link.

#include "QrCodeImage.h"
#include "UploadServer.h"

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
