#pragma once
// The one scan worker: a thread that owns the one shikaku::Scanner (and so its Tesseract
// engine), created once when the thread starts. Requests are queued in order; answers come
// back on the GUI thread with the ticket they were asked with.

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse <concepts>, pulled in by these
#include "Scanner.h"
#endif

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>

namespace shikaku::kiosk {

class ScanService : public QObject {
    Q_OBJECT
public:
    /// `today` is asked on the GUI thread for each request (expired verdicts follow the clock).
    explicit ScanService(ScannerOptions options = {}, QObject* parent = nullptr);
    ~ScanService() override;

    void start();

    void scanImage(quint64 ticket, const cv::Mat& bgr, const Date& today);
    void scanBytes(quint64 ticket, const QByteArray& bytes, const QString& label, const Date& today);

    /// Set once the scanner was created: empty when ready, else why not (missing OCR data).
    QString setupError() const;
    /// When the last answer reached the GUI thread (for the bench's latency stages).
    std::chrono::steady_clock::time_point lastAnswerAt() const { return m_lastAnswerAt; }

signals:
    void finished(quint64 ticket, std::shared_ptr<const shikaku::ScanResult> result);
    void ready(const QString& setupError);

private:
    void deliver(quint64 ticket, ScanResult result);

    ScannerOptions m_options;
    QThread m_thread;
    QObject* m_workerContext = nullptr;
    std::unique_ptr<Scanner> m_scanner; ///< touched on the worker thread only
    QString m_setupError;
    std::chrono::steady_clock::time_point m_lastAnswerAt{}; ///< GUI thread
};

} // namespace shikaku::kiosk

Q_DECLARE_METATYPE(std::shared_ptr<const shikaku::ScanResult>)
