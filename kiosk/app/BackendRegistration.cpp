#include "BackendRegistration.h"

#include "FieldReviewModel.h"
#include "FileIntake.h"
#include "Guidance.h"
#include "LiveCapture.h"
#include "Session.h"
#include "StaffAuth.h"
#include "StaffQueue.h"
#include "UiPreferences.h"
#include "UploadServer.h"

#include <QQmlEngine>

namespace shikaku::kiosk {

namespace {
constexpr const char* kUri = "Shikaku.Backend";
}

void registerBackendTypes()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const QString cannot = QStringLiteral("created by the kiosk, not by QML");
    qmlRegisterUncreatableType<Session>(kUri, 1, 0, "Session", cannot);
    qmlRegisterUncreatableType<FieldReviewModel>(kUri, 1, 0, "FieldReviewModel", cannot);
    qmlRegisterUncreatableMetaObject(guidance::staticMetaObject, kUri, 1, 0, "Guidance", cannot);
    qmlRegisterUncreatableType<LiveCapture>(kUri, 1, 0, "LiveCaptureType", cannot);
    qmlRegisterUncreatableType<UiPreferences>(kUri, 1, 0, "UiPreferencesType", cannot);
    qmlRegisterUncreatableType<StaffAuth>(kUri, 1, 0, "StaffAuthType", cannot);
    qmlRegisterUncreatableType<UploadServer>(kUri, 1, 0, "UploadServerType", cannot);
    qmlRegisterUncreatableType<FileIntake>(kUri, 1, 0, "FileIntakeType", cannot);
    qmlRegisterUncreatableType<StaffQueue>(kUri, 1, 0, "StaffQueue", cannot);
}

void registerBackendInstances(const BackendInstances& i)
{
    registerBackendTypes();
    if (i.session)
        qmlRegisterSingletonInstance(kUri, 1, 0, "KioskSession", i.session);
    if (i.capture)
        qmlRegisterSingletonInstance(kUri, 1, 0, "Camera", i.capture);
    if (i.preferences)
        qmlRegisterSingletonInstance(kUri, 1, 0, "Preferences", i.preferences);
    if (i.staff)
        qmlRegisterSingletonInstance(kUri, 1, 0, "Staff", i.staff);
    if (i.upload)
        qmlRegisterSingletonInstance(kUri, 1, 0, "Upload", i.upload);
    if (i.files)
        qmlRegisterSingletonInstance(kUri, 1, 0, "Files", i.files);
    if (i.queue)
        qmlRegisterSingletonInstance(kUri, 1, 0, "Queue", i.queue);
}

} // namespace shikaku::kiosk
