#include "UploadServer.h"

#include "RequestSizeGuard.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QNetworkInterface>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcUpload, "shikaku.upload")

namespace shikaku::kiosk {

namespace {

using Status = QHttpServerResponse::StatusCode;

QString firstLanAddress()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address.toString();
    return QStringLiteral("127.0.0.1");
}

QHttpServerResponse html(const QString& body, Status status = Status::Ok)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), body.toUtf8(), status);
    // The page is for this visit only: never cached, never framed, no outside resources.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'"));
    return response;
}

QHttpServerResponse message(const QString& text, Status status)
{
    return html(QStringLiteral("<!doctype html><html lang=ja><meta charset=utf-8>"
                               "<meta name=viewport content='width=device-width,initial-scale=1'>"
                               "<body style='font-family:sans-serif;font-size:20px;padding:1em'><p>%1</p></body></html>")
                    .arg(text),
                status);
}

const char* kPage = R"HTML(<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>資格情報PDFの送信</title>
<style>
body{font-family:sans-serif;font-size:20px;line-height:1.6;margin:0;padding:1em;color:#111;background:#fff}
h1{font-size:26px;margin:.2em 0}
.note{background:#fff4d6;border:2px solid #b07d00;padding:.5em;font-weight:bold}
label.pick{display:block;margin:1em 0;padding:1em;border:3px solid #0b4f9c;border-radius:12px;text-align:center;font-size:24px;color:#0b4f9c}
input[type=file]{font-size:18px;width:100%}
button{font-size:24px;padding:.6em 1.2em;width:100%;background:#0b4f9c;color:#fff;border:0;border-radius:12px}
progress{width:100%;height:1.5em}
.en{color:#444;font-size:16px}
</style></head><body>
<h1>資格情報PDFを送る</h1>
<p>マイナポータルの「資格情報」画面で<b>「端末に保存」</b>したPDFを選んで、送信してください。</p>
<p class="en">Choose the 資格情報 PDF you saved from マイナポータル (端末に保存) and send it.</p>
<p class="note">この書類は本人確認書類ではありません。<br><span class="en">This document is not proof of identity.</span></p>
<label class="pick">ファイルを選ぶ / Choose file<br><input id="f" type="file" accept="application/pdf,image/jpeg,image/png"></label>
<button id="send">送信する / Send</button>
<p><progress id="p" max="100" value="0" hidden></progress></p>
<p id="s" role="status"></p>
<script>
const MAX=%MAX%;
document.getElementById('send').onclick=function(){
 const f=document.getElementById('f').files[0], s=document.getElementById('s'), p=document.getElementById('p');
 if(!f){s.textContent='ファイルを選んでください。 / Please choose a file.';return;}
 if(f.size>MAX){s.textContent='ファイルが大きすぎます。 / The file is too large.';return;}
 const x=new XMLHttpRequest(); x.open('POST',location.pathname);
 x.setRequestHeader('Content-Type',f.type||'application/octet-stream');
 p.hidden=false;
 x.upload.onprogress=function(e){if(e.lengthComputable)p.value=100*e.loaded/e.total;};
 x.onload=function(){s.textContent=x.responseText;if(x.status==200){document.getElementById('send').disabled=true;}};
 x.onerror=function(){s.textContent='送信できませんでした。キオスクの画面を確認してください。 / Sending failed.';};
 x.send(f);
};
</script></body></html>)HTML";

} // namespace

UploadServer::UploadServer(UploadOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_server(std::make_unique<QHttpServer>())
{
    if (sodium_init() < 0)
        qCCritical(lcUpload) << "libsodium could not be initialised";
    m_host = m_options.publicHost.isEmpty() ? firstLanAddress() : m_options.publicHost;
    m_server->route(QStringLiteral("/u/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& token) { return page(token); });
    m_server->route(QStringLiteral("/u/<arg>"), QHttpServerRequest::Method::Post,
                    [this](const QString& token, const QHttpServerRequest& request) { return receive(token, request); });
}

UploadServer::~UploadServer() = default;

bool UploadServer::listen()
{
    // Our own listening socket, bound to Qt HttpServer, so that request heads are seen first.
    m_guard = new RequestSizeGuard(m_options.maxBytes, this);
    if (m_guard->listen(m_options.listenAddress, m_options.port)) {
        m_server->bind(m_guard);
        m_port = m_guard->serverPort();
    }
    if (m_port == 0) {
        m_error = QStringLiteral("cannot listen on port %1").arg(m_options.port);
        qCWarning(lcUpload) << m_error;
        return false;
    }
    qCInfo(lcUpload) << "upload page on port" << m_port;
    return true;
}

void UploadServer::issueToken()
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    m_token = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex());
    emit linkChanged();
}

void UploadServer::revoke()
{
    if (m_token.isEmpty())
        return;
    m_token.clear();
    emit linkChanged();
}

int UploadServer::refusedEarlyCount() const { return m_guard ? m_guard->refusedCount() : 0; }

QString UploadServer::link() const
{
    if (m_token.isEmpty() || !listening())
        return {};
    return QStringLiteral("http://%1:%2/u/%3").arg(m_host).arg(m_port).arg(m_token);
}

QHttpServerResponse UploadServer::page(const QString& token) const
{
    if (m_token.isEmpty() || token != m_token)
        return message(QStringLiteral("このリンクは使えません。キオスクの画面のQRコードをもう一度読み取ってください。<br>"
                                      "This link is no longer valid. Scan the QR code on the kiosk again."),
                       Status::NotFound);
    return html(QString::fromUtf8(kPage).replace(QStringLiteral("%MAX%"), QString::number(m_options.maxBytes)));
}

QHttpServerResponse UploadServer::receive(const QString& token, const QHttpServerRequest& request)
{
    if (m_token.isEmpty() || token != m_token)
        return message(QStringLiteral("このリンクは使えません。 / This link is no longer valid."), Status::NotFound);
    const QByteArray body = request.body();
    if (const auto problem = checkUpload(body, m_options.maxBytes)) {
        if (*problem == UploadProblem::TooLarge)
            return message(QStringLiteral("ファイルが大きすぎます。 / The file is too large."), Status::PayloadTooLarge);
        return message(QStringLiteral("PDFファイルを選んでください。 / Please send the PDF file."), Status::UnsupportedMediaType);
    }
    qCInfo(lcUpload) << "upload accepted," << body.size() << "bytes";
    revoke(); // one upload per link
    emit uploaded(body, QStringLiteral("phone upload"));
    return message(QStringLiteral("受け付けました。キオスクの画面をご覧ください。<br>Received. Please look at the kiosk screen."),
                   Status::Ok);
}

} // namespace shikaku::kiosk
