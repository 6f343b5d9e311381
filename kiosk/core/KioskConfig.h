#pragma once
// The kiosk's one configuration file (INI, read with QSettings). Every key has a default; a bad
// value is reported with its key's name at start-up and the default is used in its place.
//
//   [camera]   device=/dev/video0            a V4L2 device, or "replay"
//              replay_folder=                images the replay camera plays (required for replay)
//   [ui]       languages=ja,en               UI languages, first is the default
//   [records]  data_dir=                     default $XDG_DATA_HOME/shikaku-kiosk (~/.local/share/…)
//              key_file=                     default <data_dir>/records.key
//              retention_days=30             1–3650; records are purged this long after confirmation
//              purge_interval_minutes=60     1–1440
//   [upload]   port=8080                     1024–65535, the local phone-upload page
//   [staff]    pin_hash=                     libsodium crypto_pwhash_str ($argon2id$…): shikaku-admin hash-pin
//   [timeouts] resident_inactivity_seconds=60   10–3600
//              staff_inactivity_seconds=300     10–3600
//   [queue]    max_entries=5                 1–50, finished visits waiting for staff; when full,
//                                            the resident window asks the next person to wait
//              timeout_minutes=30            1–240, an undecided entry is wiped (audited) after this
//
// Environment: SHIKAKU_CONFIG names the file (default $XDG_CONFIG_HOME/shikaku-kiosk/kiosk.ini);
// SHIKAKU_DATA_DIR overrides records/data_dir.

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace shikaku {

struct ConfigProblem {
    enum class Severity : quint8 { Warning, Error };
    Severity severity = Severity::Error;
    QString key;     ///< "group/name", e.g. "records/retention_days"
    QString message; ///< what is wrong and what was used instead
};

struct KioskConfig {
    QString cameraDevice = QStringLiteral("auto"); ///< "auto": first streaming /dev/videoN, else replay
    QString replayFolder;
    QStringList languages{QStringLiteral("ja"), QStringLiteral("en")};
    QString dataDir;  ///< always set after load()
    QString keyFile;  ///< always set after load()
    int retentionDays = 30;
    int purgeIntervalMinutes = 60;
    int uploadPort = 8080;
    QString staffPinHash;
    int residentInactivitySeconds = 60;
    int staffInactivitySeconds = 300;
    int queueMaxEntries = 5;
    int queueTimeoutMinutes = 30;

    [[nodiscard]] bool usesReplayCamera() const { return cameraDevice == QLatin1String("replay"); }
    [[nodiscard]] QString databasePath() const; ///< <dataDir>/records.sqlite3

    struct Loaded;
    /// Reads the file (a missing file means all defaults) and validates every key.
    static Loaded load(const QString& path, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// SHIKAKU_CONFIG, else $XDG_CONFIG_HOME/shikaku-kiosk/kiosk.ini (~/.config/…).
    static QString defaultPath(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// $XDG_DATA_HOME/shikaku-kiosk (~/.local/share/shikaku-kiosk).
    static QString defaultDataDir(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};

struct KioskConfig::Loaded {
    KioskConfig config;
    QList<ConfigProblem> problems;
    [[nodiscard]] bool hasErrors() const;
    /// One line per problem: "config <file>: records/retention_days: …".
    [[nodiscard]] QStringList describe(const QString& path) const;
};

} // namespace shikaku
