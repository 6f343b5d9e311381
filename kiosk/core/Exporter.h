#pragma once
// Export of confirmed records for the municipality's welfare system: CSV (UTF-8 with BOM for
// Excel, or Shift_JIS/CP932) and JSON. Every export says the data are not proof of identity.
//
// CSV columns, in order (header row, then one row per record, CRLF, every field quoted):
//   record_uid, document_kind, staff_id, scanned_at, confirmed_at,
//   then for F in insurer_number, symbol, number, branch_number, expiry:
//     F, F_source, F_edited, F_scan_status, F_valid
//   then not_proof_of_identity ("true") and notice (the bilingual sentence).

#include "RecordStore.h"

#include <string>
#include <string_view>
#include <vector>

namespace shikaku {

enum class ExportFormat : std::uint8_t { CsvUtf8Bom, CsvShiftJis, Json };

std::string_view toString(ExportFormat format); ///< "csv-utf8", "csv-sjis", "json"
std::optional<ExportFormat> exportFormatFromString(std::string_view name);

/// The CSV header, in order.
std::vector<std::string> exportColumns();

/// The export file's bytes. Unencodable when a value has no Shift_JIS form (the message names the
/// record and column, not the value).
StoreResult<std::string> renderExport(const std::vector<StoredRecord>& records, ExportFormat format,
                                      Clock::time_point exportedAt);

class Exporter {
public:
    explicit Exporter(RecordStore& store) : m_store(&store) {}

    /// Writes the selected records to `path` (mode 0600, via a temp file: a full disk leaves no
    /// partial export) and audits the export. Returns how many records were written.
    StoreResult<std::int64_t> exportToFile(const RecordQuery& query, ExportFormat format, const std::string& path,
                                           std::string_view actor);

private:
    RecordStore* m_store;
};

} // namespace shikaku
