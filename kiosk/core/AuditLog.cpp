#include "AuditLog.h"

#include <sodium.h>

#include <array>
#include <utility>

namespace shikaku {
namespace {

constexpr std::pair<AuditAction, std::string_view> kActionNames[] = {
    {AuditAction::StoreCreated, "store_created"},
    {AuditAction::Confirm, "confirm"},
    {AuditAction::Reject, "reject"},
    {AuditAction::MyNumberRefused, "my_number_refused"},
    {AuditAction::Export, "export"},
    {AuditAction::Purge, "purge"},
    {AuditAction::KeyRotation, "key_rotation"},
    {AuditAction::SignIn, "sign_in"},
    {AuditAction::SignOut, "sign_out"},
    {AuditAction::SignInFailed, "sign_in_failed"},
    {AuditAction::QueueExpired, "queue_expired"},
};

using Hash = std::array<unsigned char, crypto_generichash_BYTES>; // 32 bytes: BLAKE2b-256

std::string toHex(const Hash& hash)
{
    char hex[crypto_generichash_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash.data(), hash.size());
    return hex;
}

void absorbInt(crypto_generichash_state& state, std::int64_t value)
{
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(value) >> (8 * i));
    crypto_generichash_update(&state, bytes, sizeof bytes);
}

void absorbText(crypto_generichash_state& state, std::string_view text)
{
    // Length-prefixed so that ("ab","c") and ("a","bc") hash differently.
    absorbInt(state, static_cast<std::int64_t>(text.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

std::string entryHash(std::string_view prevHashHex, std::int64_t seq, std::int64_t atMs, std::string_view actor,
                      std::string_view action, std::string_view detail)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    absorbText(state, "shikaku-audit-v1");
    absorbText(state, prevHashHex);
    absorbInt(state, seq);
    absorbInt(state, atMs);
    absorbText(state, actor);
    absorbText(state, action);
    absorbText(state, detail);
    Hash hash{};
    crypto_generichash_final(&state, hash.data(), hash.size());
    return toHex(hash);
}

const std::string kGenesisHash(64, '0');

std::int64_t toMs(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

StoreResult<std::pair<std::int64_t, std::string>> readHead(SqliteDatabase& db)
{
    auto stmt = db.prepare("SELECT (SELECT value FROM meta WHERE name='audit_head_seq'),"
                           " (SELECT value FROM meta WHERE name='audit_head_hash')");
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (stmt.value().columnIsNull(0))
        return std::pair<std::int64_t, std::string>{0, kGenesisHash};
    return std::pair<std::int64_t, std::string>{stmt.value().columnInt(0), stmt.value().columnText(1)};
}

} // namespace

std::string_view toString(AuditAction action)
{
    for (const auto& [a, name] : kActionNames)
        if (a == action)
            return name;
    return {};
}

std::optional<AuditAction> auditActionFromString(std::string_view name)
{
    for (const auto& [a, n] : kActionNames)
        if (n == name)
            return a;
    return std::nullopt;
}

StoreStatus AuditLog::createSchema(SqliteDatabase& db)
{
    // The triggers make the log append-only for every ordinary client of this file; tampering
    // has to drop them first, and the hash chain then shows it.
    return db.exec(R"sql(
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at_ms INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    )sql");
}

StoreStatus AuditLog::append(Clock::time_point at, std::string_view actor, AuditAction action, std::string_view detail)
{
    auto head = readHead(*m_db);
    if (!head)
        return head.error();
    const auto [lastSeq, lastHash] = head.value();
    const std::int64_t seq = lastSeq + 1;
    const std::int64_t atMs = toMs(at);
    const std::string hash = entryHash(lastHash, seq, atMs, actor, toString(action), detail);

    auto insert = m_db->prepare(
        "INSERT INTO audit(seq, at_ms, actor, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    if (!insert)
        return insert.error();
    auto& stmt = insert.value();
    stmt.bind(1, seq);
    stmt.bind(2, atMs);
    stmt.bind(3, actor);
    stmt.bind(4, toString(action));
    stmt.bind(5, detail);
    stmt.bind(6, std::string_view(lastHash));
    stmt.bind(7, std::string_view(hash));
    if (auto status = stmt.run(); !status)
        return status;

    auto updateHead = m_db->prepare("INSERT OR REPLACE INTO meta(name, value) VALUES ('audit_head_seq', ?),"
                                    " ('audit_head_hash', ?)");
    if (!updateHead)
        return updateHead.error();
    updateHead.value().bind(1, seq);
    updateHead.value().bind(2, std::string_view(hash));
    return updateHead.value().run();
}

StoreResult<std::vector<AuditEntry>> AuditLog::entries() const
{
    auto query = m_db->prepare("SELECT seq, at_ms, actor, action, detail, prev_hash, hash FROM audit ORDER BY seq");
    if (!query)
        return query.error();
    std::vector<AuditEntry> result;
    auto& stmt = query.value();
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AuditEntry entry;
        entry.seq = stmt.columnInt(0);
        entry.at = Clock::time_point(std::chrono::milliseconds(stmt.columnInt(1)));
        entry.actor = stmt.columnText(2);
        entry.action = stmt.columnText(3);
        entry.detail = stmt.columnText(4);
        entry.prevHash = stmt.columnText(5);
        entry.hash = stmt.columnText(6);
        result.push_back(std::move(entry));
    }
    return result;
}

StoreResult<AuditVerification> AuditLog::verify() const
{
    auto query = m_db->prepare("SELECT seq, at_ms, actor, action, detail, prev_hash, hash FROM audit ORDER BY seq");
    if (!query)
        return query.error();
    auto& stmt = query.value();
    AuditVerification result;
    auto fail = [&result](std::int64_t seq, std::string problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = std::move(problem);
        return result;
    };
    std::int64_t expectedSeq = 1;
    std::string previousHash = kGenesisHash;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const std::int64_t seq = stmt.columnInt(0);
        if (seq != expectedSeq)
            return fail(expectedSeq, "entry " + std::to_string(expectedSeq) + " is missing (next entry is " +
                                         std::to_string(seq) + ")");
        if (stmt.columnText(5) != previousHash)
            return fail(seq, "entry " + std::to_string(seq) + " does not follow the previous entry");
        const std::string hash = entryHash(previousHash, seq, stmt.columnInt(1), stmt.columnText(2),
                                           stmt.columnText(3), stmt.columnText(4));
        if (hash != stmt.columnText(6))
            return fail(seq, "entry " + std::to_string(seq) + " was altered");
        previousHash = hash;
        ++expectedSeq;
        ++result.entriesChecked;
    }
    auto head = readHead(*m_db);
    if (!head)
        return head.error();
    if (head.value().first != result.entriesChecked || head.value().second != previousHash)
        return fail(result.entriesChecked + 1, "the log ends at entry " + std::to_string(result.entriesChecked) +
                                                   " but entry " + std::to_string(head.value().first) +
                                                   " was written: entries were removed from the end");
    return result;
}

} // namespace shikaku
