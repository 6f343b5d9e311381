#include "KioskApplication.h"

#include "BackendRegistration.h"
#include "KioskImageProvider.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Shikaku_KioskPlugin)

Q_LOGGING_CATEGORY(lcApp, "shikaku.app")

namespace shikaku::kiosk {

KioskApplication::KioskApplication(AppOptions options, std::unique_ptr<hardware::CameraSource> camera,
                                   const Clock& clock, RecordSink& sink, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_camera(std::move(camera))
    , m_clock(clock)
    , m_session(clock, m_options.timeouts)
    , m_queue(clock, sink, m_options.queue)
    , m_capture(*m_camera)
    , m_scan(m_options.scanner)
    , m_upload(m_options.upload)
    , m_staff(clock, sink, m_options.staffPinHash, m_options.staffIdleSeconds)
    , m_preferences(m_options.defaultLanguage)
    , m_files(m_queue, m_options.upload.maxBytes)
{
    wire();
}

KioskApplication::~KioskApplication()
{
    m_engine.reset(); // windows go first: they hold bindings to everything below
    m_capture.stop();
}

void KioskApplication::wire()
{
    // Camera → visit
    connect(&m_capture, &LiveCapture::cameraAvailableChanged, &m_session, &Session::setCameraAvailable);
    connect(&m_capture, &LiveCapture::guidanceChanged, &m_session, &Session::showLiveGuidance);
    connect(&m_capture, &LiveCapture::placementChanged, &m_session, &Session::documentChanged);
    connect(&m_capture, &LiveCapture::captureWanted, &m_session, [this] { m_session.capture(); });
    connect(&m_session, &Session::stillRequested, &m_capture, &LiveCapture::requestStill);
    connect(&m_capture, &LiveCapture::stillCaptured, &m_session, [this](const cv::Mat& bgr) {
        if (m_session.state() == Session::State::Capturing)
            m_session.acceptStill(bgr);
    });
    // Visit → scan worker → visit
    connect(&m_session, &Session::scanImageRequested, this,
            [this](quint64 ticket, const cv::Mat& bgr) { m_scan.scanImage(ticket, bgr, m_session.today()); });
    connect(&m_session, &Session::scanBytesRequested, this,
            [this](quint64 ticket, const QByteArray& bytes, const QString& label) {
                m_scan.scanBytes(ticket, bytes, label, m_session.today());
            });
    connect(&m_scan, &ScanService::finished, &m_session, &Session::acceptScanResult);
    connect(&m_scan, &ScanService::finished, &m_queue, &StaffQueue::acceptScanResult);
    // Finished visit → staff queue; staff decisions back to the resident, if still there.
    connect(&m_session, &Session::handedOver, &m_queue, &StaffQueue::addResidentVisit);
    connect(&m_queue, &StaffQueue::scanBytesRequested, this,
            [this](quint64 ticket, const QByteArray& bytes, const QString& label) {
                m_scan.scanBytes(ticket, bytes, label, m_queue.today());
            });
    connect(&m_queue, &StaffQueue::decided, &m_session, &Session::staffDecided);
    connect(&m_queue, &StaffQueue::rescanRequested, &m_session, &Session::rescanVisit);
    connect(&m_queue, &StaffQueue::countChanged, this,
            [this] { m_session.setAcceptingVisits(m_queue.acceptsResidentVisit()); });
    // Phone upload → visit
    connect(&m_upload, &UploadServer::uploaded, &m_session, [this](const QByteArray& bytes, const QString& label) {
        m_session.acceptFile(bytes, label, Session::InputMode::Phone);
    });
    connect(&m_session, &Session::stateChanged, this, &KioskApplication::followSessionState);
    connect(&m_session, &Session::inputModeChanged, this, &KioskApplication::followSessionState);
    // After every resident: defaults again.
    connect(&m_session, &Session::wiped, &m_preferences, &UiPreferences::resetToDefaults);
    connect(&m_preferences, &UiPreferences::languageChanged, this, &KioskApplication::applyLanguage);
    connect(&m_staff, &StaffAuth::signedInChanged, this, [this] { m_queue.setStaffId(m_staff.staffId()); });
    // Time-outs
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_session.tick();
        m_queue.tick();
        m_staff.tick();
    });
}

void KioskApplication::followSessionState()
{
    const Session::State state = m_session.state();
    m_queue.setResidentVisitInProgress(state == Session::State::Capturing || state == Session::State::Reading);
    m_queue.setResidentOnDoneScreen(state == Session::State::AwaitingStaff ? m_session.visitNumber() : 0);
    const bool capturing = state == Session::State::Capturing;
    // A new visit or a rescan asked by staff: the next document lying still is taken even if
    // it is the one photographed before. Back from Reading (turn over, wrong document) it is
    // taken only once it has changed.
    if (capturing && m_previousState != Session::State::Capturing && m_previousState != Session::State::Reading)
        m_capture.forgetPlacement();
    m_previousState = state;
    m_capture.setActive(capturing && m_session.inputMode() == Session::InputMode::Paper);
    const bool awaitingUpload = capturing && m_session.inputMode() == Session::InputMode::Phone;
    if (awaitingUpload && m_upload.token().isEmpty())
        m_upload.issueToken();
    else if (!awaitingUpload)
        m_upload.revoke(); // the link dies with the visit (or once used)
}

void KioskApplication::applyLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    // Source strings are English; Japanese comes from the compiled .ts.
    if (m_preferences.language() != QLatin1String("en")
        && m_translator.load(QStringLiteral(":/i18n/kiosk_%1.qm").arg(m_preferences.language())))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

bool KioskApplication::start()
{
    m_scan.start();
    if (!m_upload.listen())
        qCWarning(lcApp) << "phone upload unavailable:" << m_upload.error();
    m_capture.start();
    m_tick.start();

    QQuickStyle::setStyle(QStringLiteral("Basic")); // same look on every platform; no desktop theme
    registerBackendInstances({&m_session, &m_capture, &m_preferences, &m_staff, &m_upload, &m_files, &m_queue});
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImageProvider(QStringLiteral("kiosk"), new KioskImageProvider(m_queue, m_capture, m_upload));
    applyLanguage();
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Shikaku/Kiosk/ResidentWindow.qml")));
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Shikaku/Kiosk/StaffWindow.qml")));
    if (m_engine->rootObjects().size() != 2) {
        qCCritical(lcApp) << "the windows could not be loaded";
        return false;
    }
    return true;
}

QQuickWindow* KioskApplication::residentWindow() const
{
    return m_engine && !m_engine->rootObjects().isEmpty() ? qobject_cast<QQuickWindow*>(m_engine->rootObjects().value(0)) : nullptr;
}

QQuickWindow* KioskApplication::staffWindow() const
{
    return m_engine && m_engine->rootObjects().size() > 1 ? qobject_cast<QQuickWindow*>(m_engine->rootObjects().value(1)) : nullptr;
}

} // namespace shikaku::kiosk
