#include "KioskBench.h"

#include "KioskApplication.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <unistd.h>

#include <functional>

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

    // Capture to fields: from the still request to the visit awaiting staff.
    kiosk.capture().setAutoCapture(true);
    if (session.state() == Session::State::Capturing)
        session.capture();
    QElapsedTimer latency;
    latency.start();
    const bool answered = waitFor([&] { return session.state() == Session::State::AwaitingStaff; }, 120000);
    const qint64 latencyMs = latency.elapsed();

    std::printf("| figure | value |\n|---|---|\n");
    std::printf("| camera | %s |\n", kiosk.camera().description().c_str());
    std::printf("| CPU while idle (whole process, %% of one core) | %.1f |\n", idleCpu);
    std::printf("| preview frames analysed per second | %.1f |\n", fps);
    std::printf("| preview frames dropped per second | %.1f |\n", dropped);
    std::printf("| CPU while capturing (%% of one core) | %.1f |\n", captureCpu);
    std::printf("| capture to fields (ms, one still) | %s |\n",
                answered ? QByteArray::number(latencyMs).constData() : "no answer in 120 s");
    std::printf("| scan answered with | %s |\n",
                session.scanError().isEmpty() ? "fields" : "an error (see scan engine)");
    std::fflush(stdout);
    return 0;
}

} // namespace shikaku::kiosk
