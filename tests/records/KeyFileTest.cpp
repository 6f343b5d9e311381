// KeyFile: created 0600, read back, refused when others may read it or when it is not a key.

#include "FieldCipher.h"
#include "KeyFile.h"
#include "TestRecords.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace shikaku;

class KeyFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(initSodium()); }

    void writtenKeyReadsBackWithMode0600()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("k")).toStdString();
        const DataKey key = DataKey::generate();
        QVERIFY(writeKeyFile(path, key).ok());
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        auto read = readKeyFile(path);
        QVERIFY(read.ok());
        QVERIFY(read.value() == key);
        QVERIFY(!fileExists(path + ".tmp"));
    }

    void twoGeneratedKeysDiffer() { QVERIFY(!(DataKey::generate() == DataKey::generate())); }

    void missingKeyIsKeyMissing()
    {
        QTemporaryDir dir;
        auto read = readKeyFile(dir.filePath(QStringLiteral("absent")).toStdString());
        QVERIFY(!read.ok());
        QCOMPARE_CODE(read.error().code, StoreErrorCode::KeyMissing);
    }

    void groupReadableKeyIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("k")).toStdString();
        QVERIFY(writeKeyFile(path, DataKey::generate()).ok());
        QCOMPARE(::chmod(path.c_str(), 0640), 0);
        auto read = readKeyFile(path);
        QVERIFY(!read.ok());
        QCOMPARE_CODE(read.error().code, StoreErrorCode::KeyFileInsecure);
        QVERIFY(read.error().message.find("0600") != std::string::npos);
    }

    void garbageIsKeyFileCorrupt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no header") << QByteArray(64, 'a');
        QTest::newRow("short") << QByteArray("shikaku-kiosk-key v1\nabcd\n");
        QTest::newRow("not hex") << (QByteArray("shikaku-kiosk-key v1\n") + QByteArray(64, 'z'));
        QTest::newRow("huge") << QByteArray(100000, 'x');
    }
    void garbageIsKeyFileCorrupt()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        auto read = readKeyFile(path.toStdString());
        QVERIFY(!read.ok());
        QCOMPARE_CODE(read.error().code, StoreErrorCode::KeyFileCorrupt);
    }

    void cipherRoundTripsAndRejectsWrongKeyOrContext()
    {
        const DataKey key = DataKey::generate();
        const Blob blob = encryptValue(key, "本町あ123", "ctx-a");
        QCOMPARE(decryptValue(key, blob, "ctx-a").value_or("<none>"), std::string("本町あ123"));
        QVERIFY(!decryptValue(DataKey::generate(), blob, "ctx-a"));
        QVERIFY(!decryptValue(key, blob, "ctx-b"));
        Blob altered = blob;
        altered.back() ^= 1;
        QVERIFY(!decryptValue(key, altered, "ctx-a"));
    }

    void ciphertextLengthHidesValueLength()
    {
        const DataKey key = DataKey::generate();
        QCOMPARE(encryptValue(key, "00", "c").size(), encryptValue(key, "12345678", "c").size());
        QCOMPARE(decryptValue(key, encryptValue(key, "", "c"), "c").value_or("<none>"), std::string());
    }
};

QTEST_GUILESS_MAIN(KeyFileTest)
#include "KeyFileTest.moc"
