#pragma once
// Fictitious records for the record tests, made at test time (documents.md §6 values and
// variations of them). None belongs to a real person.

#include "ConfirmedRecord.h"
#include "StoreError.h"

#include <QString>
#include <QTemporaryDir>

#include <string>

/// QCOMPARE for StoreErrorCode, printed by name (QTest cannot print our enum).
#define QCOMPARE_CODE(actual, expected)                                                                  \
    QCOMPARE(QString::fromUtf8(toString(actual).data(), qsizetype(toString(actual).size())),             \
             QString::fromUtf8(toString(expected).data(), qsizetype(toString(expected).size())))

namespace shikaku::test {

/// A record built from `n`: 8-digit 番号 and symbol vary with n, so records tell apart.
inline ConfirmedRecord fictitiousRecord(int n, Clock::time_point confirmedAt = std::chrono::time_point_cast<std::chrono::milliseconds>(Clock::now()))
{
    static const char* const kSymbols[] = {"本町あ", "12345678", "東区", "かきく"};
    ConfirmedRecord r;
    r.kind = n % 2 ? DocumentKind::KakuninshoCard : DocumentKind::Oshirase;
    r.staffId = "staff-" + std::to_string(n % 3 + 1);
    r.scannedAt = confirmedAt - std::chrono::seconds(40);
    r.confirmedAt = confirmedAt;
    auto set = [&](FieldId id, std::optional<std::string> value, ValueSource source, FieldStatus status) {
        ConfirmedField& f = r.field(id);
        f.value = std::move(value);
        f.source = source;
        f.scanStatus = status;
        f.valid = f.value.has_value();
    };
    set(FieldId::InsurerNumber, "01130012", ValueSource::Ocr, FieldStatus::Ok);
    set(FieldId::Symbol, std::string(kSymbols[n % 4]) + std::to_string(700 + n % 100), ValueSource::Ocr,
        FieldStatus::Review);
    set(FieldId::Number, std::to_string(40000000 + n), ValueSource::Manual, FieldStatus::Review);
    r.field(FieldId::Number).changedByStaff = true;
    set(FieldId::BranchNumber, n % 2 ? "00" : "01", ValueSource::Ocr, FieldStatus::Ok);
    if (n % 2)
        set(FieldId::Expiry, "2031-0" + std::to_string(1 + n % 9) + "-28", ValueSource::Ocr, FieldStatus::Ok);
    else
        set(FieldId::Expiry, std::nullopt, ValueSource::None, FieldStatus::NotApplicable);
    return r;
}

struct TestPaths {
    std::string database;
    std::string key;
};

inline TestPaths pathsIn(const QTemporaryDir& dir)
{
    return {dir.filePath(QStringLiteral("data/records.sqlite3")).toStdString(),
            dir.filePath(QStringLiteral("data/records.key")).toStdString()};
}

} // namespace shikaku::test
