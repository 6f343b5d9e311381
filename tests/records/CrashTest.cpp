// Crash safety: the writer process is killed with SIGKILL at random moments, hundreds of times
// (also in the middle of key rotations). After every kill the store must open with its key, hold
// every acknowledged record complete and unaltered, and keep an intact audit chain.
// SHIKAKU_CRASH_ITERATIONS (default 300) and SHIKAKU_CRASH_SEED reproduce a run.

#include "RecordStore.h"
#include "TestRecords.h"
#include "TimeFormat.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <set>

using namespace shikaku;
using namespace shikaku::test;

class CrashTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acknowledgedRecordsSurviveKill9()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("shikaku.records.info=false"));
        const int iterations = qEnvironmentVariableIsSet("SHIKAKU_CRASH_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("SHIKAKU_CRASH_ITERATIONS")
                                   : 300;
        const quint32 seed = qEnvironmentVariableIsSet("SHIKAKU_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SHIKAKU_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("crash test: %d kills, seed %u (SHIKAKU_CRASH_SEED to repeat)", iterations, seed);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        std::set<int> acknowledged;
        int nextIndex = 0;
        int rotationsCompleted = 0;
        int killsBeforeOpen = 0;
        int committedWithoutAck = 0;
        int killsAmidWrites = 0;
        int pendingKeysFound = 0;
        int pendingKeysInstalled = 0;
        for (int i = 0; i < iterations; ++i) {
            QProcess writer;
            QStringList args{QString::fromStdString(paths.database), QString::fromStdString(paths.key),
                             QString::number(nextIndex)};
            const bool rotating = i % 10 == 9;
            if (rotating)
                args << QStringLiteral("--rotate-every") << QStringLiteral("2");
            writer.start(QStringLiteral(CRASH_WRITER), args);
            QVERIFY(writer.waitForStarted());
            // Start-up and opening take ~20–40 ms here, each add() ~5–15 ms (fsync); rotations longer.
            QThread::usleep(rotating ? random.bounded(20000u, 300000u) : random.bounded(1000u, 100000u));
            writer.kill();                                  // SIGKILL
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit); // it was killed, not failing by itself
            const QString out = QString::fromUtf8(writer.readAllStandardOutput());
            if (!out.startsWith(QLatin1String("OPEN")))
                ++killsBeforeOpen;
            if (out.contains(QLatin1String("ACK ")))
                ++killsAmidWrites;
            for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line.startsWith(QLatin1String("ACK ")))
                    acknowledged.insert(line.mid(4).toInt());
                else if (line == QLatin1String("ROT"))
                    ++rotationsCompleted;
            }
            QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer reported an error before the kill");

            // Every index the writer might have used is new for the next run.
            const int maxAcked = acknowledged.empty() ? -1 : *acknowledged.rbegin();
            const bool pending = fileExists(paths.key + ".new");
            if (pending)
                ++pendingKeysFound; // killed inside a rotation: open() must sort it out
            const auto keyBefore = readKeyFile(paths.key);
            RecordStoreOptions options;
            options.databasePath = paths.database;
            options.keyPath = paths.key;
            auto store = RecordStore::open(options);
            if (!store.ok() && fileExists(paths.database) == false)
                continue; // killed before the database file existed
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
            QVERIFY(!fileExists(paths.key + ".new")); // installed or discarded, never left
            if (pending && keyBefore.ok() && !(readKeyFile(paths.key).value() == keyBefore.value()))
                ++pendingKeysInstalled; // the rotation had committed: its key was installed
            auto records = store.value()->list();
            QVERIFY2(records.ok(), records.ok() ? "" : records.error().message.c_str());
            std::set<int> present;
            for (const StoredRecord& s : records.value()) {
                const int index = std::stoi(s.record.field(FieldId::Number).value.value_or("0")) - 40000000;
                // Complete and unaltered: equal to what the writer built for that index.
                QVERIFY(s.record == fictitiousRecord(index, s.record.confirmedAt));
                QVERIFY(present.insert(index).second);
            }
            for (int a : acknowledged)
                QVERIFY2(present.contains(a), qPrintable(QStringLiteral("acknowledged record %1 lost").arg(a)));
            const auto audit = store.value()->verifyAudit();
            QVERIFY(audit.ok() && audit.value().intact);
            committedWithoutAck = int(present.size() - acknowledged.size());
            nextIndex = std::max({nextIndex, maxAcked + 1, present.empty() ? 0 : *present.rbegin() + 1}) + 1;
        }
        qInfo("crash test: %d kills (%d before the store was open, %d after records were written), "
              "%zu acknowledged records all present and intact, %d more committed but killed before "
              "acknowledgement, %d key rotations completed, %d kills inside a rotation (%d after its commit: new key installed at open)",
              iterations, killsBeforeOpen, killsAmidWrites, acknowledged.size(), committedWithoutAck,
              rotationsCompleted, pendingKeysFound, pendingKeysInstalled);
        QVERIFY(killsAmidWrites > iterations / 3); // the kills did land among writes
        QVERIFY(rotationsCompleted > 0);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "CrashTest.moc"
