// The resident visit state machine: transitions and their preconditions, time-outs with the
// warning, the hand-over to the staff queue, the window freed for the next person, the wipe,
// a staff rescan while the resident is there, camera loss, the queue-full gate.

#include "KioskTestSupport.h"
#include "Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;
using State = Session::State;

class SessionTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;

    /// Drives a paper visit up to AwaitingStaff with the sample result.
    void reachAwaitingStaff()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy scan(m_session.get(), &Session::scanImageRequested);
        QVERIFY(m_session->acceptStill(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200))));
        QCOMPARE(m_session->state(), State::Reading);
        QCOMPARE(scan.count(), 1);
        const quint64 ticket = scan.at(0).at(0).toULongLong();
        m_session->acceptScanResult(ticket, std::make_shared<const ScanResult>(kiosktest::sampleScanResult()));
        QCOMPARE(m_session->state(), State::AwaitingStaff);
    }

    /// A paper still answered by the scan engine with `kind` (no readable fields, as the engine
    /// gives for back sides and documents it does not accept). Returns the state afterwards.
    State stillAnsweredAs(DocumentKind kind)
    {
        QSignalSpy scan(m_session.get(), &Session::scanImageRequested);
        if (!m_session->acceptStill(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200))) || scan.count() != 1)
            return State::Idle;
        ScanResult result;
        result.input = "camera";
        result.kind = kind;
        result.rectified = cv::Mat(540, 856, CV_8UC3, cv::Scalar(240, 240, 240));
        m_session->acceptScanResult(scan.at(0).at(0).toULongLong(), std::make_shared<const ScanResult>(result));
        return m_session->state();
    }

    /// A paper still read as a 資格確認書 card with values.
    State stillAnsweredWithCard()
    {
        QSignalSpy scan(m_session.get(), &Session::scanImageRequested);
        if (!m_session->acceptStill(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200))) || scan.count() != 1)
            return State::Idle;
        m_session->acceptScanResult(scan.at(0).at(0).toULongLong(),
                                    std::make_shared<const ScanResult>(kiosktest::sampleScanResult()));
        return m_session->state();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        m_session = std::make_unique<Session>(*m_clock);
    }

    void startsIdleAndRefusesWhatNeedsAVisit()
    {
        QCOMPARE(m_session->state(), State::Idle);
        QVERIFY(!m_session->finish());
        QVERIFY(!m_session->rescanVisit(0));
        QVERIFY(!m_session->capture());
        QVERIFY(!m_session->lastRefusal().isEmpty());
        QCOMPARE(m_session->state(), State::Idle);
    }

    void beginTwiceIsRefused()
    {
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QVERIFY(!m_session->begin(Session::InputMode::Phone));
        QCOMPARE(m_session->inputMode(), Session::InputMode::Paper);
    }

    void captureNeedsTheCamera()
    {
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy still(m_session.get(), &Session::stillRequested);
        QVERIFY(!m_session->capture());
        QCOMPARE(still.count(), 0);
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->capture());
        QCOMPARE(still.count(), 1);
    }

    void residentSeesMaskedValuesStaffSeeAll()
    {
        reachAwaitingStaff();
        auto* fields = m_session->fields();
        const QModelIndex insurer = fields->index(0);
        QCOMPARE(fields->data(insurer, FieldReviewModel::ValueRole).toString(),
                 QString::fromStdString(kiosktest::validInsurerNumber()));
        QCOMPARE(fields->data(insurer, FieldReviewModel::ResidentValueRole).toString(), QStringLiteral("0113****"));
        QVERIFY(!m_session->hasImage()); // the image went to the staff queue
        QCOMPARE(m_session->documentKind(), QStringLiteral("資格確認書（カード）"));
    }

    void staleScanAnswerIsIgnored()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy scan(m_session.get(), &Session::scanImageRequested);
        QVERIFY(m_session->acceptStill(cv::Mat(10, 10, CV_8UC3)));
        const quint64 ticket = scan.at(0).at(0).toULongLong();
        QVERIFY(m_session->cancel());
        QCOMPARE(m_session->state(), State::Idle);
        m_session->acceptScanResult(ticket, std::make_shared<const ScanResult>(kiosktest::sampleScanResult()));
        QCOMPARE(m_session->state(), State::Idle);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
    }

    void theResultIsHandedToStaffWithItsImage()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy scan(m_session.get(), &Session::scanImageRequested);
        QSignalSpy handed(m_session.get(), &Session::handedOver);
        QVERIFY(m_session->acceptStill(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200))));
        m_session->acceptScanResult(scan.at(0).at(0).toULongLong(),
                                    std::make_shared<const ScanResult>(kiosktest::sampleScanResult()));
        QCOMPARE(handed.count(), 1);
        QCOMPARE(handed.at(0).at(0).toInt(), m_session->visitNumber());
        QCOMPARE(handed.at(0).at(1).value<Session::InputMode>(), Session::InputMode::Paper);
        QCOMPARE(handed.at(0).at(3).value<QImage>().size(), QSize(856, 540)); // the rectified document
        // The resident window keeps only what the resident sees: masked values, no image.
        QVERIFY(!m_session->hasImage());
    }

    void residentFinishesAndTheWindowIsFreeForTheNextPerson()
    {
        reachAwaitingStaff();
        QSignalSpy wiped(m_session.get(), &Session::wiped);
        QVERIFY(m_session->finish());
        QCOMPARE(m_session->state(), State::Idle);
        QCOMPARE(wiped.count(), 1);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
        QVERIFY(m_session->begin(Session::InputMode::Phone));
    }

    void doneScreenWithoutATouchFreesTheWindow()
    {
        reachAwaitingStaff();
        m_clock->advanceSeconds(m_session->timeouts().doneSeconds - 1);
        m_session->tick();
        QCOMPARE(m_session->state(), State::AwaitingStaff);
        m_clock->advanceSeconds(1);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Idle);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
    }

    void staffDecisionShowsOnlyToTheResidentStillThere()
    {
        reachAwaitingStaff();
        const int visit = m_session->visitNumber();
        m_session->staffDecided(visit + 1, true); // another (earlier) visit: nothing changes here
        QCOMPARE(m_session->state(), State::AwaitingStaff);
        m_session->staffDecided(visit, true);
        QCOMPARE(m_session->state(), State::Confirmed);
        QVERIFY(m_session->fields()->value(FieldId::Number).isEmpty());
        QSignalSpy wiped(m_session.get(), &Session::wiped);
        m_clock->advanceSeconds(m_session->timeouts().resultSeconds);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Idle);
        QCOMPARE(wiped.count(), 1);
        QCOMPARE(m_session->inputMode(), Session::InputMode::None);
    }

    void queueFullKeepsNewVisitsOut()
    {
        QSignalSpy changed(m_session.get(), &Session::acceptingVisitsChanged);
        m_session->setAcceptingVisits(false);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_session->begin(Session::InputMode::Paper));
        QVERIFY(m_session->lastRefusal().contains(QStringLiteral("full")));
        m_session->setAcceptingVisits(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
    }

    void inactivityWarnsAtLeastTwentySecondsThenExpiresAndWipes()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        const auto& t = m_session->timeouts();
        QVERIFY(t.warningSeconds >= 20);
        m_clock->advanceSeconds(t.residentIdleSeconds - 1);
        m_session->tick();
        QVERIFY(!m_session->warningActive());
        m_clock->advanceSeconds(1);
        m_session->tick();
        QVERIFY(m_session->warningActive());
        QCOMPARE(m_session->secondsLeft(), t.warningSeconds);

        // One touch continues.
        m_session->touch();
        QVERIFY(!m_session->warningActive());
        m_clock->advanceSeconds(t.residentIdleSeconds + t.warningSeconds - 1);
        m_session->tick();
        QVERIFY(m_session->warningActive());
        QCOMPARE(m_session->secondsLeft(), 1);
        QCOMPARE(m_session->state(), State::Capturing);

        QSignalSpy wiped(m_session.get(), &Session::wiped);
        m_clock->advanceSeconds(1);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Expired);
        QVERIFY(!m_session->warningActive());
        m_clock->advanceSeconds(t.resultSeconds);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Idle);
        QCOMPARE(wiped.count(), 1);
    }

    void touchesKeepTheDoneScreen()
    {
        reachAwaitingStaff();
        m_clock->advanceSeconds(m_session->timeouts().doneSeconds - 5);
        m_session->touch();
        m_clock->advanceSeconds(10);
        m_session->tick();
        QCOMPARE(m_session->state(), State::AwaitingStaff);
    }

    void rescanWhileTheResidentIsThereCapturesAgain()
    {
        reachAwaitingStaff();
        QVERIFY(!m_session->rescanVisit(m_session->visitNumber() - 1)); // not this visit
        QVERIFY(m_session->rescanVisit(m_session->visitNumber()));
        QCOMPARE(m_session->state(), State::Capturing);
        QCOMPARE(m_session->inputMode(), Session::InputMode::Paper);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
        QVERIFY(!m_session->hasImage());
        QVERIFY(m_session->capture());
        // After the resident left, there is nobody to rescan.
        m_session->cancel();
        QVERIFY(!m_session->rescanVisit(m_session->visitNumber()));
    }

    void cameraLossShowsAMessageAndComesBack()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        m_session->setGuidance(guidance::Message::HoldStill);
        m_session->setCameraAvailable(false);
        QCOMPARE(m_session->guidance(), guidance::Message::CameraMissing);
        QVERIFY(!m_session->capture());
        QCOMPARE(m_session->state(), State::Capturing); // the visit survives the loss
        m_session->setCameraAvailable(true);
        QCOMPARE(m_session->guidance(), guidance::Message::NoDocument);
        QVERIFY(m_session->capture());
    }

    void scanErrorStillReachesStaff()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy scan(m_session.get(), &Session::scanImageRequested);
        QVERIFY(m_session->acceptStill(cv::Mat(10, 10, CV_8UC3)));
        ScanResult failed;
        failed.error = {ScanErrorCode::Internal, "photo reading failed"};
        m_session->acceptScanResult(scan.at(0).at(0).toULongLong(), std::make_shared<const ScanResult>(failed));
        QCOMPARE(m_session->state(), State::AwaitingStaff);
        QCOMPARE(m_session->scanError(), QStringLiteral("photo reading failed"));
        QVERIFY(!m_session->fields()->allConfirmable()); // staff must type the values
    }

    void phoneUploadOnlyIntoAPhoneVisit()
    {
        QVERIFY(!m_session->acceptFile("%PDF-1.4", QStringLiteral("x.pdf"), Session::InputMode::Phone));
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QVERIFY(!m_session->acceptFile("%PDF-1.4", QStringLiteral("x.pdf"), Session::InputMode::Phone));
        QVERIFY(m_session->cancel());
        QVERIFY(m_session->begin(Session::InputMode::Phone));
        QSignalSpy bytes(m_session.get(), &Session::scanBytesRequested);
        QVERIFY(m_session->acceptFile("%PDF-1.4", QStringLiteral("x.pdf"), Session::InputMode::Phone));
        QCOMPARE(m_session->state(), State::Reading);
        QCOMPARE(bytes.count(), 1);
    }

    void readingThatNeverAnswersGivesUpAndStillHandsOver()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy handed(m_session.get(), &Session::handedOver);
        QVERIFY(m_session->acceptStill(cv::Mat(10, 10, CV_8UC3)));
        m_clock->advanceSeconds(m_session->timeouts().readingSeconds);
        m_session->tick();
        QCOMPARE(m_session->state(), State::AwaitingStaff);
        QVERIFY(!m_session->scanError().isEmpty());
        QCOMPARE(handed.count(), 1); // staff get the still and type the values
        QVERIFY(!handed.at(0).at(3).value<QImage>().isNull());
    }

    // --- a still of the wrong side or the wrong document (issue 4: guidance) ---

    void backSideGoesBackToTheCameraWithoutStaff()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy guidanceSpy(m_session.get(), &Session::guidanceChanged);
        QSignalSpy handed(m_session.get(), &Session::handedOver);
        QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::Capturing);
        QCOMPARE(m_session->guidance(), guidance::Message::TurnOver);
        QVERIFY(guidanceSpy.count() >= 1);
        // Nothing of the back side is kept or shown to staff.
        QVERIFY(!m_session->hasImage());
        QVERIFY(m_session->documentKind().isEmpty());
        QVERIFY(!m_session->staffHelpNeeded());
        QCOMPARE(handed.count(), 0); // staff never see it

        // The verdict stays while the live preview still sees the same document ...
        m_session->showLiveGuidance(guidance::Message::HoldStill);
        QCOMPARE(m_session->guidance(), guidance::Message::TurnOver);
        // ... and while the desk is empty after it was taken away (the resident still sees why) ...
        m_session->documentChanged();
        m_session->showLiveGuidance(guidance::Message::NoDocument);
        QCOMPARE(m_session->guidance(), guidance::Message::TurnOver);
        // ... and gives way once a document lies there again.
        m_session->showLiveGuidance(guidance::Message::HoldStill);
        QCOMPARE(m_session->guidance(), guidance::Message::HoldStill);

        // The front then goes to staff as usual.
        QCOMPARE(stillAnsweredWithCard(), State::AwaitingStaff);
        QVERIFY(!m_session->staffHelpNeeded());
        QCOMPARE(m_session->documentKind(), QStringLiteral("資格確認書（カード）"));
        QCOMPARE(handed.count(), 1);
    }

    void captureReleasesTheVerdictAndCameraLossOverridesIt()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::Capturing);
        QVERIFY(m_session->capture()); // the resident pressed the button: a new picture
        QCOMPARE(m_session->guidance(), guidance::Message::Capturing);
        m_session->showLiveGuidance(guidance::Message::Glare);
        QCOMPARE(m_session->guidance(), guidance::Message::Glare);

        QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::Capturing);
        m_session->setCameraAvailable(false);
        QCOMPARE(m_session->guidance(), guidance::Message::CameraMissing);
    }

    void backSideTooOftenGoesToStaff()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy handed(m_session.get(), &Session::handedOver);
        const RetryLimits limits;
        for (int i = 0; i < limits.backSides; ++i)
            QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::Capturing);
        // Probably a front the engine cannot read: staff see the picture.
        QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::AwaitingStaff);
        QVERIFY(m_session->staffHelpNeeded());
        QCOMPARE(handed.count(), 1);
        QVERIFY(!handed.at(0).at(3).value<QImage>().isNull());
        QCOMPARE(m_session->documentKind(), QStringLiteral("裏面"));
    }

    void oldHealthCardIsExplainedOnceThenStaffHelp()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QCOMPARE(stillAnsweredAs(DocumentKind::HealthInsuranceCard), State::Capturing);
        QCOMPARE(m_session->guidance(), guidance::Message::OldHealthCard);
        QVERIFY(!m_session->hasImage());
        // Placed again (nothing else to bring): staff take over and may still transcribe it.
        m_session->documentChanged();
        QCOMPARE(stillAnsweredAs(DocumentKind::HealthInsuranceCard), State::AwaitingStaff);
        QVERIFY(m_session->staffHelpNeeded());
        QCOMPARE(m_session->documentKind(), QStringLiteral("健康保険証（旧）"));
    }

    void unknownDocumentShowsWhatToPlaceThenStaffHelp()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QCOMPARE(stillAnsweredAs(DocumentKind::Unknown), State::Capturing);
        QCOMPARE(m_session->guidance(), guidance::Message::NotRecognised);
        QCOMPARE(stillAnsweredAs(DocumentKind::Unknown), State::AwaitingStaff);
        QVERIFY(m_session->staffHelpNeeded());
        // Staff may ask for a fresh attempt: the explanations start again.
        QVERIFY(m_session->rescanVisit(m_session->visitNumber()));
        QVERIFY(!m_session->staffHelpNeeded());
        QCOMPARE(stillAnsweredAs(DocumentKind::Unknown), State::Capturing);
    }

    void wrongDocumentThenTheRightOne()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QCOMPARE(stillAnsweredAs(DocumentKind::Unknown), State::Capturing);
        QCOMPARE(stillAnsweredWithCard(), State::AwaitingStaff);
        QVERIFY(!m_session->staffHelpNeeded());
        QCOMPARE(m_session->fields()->value(FieldId::InsurerNumber), QString::fromStdString(kiosktest::validInsurerNumber()));
    }

    void retriesStartAgainForTheNextResident()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QCOMPARE(stillAnsweredAs(DocumentKind::Unknown), State::Capturing);
        QVERIFY(m_session->cancel());
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QCOMPARE(m_session->guidance(), guidance::Message::NoDocument);
        QCOMPARE(stillAnsweredAs(DocumentKind::Unknown), State::Capturing); // explained again, no staff yet
    }

    void uploadedFileOfAnyKindGoesToStaff()
    {
        // A PDF cannot be "turned over": whatever it is, staff look at it.
        QVERIFY(m_session->begin(Session::InputMode::Phone));
        QSignalSpy bytes(m_session.get(), &Session::scanBytesRequested);
        QVERIFY(m_session->acceptFile("%PDF-1.4", QStringLiteral("x.pdf"), Session::InputMode::Phone));
        ScanResult result;
        result.kind = DocumentKind::Unknown;
        m_session->acceptScanResult(bytes.at(0).at(0).toULongLong(), std::make_shared<const ScanResult>(result));
        QCOMPARE(m_session->state(), State::AwaitingStaff);
        QVERIFY(!m_session->staffHelpNeeded());
    }

    void liveGuidanceOnlyWhileCapturingPaper()
    {
        m_session->setCameraAvailable(true);
        m_session->showLiveGuidance(guidance::Message::HoldStill);
        QCOMPARE(m_session->guidance(), guidance::Message::NoDocument); // idle: ignored
        QVERIFY(m_session->begin(Session::InputMode::Phone));
        m_session->showLiveGuidance(guidance::Message::HoldStill);
        QCOMPARE(m_session->guidance(), guidance::Message::NoDocument); // phone visit: ignored
        QVERIFY(m_session->cancel());
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        m_session->showLiveGuidance(guidance::Message::HoldStill);
        QCOMPARE(m_session->guidance(), guidance::Message::HoldStill);
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "SessionTest.moc"
