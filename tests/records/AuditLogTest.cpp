// AuditLog: the hash chain notices a deleted, edited, reordered or truncated entry; the table
// refuses UPDATE and DELETE from ordinary SQL.

#include "AuditLog.h"
#include "FieldCipher.h"
#include "SqliteDatabase.h"
#include "TestRecords.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace shikaku;

namespace {

constexpr int kEntries = 6;

/// A database with the meta table and a log of kEntries entries.
SqliteDatabase makeLog(const QTemporaryDir& dir)
{
    auto db = SqliteDatabase::open(dir.filePath(QStringLiteral("audit.sqlite3")).toStdString(), true);
    if (!db.ok())
        qFatal("cannot create the test database");
    auto& d = db.value();
    if (!d.exec("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)").ok() ||
        !AuditLog::createSchema(d).ok())
        qFatal("cannot create the schema");
    AuditLog log(d);
    const AuditAction actions[] = {AuditAction::StoreCreated, AuditAction::SignIn, AuditAction::Confirm,
                                   AuditAction::Reject, AuditAction::Export, AuditAction::SignOut};
    for (int i = 0; i < kEntries; ++i) {
        const auto at = Clock::time_point(std::chrono::milliseconds(1'800'000'000'000 + i * 60'000));
        if (!log.append(at, "staff-1", actions[i], "record=" + std::to_string(i)).ok())
            qFatal("append failed");
    }
    return std::move(db.value());
}

void dropGuards(SqliteDatabase& db)
{
    QVERIFY(db.exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete").ok());
}

AuditVerification verified(SqliteDatabase& db)
{
    auto result = AuditLog(db).verify();
    if (!result.ok())
        qFatal("verify failed to run");
    return result.value();
}

} // namespace

class AuditLogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(initSodium()); }

    void intactChainVerifies()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        const auto result = verified(db);
        QVERIFY(result.intact);
        QCOMPARE(result.entriesChecked, kEntries);
        const auto entries = AuditLog(db).entries().value();
        QCOMPARE(int(entries.size()), kEntries);
        QCOMPARE(entries[0].prevHash, std::string(64, '0'));
        for (int i = 1; i < kEntries; ++i)
            QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
        QCOMPARE(entries[2].action, std::string("confirm"));
    }

    void ordinarySqlCannotChangeTheLog()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        QVERIFY(!db.exec("UPDATE audit SET detail = 'x' WHERE seq = 2").ok());
        QVERIFY(!db.exec("DELETE FROM audit WHERE seq = 2").ok());
        QVERIFY(verified(db).intact);
    }

    void deletedEntryIsDetected()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        dropGuards(db);
        QVERIFY(db.exec("DELETE FROM audit WHERE seq = 3").ok());
        const auto result = verified(db);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, 3);
        QVERIFY(result.problem.find("missing") != std::string::npos);
    }

    void deletedAndRenumberedEntryIsDetected()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        dropGuards(db);
        QVERIFY(db.exec("DELETE FROM audit WHERE seq = 3; UPDATE audit SET seq = seq - 1 WHERE seq > 3").ok());
        const auto result = verified(db);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, 3);
    }

    void editedEntryIsDetected_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("detail") << QStringLiteral("UPDATE audit SET detail = 'record=99' WHERE seq = 4");
        QTest::newRow("actor") << QStringLiteral("UPDATE audit SET actor = 'staff-2' WHERE seq = 4");
        QTest::newRow("action") << QStringLiteral("UPDATE audit SET action = 'sign_in' WHERE seq = 4");
        QTest::newRow("time") << QStringLiteral("UPDATE audit SET at_ms = at_ms + 1 WHERE seq = 4");
    }
    void editedEntryIsDetected()
    {
        QFETCH(QString, edit);
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        dropGuards(db);
        QVERIFY(db.exec(edit.toStdString()).ok());
        const auto result = verified(db);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, 4);
        QVERIFY(result.problem.find("altered") != std::string::npos);
    }

    void editedEntryWithCopiedHashBreaksTheNextLink()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        dropGuards(db);
        // Replacing entry 4 by a copy of entry 5's content keeps a self-consistent row 4 only if
        // its hash is recomputed; then entry 5 no longer follows it.
        QVERIFY(db.exec("UPDATE audit SET detail = 'record=99', hash = (SELECT hash FROM audit WHERE seq = 5)"
                        " WHERE seq = 4")
                    .ok());
        const auto result = verified(db);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, 4);
    }

    void truncatedTailIsDetected()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        dropGuards(db);
        QVERIFY(db.exec("DELETE FROM audit WHERE seq = 6").ok());
        const auto result = verified(db);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSeq, kEntries);
        QVERIFY(result.problem.find("removed from the end") != std::string::npos);
    }

    void appendingAfterVerifyKeepsTheChain()
    {
        QTemporaryDir dir;
        SqliteDatabase db = makeLog(dir);
        QVERIFY(AuditLog(db).append(Clock::now(), "admin:root", AuditAction::Purge, "removed=0").ok());
        QCOMPARE(verified(db).entriesChecked, kEntries + 1);
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "AuditLogTest.moc"
