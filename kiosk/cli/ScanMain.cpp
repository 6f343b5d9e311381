// shikaku-scan: the command-line face of the scan engine.
//   shikaku-scan [--today YYYY-MM-DD] [--kind auto|card|postcard|a4|oshirase|portal] FILE...
// One JSON object per input on stdout. Exit 0: all processed; 1: any input gave an error;
// 2: bad usage. Diagnostics on stderr never contain field values.

#include "Scanner.h"
#include "ScanResultJson.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: shikaku-scan [--today YYYY-MM-DD] [--kind auto|card|postcard|a4|oshirase|portal] FILE...\n"
    "Reads 保険者番号, 記号, 番号, 枝番 and 有効期限 from images (JPEG, PNG, TIFF) and PDFs.\n"
    "Prints one JSON object per input. The documents are not proof of identity.\n";

int usage(const char* message)
{
    if (message)
        std::cerr << "shikaku-scan: " << message << "\n";
    std::cerr << kUsage;
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    shikaku::ScanRequest request;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (arg == "--version") {
            std::cout << "shikaku-scan 0.1.0\n";
            return 0;
        }
        if (arg == "--today" || arg == "--kind") {
            if (i + 1 >= argc)
                return usage((arg + " needs a value").c_str());
            const std::string value = argv[++i];
            if (arg == "--today") {
                auto d = shikaku::parseIsoDate(value);
                if (!d)
                    return usage("--today must be a date YYYY-MM-DD");
                request.today = *d;
            } else {
                auto k = shikaku::kindHintFromString(value);
                if (!k)
                    return usage("--kind must be auto, card, postcard, a4, oshirase or portal");
                request.kind = *k;
            }
            continue;
        }
        if (arg == "--") {
            for (++i; i < argc; ++i)
                files.emplace_back(argv[i]);
            break;
        }
        if (arg.size() > 1 && arg[0] == '-')
            return usage(("unknown option " + arg).c_str());
        files.push_back(arg);
    }
    if (files.empty())
        return usage("no input files");

    shikaku::Scanner scanner; // one engine, created once, reused for every file
    if (!scanner.isReady()) {
        std::cerr << "shikaku-scan: cannot start: " << scanner.setupError() << "\n";
        return 2;
    }
    bool anyError = false;
    for (const auto& file : files) {
        const shikaku::ScanResult result = scanner.scanFile(file, request);
        anyError = anyError || static_cast<bool>(result.error);
        std::cout << shikaku::toJsonLine(result, request.today) << std::endl;
    }
    return anyError ? 1 : 0;
}
