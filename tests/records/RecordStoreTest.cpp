// RecordStore: durable encrypted records; a wrong or missing key is an error that destroys
// nothing; マイナンバー refused; key rotation, also interrupted and across processes.

#include "FieldValidators.h"
#include "RecordStore.h"
#include "SqliteDatabase.h"
#include "TestRecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace shikaku;
using namespace shikaku::test;

namespace {

QByteArray fileHash(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// A fictitious 12-digit number with a valid マイナンバー check digit.
std::string fictitiousMyNumber()
{
    for (long long body = 12345678901LL;; ++body) {
        const std::string candidate = std::to_string(body) + "0";
        for (char check = '0'; check <= '9'; ++check) {
            std::string n = candidate;
            n.back() = check;
            if (looksLikeMyNumber(n))
                return n;
        }
    }
}

std::unique_ptr<RecordStore> openStore(const TestPaths& paths)
{
    RecordStoreOptions options;
    options.databasePath = paths.database;
    options.keyPath = paths.key;
    auto store = RecordStore::open(options);
    if (!store.ok())
        qWarning() << "open failed:" << store.error().message.c_str();
    return store.ok() ? std::move(store.value()) : nullptr;
}

StoreErrorCode openError(const TestPaths& paths)
{
    RecordStoreOptions options;
    options.databasePath = paths.database;
    options.keyPath = paths.key;
    auto store = RecordStore::open(options);
    return store.ok() ? StoreErrorCode::Internal : store.error().code;
}

bool auditHas(RecordStore& store, std::string_view action)
{
    auto entries = store.auditEntries();
    if (!entries)
        return false;
    for (const AuditEntry& e : entries.value())
        if (e.action == action)
            return true;
    return false;
}

} // namespace

class RecordStoreTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstRunCreatesPrivateKeyAndFolder()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto store = openStore(paths); // open: the -wal and -shm files exist while it is
        QVERIFY(store);
        QVERIFY(store->add(fictitiousRecord(1)).ok());
        struct stat st {};
        QCOMPARE(::stat(paths.key.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(dir.filePath(QStringLiteral("data")).toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        for (const std::string& file : {paths.database, paths.database + "-wal", paths.database + "-shm"}) {
            QCOMPARE(::stat(file.c_str(), &st), 0);
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
    }

    void recordsReadBackEqualAfterReopen()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        std::vector<ConfirmedRecord> written;
        {
            auto store = openStore(paths);
            QVERIFY(store);
            for (int i = 0; i < 6; ++i) {
                // Whole milliseconds: the store keeps ms.
                const auto t = fromMs(1'790'000'000'000 + i * 1000);
                written.push_back(fictitiousRecord(i, t));
                auto id = store->add(written.back());
                QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
                QCOMPARE(id.value(), i + 1);
            }
        }
        auto store = openStore(paths);
        QVERIFY(store);
        auto list = store->list();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), written.size());
        for (std::size_t i = 0; i < written.size(); ++i) {
            QVERIFY(list.value()[i].record == written[i]);
            QCOMPARE(list.value()[i].uid.size(), 32u);
        }
        QVERIFY(list.value()[0].uid != list.value()[1].uid);
        QVERIFY(auditHas(*store, "confirm"));
    }

    void storeMadeReadableByOthersIsTightenedAtOpen()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        QVERIFY(openStore(paths));
        QCOMPARE(::chmod(paths.database.c_str(), 0644), 0);
        QVERIFY(openStore(paths));
        struct stat st {};
        QCOMPARE(::stat(paths.database.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void queryByRangeAndIds()
    {
        QTemporaryDir dir;
        auto store = openStore(pathsIn(dir));
        QVERIFY(store);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store->add(fictitiousRecord(i, fromMs(1'000'000 + i * 1000))).ok());
        RecordQuery range;
        range.confirmedFrom = fromMs(1'001'000);
        range.confirmedBefore = fromMs(1'003'000);
        auto inRange = store->list(range);
        QVERIFY(inRange.ok());
        QCOMPARE(inRange.value().size(), 2u);
        QCOMPARE(inRange.value()[0].id, 2);
        RecordQuery byId;
        byId.ids = {1, 5};
        auto chosen = store->list(byId);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen.value().size(), 2u);
        QCOMPARE(chosen.value()[1].id, 5);
    }

