// shikaku-admin: the office's maintenance tool over the record store (a thin main over
// shikaku_kiosk_core). Prints counts, statuses and file names — never a field value.

#include "Exporter.h"
#include "KioskConfig.h"
#include "RecordStore.h"
#include "Retention.h"
#include "StaffPin.h"
#include "TimeFormat.h"

#include <QDate>
#include <QDir>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cstdio>
#include <iostream>
#include <pwd.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace shikaku;

namespace {

constexpr const char* kUsage = R"(usage: shikaku-admin [--config FILE] [--data-dir DIR] COMMAND [options]

Maintenance of the shikaku-kiosk record store. The records are transcriptions confirmed by staff;
they are not proof of identity (本人確認書類ではありません).

commands:
  status                          record count, oldest/newest confirmation, audit entries, paths
  export --format F --out FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ids 1,2,...]
                                  F = csv-utf8 (Excel, with BOM) | csv-sjis (Shift_JIS/CP932) | json;
                                  --from/--to select by local confirmation date (both inclusive)
  verify                          check the database, that every record decrypts, and the audit
                                  log's hash chain (exit 1 when anything is wrong)
  audit                           list the audit log (no field values are ever in it)
  purge [--older-than-days N]     remove records past retention (default: records/retention_days)
  rotate-key                      re-encrypt every record under a new key, replace the key file
  hash-pin                        read a 4-12 digit PIN on stdin, print the staff/pin_hash value

options:
  --config FILE    configuration (default $SHIKAKU_CONFIG or ~/.config/shikaku-kiosk/kiosk.ini)
  --data-dir DIR   record folder (default from the configuration, $SHIKAKU_DATA_DIR,
                   ~/.local/share/shikaku-kiosk)
exit status: 0 done, 1 failed, 2 usage error
)";

int usageError(const std::string& message)
{
    std::cerr << "shikaku-admin: " << message << "\n(run shikaku-admin --help for usage)\n";
    return 2;
}

int failed(const StoreError& error)
{
    std::cerr << "shikaku-admin: " << toString(error.code) << ": " << error.message << "\n";
    return 1;
}

std::string actorName()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return "admin:" + std::string(pw ? pw->pw_name : std::to_string(::geteuid()));
}

struct Arguments {
    std::string command;
    std::vector<std::pair<std::string, std::string>> options; ///< --name value
    bool has(const std::string& name) const
    {
        for (const auto& [n, v] : options)
            if (n == name)
                return true;
        return false;
    }
    std::string get(const std::string& name) const
    {
        for (const auto& [n, v] : options)
            if (n == name)
                return v;
        return {};
    }
};

int status(RecordStore& store, const KioskConfig& config)
{
    auto report = store.status();
    if (!report)
        return failed(report.error());
    const auto& r = report.value();
    std::cout << "database: " << config.databasePath().toStdString() << "\n"
              << "key file: " << config.keyFile.toStdString() << "\n"
              << "records: " << r.recordCount << "\n"
              << "oldest confirmed: " << (r.oldestConfirmed ? toIsoLocal(*r.oldestConfirmed) : "-") << "\n"
              << "newest confirmed: " << (r.newestConfirmed ? toIsoLocal(*r.newestConfirmed) : "-") << "\n"
              << "retention days: " << config.retentionDays << "\n"
              << "audit entries: " << r.auditEntries << "\n";
    return 0;
}

std::optional<Clock::time_point> localDayStart(const std::string& isoDate, int addDays)
{
    const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    if (!date.isValid() || isoDate.size() != 10)
        return std::nullopt;
    return fromEpochMs(date.addDays(addDays).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch());
}

int exportRecords(RecordStore& store, const Arguments& args)
{
    const auto format = exportFormatFromString(args.get("--format"));
    if (!format)
        return usageError("export needs --format csv-utf8, csv-sjis or json");
    const std::string out = args.get("--out");
    if (out.empty())
        return usageError("export needs --out FILE");
    RecordQuery query;
    if (args.has("--from")) {
        query.confirmedFrom = localDayStart(args.get("--from"), 0);
        if (!query.confirmedFrom)
            return usageError("--from must be a date YYYY-MM-DD");
    }
    if (args.has("--to")) {
        query.confirmedBefore = localDayStart(args.get("--to"), 1);
        if (!query.confirmedBefore)
            return usageError("--to must be a date YYYY-MM-DD");
    }
    if (args.has("--ids")) {
        for (const QString& part : QString::fromStdString(args.get("--ids")).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usageError("--ids must be record numbers separated by commas");
            query.ids.push_back(id);
        }
    }
    Exporter exporter(store);
    auto count = exporter.exportToFile(query, *format, out, actorName());
    if (!count)
        return failed(count.error());
    std::cout << "exported " << count.value() << " records to " << out << " (" << toString(*format)
              << "; not proof of identity)\n";
    return 0;
}

