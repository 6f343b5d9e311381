// The crash test's victim: adds fictitious records to the store as fast as it can and prints
// "ACK <n>" after each add() returned (i.e. once the record is acknowledged as durable). With
// --rotate-every K it also rotates the key after every K records. Runs until killed.
//
//   records_crash_writer DATABASE KEYFILE FIRST_INDEX [--rotate-every K]

#include "RecordStore.h"
#include "TestRecords.h"

#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace shikaku;

namespace {

void say(const std::string& line)
{
    // Unbuffered: what the parent reads is exactly what was acknowledged before the kill.
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) < 0)
        std::_Exit(3);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4 && argc != 6) {
        std::fprintf(stderr, "usage: records_crash_writer DATABASE KEYFILE FIRST_INDEX [--rotate-every K]\n");
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("shikaku.records.info=false"));
    RecordStoreOptions options;
    options.databasePath = argv[1];
    options.keyPath = argv[2];
    int index = std::atoi(argv[3]);
    const int rotateEvery = argc == 6 ? std::atoi(argv[5]) : 0;

    auto opened = RecordStore::open(options);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", opened.error().message.c_str());
        return 1;
    }
    say("OPEN");
    RecordStore& store = *opened.value();
    for (int written = 1;; ++written, ++index) {
        auto added = store.add(test::fictitiousRecord(index));
        if (!added) {
            std::fprintf(stderr, "add failed: %s\n", added.error().message.c_str());
            return 1;
        }
        say("ACK " + std::to_string(index));
        if (rotateEvery > 0 && written % rotateEvery == 0) {
            if (auto rotated = store.rotateKey("crash-writer"); !rotated) {
                std::fprintf(stderr, "rotate failed: %s\n", rotated.error().message.c_str());
                return 1;
            }
            say("ROT");
        }
    }
}
