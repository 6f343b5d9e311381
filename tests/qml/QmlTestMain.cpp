// Runner for the QML component tests: registers real backend objects (visit, preferences,
// staff sign-in, upload server, ...) under `import Shikaku.Backend`, as the application does,
// and makes the Shikaku.Kiosk module importable from its resources.

#include "BackendRegistration.h"
#include "FileIntake.h"
#include "KioskTestSupport.h"
#include "LiveCapture.h"
#include "ReplayCamera.h"
#include "Session.h"
#include "StaffAuth.h"
#include "StaffPin.h"
#include "StaffQueue.h"
#include "UiPreferences.h"
#include "UploadServer.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Shikaku_KioskPlugin)

using namespace shikaku;
using namespace shikaku::kiosk;

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_store = kiosktest::openStore(m_dir);
        m_session = std::make_unique<Session>(m_clock);
        m_queue = std::make_unique<StaffQueue>(m_clock, *m_store);
        m_camera = std::make_unique<hardware::ReplayCamera>(std::vector<cv::Mat>{});
        m_capture = std::make_unique<LiveCapture>(*m_camera);
        m_preferences = std::make_unique<UiPreferences>();
        // PIN 0000, so that tests of the staff window can sign in.
        m_staff = std::make_unique<StaffAuth>(m_clock, *m_store, QByteArray::fromStdString(hashStaffPin("0000").value_or("")));
        m_upload = std::make_unique<UploadServer>();
        m_files = std::make_unique<FileIntake>(*m_queue);
        registerBackendInstances({m_session.get(), m_capture.get(), m_preferences.get(), m_staff.get(), m_upload.get(),
                                  m_files.get(), m_queue.get()});
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StaffQueue> m_queue;
    std::unique_ptr<hardware::ReplayCamera> m_camera;
    std::unique_ptr<LiveCapture> m_capture;
    std::unique_ptr<UiPreferences> m_preferences;
    std::unique_ptr<StaffAuth> m_staff;
    std::unique_ptr<UploadServer> m_upload;
    std::unique_ptr<FileIntake> m_files;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)
#include "QmlTestMain.moc"
