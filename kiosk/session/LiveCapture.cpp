#include "LiveCapture.h"

#include <QLoggingCategory>
#include <QPointF>

#include <opencv2/imgproc.hpp>

Q_LOGGING_CATEGORY(lcCapture, "shikaku.capture")

namespace shikaku::kiosk {

namespace {

constexpr int kDisplayWidth = 960; // the resident's preview never needs more

QImage displayImage(const cv::Mat& bgr)
{
    cv::Mat small;
    const double scale = std::min(1.0, double(kDisplayWidth) / bgr.cols);
    if (scale < 1.0)
        cv::resize(bgr, small, {}, scale, scale, cv::INTER_AREA);
    else
        small = bgr;
    cv::Mat rgb;
    cv::cvtColor(small, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

} // namespace

LiveCapture::LiveCapture(hardware::CameraSource& camera, QObject* parent) : QObject(parent), m_camera(camera)
{
    m_thread.setObjectName(QStringLiteral("preview-worker"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_camera.setFrameCallback([this](const hardware::Frame& frame) { onFrame(frame); });
    m_camera.setStateCallback([this](hardware::CameraState state, const std::string&) {
        QMetaObject::invokeMethod(this, [this, state] { onCameraState(state); }, Qt::QueuedConnection);
    });
}

LiveCapture::~LiveCapture() { stop(); }

void LiveCapture::start()
{
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority); // the preview yields to the scan worker
    m_camera.start();
}

void LiveCapture::stop()
{
    m_camera.stop();
    m_camera.setFrameCallback({});
    m_camera.setStateCallback({});
    m_thread.quit();
    m_thread.wait();
}

QString LiveCapture::cameraDescription() const { return QString::fromStdString(m_camera.description()); }

void LiveCapture::setActive(bool active)
{
    if (m_active.exchange(active) == active)
        return;
    QMutexLocker lock(&m_mutex);
    m_pending.reset();
    m_picture = {};
    m_outline.clear();
    // The guidance is reset on the worker, where it lives.
    QMetaObject::invokeMethod(m_workerContext, [this] { m_guidance.restart(); }, Qt::QueuedConnection);
}

void LiveCapture::requestStill()
{
    m_camera.requestStill();
    // Also for the button: the document lying there now has been photographed.
    QMetaObject::invokeMethod(m_workerContext, [this] { m_guidance.noteStillTaken(); }, Qt::QueuedConnection);
}

void LiveCapture::forgetPlacement()
{
    QMetaObject::invokeMethod(m_workerContext, [this] { m_guidance.forgetPlacement(); }, Qt::QueuedConnection);
}

LiveCapture::Counters LiveCapture::counters() const
{
    QMutexLocker lock(&m_mutex);
    return m_counters;
}

QImage LiveCapture::latestPreview() const
{
    QMutexLocker lock(&m_mutex);
    return m_picture;
}

QVariantList LiveCapture::outline() const
{
    QVariantList points;
    for (const QPointF& p : m_outline)
        points << p;
    return points;
}

void LiveCapture::onFrame(const hardware::Frame& frame)
{
    // Capture thread: hand over and return.
    if (frame.kind == hardware::FrameKind::Still) {
        cv::Mat still = frame.bgr; // shares the pixels: no copy of a full-resolution picture
        const auto takenAt = frame.capturedAt;
        QMetaObject::invokeMethod(this, [this, still, takenAt] {
            m_lastStillTakenAt = takenAt;
            emit stillCaptured(still);
        }, Qt::QueuedConnection);
        return;
    }
    if (!m_active)
        return;
    QMutexLocker lock(&m_mutex);
    ++m_counters.received;
    if (m_pending)
        ++m_counters.dropped; // the worker did not get to it: a newer frame replaces it
    m_pending = frame;
    if (m_workerBusy)
        return;
    m_workerBusy = true;
    QMetaObject::invokeMethod(m_workerContext, [this] { analysePending(); }, Qt::QueuedConnection);
}

void LiveCapture::analysePending()
{
    for (;;) {
        hardware::Frame frame;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending || !m_active) {
                m_pending.reset();
                m_workerBusy = false;
                return;
            }
            frame = std::move(*m_pending);
            m_pending.reset();
        }
        const LiveVerdict verdict = m_guidance.next(frame.bgr);
        const QImage picture = displayImage(frame.bgr);
        {
            QMutexLocker lock(&m_mutex);
            ++m_counters.analysed;
        }
        QMetaObject::invokeMethod(this, [this, picture, verdict] { publish(picture, verdict); }, Qt::QueuedConnection);
    }
}

void LiveCapture::publish(const QImage& picture, const LiveVerdict& verdict)
{
    if (!m_active)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_picture = picture;
    }
    m_outline.clear();
    if (verdict.quad.found && verdict.frameSize.width > 0)
        for (const auto& p : verdict.quad.corners)
            m_outline << QPointF(p.x / verdict.frameSize.width, p.y / verdict.frameSize.height);
    ++m_frameNumber;
    emit previewChanged();
    if (verdict.placementChanged)
        emit placementChanged();
    emit guidanceChanged(verdict.message);
    if (verdict.captureNow && m_autoCapture)
        emit captureWanted();
}

void LiveCapture::onCameraState(hardware::CameraState state)
{
    const bool available = state == hardware::CameraState::Streaming;
    qCInfo(lcCapture) << "camera" << hardware::toString(state);
    if (available == m_cameraAvailable)
        return;
    m_cameraAvailable = available;
    emit cameraAvailableChanged(available);
}

} // namespace shikaku::kiosk
