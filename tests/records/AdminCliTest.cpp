// shikaku-admin end to end: the real binary over a real store in a temporary folder.

#include "RecordStore.h"
#include "StaffPin.h"
#include "SqliteDatabase.h"
#include "ShiftJis.h"
#include "TestRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace shikaku;
using namespace shikaku::test;
using namespace std::chrono_literals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

class Fixture {
public:
    QTemporaryDir dir;
    QString dataDir = dir.filePath(QStringLiteral("data"));
    TestPaths paths = pathsIn(dir);

    /// 3 records confirmed 40 days ago, 2 yesterday, 1 today (local dates).
    void fill()
    {
        RecordStoreOptions options;
        options.databasePath = paths.database;
        options.keyPath = paths.key;
        auto store = std::move(RecordStore::open(options).value());
        const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(Clock::now());
        int n = 0;
        for (auto age : {24h * 40, 24h * 40, 24h * 40, 24h, 24h, 0h})
            QVERIFY(store->add(fictitiousRecord(n++, now - age)).ok());
    }

    Run admin(QStringList args, const QString& config = {}) const
    {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("SHIKAKU_CONFIG"),
                   config.isEmpty() ? dir.filePath(QStringLiteral("no-config.ini")) : config);
        p.setProcessEnvironment(env);
        if (config.isEmpty())
            args = QStringList{QStringLiteral("--data-dir"), dataDir} + args;
        p.start(QStringLiteral(SHIKAKU_ADMIN), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

QString localDate(std::chrono::hours ago)
{
    return QDateTime::currentDateTime().addSecs(-std::chrono::duration_cast<std::chrono::seconds>(ago).count())
        .date().toString(Qt::ISODate);
}

} // namespace

class AdminCliTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusCounts()
    {
        Fixture f;
        f.fill();
        const Run r = f.admin({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("records: 6")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("audit entries: 7")));
    }