    void missingKeyIsAnErrorThatDestroysNothing()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        QVERIFY(openStore(paths)->add(fictitiousRecord(1)).ok());
        const QByteArray before = fileHash(paths.database);
        QVERIFY(QFile::rename(QString::fromStdString(paths.key), QString::fromStdString(paths.key + ".backup")));

        RecordStoreOptions options{paths.database, paths.key};
        auto opened = RecordStore::open(options);
        QVERIFY(!opened.ok());
        QCOMPARE_CODE(opened.error().code, StoreErrorCode::KeyMissing);
        QVERIFY(opened.error().message.find(paths.key) != std::string::npos);
        QVERIFY(!fileExists(paths.key)); // no new key was made up
        QCOMPARE(fileHash(paths.database), before);

        QVERIFY(QFile::rename(QString::fromStdString(paths.key + ".backup"), QString::fromStdString(paths.key)));
        auto store = openStore(paths);
        QVERIFY(store);
        QCOMPARE(store->list().value().size(), 1u);
    }

    void wrongKeyIsAnErrorThatDestroysNothing()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        QVERIFY(openStore(paths)->add(fictitiousRecord(1)).ok());
        const QByteArray before = fileHash(paths.database);
        const auto rightKey = readKeyFile(paths.key);
        QVERIFY(rightKey.ok());
        QVERIFY(writeKeyFile(paths.key, DataKey::generate()).ok());

        QCOMPARE_CODE(openError(paths), StoreErrorCode::KeyWrong);
        QCOMPARE(fileHash(paths.database), before);

        QVERIFY(writeKeyFile(paths.key, rightKey.value()).ok());
        auto store = openStore(paths);
        QVERIFY(store);
        QCOMPARE(store->list().value().size(), 1u);
    }

    void insecureKeyFileIsRefused()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        QVERIFY(openStore(paths));
        QCOMPARE(::chmod(paths.key.c_str(), 0644), 0);
        QCOMPARE_CODE(openError(paths), StoreErrorCode::KeyFileInsecure);
    }

    void notADatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        QVERIFY(openStore(paths));
        QFile db(QString::fromStdString(paths.database));
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(8192, 'x'));
        db.close();
        QFile::remove(QString::fromStdString(paths.database + "-wal"));
        const QByteArray before = fileHash(paths.database);
        QCOMPARE_CODE(openError(paths), StoreErrorCode::DatabaseCorrupt);
        QCOMPARE(fileHash(paths.database), before);
    }

    void myNumberIsRefusedAndNeverStored()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto store = openStore(paths);
        QVERIFY(store);
        const std::string myNumber = fictitiousMyNumber();
        for (FieldId id : kAllFields) {
            ConfirmedRecord r = fictitiousRecord(3);
            r.field(id).value = myNumber;
            auto added = store->add(r);
            QVERIFY(!added.ok());
            QCOMPARE_CODE(added.error().code, StoreErrorCode::MyNumberRefused);
            QVERIFY(added.error().message.find(myNumber) == std::string::npos);
        }
        // Written with hyphens or full-width digits it is still one.
        ConfirmedRecord spaced = fictitiousRecord(3);
        spaced.field(FieldId::Number).value = myNumber.substr(0, 4) + "-" + myNumber.substr(4, 4) + "-" + myNumber.substr(8);
        QCOMPARE_CODE(store->add(spaced).error().code, StoreErrorCode::MyNumberRefused);

        QCOMPARE(store->list().value().size(), 0u);
        QVERIFY(auditHas(*store, "my_number_refused"));
        for (const AuditEntry& e : store->auditEntries().value())
            QVERIFY(e.detail.find(myNumber.substr(0, 6)) == std::string::npos);
        store.reset();
        for (const std::string& file : {paths.database, paths.database + "-wal"}) {
            QFile f(QString::fromStdString(file));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(QByteArray::fromStdString(myNumber)));
        }
    }

    void invalidRecordsAreRefused()
    {
        QTemporaryDir dir;
        auto store = openStore(pathsIn(dir));
        QVERIFY(store);
        ConfirmedRecord noStaff = fictitiousRecord(1);
        noStaff.staffId.clear();
        QCOMPARE_CODE(store->add(noStaff).error().code, StoreErrorCode::InvalidRecord);
        ConfirmedRecord claimsIdentity = fictitiousRecord(1);
        claimsIdentity.notProofOfIdentity = false;
        QCOMPARE_CODE(store->add(claimsIdentity).error().code, StoreErrorCode::InvalidRecord);
        ConfirmedRecord shuffled = fictitiousRecord(1);
        std::swap(shuffled.fields[0], shuffled.fields[1]);
        QCOMPARE_CODE(store->add(shuffled).error().code, StoreErrorCode::InvalidRecord);
        QCOMPARE(store->list().value().size(), 0u);
    }

    void staffActionsAreAudited()
    {
        QTemporaryDir dir;
        auto store = openStore(pathsIn(dir));
        QVERIFY(store);
        QVERIFY(store->noteStaffAction(StaffAction::SignIn, "staff-1", DocumentKind::Unknown).ok());
        QVERIFY(store->noteStaffAction(StaffAction::Reject, "staff-1", DocumentKind::BackSide).ok());
        QVERIFY(store->noteStaffAction(StaffAction::SignOut, "staff-1", DocumentKind::Unknown).ok());
        QVERIFY(!store->noteStaffAction(StaffAction::SignIn, "", DocumentKind::Unknown).ok());
        const auto entries = store->auditEntries().value();
        QCOMPARE(entries.back().action, std::string("sign_out"));
        QCOMPARE(entries[entries.size() - 2].detail, std::string("kind=back_side"));
        QCOMPARE(entries[entries.size() - 2].actor, std::string("staff-1"));
        QVERIFY(store->noteStaffAction(StaffAction::SignInFailed, "", DocumentKind::Unknown).ok());
        QCOMPARE(store->auditEntries().value().back().actor, std::string("(unusable id)"));
    }

    void rotatedKeyReadsAllRecordsAndOldKeyNoLonger()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto store = openStore(paths);
        QVERIFY(store);
        for (int i = 0; i < 4; ++i)
            QVERIFY(store->add(fictitiousRecord(i, fromMs(5'000'000 + i))).ok());
        const auto before = store->list().value();
        const DataKey oldKey = readKeyFile(paths.key).value();
        auto rotated = store->rotateKey("admin:test");
        QVERIFY2(rotated.ok(), rotated.ok() ? "" : rotated.error().message.c_str());
        QVERIFY(!(readKeyFile(paths.key).value() == oldKey));
        QVERIFY(!fileExists(paths.key + ".new"));
        QVERIFY(auditHas(*store, "key_rotation"));
        QVERIFY(store->add(fictitiousRecord(9)).ok());
        store.reset();

        auto reopened = openStore(paths);
        QVERIFY(reopened);
        const auto after = reopened->list().value();
        QCOMPARE(after.size(), before.size() + 1);
        for (std::size_t i = 0; i < before.size(); ++i)
            QVERIFY(after[i].record == before[i].record);
        reopened.reset();
        QVERIFY(writeKeyFile(paths.key, oldKey).ok());
        QCOMPARE_CODE(openError(paths), StoreErrorCode::KeyWrong);
    }

    void rotationInterruptedBeforeKeyInstallIsCompletedAtOpen()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto store = openStore(paths);
        QVERIFY(store->add(fictitiousRecord(1)).ok());
        const DataKey oldKey = readKeyFile(paths.key).value();
        QVERIFY(store->rotateKey("admin:test").ok());
        store.reset();
        // As if power failed after COMMIT but before the rename: old key file, new key pending.
        const DataKey newKey = readKeyFile(paths.key).value();
        QVERIFY(writeKeyFile(paths.key + ".new", newKey).ok());
        QVERIFY(writeKeyFile(paths.key, oldKey).ok());

        auto reopened = openStore(paths);
        QVERIFY(reopened);
        QCOMPARE(reopened->list().value().size(), 1u);
        QVERIFY(readKeyFile(paths.key).value() == newKey);
        QVERIFY(!fileExists(paths.key + ".new"));
    }

    void staleRotationKeyIsDiscarded()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        QVERIFY(openStore(paths)->add(fictitiousRecord(1)).ok());
        // As if power failed before COMMIT: a pending key the database never used.
        QVERIFY(writeKeyFile(paths.key + ".new", DataKey::generate()).ok());
        auto store = openStore(paths);
        QVERIFY(store);
        QCOMPARE(store->list().value().size(), 1u);
        QVERIFY(!fileExists(paths.key + ".new"));
    }

    void rotationByAnotherConnectionIsPickedUp()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto kiosk = openStore(paths);
        auto admin = openStore(paths);
        QVERIFY(kiosk && admin);
        QVERIFY(kiosk->add(fictitiousRecord(1)).ok());
        QVERIFY(admin->rotateKey("admin:test").ok());
        QVERIFY(kiosk->add(fictitiousRecord(2)).ok()); // the kiosk must now write with the new key
        auto seenByAdmin = admin->list();
        QVERIFY(seenByAdmin.ok());
        QCOMPARE(seenByAdmin.value().size(), 2u);
        QVERIFY(seenByAdmin.value()[1].record == fictitiousRecord(2, seenByAdmin.value()[1].record.confirmedAt));
    }

    void valueMovedToAnotherRecordDoesNotDecrypt()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto store = openStore(paths);
        QVERIFY(store->add(fictitiousRecord(1)).ok());
        QVERIFY(store->add(fictitiousRecord(2)).ok());
        store.reset();
        {
            auto db = SqliteDatabase::open(paths.database, false);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        .exec("UPDATE record_fields SET value = (SELECT value FROM record_fields WHERE record_id = 1"
                              " AND field = 'number') WHERE record_id = 2 AND field = 'number'")
                        .ok());
        }
        auto reopened = openStore(paths);
        auto list = reopened->list();
        QVERIFY(!list.ok());
        QCOMPARE_CODE(list.error().code, StoreErrorCode::DatabaseCorrupt);
    }

    void fullDiskIsAnErrorThatLosesNothing()
    {
        // The file-size limit makes writes fail as on a full disk, for this process only.
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        auto store = openStore(paths);
        QVERIFY(store);
        for (int i = 0; i < 5; ++i)
            QVERIFY(store->add(fictitiousRecord(i)).ok());
        struct stat db {}, wal {};
        QCOMPARE(::stat(paths.database.c_str(), &db), 0);
        QCOMPARE(::stat((paths.database + "-wal").c_str(), &wal), 0);
        rlimit saved {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(std::max(db.st_size, wal.st_size) + 8192);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tight), 0);
        int acknowledged = 5;
        std::optional<StoreError> failure;
        for (int i = 5; i < 500 && !failure; ++i) {
            auto added = store->add(fictitiousRecord(i));
            if (added.ok())
                ++acknowledged;
            else
                failure = added.error();
        }
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(failure.has_value());
        qInfo("after %d records: %s: %s", acknowledged, toString(failure->code).data(), failure->message.c_str());
        QVERIFY(failure->code == StoreErrorCode::DiskFull || failure->code == StoreErrorCode::Io);
        QVERIFY(!failure->message.empty());
        store.reset();

        auto reopened = openStore(paths);
        QVERIFY(reopened);
        QCOMPARE(int(reopened->list().value().size()), acknowledged);
        QVERIFY(reopened->verifyAudit().value().intact);
        QVERIFY(reopened->add(fictitiousRecord(600)).ok()); // space is back: it works again
    }

private:
    static Clock::time_point fromMs(std::int64_t ms) { return Clock::time_point(std::chrono::milliseconds(ms)); }
};

QTEST_GUILESS_MAIN(RecordStoreTest)
#include "RecordStoreTest.moc"
