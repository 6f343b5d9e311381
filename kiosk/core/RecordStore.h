#pragma once
// The encrypted record store: one SQLite file (WAL, synchronous=FULL) holding confirmed records,
// every field value encrypted with the key from the key file, and the audit log.
// One transaction per record: add() returns only after the record and its audit entry are on disk.

#include "AuditLog.h"
#include "ConfirmedRecord.h"
#include "KeyFile.h"
#include "RecordSink.h"
#include "SqliteDatabase.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace shikaku {

using ClockFunction = std::function<Clock::time_point()>;

struct RecordStoreOptions {
    std::string databasePath; ///< e.g. <data dir>/records.sqlite3
    std::string keyPath;      ///< e.g. <data dir>/records.key (mode 0600)
    ClockFunction clock = [] { return Clock::now(); };
    /// Create the database and a fresh key when neither exists (the kiosk's first run). The admin
    /// tool opens with false: it must never create an empty store beside a misconfigured path.
    bool createIfMissing = true;
};

/// Which records: all, a confirmation-time range [from, to), or given row ids.
struct RecordQuery {
    std::optional<Clock::time_point> confirmedFrom;
    std::optional<Clock::time_point> confirmedBefore;
    std::vector<std::int64_t> ids; ///< when not empty, only these
};

struct StoreStatusReport {
    std::int64_t recordCount = 0;
    std::optional<Clock::time_point> oldestConfirmed;
    std::optional<Clock::time_point> newestConfirmed;
    std::int64_t auditEntries = 0;
};

class RecordStore final : public RecordSink {
public:
    /// Opens the store. A wrong or missing key, an insecure key file or a damaged database is an
    /// error that changes nothing on disk.
    static StoreResult<std::unique_ptr<RecordStore>> open(const RecordStoreOptions& options);

    StoreResult<std::int64_t> add(const ConfirmedRecord& record) override;
    StoreStatus noteStaffAction(StaffAction action, std::string_view staffId, DocumentKind kind) override;

    [[nodiscard]] StoreResult<std::vector<StoredRecord>> list(const RecordQuery& query = {});
    [[nodiscard]] StoreResult<StoreStatusReport> status();

    /// Deletes records confirmed before `cutoff` and audits how many (even none). Returns the count.
    StoreResult<std::int64_t> purgeConfirmedBefore(Clock::time_point cutoff, std::string_view actor);

    /// Re-encrypts every value under a new random key in one transaction, then installs the new
    /// key file. A crash at any point leaves a store that opens with the old or the new key.
    StoreStatus rotateKey(std::string_view actor);

    /// Audits an export (done by Exporter): how many records, which format — not the values.
    StoreStatus noteExport(std::string_view actor, std::int64_t recordCount, std::string_view format);

    [[nodiscard]] StoreResult<AuditVerification> verifyAudit();
    /// SQLite's quick_check, then every record complete and every value decrypting with the key.
    /// Returns how many records were checked; DatabaseCorrupt names the first bad one.
    [[nodiscard]] StoreResult<std::int64_t> verifyRecords();
    [[nodiscard]] StoreResult<std::vector<AuditEntry>> auditEntries();

    [[nodiscard]] Clock::time_point now() const { return m_options.clock(); }
    [[nodiscard]] const RecordStoreOptions& options() const { return m_options; }

private:
    RecordStore(RecordStoreOptions options, SqliteDatabase db, DataKey key, std::string keyId);

    /// Picks up a key rotated by another process (shikaku-admin) since we opened.
    StoreStatus ensureCurrentKey();
    /// Appends an audit entry in its own transaction.
    StoreStatus auditAlone(std::string_view actor, AuditAction action, std::string_view detail);

    RecordStoreOptions m_options;
    SqliteDatabase m_db;
    DataKey m_key;
    std::string m_keyId; ///< random id of the key generation, kept in meta
    std::mutex m_mutex;  ///< one operation at a time on the connection
};

} // namespace shikaku
