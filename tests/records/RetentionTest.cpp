// Retention: with an injected clock, records past the retention period are purged, the rest
// kept, and each purge is audited; the timer purges at start and again periodically.

#include "Retention.h"
#include "TestRecords.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace shikaku;
using namespace shikaku::test;
using namespace std::chrono_literals;

namespace {

const Clock::time_point kStart = Clock::time_point(std::chrono::milliseconds(1'800'000'000'000));

struct Fixture {
    QTemporaryDir dir;
    Clock::time_point now = kStart;
    std::unique_ptr<RecordStore> store;

    Fixture()
    {
        const TestPaths paths = pathsIn(dir);
        RecordStoreOptions options;
        options.databasePath = paths.database;
        options.keyPath = paths.key;
        options.clock = [this] { return now; };
        store = std::move(RecordStore::open(options).value());
    }
    void addAged(int n, std::chrono::minutes age) { QVERIFY(store->add(fictitiousRecord(n, now - age)).ok()); }
    std::int64_t count() { return store->status().value().recordCount; }
    std::vector<AuditEntry> purges()
    {
        std::vector<AuditEntry> result;
        for (AuditEntry& e : store->auditEntries().value())
            if (e.action == "purge")
                result.push_back(e);
        return result;
    }
};

} // namespace

class RetentionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void purgesOnlyRecordsPastRetention()
    {
        Fixture f;
        f.addAged(1, 24h * 40);
        f.addAged(2, 24h * 30 + 1min);
        f.addAged(3, 24h * 30 - 1min);
        f.addAged(4, 24h);
        Retention retention(*f.store, Retention::kDefaultDays);
        QCOMPARE(retention.cutoff(), kStart - 24h * 30);
        auto removed = retention.purgeExpired();
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 2);
        QCOMPARE(f.count(), 2);
        const auto left = f.store->list().value();
        QCOMPARE(left[0].record.field(FieldId::Number).value.value_or(""), std::string("40000003"));

        const auto audited = f.purges();
        QCOMPARE(audited.size(), 1u);
        QCOMPARE(audited[0].actor, std::string("kiosk:retention"));
        QVERIFY(audited[0].detail.starts_with("removed=2 "));
        QVERIFY(f.store->verifyAudit().value().intact);
    }

    void laterPurgeFollowsTheClockAndIsAuditedEvenWhenEmpty()
    {
        Fixture f;
        f.addAged(1, 24h * 29);
        Retention retention(*f.store, 30);
        QCOMPARE(retention.purgeExpired().value(), 0);
        f.now += 24h * 2;
        QCOMPARE(retention.purgeExpired().value(), 1);
        QCOMPARE(f.count(), 0);
        QCOMPARE(f.purges().size(), 2u);
        QVERIFY(f.purges()[0].detail.starts_with("removed=0 "));
    }

    void shorterRetentionPurgesMore()
    {
        Fixture f;
        for (int d = 0; d < 10; ++d)
            f.addAged(d, 24h * d + 1h);
        Retention retention(*f.store, 3);
        QCOMPARE(retention.purgeExpired().value(), 7);
    }

    void timerPurgesAtStartAndPeriodically()
    {
        Fixture f;
        f.addAged(1, 24h * 31);
        f.addAged(2, 24h * 29);
        Retention retention(*f.store, 30);
        RetentionTimer timer(retention, 20ms);
        QSignalSpy spy(&timer, &RetentionTimer::purged);
        timer.start();
        QCOMPARE(spy.count(), 1); // at start, synchronously
        QCOMPARE(spy.at(0).at(0).toLongLong(), 1);
        f.now += 24h * 2;
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.last().at(0).toLongLong(), 1);
        QCOMPARE(f.count(), 0);
    }
};

QTEST_GUILESS_MAIN(RetentionTest)
#include "RetentionTest.moc"
