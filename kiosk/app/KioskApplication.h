#pragma once
// The composition root of the GUI kiosk: builds the camera, the capture pipeline, the scan
// worker, the visit, staff sign-in and the upload server, wires them, and opens the resident
// and the staff windows. main() and the end-to-end test both use it, so the test runs the
// real application.

#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse <concepts>, pulled in by these
#include "CameraSource.h"
#include "Clock.h"
#include "RecordSink.h"
#include "FileIntake.h"
#include "LiveCapture.h"
#include "ScanService.h"
#include "Session.h"
#include "StaffAuth.h"
#include "StaffQueue.h"
#include "UiPreferences.h"
#include "UploadServer.h"
#endif

#include <QObject>
#include <QTimer>
#include <QTranslator>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace shikaku::kiosk {

struct AppOptions {
    SessionTimeouts timeouts;
    QueueLimits queue;
    UploadOptions upload;
    ScannerOptions scanner;
    QByteArray staffPinHash;         ///< crypto_pwhash_str of the staff PIN
    int staffIdleSeconds = 300;
    QString defaultLanguage = QStringLiteral("ja");
};

class KioskApplication : public QObject {
    Q_OBJECT
public:
    KioskApplication(AppOptions options, std::unique_ptr<hardware::CameraSource> camera, const Clock& clock,
                     RecordSink& sink, QObject* parent = nullptr);
    ~KioskApplication() override;

    /// Starts the workers and loads both windows. False when QML failed to load.
    bool start();

    QQuickWindow* residentWindow() const;
    QQuickWindow* staffWindow() const;

    Session& session() { return m_session; }
    StaffQueue& queue() { return m_queue; }
    LiveCapture& capture() { return m_capture; }
    UploadServer& upload() { return m_upload; }
    StaffAuth& staff() { return m_staff; }
    UiPreferences& preferences() { return m_preferences; }
    FileIntake& files() { return m_files; }
    ScanService& scanner() { return m_scan; }
    hardware::CameraSource& camera() { return *m_camera; }

private:
    void wire();
    void applyLanguage();
    void followSessionState();

    AppOptions m_options;
    std::unique_ptr<hardware::CameraSource> m_camera;
    const Clock& m_clock;
    Session m_session;
    StaffQueue m_queue;
    LiveCapture m_capture;
    ScanService m_scan;
    UploadServer m_upload;
    StaffAuth m_staff;
    UiPreferences m_preferences;
    FileIntake m_files;
    Session::State m_previousState = Session::State::Idle; ///< seen by followSessionState
    QTimer m_tick;
    QTranslator m_translator;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace shikaku::kiosk