int verify(RecordStore& store)
{
    auto records = store.verifyRecords();
    if (!records)
        return failed(records.error());
    std::cout << "records intact: " << records.value() << " records, every value decrypts\n";
    auto result = store.verifyAudit();
    if (!result)
        return failed(result.error());
    if (!result.value().intact) {
        std::cout << "audit log BROKEN at entry " << result.value().firstBadSeq << ": " << result.value().problem << "\n";
        return 1;
    }
    std::cout << "audit log intact: " << result.value().entriesChecked << " entries\n";
    return 0;
}

int audit(RecordStore& store)
{
    auto entries = store.auditEntries();
    if (!entries)
        return failed(entries.error());
    for (const AuditEntry& e : entries.value())
        std::cout << e.seq << "\t" << toIsoLocal(e.at) << "\t" << e.actor << "\t" << e.action << "\t" << e.detail
                  << "\n";
    return 0;
}

int purge(RecordStore& store, const KioskConfig& config, const Arguments& args)
{
    int days = config.retentionDays;
    if (args.has("--older-than-days")) {
        bool ok = false;
        days = QString::fromStdString(args.get("--older-than-days")).toInt(&ok);
        if (!ok || days < 0)
            return usageError("--older-than-days must be a whole number of days (0 or more)");
    }
    Retention retention(store, days);
    auto removed = retention.purgeExpired(actorName());
    if (!removed)
        return failed(removed.error());
    std::cout << "purged " << removed.value() << " records confirmed more than " << days << " days ago\n";
    return 0;
}

int hashPin()
{
    std::string pin;
    std::getline(std::cin, pin);
    const auto hash = hashStaffPin(pin);
    if (!hash) {
        std::cerr << "shikaku-admin: the PIN must be 4 to 12 digits\n";
        return 1;
    }
    std::cout << "pin_hash=\"" << *hash << "\"\n"; // quoted: the hash has commas
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Store events go to the journal when the kiosk runs; here the command's own output says it.
    QLoggingCategory::setFilterRules(QStringLiteral("shikaku.records.info=false"));
    Arguments args;
    std::string configPath;
    std::string dataDir;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (a.starts_with("--")) {
            if (i + 1 >= argc)
                return usageError(a + " needs a value");
            const std::string value = argv[++i];
            if (a == "--config")
                configPath = value;
            else if (a == "--data-dir")
                dataDir = value;
            else
                args.options.emplace_back(a, value);
        } else if (args.command.empty()) {
            args.command = a;
        } else {
            return usageError("unexpected argument " + a);
        }
    }
    if (args.command.empty())
        return usageError("no command given");
    if (args.command == "hash-pin")
        return hashPin();

    const QString path = configPath.empty() ? KioskConfig::defaultPath() : QString::fromStdString(configPath);
    auto loaded = KioskConfig::load(path);
    // Only what concerns this tool: camera or PIN problems are the kiosk's to report.
    const QStringList lines = loaded.describe(path);
    for (qsizetype i = 0; i < loaded.problems.size(); ++i)
        if (loaded.problems[i].key.startsWith(QLatin1String("records/")) ||
            loaded.problems[i].key == QLatin1String("(file)"))
            std::cerr << lines[i].toStdString() << "\n";
    KioskConfig config = loaded.config;
    if (!dataDir.empty()) {
        config.dataDir = QString::fromStdString(dataDir);
        config.keyFile = QDir(config.dataDir).filePath(QStringLiteral("records.key"));
    }

    const std::vector<std::string> known{"status", "export", "verify", "audit", "purge", "rotate-key"};
    if (std::find(known.begin(), known.end(), args.command) == known.end())
        return usageError("unknown command " + args.command);

    RecordStoreOptions options;
    options.databasePath = config.databasePath().toStdString();
    options.keyPath = config.keyFile.toStdString();
    options.createIfMissing = false;
    auto opened = RecordStore::open(options);
    if (!opened)
        return failed(opened.error());
    RecordStore& store = *opened.value();

    if (args.command == "status")
        return status(store, config);
    if (args.command == "export")
        return exportRecords(store, args);
    if (args.command == "verify")
        return verify(store);
    if (args.command == "audit")
        return audit(store);
    if (args.command == "purge")
        return purge(store, config, args);
    auto rotated = store.rotateKey(actorName());
    if (!rotated)
        return failed(rotated.error());
    std::cout << "key rotated; the key file " << options.keyPath << " was replaced (back it up again)\n";
    return 0;
}
