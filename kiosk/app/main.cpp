// shikaku-kiosk: the counter kiosk (resident window + staff window). The composition root:
// reads the configuration, chooses the camera, and hands everything to KioskApplication.

#include "CameraFactory.h"
#include "KioskApplication.h"
#include "KioskBench.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QFile>

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
        "These documents are not proof of identity."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
        QStringLiteral("Camera: a V4L2 device node (/dev/video0), 'auto' (default: a device if present, else replay) or 'replay'."),
        QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption replayOption(QStringLiteral("replay-dir"),
        QStringLiteral("Folder of document photos for the replay camera."), QStringLiteral("dir"));
    const QCommandLineOption replayFpsOption(QStringLiteral("replay-fps"), QStringLiteral("Replay frame rate (default 15)."),
        QStringLiteral("fps"), QStringLiteral("15"));
    const QCommandLineOption portOption(QStringLiteral("upload-port"),
        QStringLiteral("Port of the phone upload page (default 8088; 0 = any)."), QStringLiteral("port"), QStringLiteral("8088"));
    const QCommandLineOption hostOption(QStringLiteral("upload-host"),
        QStringLiteral("Host name or address put into the QR link (default: first LAN IPv4)."), QStringLiteral("host"));
    const QCommandLineOption pinHashOption(QStringLiteral("staff-pin-hash-file"),
        QStringLiteral("File holding the staff PIN hash (crypto_pwhash_str; create with --hash-pin)."), QStringLiteral("file"));
    const QCommandLineOption hashPinOption(QStringLiteral("hash-pin"),
        QStringLiteral("Print the hash of a PIN (read from stdin) and exit."));
    const QCommandLineOption demoPinOption(QStringLiteral("demo-pin"),
        QStringLiteral("Accept the PIN 0000 (demonstration only; never at a counter)."));
    const QCommandLineOption benchOption(QStringLiteral("bench"),
        QStringLiteral("Measure preview fps, capture-to-fields latency and idle CPU, print a table, exit."));
    parser.addOptions({cameraOption, replayOption, replayFpsOption, portOption, hostOption, pinHashOption, hashPinOption,
                       demoPinOption, benchOption});
    parser.process(app);

    if (parser.isSet(hashPinOption)) {
        char line[256] = {};
        if (!std::fgets(line, sizeof line, stdin))
            return 2;
        std::printf("%s\n", StaffAuth::hashPin(QString::fromUtf8(line).trimmed()).constData());
        return 0;
    }

    KioskConfig config;
    config.upload.port = quint16(parser.value(portOption).toUInt());
    config.upload.publicHost = parser.value(hostOption);
    if (parser.isSet(pinHashOption)) {
        QFile file(parser.value(pinHashOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "shikaku-kiosk: cannot read the staff PIN hash file\n");
            return 2;
        }
        config.staffPinHash = file.readAll().trimmed();
    } else if (parser.isSet(demoPinOption)) {
        std::fprintf(stderr, "shikaku-kiosk: demonstration PIN 0000 accepted (--demo-pin)\n");
        config.staffPinHash = StaffAuth::hashPin(QStringLiteral("0000"));
    } else {
        std::fprintf(stderr, "shikaku-kiosk: no staff PIN configured (--staff-pin-hash-file): staff cannot sign in\n");
    }

    hardware::CameraChoice choice;
    choice.device = parser.value(cameraOption) == QLatin1String("auto") ? std::string() : parser.value(cameraOption).toStdString();
    choice.replayFolder = parser.value(replayOption).toStdString();
    choice.replayFps = parser.value(replayFpsOption).toDouble();
    auto camera = hardware::makeCamera(choice);

    SystemClock clock;
    MemoryConfirmationSink sink; // until the encrypted record store is wired in
    KioskApplication kiosk(config, std::move(camera), clock, sink);
    if (parser.isSet(benchOption))
        return runKioskBench(kiosk);
    if (!kiosk.start())
        return 1;
    return app.exec();
}
