#pragma once
// Makes the kiosk's C++ objects visible to QML under `import Shikaku.Backend`: the types (for
// their enums) and the instances that the composition root (or a test) built. QML reads
// them; it never creates them.

namespace shikaku::kiosk {

class Session;
class LiveCapture;
class UiPreferences;
class StaffAuth;
class UploadServer;
class FileIntake;
class StaffQueue;

/// Types only (enums): Session.State, FieldReviewModel.Verdict, Guidance.Message, ...
void registerBackendTypes();

struct BackendInstances {
    Session* session = nullptr;
    LiveCapture* capture = nullptr;
    UiPreferences* preferences = nullptr;
    StaffAuth* staff = nullptr;
    UploadServer* upload = nullptr;
    FileIntake* files = nullptr;
    StaffQueue* queue = nullptr;
};

/// Singletons KioskSession, Camera, Preferences, Staff, Upload, Files, Queue (C++ ownership).
void registerBackendInstances(const BackendInstances& instances);

} // namespace shikaku::kiosk
