#include "RecordStore.h"

#include "FieldCipher.h"
#include "FieldValidators.h"
#include "RecordKeys.h"
#include "RecordSchema.h"
#include "RecordsLogging.h"
#include "TimeFormat.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <set>

Q_LOGGING_CATEGORY(lcRecords, "shikaku.records")

namespace shikaku {
namespace {

constexpr std::size_t kMaxValueBytes = 64;   // the longest 記号/番号 is far shorter
constexpr std::size_t kMaxStaffIdBytes = 64;

std::string fieldContext(std::string_view uid, FieldId field)
{
    return "record_field_v1|" + std::string(uid) + "|" + std::string(toString(field));
}

std::string detailOf(std::int64_t id, std::string_view uid, const ConfirmedRecord& record)
{
    std::string edited;
    std::string statuses;
    for (const ConfirmedField& field : record.fields) {
        if (field.changedByStaff)
            edited += (edited.empty() ? "" : ",") + std::string(toString(field.id));
        statuses += (statuses.empty() ? "" : ",") + std::string(toString(field.scanStatus));
    }
    return "record=" + std::to_string(id) + " uid=" + std::string(uid) + " kind=" +
           std::string(toString(record.kind)) + " edited=" + (edited.empty() ? "none" : edited) +
           " scan_status=" + statuses;
}

StoreStatus checkRecord(const ConfirmedRecord& record)
{
    if (!record.notProofOfIdentity)
        return StoreError{StoreErrorCode::InvalidRecord, "a record must state it is not proof of identity"};
    if (record.staffId.empty() || record.staffId.size() > kMaxStaffIdBytes)
        return StoreError{StoreErrorCode::InvalidRecord, "a record needs the confirming staff id (1–64 bytes)"};
    for (std::size_t i = 0; i < kAllFields.size(); ++i) {
        const ConfirmedField& field = record.fields[i];
        if (field.id != kAllFields[i])
            return StoreError{StoreErrorCode::InvalidRecord, "the record's fields are not in the standard order"};
        if (field.value && field.value->size() > kMaxValueBytes)
            return StoreError{StoreErrorCode::InvalidRecord,
                              "the value of " + std::string(toString(field.id)) + " is too long to be real"};
    }
    return Done{};
}

} // namespace

RecordStore::RecordStore(RecordStoreOptions options, SqliteDatabase db, DataKey key, std::string keyId)
    : m_options(std::move(options)), m_db(std::move(db)), m_key(key), m_keyId(std::move(keyId))
{
}

StoreResult<std::unique_ptr<RecordStore>> RecordStore::open(const RecordStoreOptions& options)
{
    if (!initSodium())
        return StoreError{StoreErrorCode::Internal, "libsodium failed to initialise"};
    const bool databaseExists = fileExists(options.databasePath);
    if (!databaseExists && !options.createIfMissing)
        return StoreError{StoreErrorCode::NotFound, "no record database at " + options.databasePath};
    if (options.createIfMissing) {
        // The data folder is the kiosk user's alone (0700), like the key file in it.
        for (const std::string& file : {options.databasePath, options.keyPath}) {
            const std::filesystem::path folder = std::filesystem::path(file).parent_path();
            std::error_code ec;
            if (folder.empty() || std::filesystem::exists(folder, ec))
                continue;
            std::filesystem::create_directories(folder, ec);
            std::filesystem::permissions(folder, std::filesystem::perms::owner_all, ec);
            if (ec)
                return StoreError{StoreErrorCode::Io, "cannot create the data folder " + folder.string() + ": " +
                                                          ec.message()};
        }
    }

    if (auto status = makeDatabaseFilePrivate(options.databasePath, options.createIfMissing && !databaseExists);
        !status)
        return status.error();
    auto db = SqliteDatabase::open(options.databasePath, options.createIfMissing);
    if (!db)
        return db.error();
    auto tx = SqliteTransaction::begin(db.value());
    if (!tx)
        return tx.error();
    auto schema = hasRecordSchema(db.value());
    if (!schema)
        return schema.error();

    if (schema.value()) {
        auto keyState = loadMatchingKey(db.value(), options.keyPath);
        if (!keyState)
            return keyState.error();
        if (auto status = tx.value().commit(); !status)
            return status.error();
        qCInfo(lcRecords) << "record store opened";
        return std::unique_ptr<RecordStore>(new RecordStore(options, std::move(db.value()),
                                                            keyState.value().key, keyState.value().keyId));
    }

    if (!options.createIfMissing)
        return StoreError{StoreErrorCode::DatabaseCorrupt, "the record database " + options.databasePath +
                                                               " has no tables; start the kiosk once to create it"};
    // First run (or a first run cut short before its schema committed): the database holds no
    // record, so a missing key may be created; an existing key file is reused, never replaced.
    auto key = readKeyFile(options.keyPath);
    if (!key && key.error().code == StoreErrorCode::KeyMissing) {
        if (auto status = writeKeyFile(options.keyPath, DataKey::generate()); !status)
            return status.error();
        key = readKeyFile(options.keyPath);
    }
    if (!key)
        return key.error();
    const std::string keyId = randomHex(16);
    if (auto status = createRecordSchema(db.value()); !status)
        return status.error();
    if (auto status = writeKeyMeta(db.value(), key.value(), keyId); !status)
        return status.error();
    if (auto status = writeMeta(db.value(), "schema_version", toBlob(std::to_string(kRecordSchemaVersion))); !status)
        return status.error();
    AuditLog audit(db.value());
    if (auto status = audit.append(options.clock(), "kiosk", AuditAction::StoreCreated, "schema=1"); !status)
        return status.error();
    if (auto status = tx.value().commit(); !status)
        return status.error();
    qCInfo(lcRecords) << "record store created";
    return std::unique_ptr<RecordStore>(new RecordStore(options, std::move(db.value()), key.value(), keyId));
}

StoreStatus RecordStore::ensureCurrentKey()
{
    auto keyId = readMetaBlob(m_db, "key_id");
    if (!keyId)
        return keyId.error();
    if (keyId.value() && fromBlob(*keyId.value()) == m_keyId)
        return Done{};
    auto state = loadMatchingKey(m_db, m_options.keyPath);
    if (!state)
        return state.error();
    m_key = state.value().key;
    m_keyId = state.value().keyId;
    qCInfo(lcRecords) << "picked up a rotated record key";
    return Done{};
}

StoreStatus RecordStore::auditAlone(std::string_view actor, AuditAction action, std::string_view detail)
{
    auto tx = SqliteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    AuditLog audit(m_db);
    if (auto status = audit.append(m_options.clock(), actor, action, detail); !status)
        return status;
    return tx.value().commit();
}

StoreResult<std::int64_t> RecordStore::add(const ConfirmedRecord& record)
{
    std::lock_guard lock(m_mutex);
    // A マイナンバー never enters the store or a log: the record is refused and only the field's
    // name is audited.
    if (looksLikeMyNumber(record.staffId))
        return StoreError{StoreErrorCode::MyNumberRefused, "the staff id looks like a マイナンバー; nothing was stored"};
    for (const ConfirmedField& field : record.fields) {
        if (field.value && looksLikeMyNumber(*field.value)) {
            const std::string name(toString(field.id));
            auditAlone(record.staffId, AuditAction::MyNumberRefused,
                       "field=" + name + " kind=" + std::string(toString(record.kind)));
            qCWarning(lcRecords) << "refused a record: field" << name.c_str() << "looks like a My Number";
            return StoreError{StoreErrorCode::MyNumberRefused,
                              "the value of " + name + " looks like a マイナンバー; the record was not stored"};
        }
    }
    if (auto status = checkRecord(record); !status)
        return status.error();

    auto tx = SqliteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto status = ensureCurrentKey(); !status)
        return status.error();

