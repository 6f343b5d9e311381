// shikaku-kiosk: the counter kiosk (resident window + staff window). The composition root:
// reads the configuration (kiosk.ini, kiosk/core/KioskConfig.h), opens the record store,
// chooses the camera, and hands everything to KioskApplication.

#include "CameraFactory.h"
#include "KioskApplication.h"
#include "KioskBench.h"
#include "KioskConfig.h"
#include "RecordStore.h"
#include "Retention.h"
#include "StaffPin.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>

using namespace shikaku;
using namespace shikaku::kiosk;

int main(int argc, char* argv[])
{
    qputenv("OMP_THREAD_LIMIT", "1"); // one Tesseract thread: faster on 2 cores (DEPENDENCIES.md)
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("shikaku-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Counter kiosk: reads 資格確認書 / 資格情報のお知らせ / マイナポータル PDF for staff confirmation. "
        "These documents are not proof of identity. Configuration: kiosk.ini (SHIKAKU_CONFIG); "
        "the options below override it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Configuration file (INI)."),
                                          QStringLiteral("file"));
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
        QStringLiteral("Camera: a V4L2 device node (/dev/video0), 'auto' (a device if present, else replay) or 'replay'."),
        QStringLiteral("device"));
    const QCommandLineOption replayOption(QStringLiteral("replay-dir"),
        QStringLiteral("Folder of document photos for the replay camera."), QStringLiteral("dir"));
    const QCommandLineOption replayFpsOption(QStringLiteral("replay-fps"), QStringLiteral("Replay frame rate (default 15)."),
        QStringLiteral("fps"), QStringLiteral("15"));
    const QCommandLineOption portOption(QStringLiteral("upload-port"),
        QStringLiteral("Port of the phone upload page (0 = any free port)."), QStringLiteral("port"));
    const QCommandLineOption hostOption(QStringLiteral("upload-host"),
        QStringLiteral("Host name or address put into the QR link (default: first LAN IPv4)."), QStringLiteral("host"));
    const QCommandLineOption demoPinOption(QStringLiteral("demo-pin"),
        QStringLiteral("Accept the staff PIN 0000 (demonstration only; never at a counter)."));
    const QCommandLineOption benchOption(QStringLiteral("bench"),
        QStringLiteral("Measure preview fps, capture-to-fields latency and idle CPU, print a table, exit."));
    parser.addOptions({configOption, cameraOption, replayOption, replayFpsOption, portOption, hostOption, demoPinOption,
                       benchOption});
    parser.process(app);

    const QString configPath = parser.isSet(configOption) ? parser.value(configOption) : KioskConfig::defaultPath();
    const auto loaded = KioskConfig::load(configPath);
    for (const QString& line : loaded.describe(configPath))
        std::fprintf(stderr, "shikaku-kiosk: %s\n", qPrintable(line));
    const KioskConfig& config = loaded.config;

    AppOptions options;
    options.timeouts.residentIdleSeconds = config.residentInactivitySeconds;
    options.queue.maxEntries = config.queueMaxEntries;
    options.queue.timeoutSeconds = config.queueTimeoutMinutes * 60;
    options.staffIdleSeconds = config.staffInactivitySeconds;
    options.upload.port = quint16(parser.isSet(portOption) ? parser.value(portOption).toUInt() : uint(config.uploadPort));
    options.upload.publicHost = parser.value(hostOption);
    options.defaultLanguage = config.languages.value(0, QStringLiteral("ja"));
    options.staffPinHash = config.staffPinHash.toUtf8();
    if (parser.isSet(demoPinOption)) {
        std::fprintf(stderr, "shikaku-kiosk: demonstration PIN 0000 accepted (--demo-pin)\n");
        options.staffPinHash = QByteArray::fromStdString(hashStaffPin("0000").value_or(std::string()));
    } else if (options.staffPinHash.isEmpty()) {
        std::fprintf(stderr, "shikaku-kiosk: no staff PIN configured (staff/pin_hash): staff cannot sign in\n");
    }

    QDir().mkpath(config.dataDir);
    RecordStoreOptions storeOptions;
    storeOptions.databasePath = config.databasePath().toStdString();
    storeOptions.keyPath = config.keyFile.toStdString();
    auto store = RecordStore::open(storeOptions);
    if (!store) {
        // Without a store a confirmation would be lost: refuse to start and say why.
        std::fprintf(stderr, "shikaku-kiosk: record store %s: %s\n", qPrintable(config.databasePath()),
                     store.error().message.c_str());
        return 1;
    }

    // Records past retention are purged now and then periodically while the kiosk runs; each
    // purge is audited (kiosk/core/Retention.h).
    Retention retention(*store.value(), config.retentionDays);
    RetentionTimer retentionTimer(retention, std::chrono::minutes(config.purgeIntervalMinutes));
    QObject::connect(&retentionTimer, &RetentionTimer::purgeFailed, [](const QString& message) {
        std::fprintf(stderr, "shikaku-kiosk: retention purge failed: %s\n", qPrintable(message));
    });

    hardware::CameraChoice choice;
    const QString device = parser.isSet(cameraOption) ? parser.value(cameraOption) : config.cameraDevice;
    choice.device = device == QLatin1String("auto") ? std::string() : device.toStdString();
    choice.replayFolder = (parser.isSet(replayOption) ? parser.value(replayOption) : config.replayFolder).toStdString();
    choice.replayFps = parser.value(replayFpsOption).toDouble();
    auto camera = hardware::makeCamera(choice);
    std::fprintf(stderr, "shikaku-kiosk: %s\n", camera->description().c_str());

    SystemClock clock;
    KioskApplication kiosk(options, std::move(camera), clock, *store.value());
    if (parser.isSet(benchOption))
        return runKioskBench(kiosk);
    if (!kiosk.start())
        return 1;
    retentionTimer.start();
    return app.exec();
}
