#include "KioskBench.h"

#include "KioskApplication.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

#include <cstdio>

namespace shikaku::kiosk {

namespace {

/// utime + stime of this process, in seconds.
double processCpuSeconds()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0.0;
    const QByteArray line = file.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        runFor(20);
    return condition();
}

constexpr int kCaptures = 5;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Milliseconds per stage of each still, from the still request to the visit awaiting staff.
struct CaptureTimings {
    std::vector<double> total, camera, handover, queued, engine, answer;
    int answered = 0;
    int withFields = 0;
};

double msSince(std::chrono::steady_clock::time_point start, std::chrono::steady_clock::time_point end)
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

CaptureTimings measureCaptureToFields(KioskApplication& kiosk, int captures)
{
    using steady = std::chrono::steady_clock;
    Session& session = kiosk.session();
    CaptureTimings timings;
    // Stage boundaries, stamped by the signal each stage ends with; the still's own time comes
    // from the camera frame.
    steady::time_point requested, handed, scanned, shown;
    double engineMs = 0.0;
    QObject context;
    QObject::connect(&session, &Session::stillRequested, &context, [&] { requested = steady::now(); });
    QObject::connect(&session, &Session::scanImageRequested, &context, [&] { handed = steady::now(); });
    // Slots run in connection order, after the session's: the answer's arrival is stamped by
    // the scan service itself.
    QObject::connect(&kiosk.scanner(), &ScanService::finished, &context,
                     [&](quint64, std::shared_ptr<const ScanResult> result) {
                         scanned = kiosk.scanner().lastAnswerAt();
                         engineMs = result ? result->elapsedMs : 0.0;
                     });
    QObject::connect(&session, &Session::stateChanged, &context, [&] {
        if (session.state() == Session::State::AwaitingStaff)
            shown = steady::now();
    });

    kiosk.capture().setAutoCapture(true);
    for (int i = 0; i < captures; ++i) {
        if (i == 0 && session.state() == Session::State::Capturing)
            session.capture();
        else if (!session.rescanVisit(session.visitNumber())) // as the staff queue asks for it
            break;
        if (!waitFor([&] { return session.state() == Session::State::AwaitingStaff; }, 120000))
            break;
        ++timings.answered;
        if (session.scanError().isEmpty() && session.fields()->missingCount() < session.fields()->rowCount())
            ++timings.withFields;
        const steady::time_point taken = kiosk.capture().lastStillTakenAt();
        timings.total.push_back(msSince(requested, shown));
        timings.camera.push_back(msSince(requested, taken));
        timings.handover.push_back(msSince(taken, handed));
        timings.engine.push_back(engineMs);
        timings.queued.push_back(msSince(handed, scanned) - engineMs);
        timings.answer.push_back(msSince(scanned, shown));
    }
    return timings;
}

} // namespace

int runKioskBench(KioskApplication& kiosk)
{
    if (!kiosk.start())
        return 1;
    Session& session = kiosk.session();
    waitFor([&] { return session.cameraAvailable(); }, 5000);
    runFor(2000); // start-up settles (QML compilation, scanner models)

    constexpr int windowMs = 10000;
    double cpu0 = processCpuSeconds();
    runFor(windowMs);
    const double idleCpu = (processCpuSeconds() - cpu0) / (windowMs / 1000.0) * 100.0;

    session.begin(Session::InputMode::Paper);
    const auto before = kiosk.capture().counters();
    cpu0 = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    kiosk.capture().setAutoCapture(false); // measure the preview alone for the window
    while (timer.elapsed() < windowMs && session.state() == Session::State::Capturing)
        runFor(50);
    const double seconds = timer.elapsed() / 1000.0;
    const auto after = kiosk.capture().counters();
    const double captureCpu = (processCpuSeconds() - cpu0) / seconds * 100.0;
    const double fps = double(after.analysed - before.analysed) / seconds;
    const double dropped = double(after.dropped - before.dropped) / seconds;

    // Capture to fields, split into stages, over several stills: the first taken by the button,
    // the next ones automatically after a rescan (as staff would ask).
    const CaptureTimings timings = measureCaptureToFields(kiosk, kCaptures);
    std::printf("| figure | value |\n|---|---|\n");
    std::printf("| camera | %s |\n", kiosk.camera().description().c_str());
    std::printf("| CPU while idle (whole process, %% of one core) | %.1f |\n", idleCpu);
    std::printf("| preview frames analysed per second | %.1f |\n", fps);
    std::printf("| preview frames dropped per second | %.1f |\n", dropped);
    std::printf("| CPU while capturing (%% of one core) | %.1f |\n", captureCpu);
    std::printf("| capture to fields (ms, median of %d stills) | %s |\n", timings.answered,
                timings.answered ? QByteArray::number(median(timings.total), 'f', 0).constData() : "no answer in 120 s");
    std::printf("| — still request → still taken (camera) | %.0f |\n", median(timings.camera));
    std::printf("| — still taken → handed to the scan worker (delivery, session) | %.0f |\n", median(timings.handover));
    std::printf("| — waiting for the scan worker | %.0f |\n", median(timings.queued));
    std::printf("| — scan engine (find, rectify, OCR, judge; elapsed_ms) | %.0f |\n", median(timings.engine));
    std::printf("| — answer → fields in the model (session) | %.0f |\n", median(timings.answer));
    std::printf("| scans answered with fields | %d of %d |\n", timings.withFields, timings.answered);
    std::fflush(stdout);
    return 0;
}

} // namespace shikaku::kiosk
