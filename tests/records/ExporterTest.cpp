// Exporter: CSV UTF-8 with BOM, CSV Shift_JIS (CP932) and JSON round-trip every value — kanji and
// kana 記号 included — and every export says it is not proof of identity.

#include "Exporter.h"
#include "ShiftJis.h"
#include "TestRecords.h"
#include "TimeFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <algorithm>

using namespace shikaku;
using namespace shikaku::test;

namespace {

using Row = std::vector<std::string>;

/// RFC 4180 reader (quoted fields, doubled quotes, CRLF), independent of the writer.
std::vector<Row> parseCsv(std::string_view text)
{
    std::vector<Row> rows;
    Row row;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

/// Records whose 記号 carry kanji, kana, an IBM-extension kanji and a wave dash.
std::vector<StoredRecord> sampleRecords()
{
    const char* const symbols[] = {"本", "あ", "本町あ12", "髙橋～1", "12345678"};
    std::vector<StoredRecord> records;
    for (int i = 0; i < 5; ++i) {
        StoredRecord s;
        s.id = i + 1;
        s.uid = std::string(31, 'a') + char('0' + i);
        s.record = fictitiousRecord(i, Clock::time_point(std::chrono::milliseconds(1'800'000'000'000 + i * 1000)));
        s.record.field(FieldId::Symbol).value = symbols[i];
        records.push_back(std::move(s));
    }
    records[3].record.staffId = "staff \"7\", east";
    return records;
}

void compareRows(const std::vector<Row>& rows, const std::vector<StoredRecord>& records)
{
    const auto columns = exportColumns();
    QCOMPARE(rows.size(), records.size() + 1);
    QVERIFY(rows[0] == columns);
    auto col = [&](const std::string& name) {
        return std::size_t(std::find(columns.begin(), columns.end(), name) - columns.begin());
    };
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Row& row = rows[i + 1];
        const StoredRecord& s = records[i];
        QCOMPARE(row.size(), columns.size());
        QCOMPARE(row[col("record_uid")], s.uid);
        QCOMPARE(row[col("staff_id")], s.record.staffId);
        QCOMPARE(row[col("document_kind")], std::string(toString(s.record.kind)));
        for (const ConfirmedField& f : s.record.fields) {
            const std::string name(toString(f.id));
            QCOMPARE(row[col(name)], f.value.value_or(""));
            QCOMPARE(row[col(name + "_source")], std::string(toString(f.source)));
            QCOMPARE(row[col(name + "_edited")], std::string(f.changedByStaff ? "true" : "false"));
            QCOMPARE(row[col(name + "_scan_status")], std::string(toString(f.scanStatus)));
        }
        QCOMPARE(row[col("not_proof_of_identity")], std::string("true"));
        QCOMPARE(row[col("notice")], std::string(kNotProofOfIdentityNotice));
        QCOMPARE(toEpochMs(parseIsoDateTime(row[col("confirmed_at")]).value()), toEpochMs(s.record.confirmedAt));
    }
}

} // namespace

class ExporterTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columnsAreDocumentedOrder()
    {
        const auto columns = exportColumns();
        QCOMPARE(columns.size(), 32u);
        QCOMPARE(columns.front(), std::string("record_uid"));
        QCOMPARE(columns[5], std::string("insurer_number"));
        QCOMPARE(columns[6], std::string("insurer_number_source"));
        QCOMPARE(columns[10], std::string("symbol"));
        QCOMPARE(columns[30], std::string("not_proof_of_identity"));
        QCOMPARE(columns.back(), std::string("notice"));
    }

    void csvUtf8HasBomAndRoundTrips()
    {
        const auto records = sampleRecords();
        auto bytes = renderExport(records, ExportFormat::CsvUtf8Bom, Clock::now());
        QVERIFY(bytes.ok());
        QVERIFY(bytes.value().starts_with("\xEF\xBB\xBF"));
        compareRows(parseCsv(std::string_view(bytes.value()).substr(3)), records);
    }

    void csvShiftJisRoundTripsKanjiAndKana()
    {
        const auto records = sampleRecords();
        auto sjis = renderExport(records, ExportFormat::CsvShiftJis, Clock::now());
        QVERIFY(sjis.ok());
        const std::string& bytes = sjis.value();
        QVERIFY(!bytes.starts_with("\xEF\xBB\xBF"));
        // Independent of iconv: the CP932 codes of 本 (96 7B), あ (82 A0), 髙 (FB FC).
        QVERIFY(bytes.find("\"\x96\x7B\"") != std::string::npos);
        QVERIFY(bytes.find("\"\x82\xA0\"") != std::string::npos);
        QVERIFY(bytes.find("\xFB\xFC") != std::string::npos);
        QVERIFY(bytes.find("本") == std::string::npos); // no UTF-8 left in it
        const auto utf8 = cp932ToUtf8(bytes);
        QVERIFY(utf8.has_value());
        compareRows(parseCsv(*utf8), records);
    }

    void csvCellsCannotRunAsSpreadsheetFormulas()
    {
        auto records = sampleRecords();
        records[0].record.field(FieldId::Symbol).value = "=HYPERLINK(\"http://x\",\"y\")";
        records[0].record.staffId = "@SUM(A1)";
        records[1].record.field(FieldId::Number).value = "-1+2";
        for (ExportFormat format : {ExportFormat::CsvUtf8Bom, ExportFormat::CsvShiftJis}) {
            auto bytes = renderExport(records, format, Clock::now());
            QVERIFY(bytes.ok());
            const std::string text = format == ExportFormat::CsvShiftJis ? cp932ToUtf8(bytes.value()).value()
                                                                          : bytes.value().substr(3);
            const auto rows = parseCsv(text);
            const auto columns = exportColumns();
            const auto col = [&](std::string_view name) {
                return std::size_t(std::find(columns.begin(), columns.end(), name) - columns.begin());
            };
            QCOMPARE(rows[1][col("symbol")], std::string("'=HYPERLINK(\"http://x\",\"y\")"));
            QCOMPARE(rows[1][col("staff_id")], std::string("'@SUM(A1)"));
            QCOMPARE(rows[2][col("number")], std::string("'-1+2"));
            QCOMPARE(rows[2][col("insurer_number")], records[1].record.field(FieldId::InsurerNumber).value.value());
        }
    }

    void unencodableValueIsAnErrorNamingTheColumnNotTheValue()
    {
        auto records = sampleRecords();
        records[1].record.field(FieldId::Symbol).value = "𠮷田"; // outside CP932
        auto sjis = renderExport(records, ExportFormat::CsvShiftJis, Clock::now());
        QVERIFY(!sjis.ok());
        QCOMPARE_CODE(sjis.error().code, StoreErrorCode::Unencodable);
        QVERIFY(sjis.error().message.find("column symbol") != std::string::npos);
        QVERIFY(sjis.error().message.find("𠮷") == std::string::npos);
        QVERIFY(renderExport(records, ExportFormat::CsvUtf8Bom, Clock::now()).ok());
    }

    void jsonRoundTripsAndSaysNotProofOfIdentity()
    {
        const auto records = sampleRecords();
        auto bytes = renderExport(records, ExportFormat::Json, Clock::now());
        QVERIFY(bytes.ok());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(bytes.value()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("not_proof_of_identity")).toBool(), true);
        QCOMPARE(root.value(QStringLiteral("notice")).toString().toStdString(), std::string(kNotProofOfIdentityNotice));
        const QJsonArray list = root.value(QStringLiteral("records")).toArray();
        QCOMPARE(list.size(), qsizetype(records.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject rec = list[i].toObject();
            const ConfirmedRecord& r = records[std::size_t(i)].record;
            QCOMPARE(rec.value(QStringLiteral("not_proof_of_identity")).toBool(), true);
            QCOMPARE(rec.value(QStringLiteral("staff_id")).toString().toStdString(), r.staffId);
            const QJsonObject fields = rec.value(QStringLiteral("fields")).toObject();
            for (const ConfirmedField& f : r.fields) {
                const QJsonObject field = fields.value(QString::fromUtf8(toString(f.id).data())).toObject();
                if (f.value)
                    QCOMPARE(field.value(QStringLiteral("value")).toString().toStdString(), *f.value);
                else
                    QVERIFY(field.value(QStringLiteral("value")).isNull());
                QCOMPARE(field.value(QStringLiteral("edited")).toBool(), f.changedByStaff);
            }
        }
    }

    void exportToFileIsPrivateSelectedAndAudited()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        RecordStoreOptions options;
        options.databasePath = paths.database;
        options.keyPath = paths.key;
        auto store = std::move(RecordStore::open(options).value());
        for (int i = 0; i < 4; ++i)
            QVERIFY(store->add(fictitiousRecord(i, Clock::time_point(std::chrono::hours(500'000 + 24 * i)))).ok());
        Exporter exporter(*store);
        RecordQuery days;
        days.confirmedFrom = Clock::time_point(std::chrono::hours(500'000 + 24));
        days.confirmedBefore = Clock::time_point(std::chrono::hours(500'000 + 72));
        const std::string out = dir.filePath(QStringLiteral("export.csv")).toStdString();
        auto count = exporter.exportToFile(days, ExportFormat::CsvShiftJis, out, "staff-1");
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 2);
        struct stat st {};
        QCOMPARE(::stat(out.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(!fileExists(out + ".part"));
        QFile file(QString::fromStdString(out));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(cp932ToUtf8(file.readAll().toStdString()).value()).size(), 3u);
        const auto audit = store->auditEntries().value();
        QCOMPARE(audit.back().action, std::string("export"));
        QCOMPARE(audit.back().detail, std::string("records=2 format=csv-sjis"));
        QCOMPARE(audit.back().actor, std::string("staff-1"));
    }

    void exportToMissingFolderFailsWithoutAuditOrFile()
    {
        QTemporaryDir dir;
        const TestPaths paths = pathsIn(dir);
        RecordStoreOptions options;
        options.databasePath = paths.database;
        options.keyPath = paths.key;
        auto store = std::move(RecordStore::open(options).value());
        QVERIFY(store->add(fictitiousRecord(1)).ok());
        const auto entriesBefore = store->auditEntries().value().size();
        Exporter exporter(*store);
        auto count = exporter.exportToFile({}, ExportFormat::Json, dir.filePath(QStringLiteral("no/such/x.json")).toStdString(), "staff-1");
        QVERIFY(!count.ok());
        QCOMPARE_CODE(count.error().code, StoreErrorCode::Io);
        QCOMPARE(store->auditEntries().value().size(), entriesBefore);
    }
};

QTEST_GUILESS_MAIN(ExporterTest)
#include "ExporterTest.moc"
