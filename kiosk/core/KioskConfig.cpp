#include "KioskConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

namespace shikaku {
namespace {

const QSet<QString> kKnownKeys{
    QStringLiteral("camera/device"),           QStringLiteral("camera/replay_folder"),
    QStringLiteral("ui/languages"),            QStringLiteral("records/data_dir"),
    QStringLiteral("records/key_file"),        QStringLiteral("records/retention_days"),
    QStringLiteral("records/purge_interval_minutes"), QStringLiteral("upload/port"),
    QStringLiteral("staff/pin_hash"),          QStringLiteral("timeouts/resident_inactivity_seconds"),
    QStringLiteral("timeouts/staff_inactivity_seconds"),
    QStringLiteral("queue/max_entries"),       QStringLiteral("queue/timeout_minutes"),
};

class Reader {
public:
    Reader(QSettings& settings, QList<ConfigProblem>& problems) : m_settings(settings), m_problems(problems) {}

    void error(const QString& key, const QString& message)
    {
        m_problems.append({ConfigProblem::Severity::Error, key, message});
    }
    void warning(const QString& key, const QString& message)
    {
        m_problems.append({ConfigProblem::Severity::Warning, key, message});
    }

    /// The raw text or nothing when absent (QSettings turns "a,b" into a list: join it back).
    std::optional<QString> text(const QString& key)
    {
        if (!m_settings.contains(key))
            return std::nullopt;
        const QVariant v = m_settings.value(key);
        if (v.metaType().id() == QMetaType::QStringList)
            return v.toStringList().join(QLatin1Char(','));
        return v.toString().trimmed();
    }

    void integer(const QString& key, int& target, int min, int max)
    {
        const auto raw = text(key);
        if (!raw)
            return;
        bool ok = false;
        const int value = raw->toInt(&ok);
        if (!ok || value < min || value > max)
            error(key, QStringLiteral("must be a whole number from %1 to %2; using %3").arg(min).arg(max).arg(target));
        else
            target = value;
    }

private:
    QSettings& m_settings;
    QList<ConfigProblem>& m_problems;
};

} // namespace

QString KioskConfig::databasePath() const { return QDir(dataDir).filePath(QStringLiteral("records.sqlite3")); }

QString KioskConfig::defaultPath(const QProcessEnvironment& env)
{
    if (const QString explicitPath = env.value(QStringLiteral("SHIKAKU_CONFIG")); !explicitPath.isEmpty())
        return explicitPath;
    QString base = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (base.isEmpty())
        base = env.value(QStringLiteral("HOME")) + QStringLiteral("/.config");
    return base + QStringLiteral("/shikaku-kiosk/kiosk.ini");
}

QString KioskConfig::defaultDataDir(const QProcessEnvironment& env)
{
    QString base = env.value(QStringLiteral("XDG_DATA_HOME"));
    if (base.isEmpty())
        base = env.value(QStringLiteral("HOME")) + QStringLiteral("/.local/share");
    return base + QStringLiteral("/shikaku-kiosk");
}

bool KioskConfig::Loaded::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const ConfigProblem& p) { return p.severity == ConfigProblem::Severity::Error; });
}

QStringList KioskConfig::Loaded::describe(const QString& path) const
{
    QStringList lines;
    for (const ConfigProblem& p : problems)
        lines << QStringLiteral("config %1: %2 %3: %4")
                     .arg(path, p.severity == ConfigProblem::Severity::Error ? QStringLiteral("error")
                                                                              : QStringLiteral("warning"),
                          p.key, p.message);
    return lines;
}

