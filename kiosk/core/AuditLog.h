#pragma once
// The append-only audit log: who did what and when, never a field value. It lives in the record
// database so a confirmation and its audit entry commit in one transaction. Each entry carries
// the BLAKE2b-256 hash of its content and of the previous entry's hash; the newest sequence number
// and hash are also kept in `meta`, so verify() notices an edited, removed or truncated entry.
// (Someone able to rewrite the whole chain and the head can forge it; the chain proves the log
// was not altered by accident or by a casual edit, the usual threat on a counter PC.)

#include "ConfirmedRecord.h"
#include "SqliteDatabase.h"
#include "StoreError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shikaku {

enum class AuditAction : std::uint8_t {
    StoreCreated,
    Confirm,
    Reject,
    MyNumberRefused,
    Export,
    Purge,
    KeyRotation,
    SignIn,
    SignOut,
    SignInFailed,
    QueueExpired, ///< an undecided scan wiped from the staff queue (kind only, no value)
};

std::string_view toString(AuditAction action); ///< "store_created", "confirm", ...
std::optional<AuditAction> auditActionFromString(std::string_view name);

struct AuditEntry {
    std::int64_t seq = 0; ///< 1, 2, 3, … without gaps
    Clock::time_point at;
    std::string actor;  ///< staff id, "admin:<user>" or "kiosk"
    std::string action; ///< toString(AuditAction) as stored
    std::string detail; ///< record id, counts, field names, formats — never values
    std::string prevHash; ///< hex
    std::string hash;     ///< hex
};

struct AuditVerification {
    bool intact = true;
    std::int64_t entriesChecked = 0;
    std::int64_t firstBadSeq = 0; ///< 0 when intact
    std::string problem;          ///< what is wrong, for the admin
};

class AuditLog {
public:
    explicit AuditLog(SqliteDatabase& db) : m_db(&db) {}

    /// Creates the table and its append-only triggers (inside the caller's transaction).
    static StoreStatus createSchema(SqliteDatabase& db);

    /// Appends one entry; the caller holds the write transaction.
    StoreStatus append(Clock::time_point at, std::string_view actor, AuditAction action, std::string_view detail);

    [[nodiscard]] StoreResult<std::vector<AuditEntry>> entries() const;

    /// Recomputes the chain from the first entry and compares it with the stored head.
    [[nodiscard]] StoreResult<AuditVerification> verify() const;

private:
    SqliteDatabase* m_db;
};

} // namespace shikaku
