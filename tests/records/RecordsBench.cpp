// records_bench: how long the record store takes on this machine (a table for the README, not a
// test). Everything runs in a temporary folder on the same file system as $TMPDIR.
//
//   records_bench [RECORDS]     (default 1000)

#include "Exporter.h"
#include "RecordStore.h"
#include "TestRecords.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace shikaku;
using Ms = std::chrono::duration<double, std::milli>;

namespace {

template <typename F>
double timeMs(F&& f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return Ms(std::chrono::steady_clock::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QLoggingCategory::setFilterRules(QStringLiteral("shikaku.records.info=false"));
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    const test::TestPaths paths = test::pathsIn(dir);
    RecordStoreOptions options;
    options.databasePath = paths.database;
    options.keyPath = paths.key;

    std::unique_ptr<RecordStore> store;
    const double create = timeMs([&] { store = std::move(RecordStore::open(options).value()); });
    std::vector<double> adds;
    for (int i = 0; i < count; ++i)
        adds.push_back(timeMs([&] {
            if (!store->add(test::fictitiousRecord(i)))
                std::abort();
        }));
    store.reset();
    const double reopen = timeMs([&] { store = std::move(RecordStore::open(options).value()); });
    const double list = timeMs([&] { (void)store->list().value(); });
    Exporter exporter(*store);
    double exports[3] = {};
    int e = 0;
    for (ExportFormat f : {ExportFormat::CsvUtf8Bom, ExportFormat::CsvShiftJis, ExportFormat::Json})
        exports[e++] = timeMs([&] {
            if (!exporter.exportToFile({}, f, dir.filePath(QStringLiteral("export")).toStdString(), "bench"))
                std::abort();
        });
    const double verify = timeMs([&] { (void)store->verifyAudit().value(); });
    const double rotate = timeMs([&] { (void)store->rotateKey("bench").ok(); });
    const double purge = timeMs([&] { (void)store->purgeConfirmedBefore(Clock::now() + std::chrono::hours(1), "bench"); });

    std::printf("| operation (%d records) | ms |\n|---|---:|\n", count);
    std::printf("| create store (first run, key file) | %.1f |\n", create);
    std::printf("| add() one record, median (fsynced commit) | %.2f |\n", percentile(adds, 0.5));
    std::printf("| add() one record, 95th percentile | %.2f |\n", percentile(adds, 0.95));
    std::printf("| open existing store | %.1f |\n", reopen);
    std::printf("| list + decrypt all | %.1f |\n", list);
    std::printf("| export csv-utf8 | %.1f |\n| export csv-sjis | %.1f |\n| export json | %.1f |\n", exports[0],
                exports[1], exports[2]);
    std::printf("| verify audit chain (%d entries) | %.1f |\n", count + 4, verify);
    std::printf("| rotate key (re-encrypt all) | %.1f |\n", rotate);
    std::printf("| purge all | %.1f |\n", purge);
    return 0;
}