    void exportsByDateInEveryFormat()
    {
        Fixture f;
        f.fill();
        const QString csv = f.dir.filePath(QStringLiteral("out.csv"));
        const Run sjis = f.admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv-sjis"),
                                  QStringLiteral("--out"), csv, QStringLiteral("--from"), localDate(24h),
                                  QStringLiteral("--to"), localDate(0h)});
        QCOMPARE(sjis.exitCode, 0);
        QVERIFY(sjis.out.contains(QStringLiteral("exported 3 records")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = cp932ToUtf8(file.readAll().toStdString());
        QVERIFY(text.has_value());
        QCOMPARE(std::count(text->begin(), text->end(), '\n'), 4); // header + 3

        const QString json = f.dir.filePath(QStringLiteral("out.json"));
        const Run j = f.admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--out"), json, QStringLiteral("--ids"), QStringLiteral("1,6")});
        QCOMPARE(j.exitCode, 0);
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("records")).toArray().size(), 2);
        QVERIFY(root.value(QStringLiteral("not_proof_of_identity")).toBool());

        const Run all = f.admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv-utf8"),
                                 QStringLiteral("--out"), csv});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QStringLiteral("exported 6 records")));
        QVERIFY(f.admin({QStringLiteral("audit")}).out.contains(QStringLiteral("export\trecords=6 format=csv-utf8")));
    }

    void hashPinPrintsAnIniLineThatVerifies()
    {
        QProcess p;
        p.start(QStringLiteral(SHIKAKU_ADMIN), {QStringLiteral("hash-pin")});
        p.write("4826\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString line = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY(line.startsWith(QStringLiteral("pin_hash=\"$argon2id$")));
        const QString hash = line.mid(10, line.size() - 11);
        QVERIFY(verifyStaffPin(hash.toStdString(), "4826"));
        QVERIFY(!line.contains(QStringLiteral("4826")));

        QProcess bad;
        bad.start(QStringLiteral(SHIKAKU_ADMIN), {QStringLiteral("hash-pin")});
        bad.write("12\n");
        bad.closeWriteChannel();
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
    }

    void usageErrorsExit2()
    {
        Fixture f;
        f.fill();
        QCOMPARE(f.admin({}).exitCode, 2);
        QCOMPARE(f.admin({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(f.admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls"),
                          QStringLiteral("--out"), f.dir.filePath(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QCOMPARE(f.admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--out"), f.dir.filePath(QStringLiteral("x")), QStringLiteral("--from"),
                          QStringLiteral("2026-13-01")})
                     .exitCode,
                 2);
    }

    void verifyDetectsTampering()
    {
        Fixture f;
        f.fill();
        const Run ok = f.admin({QStringLiteral("verify")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("intact: 7 entries")));
        QVERIFY(ok.out.contains(QStringLiteral("records intact: 6 records")));
        {
            auto db = SqliteDatabase::open(f.paths.database, false);
            QVERIFY(db.ok());
            QVERIFY(db.value().exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 4").ok());
        }
        const Run broken = f.admin({QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.out.contains(QStringLiteral("BROKEN at entry 4")));
    }

    void verifyDetectsAnAlteredValue()
    {
        Fixture f;
        f.fill();
        {
            auto db = SqliteDatabase::open(f.paths.database, false);
            QVERIFY(db.ok());
            // Flip one byte of one ciphertext.
            QVERIFY(db.value()
                        .exec("UPDATE record_fields SET value = substr(value, 1, 30) ||"
                              " (CASE WHEN substr(value, 31, 1) = x'00' THEN x'01' ELSE x'00' END) ||"
                              " substr(value, 32) WHERE record_id = 2 AND field = 'number'")
                        .ok());
        }
        const Run r = f.admin({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("record 2 field number does not decrypt")), qPrintable(r.err));
    }

    void purgeUsesConfiguredRetention()
    {
        Fixture f;
        f.fill();
        const QString ini = f.dir.filePath(QStringLiteral("kiosk.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[records]\ndata_dir=" + f.dataDir.toUtf8() + "\nretention_days=30\n");
        file.close();
        const Run r = f.admin({QStringLiteral("purge")}, ini);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("purged 3 records")), qPrintable(r.out + r.err));
        const Run tighter = f.admin({QStringLiteral("purge"), QStringLiteral("--older-than-days"), QStringLiteral("0")});
        QVERIFY(tighter.out.contains(QStringLiteral("purged 3 records")));
        QVERIFY(f.admin({QStringLiteral("audit")}).out.contains(QStringLiteral("purge\tremoved=3")));
    }

    void badConfigValueIsReportedWithItsKey()
    {
        Fixture f;
        f.fill();
        const QString ini = f.dir.filePath(QStringLiteral("kiosk.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[records]\ndata_dir=" + f.dataDir.toUtf8() + "\nretention_days=thirty\n");
        file.close();
        const Run r = f.admin({QStringLiteral("status")}, ini);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("records/retention_days: must be a whole number from 1 to 3650; using 30")),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("retention days: 30")));
    }

    void rotateKeyKeepsRecordsReadable()
    {
        Fixture f;
        f.fill();
        const DataKey before = readKeyFile(f.paths.key).value();
        const Run r = f.admin({QStringLiteral("rotate-key")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!(readKeyFile(f.paths.key).value() == before));
        RecordStoreOptions options;
        options.databasePath = f.paths.database;
        options.keyPath = f.paths.key;
        auto store = RecordStore::open(options);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->list().value().size(), 6u);
    }

    void missingKeyOrDatabaseIsAClearErrorThatCreatesNothing()
    {
        Fixture f;
        const Run none = f.admin({QStringLiteral("status")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("not_found")));
        QVERIFY(!fileExists(f.paths.database));
        QVERIFY(!fileExists(f.paths.key));

        f.fill();
        QVERIFY(QFile::remove(QString::fromStdString(f.paths.key)));
        const Run noKey = f.admin({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--out"), f.dir.filePath(QStringLiteral("x.json"))});
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY(noKey.err.contains(QStringLiteral("key_missing")));
        QVERIFY(!fileExists(f.paths.key));
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("x.json"))));
    }
};

QTEST_GUILESS_MAIN(AdminCliTest)
#include "AdminCliTest.moc"
