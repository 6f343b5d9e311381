#pragma once
// Between the camera and the session: takes preview frames from the capture thread, analyses
// only the newest one on a worker thread (frames arriving while it is busy are dropped, never
// queued, so the UI thread never waits), publishes the picture and the document outline for
// the resident screen, and turns the guidance into automatic capture (once per placement of a
// document: after a picture it waits until the document is taken away, moved or turned over).

#include "Guidance.h"
#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse <concepts>, pulled in by these
#include "CameraSource.h"
#include "LiveGuidance.h"
#endif

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPolygonF>
#include <QThread>
#include <QVariantList>

#include <atomic>
#include <chrono>
#include <optional>

namespace shikaku::kiosk {

class LiveCapture : public QObject {
    Q_OBJECT
    Q_PROPERTY(int frameNumber READ frameNumber NOTIFY previewChanged)
    Q_PROPERTY(QVariantList outline READ outline NOTIFY previewChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraAvailableChanged)
    Q_PROPERTY(QString cameraDescription READ cameraDescription CONSTANT)
public:
    explicit LiveCapture(hardware::CameraSource& camera, QObject* parent = nullptr);
    ~LiveCapture() override;

    /// Starts the camera and the preview worker.
    void start();
    void stop();
    /// Analyse and show preview frames (only while a paper document is being captured).
    void setActive(bool active);
    bool active() const { return m_active; }
    /// Asks the camera for a full-resolution still (arrives as stillCaptured).
    void requestStill();
    /// A new visit: the document photographed last is forgotten, the next one lying still is taken.
    void forgetPlacement();
    /// Automatic capture when found, sharp and still (on by default; the bench turns it off).
    void setAutoCapture(bool on) { m_autoCapture = on; }

    int frameNumber() const { return m_frameNumber; }
    QVariantList outline() const;      ///< 4 points in 0..1 of the picture, empty when none
    bool cameraAvailable() const { return m_cameraAvailable; }
    QString cameraDescription() const;
    QImage latestPreview() const;      ///< thread-safe copy for the image provider

    struct Counters {
        quint64 received = 0;  ///< preview frames from the camera
        quint64 analysed = 0;  ///< frames the finder ran on
        quint64 dropped = 0;   ///< frames replaced by a newer one before analysis
    };
    Counters counters() const;
    /// When the camera took the last still (for the bench's latency stages).
    std::chrono::steady_clock::time_point lastStillTakenAt() const { return m_lastStillTakenAt; }

signals:
    void previewChanged();
    void guidanceChanged(shikaku::kiosk::guidance::Message message);
    void captureWanted();      ///< found, sharp and still: take the picture
    void placementChanged();   ///< the document photographed last was taken away, moved or turned
    void stillCaptured(const cv::Mat& bgr);
    void cameraAvailableChanged(bool available);

private:
    void onFrame(const hardware::Frame& frame);
    void onCameraState(hardware::CameraState state);
    void analysePending();     ///< worker thread
    void publish(const QImage& picture, const LiveVerdict& verdict); ///< GUI thread

    hardware::CameraSource& m_camera;
    QThread m_thread;
    QObject* m_workerContext = nullptr; ///< lives in m_thread; lambdas run there
    LiveGuidance m_guidance;            ///< used on the worker thread only

    mutable QMutex m_mutex;             ///< guards the members below
    std::optional<hardware::Frame> m_pending;
    bool m_workerBusy = false;
    QImage m_picture;
    Counters m_counters;

    std::atomic<bool> m_active{false};
    int m_frameNumber = 0;
    QPolygonF m_outline;                ///< normalised
    bool m_cameraAvailable = false;
    bool m_autoCapture = true;
    std::chrono::steady_clock::time_point m_lastStillTakenAt{}; ///< GUI thread
};

} // namespace shikaku::kiosk