    const std::string uid = randomHex(16);
    auto insert = m_db.prepare("INSERT INTO records(uid, document_kind, staff_id, scanned_at_ms, confirmed_at_ms)"
                               " VALUES (?,?,?,?,?)");
    if (!insert)
        return insert.error();
    insert.value().bind(1, std::string_view(uid));
    insert.value().bind(2, toString(record.kind));
    insert.value().bind(3, std::string_view(record.staffId));
    insert.value().bind(4, toEpochMs(record.scannedAt));
    insert.value().bind(5, toEpochMs(record.confirmedAt));
    if (auto status = insert.value().run(); !status)
        return status.error();
    const std::int64_t id = m_db.lastInsertRowId();

    auto insertField = m_db.prepare("INSERT INTO record_fields(record_id, field, value, source, changed_by_staff,"
                                    " scan_status, valid) VALUES (?,?,?,?,?,?,?)");
    if (!insertField)
        return insertField.error();
    auto& stmt = insertField.value();
    for (const ConfirmedField& field : record.fields) {
        stmt.reset();
        stmt.bind(1, id);
        stmt.bind(2, toString(field.id));
        if (field.value)
            stmt.bindBlob(3, encryptValue(m_key, *field.value, fieldContext(uid, field.id)));
        else
            stmt.bindNull(3);
        stmt.bind(4, toString(field.source));
        stmt.bind(5, std::int64_t{field.changedByStaff});
        stmt.bind(6, toString(field.scanStatus));
        stmt.bind(7, std::int64_t{field.valid});
        if (auto status = stmt.run(); !status)
            return status.error();
    }
    AuditLog audit(m_db);
    if (auto status = audit.append(m_options.clock(), record.staffId, AuditAction::Confirm, detailOf(id, uid, record));
        !status)
        return status.error();
    if (auto status = tx.value().commit(); !status)
        return status.error();
    return id;
}

