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
};

QTEST_GUILESS_MAIN(SessionTest)
#include "SessionTest.moc"
