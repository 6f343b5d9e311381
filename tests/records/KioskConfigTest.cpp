// KioskConfig: defaults, a full valid file, every invalid value reported with its key's name
// (the default kept), environment overrides, and the staff PIN hash.

#include "KioskConfig.h"
#include "StaffPin.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace shikaku;

namespace {

QString writeIni(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("kiosk.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the test config");
    file.write(text);
    return path;
}

QProcessEnvironment envWith(const QTemporaryDir& dir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    return env;
}

QStringList problemKeys(const KioskConfig::Loaded& loaded, ConfigProblem::Severity severity)
{
    QStringList keys;
    for (const ConfigProblem& p : loaded.problems)
        if (p.severity == severity)
            keys << p.key;
    return keys;
}

} // namespace

class KioskConfigTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingFileGivesDefaults()
    {
        QTemporaryDir dir;
        const auto loaded = KioskConfig::load(dir.filePath(QStringLiteral("absent.ini")), envWith(dir));
        const KioskConfig& c = loaded.config;
        QCOMPARE(c.cameraDevice, QStringLiteral("auto"));
        QCOMPARE(c.languages, (QStringList{QStringLiteral("ja"), QStringLiteral("en")}));
        QCOMPARE(c.retentionDays, 30);
        QCOMPARE(c.purgeIntervalMinutes, 60);
        QCOMPARE(c.uploadPort, 8080);
        QCOMPARE(c.residentInactivitySeconds, 60);
        QCOMPARE(c.staffInactivitySeconds, 300);
        QCOMPARE(c.dataDir, dir.filePath(QStringLiteral("xdg-data/shikaku-kiosk")));
        QCOMPARE(c.keyFile, dir.filePath(QStringLiteral("xdg-data/shikaku-kiosk/records.key")));
        QCOMPARE(c.databasePath(), dir.filePath(QStringLiteral("xdg-data/shikaku-kiosk/records.sqlite3")));
        QVERIFY(!loaded.hasErrors());
        QCOMPARE(problemKeys(loaded, ConfigProblem::Severity::Warning), QStringList{QStringLiteral("staff/pin_hash")});
    }

    void dataDirFallsBackToHomeWithoutXdg()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/kiosk"));
        QCOMPARE(KioskConfig::defaultDataDir(env), QStringLiteral("/home/kiosk/.local/share/shikaku-kiosk"));
        QCOMPARE(KioskConfig::defaultPath(env), QStringLiteral("/home/kiosk/.config/shikaku-kiosk/kiosk.ini"));
        env.insert(QStringLiteral("SHIKAKU_CONFIG"), QStringLiteral("/etc/shikaku/kiosk.ini"));
        QCOMPARE(KioskConfig::defaultPath(env), QStringLiteral("/etc/shikaku/kiosk.ini"));
    }

    void validFileIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("replay"))));
        const auto hash = hashStaffPin("2468");
        QVERIFY(hash);
        // Unquoted on purpose: the hash has commas, which QSettings reads as a list.
        const QByteArray ini = "[camera]\ndevice=replay\nreplay_folder=" + dir.filePath(QStringLiteral("replay")).toUtf8() +
                               "\n[ui]\nlanguages=ja, en, pt-BR\n[records]\ndata_dir=/srv/kiosk\nretention_days=7\n"
                               "purge_interval_minutes=15\n[upload]\nport=9443\n[staff]\npin_hash=" +
                               QByteArray::fromStdString(*hash) +
                               "\n[timeouts]\nresident_inactivity_seconds=45\nstaff_inactivity_seconds=600\n";
        const auto loaded = KioskConfig::load(writeIni(dir, ini), envWith(dir));
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.describe(QStringLiteral("kiosk.ini")).join('\n')));
        const KioskConfig& c = loaded.config;
        QVERIFY(c.usesReplayCamera());
        QCOMPARE(c.languages, (QStringList{QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("pt-BR")}));
        QCOMPARE(c.dataDir, QStringLiteral("/srv/kiosk"));
        QCOMPARE(c.keyFile, QStringLiteral("/srv/kiosk/records.key"));
        QCOMPARE(c.retentionDays, 7);
        QCOMPARE(c.purgeIntervalMinutes, 15);
        QCOMPARE(c.uploadPort, 9443);
        QCOMPARE(c.residentInactivitySeconds, 45);
        QCOMPARE(c.staffInactivitySeconds, 600);
        QVERIFY(verifyStaffPin(c.staffPinHash.toStdString(), "2468"));
        QVERIFY(!verifyStaffPin(c.staffPinHash.toStdString(), "2469"));
    }

    void invalidValuesAreReportedByKeyAndDefaultsKept()
    {
        QTemporaryDir dir;
        const QByteArray ini = "[camera]\ndevice=webcam\n[ui]\nlanguages=japanese\n[records]\ndata_dir=relative/dir\n"
                               "key_file=k.key\nretention_days=0\npurge_interval_minutes=often\n[upload]\nport=80\n"
                               "[staff]\npin_hash=1234\n[timeouts]\nresident_inactivity_seconds=5\n"
                               "staff_inactivity_seconds=99999\n[records]\nretension_days=3\n";
        const QString path = writeIni(dir, ini);
        const auto loaded = KioskConfig::load(path, envWith(dir));
        QVERIFY(loaded.hasErrors());
        QStringList errors = problemKeys(loaded, ConfigProblem::Severity::Error);
        errors.sort();
        QStringList expected{QStringLiteral("camera/device"),
                             QStringLiteral("ui/languages"),
                             QStringLiteral("records/data_dir"),
                             QStringLiteral("records/key_file"),
                             QStringLiteral("records/retention_days"),
                             QStringLiteral("records/purge_interval_minutes"),
                             QStringLiteral("upload/port"),
                             QStringLiteral("staff/pin_hash"),
                             QStringLiteral("timeouts/resident_inactivity_seconds"),
                             QStringLiteral("timeouts/staff_inactivity_seconds")};
        expected.sort();
        QCOMPARE(errors, expected);
        QVERIFY(problemKeys(loaded, ConfigProblem::Severity::Warning).contains(QStringLiteral("records/retension_days")));
        const KioskConfig defaults;
        QCOMPARE(loaded.config.retentionDays, defaults.retentionDays);
        QCOMPARE(loaded.config.uploadPort, defaults.uploadPort);
        QCOMPARE(loaded.config.cameraDevice, defaults.cameraDevice);
        const QStringList lines = loaded.describe(path);
        QVERIFY(lines.join('\n').contains(QStringLiteral("records/retention_days: must be a whole number from 1 to 3650; using 30")));
    }

    void replayCameraNeedsAFolder()
    {
        QTemporaryDir dir;
        const auto loaded = KioskConfig::load(writeIni(dir, "[camera]\ndevice=replay\n"), envWith(dir));
        QCOMPARE(problemKeys(loaded, ConfigProblem::Severity::Error), QStringList{QStringLiteral("camera/replay_folder")});
    }

    void environmentOverridesDataDir()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = envWith(dir);
        env.insert(QStringLiteral("SHIKAKU_DATA_DIR"), dir.filePath(QStringLiteral("env-data")));
        const auto loaded = KioskConfig::load(writeIni(dir, "[records]\ndata_dir=/srv/kiosk\n"), env);
        QCOMPARE(loaded.config.dataDir, dir.filePath(QStringLiteral("env-data")));
    }

    void quotedPinHashAsDocumentedIsRead()
    {
        QTemporaryDir dir;
        const auto hash = hashStaffPin("97531");
        QVERIFY(hash);
        const auto loaded = KioskConfig::load(
            writeIni(dir, "[staff]\npin_hash=\"" + QByteArray::fromStdString(*hash) + "\"\n"), envWith(dir));
        QVERIFY(loaded.problems.isEmpty());
        QVERIFY(verifyStaffPin(loaded.config.staffPinHash.toStdString(), "97531"));
    }

    void pinMustBeDigits()
    {
        QVERIFY(!hashStaffPin("12"));
        QVERIFY(!hashStaffPin("12ab"));
        QVERIFY(!hashStaffPin("1234567890123"));
        QVERIFY(!verifyStaffPin("not a hash", "1234"));
    }
};

QTEST_GUILESS_MAIN(KioskConfigTest)
#include "KioskConfigTest.moc"
