// The visit state machine: transitions and their preconditions, time-outs with the warning,
// the wipe, rescan, camera loss, and confirmation into the real record store.

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
    QTemporaryDir m_dir;
    std::unique_ptr<RecordStore> m_store;
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

    std::size_t storedCount()
    {
        auto records = m_store->list();
        return records ? records.value().size() : 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("records.sqlite3")));
        QFile::remove(m_dir.filePath(QStringLiteral("records.key")));
        m_store = kiosktest::openStore(m_dir);
        QVERIFY(m_store);
        m_clock = std::make_unique<ManualClock>();
        m_session = std::make_unique<Session>(*m_clock, *m_store);
    }

    void startsIdleAndRefusesStaffActions()
    {
        QCOMPARE(m_session->state(), State::Idle);
        QVERIFY(!m_session->confirm());
        QVERIFY(!m_session->requestRescan());
        QVERIFY(!m_session->reject());
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
        QVERIFY(m_session->hasImage());
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

    void confirmNeedsStaffAndValidFieldsThenStoresAndWipes()
    {
        reachAwaitingStaff();
        QVERIFY(!m_session->confirm()); // nobody signed in
        QVERIFY(m_session->lastRefusal().contains(QStringLiteral("sign in")));
        m_session->setStaffId(QStringLiteral("staff-7"));

        auto* fields = m_session->fields();
        fields->edit(0, QStringLiteral("01130019")); // wrong check digit (valid one ends differently)
        if (QString::fromStdString(kiosktest::validInsurerNumber()) == QStringLiteral("01130019"))
            fields->edit(0, QStringLiteral("01130018"));
        QCOMPARE(fields->verdict(FieldId::InsurerNumber), FieldReviewModel::Verdict::CheckDigitFailed);
        QVERIFY(!m_session->confirm());
        QVERIFY(m_session->lastRefusal().contains(QStringLiteral("保険者番号")));
        QCOMPARE(storedCount(), std::size_t(0));

        fields->edit(0, QString::fromStdString(kiosktest::validInsurerNumber()));
        QSignalSpy stored(m_session.get(), &Session::recordStored);
        QVERIFY(m_session->confirm());
        QCOMPARE(m_session->state(), State::Confirmed);
        QCOMPARE(stored.count(), 1);
        QVERIFY(stored.at(0).at(0).toString().isEmpty());

        auto records = m_store->list();
        QVERIFY(records);
        QCOMPARE(records.value().size(), std::size_t(1));
        const ConfirmedRecord& record = records.value().front().record;
        QCOMPARE(record.staffId, std::string("staff-7"));
        QCOMPARE(*record.field(FieldId::InsurerNumber).value, kiosktest::validInsurerNumber());
        QVERIFY(record.field(FieldId::InsurerNumber).changedByStaff);
        QVERIFY(record.field(FieldId::Number).source == ValueSource::Ocr);
        QVERIFY(!record.field(FieldId::Number).changedByStaff);
        QCOMPARE(*record.field(FieldId::Expiry).value, std::string("2027-03-31"));

        // Stored: the kiosk keeps nothing of it, even while the thank-you screen shows.
        QVERIFY(fields->value(FieldId::Number).isEmpty());
        QVERIFY(!m_session->hasImage());
        QSignalSpy wiped(m_session.get(), &Session::wiped);
        m_clock->advanceSeconds(m_session->timeouts().resultSeconds - 1);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Confirmed);
        m_clock->advanceSeconds(2);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Idle);
        QCOMPARE(wiped.count(), 1);
        QCOMPARE(m_session->inputMode(), Session::InputMode::None);
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

    void unreviewedResultExpiresAndIsWipedAtOnce()
    {
        reachAwaitingStaff();
        m_clock->advanceSeconds(m_session->timeouts().staffIdleSeconds);
        m_session->tick();
        QCOMPARE(m_session->state(), State::Expired);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
        QVERIFY(!m_session->hasImage());
        QCOMPARE(storedCount(), std::size_t(0));
    }

    void staffEditingCountsAsActivity()
    {
        reachAwaitingStaff();
        m_clock->advanceSeconds(m_session->timeouts().staffIdleSeconds - 10);
        m_session->fields()->edit(2, QStringLiteral("56789"));
        m_clock->advanceSeconds(20);
        m_session->tick();
        QCOMPARE(m_session->state(), State::AwaitingStaff);
    }

    void rescanClearsTheResultAndCapturesAgain()
    {
        reachAwaitingStaff();
        QVERIFY(!m_session->requestRescan()); // staff not signed in
        m_session->setStaffId(QStringLiteral("staff-7"));
        QVERIFY(m_session->requestRescan());
        QCOMPARE(m_session->state(), State::Capturing);
        QCOMPARE(m_session->inputMode(), Session::InputMode::Paper);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
        QVERIFY(!m_session->hasImage());
        QVERIFY(m_session->capture());
    }

    void rejectStoresNothingButAuditsIt()
    {
        reachAwaitingStaff();
        m_session->setStaffId(QStringLiteral("staff-7"));
        const auto auditBefore = m_store->auditEntries().value().size();
        QVERIFY(m_session->reject());
        QCOMPARE(m_session->state(), State::Rejected);
        QCOMPARE(storedCount(), std::size_t(0));
        QCOMPARE(m_store->auditEntries().value().size(), auditBefore + 1);
        QVERIFY(m_session->fields()->value(FieldId::InsurerNumber).isEmpty());
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

    void readingThatNeverAnswersGivesUp()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QVERIFY(m_session->acceptStill(cv::Mat(10, 10, CV_8UC3)));
        m_clock->advanceSeconds(m_session->timeouts().readingSeconds);
        m_session->tick();
        QCOMPARE(m_session->state(), State::AwaitingStaff);
        QVERIFY(!m_session->scanError().isEmpty());
    }

    // --- a still of the wrong side or the wrong document (issue 4: guidance) ---

    void backSideGoesBackToTheCameraWithoutStaff()
    {
        m_session->setCameraAvailable(true);
        QVERIFY(m_session->begin(Session::InputMode::Paper));
        QSignalSpy guidanceSpy(m_session.get(), &Session::guidanceChanged);
        QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::Capturing);
        QCOMPARE(m_session->guidance(), guidance::Message::TurnOver);
        QVERIFY(guidanceSpy.count() >= 1);
        // Nothing of the back side is kept or shown to staff.
        QVERIFY(!m_session->hasImage());
        QVERIFY(m_session->documentKind().isEmpty());
        QVERIFY(!m_session->staffHelpNeeded());
        QVERIFY(!m_session->confirm());

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
        const RetryLimits limits;
        for (int i = 0; i < limits.backSides; ++i)
            QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::Capturing);
        // Probably a front the engine cannot read: staff see the picture.
        QCOMPARE(stillAnsweredAs(DocumentKind::BackSide), State::AwaitingStaff);
        QVERIFY(m_session->staffHelpNeeded());
        QVERIFY(m_session->hasImage());
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
        QVERIFY(m_session->requestRescan() == false); // not signed in
        m_session->setStaffId(QStringLiteral("staff-1"));
        QVERIFY(m_session->requestRescan());
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
