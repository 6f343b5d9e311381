// The replay camera (document slides in, held still, taken away; unplug and replug) and the
// V4L2 camera's clean "no device" state.

#include "KioskTestSupport.h"
#include "DocumentFinder.h"
#include "ReplayCamera.h"
#include "V4l2Camera.h"

#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <mutex>

using namespace shikaku;
using namespace shikaku::hardware;

namespace {

/// What the live preview finds in a frame (vision's finder, without the full-resolution refit).
bool documentIn(const cv::Mat& frame)
{
    DocumentFinderOptions options;
    options.refineAtFullResolution = false;
    return findDocument(frame, options).found;
}

struct Recorder {
    std::mutex mutex;
    std::vector<Frame> frames;
    std::vector<CameraState> states;
    void attach(CameraSource& camera)
    {
        camera.setFrameCallback([this](const Frame& f) {
            std::lock_guard lock(mutex);
            frames.push_back(f);
        });
        camera.setStateCallback([this](CameraState s, const std::string&) {
            std::lock_guard lock(mutex);
            states.push_back(s);
        });
    }
    std::size_t count()
    {
        std::lock_guard lock(mutex);
        return frames.size();
    }
};

ReplayOptions fast()
{
    ReplayOptions options;
    options.framesPerSecond = 100;
    options.emptyFrames = 3;
    options.enterFrames = 4;
    options.leaveFrames = 3;
    return options;
}

} // namespace

class ReplayCameraTest : public QObject {
    Q_OBJECT
private slots:
    void replaysPlaceHoldRemove()
    {
        ReplayCamera camera(kiosktest::documentPhotos(1), fast());
        Recorder recorder;
        recorder.attach(camera);
        camera.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count() >= 20, 5000);
        QCOMPARE(camera.state(), CameraState::Streaming);
        camera.requestStill();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count() >= 40, 5000);
        camera.stop();
        QCOMPARE(camera.state(), CameraState::Stopped);

        std::lock_guard lock(recorder.mutex);
        const auto& frames = recorder.frames;
        // Sequence numbers increase; frames own their pixels.
        for (std::size_t i = 1; i < frames.size(); ++i)
            QVERIFY(frames[i].sequence > frames[i - 1].sequence);
        // Empty desk first, then the document is found once it lies still.
        QVERIFY(!documentIn(frames.front().bgr));
        QVERIFY(documentIn(frames[12].bgr));
        // Exactly one still, at full size, while the document was held.
        int stills = 0;
        for (const auto& f : frames)
            if (f.kind == FrameKind::Still) {
                ++stills;
                QCOMPARE(f.bgr.cols, 1280);
                QVERIFY(documentIn(f.bgr));
            }
        QCOMPARE(stills, 1);
        // After the still the document leaves: an empty desk again (some frame after the still;
        // the last one may already show the document sliding in for the next round).
        const auto still = std::find_if(frames.begin(), frames.end(), [](const auto& f) { return f.kind == FrameKind::Still; });
        const bool emptyAfterStill = std::any_of(still, frames.end(), [](const auto& f) {
            return f.kind == FrameKind::Preview && !documentIn(f.bgr);
        });
        QVERIFY(emptyAfterStill || frames.end() - still < 15);
    }

    void unplugAndReplug()
    {
        ReplayCamera camera(kiosktest::documentPhotos(1), fast());
        Recorder recorder;
        recorder.attach(camera);
        camera.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Streaming, 5000);
        camera.setUnplugged(true);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Disconnected, 5000);
        const std::size_t during = recorder.count();
        QTest::qWait(100);
        QCOMPARE(recorder.count(), during); // no frames while unplugged
        camera.setUnplugged(false);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Streaming, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count() > during, 5000);
        camera.stop(); // before the recorder goes
    }

    void loadsAFolderAndIgnoresOtherFiles()
    {
        QTemporaryDir dir;
        const auto photos = kiosktest::documentPhotos(2);
        cv::imwrite(dir.filePath(QStringLiteral("b.png")).toStdString(), photos[0]);
        cv::imwrite(dir.filePath(QStringLiteral("a.jpg")).toStdString(), photos[1]);
        QFile truth(dir.filePath(QStringLiteral("a.truth.json")));
        QVERIFY(truth.open(QIODevice::WriteOnly));
        truth.write("{}");
        QFile broken(dir.filePath(QStringLiteral("c.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a png");
        broken.close();
        QCOMPARE(ReplayCamera::loadFolder(dir.path().toStdString()).size(), std::size_t(2));
        QCOMPARE(ReplayCamera::loadFolder("/nonexistent/folder").size(), std::size_t(0));
    }

    void emptyReplayIsSearchingNotStreaming()
    {
        ReplayCamera camera({}, fast());
        camera.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), CameraState::Searching, 2000);
        camera.stop();
    }

    void missingUvcDeviceIsSearching()
    {
        V4l2Options options;
        options.device = "/dev/video-does-not-exist";
        options.retryMillis = 50;
        V4l2Camera camera(options);
        Recorder recorder;
        recorder.attach(camera);
        camera.start();
        QTest::qWait(200);
        QCOMPARE(camera.state(), CameraState::Searching);
        QCOMPARE(recorder.count(), std::size_t(0));
        camera.requestStill(); // harmless without a device
        camera.stop();
        QCOMPARE(camera.state(), CameraState::Stopped);
    }
};

QTEST_GUILESS_MAIN(ReplayCameraTest)
#include "ReplayCameraTest.moc"
