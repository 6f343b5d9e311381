#include "Exporter.h"

#include "ShiftJis.h"
#include "TimeFormat.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace shikaku {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kFieldSuffixes[] = {"", "_source", "_edited", "_scan_status", "_valid"};

// A cell starting with = + - @ (or a tab/CR) is run as a formula by Excel and LibreOffice when
// the CSV is opened; staff-typed values and staff ids reach the export, so such cells get a
// leading apostrophe (OWASP "CSV injection"). Digits, kanji and dates never start that way.
bool looksLikeFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csvQuoted(std::string_view text)
{
    std::string out = "\"";
    if (looksLikeFormula(text))
        out += '\'';
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::vector<std::string> rowOf(const StoredRecord& stored)
{
    const ConfirmedRecord& r = stored.record;
    std::vector<std::string> row{stored.uid, std::string(toString(r.kind)), r.staffId, toIsoLocal(r.scannedAt),
                                 toIsoLocal(r.confirmedAt)};
    for (const ConfirmedField& f : r.fields) {
        row.push_back(f.value.value_or(""));
        row.emplace_back(toString(f.source));
        row.emplace_back(f.changedByStaff ? "true" : "false");
        row.emplace_back(toString(f.scanStatus));
        row.emplace_back(f.valid ? "true" : "false");
    }
    row.emplace_back("true");
    row.emplace_back(kNotProofOfIdentityNotice);
    return row;
}

StoreResult<std::string> renderCsv(const std::vector<StoredRecord>& records, bool shiftJis)
{
    const std::vector<std::string> header = exportColumns();
    std::string out = shiftJis ? std::string() : std::string(kUtf8Bom);
    auto appendLine = [&](const std::vector<std::string>& cells, const std::string& uid) -> StoreStatus {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                line += ',';
            line += csvQuoted(cells[i]);
        }
        line += "\r\n";
        if (!shiftJis) {
            out += line;
            return Done{};
        }
        auto encoded = utf8ToCp932(line);
        if (!encoded) {
            // Find the column to name it; the value itself stays out of the message.
            std::string column = "?";
            for (std::size_t i = 0; i < cells.size(); ++i)
                if (!utf8ToCp932(cells[i]))
                    column = header[i];
            return StoreError{StoreErrorCode::Unencodable, "record " + uid + ": column " + column +
                                                               " has a character Shift_JIS cannot hold;"
                                                               " export as csv-utf8 or json instead"};
        }
        out += *encoded;
        return Done{};
    };
    if (auto status = appendLine(header, "header"); !status)
        return status.error();
    for (const StoredRecord& stored : records)
        if (auto status = appendLine(rowOf(stored), stored.uid); !status)
            return status.error();
    return out;
}

std::string renderJson(const std::vector<StoredRecord>& records, Clock::time_point exportedAt)
{
    nlohmann::ordered_json doc;
    doc["format"] = "shikaku-kiosk-records";
    doc["version"] = 1;
    doc["not_proof_of_identity"] = true;
    doc["notice"] = std::string(kNotProofOfIdentityNotice);
    doc["exported_at"] = toIsoLocal(exportedAt);
    doc["record_count"] = records.size();
    auto& list = doc["records"] = nlohmann::ordered_json::array();
    for (const StoredRecord& stored : records) {
        const ConfirmedRecord& r = stored.record;
        nlohmann::ordered_json rec;
        rec["record_uid"] = stored.uid;
        rec["document_kind"] = std::string(toString(r.kind));
        rec["staff_id"] = r.staffId;
        rec["scanned_at"] = toIsoLocal(r.scannedAt);
        rec["confirmed_at"] = toIsoLocal(r.confirmedAt);
        rec["not_proof_of_identity"] = true;
        auto& fields = rec["fields"] = nlohmann::ordered_json::object();
        for (const ConfirmedField& f : r.fields) {
            nlohmann::ordered_json field;
            field["value"] = f.value ? nlohmann::ordered_json(*f.value) : nlohmann::ordered_json(nullptr);
            field["source"] = f.source == ValueSource::None ? nlohmann::ordered_json(nullptr)
                                                            : nlohmann::ordered_json(std::string(toString(f.source)));
            field["edited"] = f.changedByStaff;
            field["scan_status"] = std::string(toString(f.scanStatus));
            field["valid"] = f.valid;
            fields[std::string(toString(f.id))] = std::move(field);
        }
        list.push_back(std::move(rec));
    }
    return doc.dump(2) + "\n";
}

StoreError ioError(std::string_view what, const std::string& path)
{
    const int err = errno;
    return {err == ENOSPC ? StoreErrorCode::DiskFull : StoreErrorCode::Io,
            std::string(what) + " " + path + ": " + std::strerror(err)};
}

StoreStatus writeFileAtomically(const std::string& path, const std::string& bytes)
{
    const std::string temp = path + ".part";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError("cannot create export file", temp);
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            auto error = ioError("cannot write export file", temp);
            ::close(fd);
            ::unlink(temp.c_str());
            return error;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        auto error = ioError("cannot write export file", temp);
        ::close(fd);
        ::unlink(temp.c_str());
        return error;
    }
    ::close(fd);
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        auto error = ioError("cannot create export file", path);
        ::unlink(temp.c_str());
        return error;
    }
    return Done{};
}

} // namespace

std::string_view toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::CsvUtf8Bom: return "csv-utf8";
    case ExportFormat::CsvShiftJis: return "csv-sjis";
    case ExportFormat::Json: return "json";
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromString(std::string_view name)
{
    for (ExportFormat f : {ExportFormat::CsvUtf8Bom, ExportFormat::CsvShiftJis, ExportFormat::Json})
        if (toString(f) == name)
            return f;
    return std::nullopt;
}

std::vector<std::string> exportColumns()
{
    std::vector<std::string> columns{"record_uid", "document_kind", "staff_id", "scanned_at", "confirmed_at"};
    for (FieldId id : kAllFields)
        for (std::string_view suffix : kFieldSuffixes)
            columns.push_back(std::string(toString(id)) + std::string(suffix));
    columns.emplace_back("not_proof_of_identity");
    columns.emplace_back("notice");
    return columns;
}

StoreResult<std::string> renderExport(const std::vector<StoredRecord>& records, ExportFormat format,
                                      Clock::time_point exportedAt)
{
    switch (format) {
    case ExportFormat::CsvUtf8Bom: return renderCsv(records, false);
    case ExportFormat::CsvShiftJis: return renderCsv(records, true);
    case ExportFormat::Json: return renderJson(records, exportedAt);
    }
    return StoreError{StoreErrorCode::Internal, "unknown export format"};
}

StoreResult<std::int64_t> Exporter::exportToFile(const RecordQuery& query, ExportFormat format,
                                                 const std::string& path, std::string_view actor)
{
    auto records = m_store->list(query);
    if (!records)
        return records.error();
    auto bytes = renderExport(records.value(), format, m_store->now());
    if (!bytes)
        return bytes.error();
    if (auto status = writeFileAtomically(path, bytes.value()); !status)
        return status.error();
    const auto count = static_cast<std::int64_t>(records.value().size());
    // An export the audit log does not know about must not exist.
    if (auto status = m_store->noteExport(actor, count, toString(format)); !status) {
        ::unlink(path.c_str());
        return status.error();
    }
    return count;
}

} // namespace shikaku
