// Live capture over the replay camera: guidance follows the document, capture happens by
// itself once it lies still, stale frames are dropped rather than queued, camera loss is seen.

#include "KioskTestSupport.h"
#include "LiveCapture.h"
#include "ReplayCamera.h"

#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;

class LiveCaptureTest : public QObject {
    Q_OBJECT
private slots:
    void init() { qRegisterMetaType<guidance::Message>(); }

    void guidesThenCapturesByItself()
    {
        hardware::ReplayOptions options;
        options.framesPerSecond = 30;
        hardware::ReplayCamera camera(kiosktest::documentPhotos(1), options);
        LiveCapture capture(camera);
        QSignalSpy available(&capture, &LiveCapture::cameraAvailableChanged);
        QSignalSpy guidance(&capture, &LiveCapture::guidanceChanged);
        QSignalSpy wanted(&capture, &LiveCapture::captureWanted);
        QSignalSpy stills(&capture, &LiveCapture::stillCaptured);
        connect(&capture, &LiveCapture::captureWanted, &capture, &LiveCapture::requestStill);
        capture.start();
        QTRY_VERIFY_WITH_TIMEOUT(capture.cameraAvailable(), 5000);
        capture.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(stills.count() >= 1, 15000);

        // The messages went from "no document" to "hold still" before the capture.
        QList<guidance::Message> seen;
        for (const auto& args : guidance)
            seen << args.at(0).value<guidance::Message>();
        QVERIFY(seen.contains(guidance::Message::NoDocument));
        QVERIFY(seen.contains(guidance::Message::HoldStill));
        QVERIFY(seen.contains(guidance::Message::Capturing));
        QVERIFY(seen.indexOf(guidance::Message::NoDocument) < seen.indexOf(guidance::Message::Capturing));
        QVERIFY(wanted.count() >= 1);
        QVERIFY(!stills.at(0).at(0).value<cv::Mat>().empty());
        QVERIFY(!capture.latestPreview().isNull());
        QCOMPARE(capture.outline().size(), 4);

        const auto counters = capture.counters();
        QVERIFY(counters.analysed > 0);
        QVERIFY(counters.analysed + counters.dropped <= counters.received);
        capture.stop();
    }

    void onePicturePerPlacement()
    {
        // The document lies still for 2 s: one automatic capture, not one every few frames;
        // once it was taken away and placed again, the next one.
        hardware::ReplayOptions options;
        options.framesPerSecond = 30;
        options.holdUntilStill = false;
        options.holdFrames = 60;
        hardware::ReplayCamera camera(kiosktest::documentPhotos(1), options);
        LiveCapture capture(camera);
        QSignalSpy wanted(&capture, &LiveCapture::captureWanted);
        QSignalSpy changed(&capture, &LiveCapture::placementChanged);
        QSignalSpy guidance(&capture, &LiveCapture::guidanceChanged);
        capture.start();
        QTRY_VERIFY_WITH_TIMEOUT(capture.cameraAvailable(), 5000);
        capture.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(wanted.count() >= 1, 15000);
        // Still held: more frames analysed, no second capture.
        const quint64 analysedAtCapture = capture.counters().analysed;
        QTRY_VERIFY_WITH_TIMEOUT(capture.counters().analysed >= analysedAtCapture + 8, 10000);
        QCOMPARE(wanted.count(), 1);
        // Taken away (the placement memory is released) and placed again: captured again.
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(wanted.count() >= 2, 15000);
        capture.stop();
    }

    void inactiveAnalysesNothing()
    {
        hardware::ReplayOptions options;
        options.framesPerSecond = 60;
        hardware::ReplayCamera camera(kiosktest::documentPhotos(1), options);
        LiveCapture capture(camera);
        capture.start();
        QTRY_VERIFY_WITH_TIMEOUT(capture.cameraAvailable(), 5000);
        QTest::qWait(200);
        QCOMPARE(capture.counters().analysed, quint64(0));
        QVERIFY(capture.latestPreview().isNull());
        capture.stop();
    }

    void slowAnalysisDropsFramesInsteadOfQueueing()
    {
        // 200 fps is far more than the finder manages on this machine: most frames must be dropped
        // and the analysed count must stay close to what the worker can do.
        hardware::ReplayOptions options;
        options.framesPerSecond = 200;
        options.holdUntilStill = false;
        hardware::ReplayCamera camera(kiosktest::documentPhotos(1), options);
        LiveCapture capture(camera);
        capture.setAutoCapture(false);
        capture.start();
        QTRY_VERIFY_WITH_TIMEOUT(capture.cameraAvailable(), 5000);
        capture.setActive(true);
        QTest::qWait(1500);
        capture.setActive(false);
        const auto counters = capture.counters();
        QVERIFY(counters.received > 50);
        QVERIFY2(counters.dropped > 0, "frames arriving while the worker is busy must be dropped");
        QVERIFY(counters.analysed + counters.dropped <= counters.received);
        capture.stop();
    }

    void cameraLossIsReportedAndRecovered()
    {
        hardware::ReplayOptions options;
        options.framesPerSecond = 60;
        hardware::ReplayCamera camera(kiosktest::documentPhotos(1), options);
        LiveCapture capture(camera);
        QSignalSpy available(&capture, &LiveCapture::cameraAvailableChanged);
        capture.start();
        QTRY_VERIFY_WITH_TIMEOUT(capture.cameraAvailable(), 5000);
        camera.setUnplugged(true);
        QTRY_VERIFY_WITH_TIMEOUT(!capture.cameraAvailable(), 5000);
        camera.setUnplugged(false);
        QTRY_VERIFY_WITH_TIMEOUT(capture.cameraAvailable(), 5000);
        QCOMPARE(available.count(), 3);
        capture.stop();
    }
};

QTEST_MAIN(LiveCaptureTest)
#include "LiveCaptureTest.moc"
