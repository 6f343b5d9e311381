#include "ScanService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScan, "shikaku.scan")

namespace shikaku::kiosk {

ScanService::ScanService(ScannerOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<std::shared_ptr<const shikaku::ScanResult>>();
    m_thread.setObjectName(QStringLiteral("scan-worker"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
}

ScanService::~ScanService()
{
    m_thread.quit();
    m_thread.wait();
    m_scanner.reset();
}

void ScanService::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_workerContext, [this] {
        m_scanner = std::make_unique<Scanner>(m_options);
        const QString error = QString::fromStdString(m_scanner->setupError());
        QMetaObject::invokeMethod(this, [this, error] {
            m_setupError = error;
            if (!error.isEmpty())
                qCWarning(lcScan) << "scanner not ready:" << error;
            emit ready(error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

QString ScanService::setupError() const { return m_setupError; }

void ScanService::scanImage(quint64 ticket, const cv::Mat& bgr, const Date& today)
{
    QMetaObject::invokeMethod(m_workerContext, [this, ticket, bgr, today] {
        ScanRequest request;
        request.today = today;
        deliver(ticket, m_scanner->scanImage(bgr, "camera", request));
    }, Qt::QueuedConnection);
}

void ScanService::scanBytes(quint64 ticket, const QByteArray& bytes, const QString& label, const Date& today)
{
    QMetaObject::invokeMethod(m_workerContext, [this, ticket, bytes, label, today] {
        ScanRequest request;
        request.today = today;
        deliver(ticket, m_scanner->scanBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                             label.toStdString(), request));
    }, Qt::QueuedConnection);
}

void ScanService::deliver(quint64 ticket, ScanResult result)
{
    qCInfo(lcScan) << "ticket" << ticket << "done in" << qRound(result.elapsedMs) << "ms"
                   << (result.error ? "error" : "ok");
    auto shared = std::make_shared<const ScanResult>(std::move(result));
    QMetaObject::invokeMethod(this, [this, ticket, shared] {
        m_lastAnswerAt = std::chrono::steady_clock::now();
        emit finished(ticket, shared);
    }, Qt::QueuedConnection);
}

} // namespace shikaku::kiosk
