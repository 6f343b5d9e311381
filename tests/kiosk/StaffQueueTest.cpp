// The staff queue: finished visits in arrival order, selection with ↑/↓, the length limit
// (a resident visit in progress keeps a place), confirm into the real encrypted store, reject
// and time-out wipes audited without values, images gone with the decision, rescan only
// while the resident is still at the kiosk, staff files read through their own tickets.

#include "KioskTestSupport.h"
#include "StaffQueue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;
using Mode = Session::InputMode;

namespace {

std::shared_ptr<const ScanResult> sample(DocumentKind kind = DocumentKind::KakuninshoCard)
{
    auto result = std::make_shared<ScanResult>(kiosktest::sampleScanResult());
    result->kind = kind;
    return result;
}

QImage documentImage()
{
    QImage image(856, 540, QImage::Format_RGB888);
    image.fill(Qt::white);
    return image;
}

} // namespace

class StaffQueueTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaffQueue> m_queue;

    QString kindAt(int row) { return m_queue->data(m_queue->index(row), StaffQueue::DocumentKindRole).toString(); }
    int numberAt(int row) { return m_queue->data(m_queue->index(row), StaffQueue::NumberRole).toInt(); }

    std::vector<AuditEntry> audit()
    {
        auto entries = m_store->auditEntries();
        return entries ? entries.value() : std::vector<AuditEntry>{};
    }

    std::size_t storedCount()
    {
        auto records = m_store->list();
        return records ? records.value().size() : 0;
    }