KioskConfig::Loaded KioskConfig::load(const QString& path, const QProcessEnvironment& env)
{
    Loaded loaded;
    KioskConfig& c = loaded.config;
    QSettings settings(path, QSettings::IniFormat);
    Reader r(settings, loaded.problems);
    if (QFileInfo::exists(path) && settings.status() != QSettings::NoError)
        r.error(QStringLiteral("(file)"), QStringLiteral("cannot be read as an INI file; using all defaults"));

    for (const QString& key : settings.allKeys())
        if (!kKnownKeys.contains(key))
            r.warning(key, QStringLiteral("unknown key (misspelt?); ignored"));

    if (const auto device = r.text(QStringLiteral("camera/device"))) {
        if (*device == QLatin1String("auto") || *device == QLatin1String("replay") || device->startsWith(QLatin1String("/dev/")))
            c.cameraDevice = *device;
        else
            r.error(QStringLiteral("camera/device"),
                    QStringLiteral("must be \"auto\", \"replay\" or a device such as /dev/video0; using %1").arg(c.cameraDevice));
    }
    if (const auto folder = r.text(QStringLiteral("camera/replay_folder")))
        c.replayFolder = *folder;
    if (c.usesReplayCamera() && !QFileInfo(c.replayFolder).isDir())
        r.error(QStringLiteral("camera/replay_folder"),
                QStringLiteral("must name an existing folder when camera/device is \"replay\""));

    if (const auto languages = r.text(QStringLiteral("ui/languages"))) {
        static const QRegularExpression code(QStringLiteral("^[a-z]{2}(-[A-Za-z]{2,4})?$"));
        QStringList list;
        bool ok = true;
        for (const QString& part : languages->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString lang = part.trimmed();
            ok = ok && code.match(lang).hasMatch();
            list << lang;
        }
        if (ok && !list.isEmpty())
            c.languages = list;
        else
            r.error(QStringLiteral("ui/languages"),
                    QStringLiteral("must be language codes separated by commas, e.g. ja,en; using ja,en"));
    }

    // The data folder: environment over file over the XDG default.
    c.dataDir = defaultDataDir(env);
    if (const auto dir = r.text(QStringLiteral("records/data_dir")); dir && !dir->isEmpty()) {
        if (QDir::isAbsolutePath(*dir))
            c.dataDir = *dir;
        else
            r.error(QStringLiteral("records/data_dir"),
                    QStringLiteral("must be an absolute path; using %1").arg(c.dataDir));
    }
    if (const QString envDir = env.value(QStringLiteral("SHIKAKU_DATA_DIR")); !envDir.isEmpty())
        c.dataDir = envDir;
    c.keyFile = QDir(c.dataDir).filePath(QStringLiteral("records.key"));
    if (const auto key = r.text(QStringLiteral("records/key_file")); key && !key->isEmpty()) {
        if (QDir::isAbsolutePath(*key))
            c.keyFile = *key;
        else
            r.error(QStringLiteral("records/key_file"), QStringLiteral("must be an absolute path; using %1").arg(c.keyFile));
    }
    r.integer(QStringLiteral("records/retention_days"), c.retentionDays, 1, 3650);
    r.integer(QStringLiteral("records/purge_interval_minutes"), c.purgeIntervalMinutes, 1, 1440);
    r.integer(QStringLiteral("upload/port"), c.uploadPort, 1024, 65535);

    if (const auto hash = r.text(QStringLiteral("staff/pin_hash")); hash && !hash->isEmpty()) {
        if (hash->startsWith(QLatin1String("$argon2id$")) || hash->startsWith(QLatin1String("$argon2i$")))
            c.staffPinHash = *hash;
        else
            r.error(QStringLiteral("staff/pin_hash"),
                    QStringLiteral("is not a libsodium PIN hash ($argon2id$…); create one with shikaku-admin hash-pin"));
    }
    if (c.staffPinHash.isEmpty())
        r.warning(QStringLiteral("staff/pin_hash"),
                  QStringLiteral("not set: staff cannot sign in; create one with shikaku-admin hash-pin"));

    r.integer(QStringLiteral("timeouts/resident_inactivity_seconds"), c.residentInactivitySeconds, 10, 3600);
    r.integer(QStringLiteral("timeouts/staff_inactivity_seconds"), c.staffInactivitySeconds, 10, 3600);
    r.integer(QStringLiteral("queue/max_entries"), c.queueMaxEntries, 1, 50);
    r.integer(QStringLiteral("queue/timeout_minutes"), c.queueTimeoutMinutes, 1, 240);
    return loaded;
}

} // namespace shikaku
