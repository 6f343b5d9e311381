// Privacy: after records are confirmed, rejected, refused, exported, purged and the key rotated,
// no field value appears in clear — in UTF-8, Shift_JIS or UTF-16 — in any file under the data
// folder (all of them mode 0600), in anything the library logged (all categories, debug
// included) or in shikaku-admin's output. A positive control (the export, which must contain
// them) proves the search finds them.

#include "Exporter.h"
#include "FieldValidators.h"
#include "Retention.h"
#include "ShiftJis.h"
#include "TestRecords.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace shikaku;
using namespace shikaku::test;

namespace {

QByteArray g_log; // everything Qt logged during the test

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + "\n";
}

/// The byte forms a value could be found in.
QList<QByteArray> encodingsOf(const std::string& value)
{
    QList<QByteArray> forms{QByteArray::fromStdString(value)};
    const QString text = QString::fromStdString(value);
    forms << QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    if (const auto sjis = utf8ToCp932(value); sjis && *sjis != value)
        forms << QByteArray::fromStdString(*sjis);
    return forms;
}

/// Which of the values occur in `bytes` (by their printable name, never the value).
QStringList leaks(const QByteArray& bytes, const std::vector<std::string>& values, const QString& where)
{
    QStringList found;
    for (std::size_t i = 0; i < values.size(); ++i)
        for (const QByteArray& form : encodingsOf(values[i]))
            if (bytes.contains(form))
                found << QStringLiteral("%1: value #%2").arg(where).arg(i);
    return found;
}

} // namespace

class PrivacyTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noFieldValueInClearAnywhere()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(captureMessage);

        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const TestPaths paths = pathsIn(dir);
        Clock::time_point now = std::chrono::time_point_cast<std::chrono::milliseconds>(Clock::now());
        RecordStoreOptions options;
        options.databasePath = paths.database;
        options.keyPath = paths.key;
        options.clock = [&now] { return now; };

        std::vector<std::string> values; // every value of 3+ characters that was offered to the store
        auto remember = [&values](const ConfirmedRecord& r) {
            for (const ConfirmedField& f : r.fields)
                if (f.value && f.value->size() >= 3 &&
                    std::find(values.begin(), values.end(), *f.value) == values.end())
                    values.push_back(*f.value);
        };
        {
            auto store = std::move(RecordStore::open(options).value());
            for (int i = 0; i < 40; ++i) {
                ConfirmedRecord r = fictitiousRecord(i, now - std::chrono::hours(24) * (i % 2 ? 40 : 1));
                remember(r);
                QVERIFY(store->add(r).ok());
            }
            QVERIFY(store->noteStaffAction(StaffAction::Reject, "staff-1", DocumentKind::KakuninshoCard).ok());
            ConfirmedRecord withMyNumber = fictitiousRecord(99);
            withMyNumber.field(FieldId::Number).value = "123456789018"; // a valid check digit
            QVERIFY(looksLikeMyNumber("123456789018"));
            remember(withMyNumber);
            QVERIFY(!store->add(withMyNumber).ok());

            Exporter exporter(*store);
            const QString exportPath = dir.filePath(QStringLiteral("export.csv"));
            QVERIFY(exporter.exportToFile({}, ExportFormat::CsvShiftJis, exportPath.toStdString(), "staff-1").ok());
            QFile exported(exportPath);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            // Positive control: the export holds values in clear, so the search does find them.
            QVERIFY(!leaks(exported.readAll(), values, QStringLiteral("export")).isEmpty());
            QVERIFY(QFile::remove(exportPath));

            QVERIFY(store->rotateKey("admin:test").ok());
            Retention retention(*store, 30);
            QCOMPARE(retention.purgeExpired().value(), 20);
            QVERIFY(store->list().ok());
        }
        // A wrong key's error message must not leak either.
        const DataKey rightKey = readKeyFile(paths.key).value();
        QVERIFY(writeKeyFile(paths.key, DataKey::generate()).ok());
        auto wrong = RecordStore::open(options);
        QVERIFY(!wrong.ok());
        g_log += QByteArray::fromStdString(wrong.error().message);
        QVERIFY(writeKeyFile(paths.key, rightKey).ok());

        QString adminOutput;
        for (const char* command : {"status", "verify", "audit"}) {
            QProcess admin;
            QProcessEnvironment env; // nothing from the user's own configuration
            env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
            env.insert(QStringLiteral("SHIKAKU_CONFIG"), dir.filePath(QStringLiteral("none.ini")));
            admin.setProcessEnvironment(env);
            admin.start(QStringLiteral(SHIKAKU_ADMIN), {QStringLiteral("--data-dir"), dataDir, QString::fromLatin1(command)});
            QVERIFY(admin.waitForFinished());
            QCOMPARE(admin.exitCode(), 0);
            adminOutput += QString::fromUtf8(admin.readAll() + admin.readAllStandardError());
        }
        qInstallMessageHandler(nullptr);

        QVERIFY(values.size() >= 40);
        QStringList found = leaks(g_log, values, QStringLiteral("log"));
        found += leaks(adminOutput.toUtf8(), values, QStringLiteral("shikaku-admin output"));
        int files = 0;
        QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            found += leaks(file.readAll(), values, path);
            // Only the kiosk user may read anything in the data folder.
            QVERIFY2((file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0,
                     qPrintable(path));
            ++files;
        }
        QVERIFY(files >= 2); // the database and the key file at least
        QVERIFY(g_log.contains("shikaku.records")); // the library did log: the log was captured
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(PrivacyTest)
#include "PrivacyTest.moc"
