// shikaku-truth-check: compares shikaku-scan output (JSON lines on stdin) with the ground truth
// of generated documents (<id>.truth.json beside each input) and prints a table.
//   shikaku-truth-check [--min-right PERCENT] [--require-ok] [--any-kind] [--label NAME] < scan-output.jsonl
// Exit 1 when any `ok` field is wrong (never allowed), when fewer than PERCENT of the fields
// are right, when --require-ok is given and a field is not `ok`, when the kind differs (unless
// --any-kind), or when an input is missing.
// Prints counts only, never field values.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

const char* const kFields[] = {"insurer_number", "symbol", "number", "branch_number", "expiry"};

struct Totals {
    int documents = 0, errors = 0, fields = 0, right = 0, ok = 0, okWrong = 0, notOk = 0;
    std::vector<double> ms;
};

std::string truthPathFor(const std::string& input)
{
    const std::filesystem::path p(input);
    return (p.parent_path() / (p.stem().string() + ".truth.json")).string();
}

} // namespace

int main(int argc, char** argv)
{
    double minRight = 0.0;
    bool requireOk = false;
    bool anyKind = false;
    int maxKindErrors = 0; // photos: the kind is judged by its own threshold
    int kindErrors = 0;
    std::string label = "documents";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--min-right" && i + 1 < argc)
            minRight = std::stod(argv[++i]);
        else if (a == "--require-ok")
            requireOk = true;
        else if (a == "--any-kind")
            anyKind = true;
        else if (a == "--max-kind-errors" && i + 1 < argc)
            maxKindErrors = std::stoi(argv[++i]);
        else if (a == "--label" && i + 1 < argc)
            label = argv[++i];
        else {
            std::cerr << "usage: shikaku-truth-check [--min-right PERCENT] [--require-ok] [--any-kind] [--max-kind-errors N] [--label NAME] < scan.jsonl\n";
            return 2;
        }
    }
    Totals t;
    std::string line;
    bool problem = false;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        const auto scan = nlohmann::json::parse(line, nullptr, false);
        if (scan.is_discarded() || !scan.contains("input")) {
            std::cerr << "not a scan result line\n";
            return 2;
        }
        const std::string input = scan["input"];
        ++t.documents;
        if (scan.contains("error")) {
            ++t.errors;
            std::cerr << input << ": error " << scan["error"].value("code", "") << "\n";
            problem = true;
            continue;
        }
        std::ifstream in(truthPathFor(input));
        const auto truth = nlohmann::json::parse(in, nullptr, false);
        if (truth.is_discarded()) {
            std::cerr << input << ": no readable truth file\n";
            return 2;
        }
        t.ms.push_back(scan.value("elapsed_ms", 0.0));
        if (!anyKind && scan.value("kind", "") != truth.value("kind", "")) {
            std::cerr << input << ": kind " << scan.value("kind", "") << ", expected " << truth.value("kind", "") << "\n";
            problem = problem || ++kindErrors > maxKindErrors;
        }
        for (const char* name : kFields) {
            const auto& f = scan["fields"][name];
            const auto& expected = truth["fields"][name];
            const std::string status = f.value("status", "");
            ++t.fields;
            bool right;
            if (expected.is_null())
                right = status == "not_applicable" || (status != "ok" && f["value"].is_null());
            else
                right = f["value"].is_string() && f["value"].get<std::string>() == expected.get<std::string>();
            t.right += right ? 1 : 0;
            // `not_applicable` is a claim like `ok`: staff are told the document prints nothing there.
            if (status == "ok" || status == "not_applicable") {
                ++t.ok;
                if (!right) {
                    ++t.okWrong;
                    std::cerr << input << ": " << name << " is " << status << " but wrong\n";
                }
            } else {
                ++t.notOk;
                if (requireOk)
                    std::cerr << input << ": " << name << " is " << status << " (" << f.value("reason", "") << ")\n";
            }
        }
    }
    std::sort(t.ms.begin(), t.ms.end());
    auto pct = [&](double q) { return t.ms.empty() ? 0.0 : t.ms[std::min(t.ms.size() - 1, static_cast<std::size_t>(q * t.ms.size()))]; };
    const double rightPct = t.fields ? 100.0 * t.right / t.fields : 0.0;
    std::printf("| set | docs | errors | fields | right | right %% | ok | ok & wrong | not ok | median ms | p90 ms |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    std::printf("| %s | %d | %d | %d | %d | %.1f | %d | %d | %d | %.0f | %.0f |\n", label.c_str(), t.documents, t.errors,
                t.fields, t.right, rightPct, t.ok, t.okWrong, t.notOk, pct(0.5), pct(0.9));
    if (t.documents == 0 || t.okWrong > 0 || rightPct < minRight || (requireOk && t.notOk > 0))
        problem = true;
    return problem ? 1 : 0;
}