StoreStatus RecordStore::noteStaffAction(StaffAction action, std::string_view staffId, DocumentKind kind)
{
    std::lock_guard lock(m_mutex);
    const bool usableId = !staffId.empty() && staffId.size() <= kMaxStaffIdBytes && !looksLikeMyNumber(staffId);
    // A failed sign-in is audited whatever was typed as the id; what was typed is kept only when
    // it is a plausible staff id.
    if (action == StaffAction::SignInFailed && !usableId)
        return auditAlone("(unusable id)", AuditAction::SignInFailed, "");
    if (!usableId)
        return StoreError{StoreErrorCode::InvalidRecord, "a staff id of 1–64 bytes is needed"};
    switch (action) {
    case StaffAction::SignIn: return auditAlone(staffId, AuditAction::SignIn, "");
    case StaffAction::SignOut: return auditAlone(staffId, AuditAction::SignOut, "");
    case StaffAction::SignInFailed: return auditAlone(staffId, AuditAction::SignInFailed, "");
    case StaffAction::Reject: return auditAlone(staffId, AuditAction::Reject, "kind=" + std::string(toString(kind)));
    case StaffAction::QueueExpired:
        return auditAlone(staffId, AuditAction::QueueExpired, "kind=" + std::string(toString(kind)));
    }
    return StoreError{StoreErrorCode::InvalidRecord, "unknown staff action"};
}