private slots:
    void init()
    {
        m_queue.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("records.sqlite3")));
        QFile::remove(m_dir.filePath(QStringLiteral("records.key")));
        m_store = kiosktest::openStore(m_dir);
        QVERIFY(m_store);
        m_clock = std::make_unique<ManualClock>();
        QueueLimits limits;
        limits.maxEntries = 3;
        limits.timeoutSeconds = 1800;
        m_queue = std::make_unique<StaffQueue>(*m_clock, *m_store, limits);
    }

    void entriesKeepArrivalOrderAndShowNoValue()
    {
        QAbstractItemModelTester tester(m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_queue->addResidentVisit(1, Mode::Paper, sample(DocumentKind::KakuninshoCard), documentImage());
        m_clock->advanceSeconds(60);
        m_queue->addResidentVisit(2, Mode::Phone, sample(DocumentKind::PortalPdf), documentImage());
        QCOMPARE(m_queue->count(), 2);
        QCOMPARE(kindAt(0), QStringLiteral("資格確認書（カード）"));
        QCOMPARE(kindAt(1), QStringLiteral("マイナポータル 資格情報PDF"));
        QCOMPARE(m_queue->data(m_queue->index(1), StaffQueue::OriginRole).value<StaffQueue::Origin>(), StaffQueue::Origin::Phone);
        QCOMPARE(m_queue->data(m_queue->index(0), StaffQueue::TimeRole).toString(), QStringLiteral("09:00"));
        QCOMPARE(m_queue->data(m_queue->index(1), StaffQueue::TimeRole).toString(), QStringLiteral("09:01"));
        // The sample has one low-confidence field (番号) in review.
        QCOMPARE(m_queue->data(m_queue->index(0), StaffQueue::NeedsReviewRole).toInt(), 1);
        // The first arrival is selected; a later one does not take the selection away.
        QCOMPARE(m_queue->currentRow(), 0);
        QCOMPARE(m_queue->currentNumber(), 1);

        // No role of the list carries a value.
        const QString insurer = QString::fromStdString(kiosktest::validInsurerNumber());
        for (int row = 0; row < m_queue->rowCount(); ++row)
            for (int role : m_queue->roleNames().keys())
                QVERIFY(!m_queue->data(m_queue->index(row), role).toString().contains(insurer));
        // The selected entry's fields do.
        QCOMPARE(m_queue->currentFields()->value(FieldId::InsurerNumber), insurer);
    }

    void upAndDownMoveTheSelectionAndStopAtTheEnds()
    {
        for (int visit = 1; visit <= 3; ++visit)
            m_queue->addResidentVisit(visit, Mode::Paper, sample(), documentImage());
        QSignalSpy changed(m_queue.get(), &StaffQueue::currentChanged);
        QVERIFY(m_queue->moveSelection(1));
        QCOMPARE(m_queue->currentRow(), 1);
        QVERIFY(m_queue->moveSelection(1));
        QVERIFY(m_queue->moveSelection(1));
        QCOMPARE(m_queue->currentRow(), 2);
        QVERIFY(m_queue->moveSelection(-1));
        QVERIFY(m_queue->moveSelection(-1));
        QVERIFY(m_queue->moveSelection(-1));
        QCOMPARE(m_queue->currentRow(), 0);
        QCOMPARE(changed.count(), 4); // moves that stay put change nothing
        QVERIFY(!m_queue->select(7));
    }

    void editsKeepPerEntryAndUpdateTheReviewCount()
    {
        m_queue->addResidentVisit(1, Mode::Paper, sample(), documentImage());
        m_queue->addResidentVisit(2, Mode::Paper, sample(), documentImage());
        QSignalSpy rows(m_queue.get(), &StaffQueue::dataChanged);
        m_queue->currentFields()->edit(2, QStringLiteral("56789")); // staff check 番号
        QCOMPARE(m_queue->data(m_queue->index(0), StaffQueue::NeedsReviewRole).toInt(), 0);
        QVERIFY(rows.count() >= 1);
        QVERIFY(m_queue->moveSelection(1));
        QVERIFY(!m_queue->currentFields()->edited(FieldId::Number)); // the other entry is untouched
        QVERIFY(m_queue->moveSelection(-1));
        QVERIFY(m_queue->currentFields()->edited(FieldId::Number));
    }

    void limitCountsAResidentVisitInProgress()
    {
        m_queue->setStaffId(QStringLiteral("staff-7"));
        m_queue->addResidentVisit(1, Mode::Paper, sample(), documentImage());
        m_queue->addResidentVisit(2, Mode::Paper, sample(), documentImage());
        QVERIFY(m_queue->acceptsResidentVisit());
        QVERIFY(!m_queue->full());
        m_queue->setResidentVisitInProgress(true); // a third resident is capturing: the last place is theirs
        QVERIFY(m_queue->full());
        QVERIFY(!m_queue->addStaffFile("%PDF-1.4\n", QStringLiteral("a.pdf")));
        QVERIFY(m_queue->lastRefusal().contains(QStringLiteral("full")));
        m_queue->addResidentVisit(3, Mode::Paper, sample(), documentImage());
        m_queue->setResidentVisitInProgress(false);
        QCOMPARE(m_queue->count(), 3);
        QVERIFY(!m_queue->acceptsResidentVisit()); // the resident window now asks people to wait
        QVERIFY(m_queue->reject());
        QVERIFY(m_queue->acceptsResidentVisit());
    }

    void confirmStoresTheRecordAndForgetsTheEntry()
    {
        m_queue->addResidentVisit(4, Mode::Paper, sample(), documentImage());
        m_queue->addResidentVisit(5, Mode::Paper, sample(), documentImage());
        const int firstId = m_queue->currentEntryId();
        QVERIFY(!m_queue->entryImage(firstId).isNull());
        QVERIFY(!m_queue->fieldCrop(firstId, 0).isNull());
        QVERIFY(!m_queue->confirm()); // nobody signed in
        m_queue->setStaffId(QStringLiteral("staff-7"));
        QVERIFY(m_queue->confirm());  // the sample's values are all valid
        QCOMPARE(storedCount(), std::size_t(1));
        const ConfirmedRecord record = m_store->list().value().front().record;
        QCOMPARE(record.staffId, std::string("staff-7"));
        QCOMPARE(*record.field(FieldId::InsurerNumber).value, kiosktest::validInsurerNumber());
        QVERIFY(record.field(FieldId::Number).scanStatus == FieldStatus::Review);

        // Decided: image, crops and values of that entry are gone; the next one is selected.
        QVERIFY(m_queue->entryImage(firstId).isNull());
        QVERIFY(m_queue->fieldCrop(firstId, 0).isNull());
        QCOMPARE(m_queue->count(), 1);
        QCOMPARE(m_queue->currentNumber(), 2);
    }

    void invalidValuesBlockConfirmation()
    {
        m_queue->setStaffId(QStringLiteral("staff-7"));
        m_queue->addResidentVisit(1, Mode::Paper, sample(), documentImage());
        m_queue->currentFields()->edit(0, QStringLiteral("0113"));
        QVERIFY(!m_queue->confirm());
        QVERIFY(m_queue->lastRefusal().contains(QStringLiteral("保険者番号")));
        QCOMPARE(m_queue->count(), 1);
        QCOMPARE(storedCount(), std::size_t(0));
    }

    void rejectIsAuditedWithoutValues()
    {
        m_queue->setStaffId(QStringLiteral("staff-7"));
        m_queue->addResidentVisit(1, Mode::Paper, sample(), documentImage());
        const int id = m_queue->currentEntryId();
        QSignalSpy decided(m_queue.get(), &StaffQueue::decided);
        QVERIFY(m_queue->reject());
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).toInt(), 1);
        QCOMPARE(decided.at(0).at(1).toBool(), false);
        QCOMPARE(audit().back().action, std::string("reject"));
        QVERIFY(m_queue->entryImage(id).isNull());
        QVERIFY(!m_queue->hasCurrent());
        QCOMPARE(m_queue->currentFields()->value(FieldId::InsurerNumber), QString()); // the empty model
    }

    void undecidedEntriesAreWipedAfterTheTimeOutAndAudited()
    {
        m_queue->addResidentVisit(1, Mode::Paper, sample(), documentImage());
        m_clock->advanceSeconds(600);
        m_queue->addResidentVisit(2, Mode::Phone, sample(DocumentKind::PortalPdf), documentImage());
        const int firstId = m_queue->currentEntryId();
        m_clock->advanceSeconds(1800 - 600 - 1);
        m_queue->tick();
        QCOMPARE(m_queue->count(), 2);
        QCOMPARE(m_queue->data(m_queue->index(0), StaffQueue::AgeMinutesRole).toInt(), 29);
        QCOMPARE(m_queue->data(m_queue->index(1), StaffQueue::AgeMinutesRole).toInt(), 19);
        m_clock->advanceSeconds(1);
        QSignalSpy notice(m_queue.get(), &StaffQueue::noticeChanged);
        m_queue->tick();
        QCOMPARE(m_queue->count(), 1);
        QCOMPARE(notice.count(), 1);
        QVERIFY(m_queue->notice().contains(QStringLiteral("#1")));
        QVERIFY(m_queue->entryImage(firstId).isNull());
        QCOMPARE(m_queue->currentNumber(), 2);
        const AuditEntry last = audit().back();
        QCOMPARE(last.action, std::string("queue_expired"));
        QCOMPARE(last.actor, std::string("kiosk"));
        QCOMPARE(last.detail, std::string("kind=kakuninsho_card"));
        QCOMPARE(storedCount(), std::size_t(0));
    }

    void rescanOnlyWhileTheResidentIsAtTheKiosk()
    {
        m_queue->setStaffId(QStringLiteral("staff-7"));
        m_queue->addResidentVisit(6, Mode::Paper, sample(), documentImage());
        m_queue->setResidentOnDoneScreen(6);
        QVERIFY(m_queue->canRescan());
        QVERIFY(m_queue->data(m_queue->index(0), StaffQueue::ResidentHereRole).toBool());
        m_queue->setResidentOnDoneScreen(0); // the resident finished and left
        QVERIFY(!m_queue->canRescan());
        QVERIFY(!m_queue->requestRescan());
        QVERIFY(m_queue->lastRefusal().contains(QStringLiteral("reject")));
        QCOMPARE(m_queue->count(), 1);

        m_queue->setResidentOnDoneScreen(6);
        QSignalSpy rescan(m_queue.get(), &StaffQueue::rescanRequested);
        QVERIFY(m_queue->requestRescan());
        QCOMPARE(rescan.count(), 1);
        QCOMPARE(rescan.at(0).at(0).toInt(), 6);
        QCOMPARE(m_queue->count(), 0); // the new capture makes a new entry
    }

    void staffFileIsReadThroughItsOwnTicket()
    {
        QVERIFY(!m_queue->addStaffFile("%PDF-1.4\n", QStringLiteral("a.pdf"))); // not signed in
        m_queue->setStaffId(QStringLiteral("staff-7"));
        QSignalSpy scan(m_queue.get(), &StaffQueue::scanBytesRequested);
        QVERIFY(m_queue->addStaffFile("%PDF-1.4\n", QStringLiteral("a.pdf")));
        QCOMPARE(scan.count(), 1);
        QCOMPARE(m_queue->count(), 1);
        QVERIFY(m_queue->currentReading());
        QVERIFY(!m_queue->confirm());
        QCOMPARE(m_queue->data(m_queue->index(0), StaffQueue::OriginRole).value<StaffQueue::Origin>(),
                 StaffQueue::Origin::StaffFile);
        const quint64 ticket = scan.at(0).at(0).toULongLong();
        // The resident visit's answers (small tickets) are not taken.
        m_queue->acceptScanResult(1, sample());
        QVERIFY(m_queue->currentReading());
        m_queue->acceptScanResult(ticket, sample(DocumentKind::PortalPdf));
        QVERIFY(!m_queue->currentReading());
        QCOMPARE(m_queue->currentDocumentKind(), QStringLiteral("マイナポータル 資格情報PDF"));
        QVERIFY(m_queue->currentHasImage());
        QVERIFY(!m_queue->canRescan()); // a file has no resident to ask
        QVERIFY(m_queue->confirm());
        QCOMPARE(storedCount(), std::size_t(1));
    }

    void cropsAreReadyWhenTheFieldsAppear()
    {
        // The window asks for the crops as soon as the fields are loaded: they must be there.
        m_queue->setStaffId(QStringLiteral("staff-7"));
        QSignalSpy scan(m_queue.get(), &StaffQueue::scanBytesRequested);
        QVERIFY(m_queue->addStaffFile("%PDF-1.4\n", QStringLiteral("a.pdf")));
        bool cropReady = false;
        connect(m_queue->currentFields(), &QAbstractItemModel::modelReset, this,
                [&] { cropReady = !m_queue->fieldCrop(m_queue->currentEntryId(), 0).isNull(); });
        m_queue->acceptScanResult(scan.at(0).at(0).toULongLong(), sample());
        QVERIFY(cropReady);
    }

    void rejectedWhileReadingThenTheAnswerIsDropped()
    {
        m_queue->setStaffId(QStringLiteral("staff-7"));
        QSignalSpy scan(m_queue.get(), &StaffQueue::scanBytesRequested);
        QVERIFY(m_queue->addStaffFile("%PDF-1.4\n", QStringLiteral("a.pdf")));
        QVERIFY(m_queue->reject());
        m_queue->acceptScanResult(scan.at(0).at(0).toULongLong(), sample());
        QCOMPARE(m_queue->count(), 0);
    }

    void aScanThatNeverAnswersLeavesTheEntryForTyping()
    {
        m_queue->setStaffId(QStringLiteral("staff-7"));
        QVERIFY(m_queue->addStaffFile("%PDF-1.4\n", QStringLiteral("a.pdf")));
        m_clock->advanceSeconds(m_queue->limits().readingSeconds);
        m_queue->tick();
        QVERIFY(!m_queue->currentReading());
        QVERIFY(!m_queue->currentScanError().isEmpty());
        QVERIFY(m_queue->data(m_queue->index(0), StaffQueue::ScanFailedRole).toBool());
        // Staff type the values; expiry judged against the clock's today.
        auto* fields = m_queue->currentFields();
        fields->edit(0, QString::fromStdString(kiosktest::validInsurerNumber()));
        fields->edit(1, QStringLiteral("1234"));
        fields->edit(2, QStringLiteral("5678"));
        fields->edit(3, QStringLiteral("01"));
        fields->edit(4, QStringLiteral("2027-03-31"));
        QCOMPARE(fields->verdict(FieldId::Expiry), FieldReviewModel::Verdict::Valid);
        QVERIFY2(m_queue->confirm(), qPrintable(m_queue->lastRefusal()));
    }
};

QTEST_GUILESS_MAIN(StaffQueueTest)
#include "StaffQueueTest.moc"