StoreResult<std::vector<StoredRecord>> RecordStore::list(const RecordQuery& query)
{
    std::lock_guard lock(m_mutex);
    auto tx = SqliteTransaction::begin(m_db); // a consistent snapshot, and the key cannot rotate meanwhile
    if (!tx)
        return tx.error();
    if (auto status = ensureCurrentKey(); !status)
        return status.error();

    auto select = m_db.prepare("SELECT id, uid, document_kind, staff_id, scanned_at_ms, confirmed_at_ms FROM records"
                               " WHERE confirmed_at_ms >= ? AND confirmed_at_ms < ? ORDER BY confirmed_at_ms, id");
    auto selectFields = m_db.prepare("SELECT field, value, source, changed_by_staff, scan_status, valid"
                                     " FROM record_fields WHERE record_id = ?");
    if (!select)
        return select.error();
    if (!selectFields)
        return selectFields.error();
    select.value().bind(1, query.confirmedFrom ? toEpochMs(*query.confirmedFrom) : INT64_MIN);
    select.value().bind(2, query.confirmedBefore ? toEpochMs(*query.confirmedBefore) : INT64_MAX);
    const std::set<std::int64_t> wanted(query.ids.begin(), query.ids.end());

    std::vector<StoredRecord> result;
    for (;;) {
        auto row = select.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const auto& s = select.value();
        StoredRecord stored;
        stored.id = s.columnInt(0);
        if (!wanted.empty() && !wanted.contains(stored.id))
            continue;
        stored.uid = s.columnText(1);
        const auto kind = documentKindFromString(s.columnText(2));
        stored.record.kind = kind.value_or(DocumentKind::Unknown);
        stored.record.staffId = s.columnText(3);
        stored.record.scannedAt = fromEpochMs(s.columnInt(4));
        stored.record.confirmedAt = fromEpochMs(s.columnInt(5));

        auto& f = selectFields.value();
        f.reset();
        f.bind(1, stored.id);
        int fieldCount = 0;
        for (;;) {
            auto fieldRow = f.step();
            if (!fieldRow)
                return fieldRow.error();
            if (!fieldRow.value())
                break;
            const auto id = fieldIdFromString(f.columnText(0));
            const auto source = valueSourceFromString(f.columnText(2));
            if (!id || !source)
                return StoreError{StoreErrorCode::DatabaseCorrupt,
                                  "record " + std::to_string(stored.id) + " has an unknown field or source"};
            ConfirmedField& field = stored.record.field(*id);
            if (!f.columnIsNull(1)) {
                field.value = decryptValue(m_key, f.columnBlob(1), fieldContext(stored.uid, *id));
                if (!field.value)
                    return StoreError{StoreErrorCode::DatabaseCorrupt,
                                      "record " + std::to_string(stored.id) + " field " +
                                          std::string(toString(*id)) + " does not decrypt (altered?)"};
            }
            field.source = *source;
            field.changedByStaff = f.columnInt(3) != 0;
            for (FieldStatus st : {FieldStatus::Ok, FieldStatus::Review, FieldStatus::NotFound,
                                   FieldStatus::NotApplicable})
                if (toString(st) == f.columnText(4))
                    field.scanStatus = st;
            field.valid = f.columnInt(5) != 0;
            ++fieldCount;
        }
        if (fieldCount != static_cast<int>(kAllFields.size()))
            return StoreError{StoreErrorCode::DatabaseCorrupt,
                              "record " + std::to_string(stored.id) + " is incomplete"};
        result.push_back(std::move(stored));
    }
    if (auto status = tx.value().commit(); !status)
        return status.error();
    return result;
}

StoreResult<StoreStatusReport> RecordStore::status()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db.prepare("SELECT count(*), min(confirmed_at_ms), max(confirmed_at_ms),"
                             " (SELECT count(*) FROM audit) FROM records");
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    StoreStatusReport report;
    const auto& s = stmt.value();
    report.recordCount = s.columnInt(0);
    if (!s.columnIsNull(1)) {
        report.oldestConfirmed = fromEpochMs(s.columnInt(1));
        report.newestConfirmed = fromEpochMs(s.columnInt(2));
    }
    report.auditEntries = s.columnInt(3);
    return report;
}

StoreResult<std::int64_t> RecordStore::purgeConfirmedBefore(Clock::time_point cutoff, std::string_view actor)
{
    std::lock_guard lock(m_mutex);
    auto tx = SqliteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto del = m_db.prepare("DELETE FROM records WHERE confirmed_at_ms < ?");
    if (!del)
        return del.error();
    del.value().bind(1, toEpochMs(cutoff));
    if (auto status = del.value().run(); !status)
        return status.error();
    const std::int64_t removed = m_db.changes();
    AuditLog audit(m_db);
    if (auto status = audit.append(m_options.clock(), actor, AuditAction::Purge,
                                   "removed=" + std::to_string(removed) + " confirmed_before=" + toIsoUtc(cutoff));
        !status)
        return status.error();
    if (auto status = tx.value().commit(); !status)
        return status.error();
    // Move the deletion out of the WAL into the (secure_delete-zeroed) main file.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (removed > 0)
        qCInfo(lcRecords) << "purged" << removed << "records past retention";
    return removed;
}

StoreStatus RecordStore::rotateKey(std::string_view actor)
{
    std::lock_guard lock(m_mutex);
    auto tx = SqliteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto status = ensureCurrentKey(); !status)
        return status;

    // The new key reaches the disk before any value is encrypted with it.
    const DataKey newKey = DataKey::generate();
    const std::string newKeyId = randomHex(16);
    const std::string pendingPath = pendingKeyPath(m_options.keyPath);
    if (auto status = writeKeyFile(pendingPath, newKey); !status)
        return status;

    auto select = m_db.prepare("SELECT f.record_id, f.field, f.value, r.uid FROM record_fields f"
                               " JOIN records r ON r.id = f.record_id WHERE f.value IS NOT NULL");
    auto update = m_db.prepare("UPDATE record_fields SET value = ? WHERE record_id = ? AND field = ?");
    if (!select)
        return select.error();
    if (!update)
        return update.error();
    // Read everything first: updating rows while a SELECT walks the same table may revisit them.
    struct Pending {
        std::int64_t recordId;
        FieldId field;
        Blob blob;
    };
    std::vector<Pending> pending;
    for (;;) {
        auto row = select.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const auto& s = select.value();
        const auto field = fieldIdFromString(s.columnText(1));
        const std::string uid = s.columnText(3);
        const auto plain = field ? decryptValue(m_key, s.columnBlob(2), fieldContext(uid, *field)) : std::nullopt;
        if (!plain) {
            std::remove(pendingPath.c_str());
            return StoreError{StoreErrorCode::DatabaseCorrupt, "record " + std::to_string(s.columnInt(0)) +
                                                                   " does not decrypt; the key was not rotated"};
        }
        pending.push_back({s.columnInt(0), *field, encryptValue(newKey, *plain, fieldContext(uid, *field))});
    }
    for (const Pending& p : pending) {
        auto& u = update.value();
        u.reset();
        u.bindBlob(1, p.blob);
        u.bind(2, p.recordId);
        u.bind(3, toString(p.field));
        if (auto status = u.run(); !status) {
            std::remove(pendingPath.c_str());
            return status;
        }
    }
    const auto count = static_cast<std::int64_t>(pending.size());
    if (auto status = writeKeyMeta(m_db, newKey, newKeyId); !status)
        return status;
    AuditLog audit(m_db);
    if (auto status = audit.append(m_options.clock(), actor, AuditAction::KeyRotation,
                                   "reencrypted_values=" + std::to_string(count));
        !status)
        return status;
    if (auto status = tx.value().commit(); !status) {
        std::remove(pendingPath.c_str());
        return status;
    }
    m_key = newKey;
    m_keyId = newKeyId;
    // Old-key ciphertext leaves the WAL; then the new key file replaces the old one. Should we
    // die in between, the next open() finds the pending key and installs it.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (std::rename(pendingPath.c_str(), m_options.keyPath.c_str()) != 0 && errno != ENOENT)
        return StoreError{StoreErrorCode::Io, "the key was rotated but " + pendingPath +
                                                  " could not replace the key file; it will be installed at the next start"};
    qCInfo(lcRecords) << "record key rotated";
    return Done{};
}

StoreStatus RecordStore::noteExport(std::string_view actor, std::int64_t recordCount, std::string_view format)
{
    std::lock_guard lock(m_mutex);
    return auditAlone(actor, AuditAction::Export,
                      "records=" + std::to_string(recordCount) + " format=" + std::string(format));
}

StoreResult<std::int64_t> RecordStore::verifyRecords()
{
    {
        std::lock_guard lock(m_mutex);
        auto check = m_db.prepare("PRAGMA quick_check");
        if (!check)
            return check.error();
        auto row = check.value().step();
        if (!row)
            return row.error();
        if (!row.value() || check.value().columnText(0) != "ok")
            return StoreError{StoreErrorCode::DatabaseCorrupt, "SQLite's quick_check found damage in the record database"};
    }
    // list() decrypts every value and checks each record has its five fields.
    auto records = list();
    if (!records)
        return records.error();
    return static_cast<std::int64_t>(records.value().size());
}

StoreResult<AuditVerification> RecordStore::verifyAudit()
{
    std::lock_guard lock(m_mutex);
    auto tx = SqliteTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    return AuditLog(m_db).verify();
}

StoreResult<std::vector<AuditEntry>> RecordStore::auditEntries()
{
    std::lock_guard lock(m_mutex);
    return AuditLog(m_db).entries();
}

} // namespace shikaku
