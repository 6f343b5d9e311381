// shikaku-bench: accuracy and speed of the photo pipeline on a generated corpus, compared with
// the naive peer (`tesseract PHOTO stdout -l jpn` plus a label regex) on the same photos.
//
//   shikaku-bench [--cache DIR] [--count N] [--seed N] [--tiers easy,medium,hard]
//                 [--naive-every K] [--limit N] [--kinds k1,k2] [--synth PATH] [--today YYYY-MM-DD] [--truth-quad]
//
// --truth-quad reads every photo with the document's true outline (from its truth file)
// instead of the one the finder finds: the difference to a normal run is what finding costs.
//
// The corpus is generated once per (seed, count, generator version) into the cache directory by
// shikaku-synth (fictitious data only). Prints Markdown tables on stdout; nothing about field values is printed.

#include "CpuClock.h"
#include "Date.h"
#include "DocumentQuad.h"
#include "FieldValidators.h"
#include "SynthVersion.h"
#include "OcrWorkers.h"
#include "PhotoDocumentReader.h"
#include "QualityMeter.h"
#include "Scanner.h"
#include "TextNormalize.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#ifndef SHIKAKU_SYNTH_EXE
#define SHIKAKU_SYNTH_EXE "shikaku-synth"
#endif

namespace fs = std::filesystem;
using namespace shikaku;
using bench::processCpuMs;
using bench::threadCpuMs;

namespace {

struct Options {
    std::string cache = "/tmp/shikaku-bench-corpus";
    int count = 13;  // documents per kind and tier: 8 photographed kinds × 3 tiers × 13 = 312 photos
    std::uint64_t seed = 4242;
    std::vector<std::string> tiers{"easy", "medium", "hard"};
    int naiveEvery = 6; // the naive peer takes seconds per photo: run it on every K-th photo
    int limit = 0;
    std::vector<std::string> kinds; ///< only photos of these true kinds (all when empty)
    std::string synth = SHIKAKU_SYNTH_EXE;
    Date today{2026, 11, 25};
    bool truthQuad = false;
};

struct Sample {
    fs::path photo;
    std::string kind, tier;
    std::array<std::optional<std::string>, 5> truth;
    DocumentQuad quad; ///< the document's true outline in the photo
    std::string glare = "none"; ///< the generated reflection: "none", "elsewhere" or "over a field"
};

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

int run(const std::vector<std::string>& args)
{
    std::string cmd;
    for (const auto& a : args)
        cmd += "'" + a + "' ";
    const int rc = std::system((cmd + ">/dev/null").c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : 1;
}

// Generates the corpus once; a marker file records what is in the directory.
bool ensureCorpus(const Options& o)
{
    for (const auto& tier : o.tiers) {
        const fs::path dir = fs::path(o.cache) / tier;
        const fs::path marker =
            dir / ("corpus-" + std::to_string(o.seed) + "-" + std::to_string(o.count) + "-" + SHIKAKU_SYNTH_VERSION + ".done");
        if (fs::exists(marker))
            continue;
        fs::remove_all(dir);
        fs::create_directories(dir);
        std::cerr << "generating " << tier << " photos into " << dir << " ...\n";
        // portal_pdf is an upload, not a photo: its path is the PDF reader's.
        const std::string kinds = "kakuninsho_card,kakuninsho_postcard,kakuninsho_a4,oshirase,portal_screen,health_insurance_card,"
                                  "back_side,unknown";
        if (run({"env", "QT_QPA_PLATFORM=offscreen", o.synth, "--out", dir.string(), "--seed", std::to_string(o.seed), "--count",
                 std::to_string(o.count), "--kinds", kinds, "--photos", tier}) != 0) {
            std::cerr << "shikaku-bench: " << o.synth << " failed\n";
            return false;
        }
        std::ofstream(marker) << "done\n";
    }
    return true;
}

std::vector<Sample> loadSamples(const Options& o)
{
    std::vector<Sample> samples;
    for (const auto& tier : o.tiers) {
        std::vector<fs::path> truths;
        for (const auto& e : fs::directory_iterator(fs::path(o.cache) / tier))
            if (e.path().string().ends_with(".truth.json"))
                truths.push_back(e.path());
        std::sort(truths.begin(), truths.end());
        for (const auto& t : truths) {
            std::ifstream in(t);
            const auto j = nlohmann::json::parse(in, nullptr, false);
            if (j.is_discarded() || !j.contains("photo") || j["photo"].is_null())
                continue;
            const std::string file = j.value("file", "");
            if (file.find("_preview") != std::string::npos)
                continue;
            Sample s;
            s.photo = t.parent_path() / file;
            s.kind = j.value("kind", "");
            if (!o.kinds.empty() && std::find(o.kinds.begin(), o.kinds.end(), s.kind) == o.kinds.end())
                continue;
            s.tier = j["photo"].value("tier", tier);
            if (j["photo"].contains("quad")) {
                const auto& q = j["photo"]["quad"];
                for (std::size_t i = 0; i < 4 && i < q.size(); ++i)
                    s.quad.corners[i] = cv::Point2f(q[i][0].get<float>(), q[i][1].get<float>());
                s.quad.corners = orderClockwiseFromTopLeft(s.quad.corners);
                s.quad.found = true;
            }
            if (const auto& g = j["photo"]["glare"]; g.is_object())
                s.glare = g.contains("fields_covered") && !g["fields_covered"].empty() ? "over a field" : "elsewhere";
            for (FieldId id : kAllFields) {
                const auto& v = j["fields"][std::string(toString(id))];
                if (v.is_string())
                    s.truth[static_cast<std::size_t>(id)] = v.get<std::string>();
            }
            samples.push_back(std::move(s));
        }
    }
    return samples;
}

// The reading half of the pipeline on the true outline (for --truth-quad).
ScanResult scanWithOutline(Scanner& scanner, const Sample& s, const ScanRequest& request)
{
    const cv::Mat bgr = cv::imread(s.photo.string(), cv::IMREAD_COLOR);
    const ReadContext ctx{scanner.ocr(), scanner.models(), scanner.options().limits, scanner.options().judge, request.kind};
    ScanResult r = readPhotoDocument(bgr, ctx, s.quad);
    applyDocumentRules(r, request.today);
    return r;
}

// ---- counting ----------------------------------------------------------------------------

struct Tally {
    int fields = 0, right = 0, autoRight = 0, silentErrors = 0, flagged = 0;
    void add(const Tally& t)
    {
        fields += t.fields;
        right += t.right;
        autoRight += t.autoRight;
        silentErrors += t.silentErrors;
        flagged += t.flagged;
    }
};

// A field is right when its value equals the truth (a field the document does not print is
// right when nothing was read); auto-right when right and `ok` (or `not_applicable` for an
// unprinted field); a silent error is `ok` with a wrong value — or any `ok` at all on a kind
// that must not be pre-filled — or `not_applicable` for a field the document prints (staff are
// told there is nothing to look for).
Tally judge(const std::optional<std::string>& truth, const FieldReading& f, bool kindCarriesFields)
{
    Tally t;
    t.fields = 1;
    const bool ok = f.status == FieldStatus::Ok;
    if (!truth) {
        t.right = !ok && (!f.value || f.status == FieldStatus::NotApplicable);
        t.autoRight = f.status == FieldStatus::NotApplicable || (!kindCarriesFields && t.right);
        t.silentErrors = ok;
        t.flagged = f.status == FieldStatus::Review;
        return t;
    }
    const bool same = f.value && *f.value == *truth;
    t.right = same;
    t.autoRight = same && ok && kindCarriesFields;
    t.silentErrors = (ok && (!same || !kindCarriesFields)) || f.status == FieldStatus::NotApplicable;
    t.flagged = f.status == FieldStatus::Review || f.status == FieldStatus::NotFound;
    return t;
}

std::string pct(int a, int n)
{
    if (n == 0)
        return "–";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * a / n);
    return buf;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5));
    return v[i];
}

void printTallyTable(const std::string& title, const std::string& keyName, const std::map<std::string, Tally>& rows)
{
    std::cout << "\n### " << title << "\n\n| " << keyName << " | fields | right | auto-right | silent errors | flagged |\n|---|---:|---:|---:|---:|---:|\n";
    Tally all;
    for (const auto& [key, t] : rows) {
        std::cout << "| " << key << " | " << t.fields << " | " << pct(t.right, t.fields) << " | " << pct(t.autoRight, t.fields) << " | "
                  << t.silentErrors << " (" << pct(t.silentErrors, t.fields) << ") | " << pct(t.flagged, t.fields) << " |\n";
        all.add(t);
    }
    std::cout << "| **all** | " << all.fields << " | " << pct(all.right, all.fields) << " | " << pct(all.autoRight, all.fields) << " | "
              << all.silentErrors << " (" << pct(all.silentErrors, all.fields) << ") | " << pct(all.flagged, all.fields) << " |\n";
}

// ---- the naive peer ------------------------------------------------------------------------

// What a municipal IT person would write: whole-page Tesseract, then a regex after each label.
std::array<std::optional<std::string>, 5> naiveRead(const fs::path& photo, double& elapsedMs)
{
    std::array<std::optional<std::string>, 5> out;
    const fs::path txt = fs::temp_directory_path() / ("shikaku-bench-naive-" + std::to_string(::getpid()) + ".txt");
    const double start = nowMs();
    const std::string cmd = "OMP_THREAD_LIMIT=1 tesseract '" + photo.string() + "' stdout -l jpn > '" + txt.string() + "' 2>/dev/null";
    const int rc = std::system(cmd.c_str());
    elapsedMs = nowMs() - start;
    if (rc != 0)
        return out;
    std::ifstream in(txt);
    std::stringstream ss;
    ss << in.rdbuf();
    fs::remove(txt);
    const std::string text = removeSpaces(toHalfWidth(ss.str()));
    auto grab = [&](const std::string& pattern) -> std::optional<std::string> {
        std::smatch m;
        if (std::regex_search(text, m, std::regex(pattern)))
            return m[1].str();
        return std::nullopt;
    };
    out[0] = grab("保険者番号[:]?([0-9]{6,8})");
    out[1] = grab("記号[:]?([0-9]+)");
    out[2] = grab("(?:^|[^者])番号[:]?([0-9\\-]+)");
    out[3] = grab("枝番\\)?[:]?([0-9]{2})");
    if (auto e = grab("有効期限[:]?((?:令和|平成|R|H)?[0-9元]+[年.][0-9]+[月.][0-9]+日?)")) {
        const auto v = validateExpiry(*e);
        if (v.valid)
            out[4] = v.normalized;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "shikaku-bench: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--cache")
            o.cache = next();
        else if (a == "--count")
            o.count = std::stoi(next());
        else if (a == "--seed")
            o.seed = std::stoull(next());
        else if (a == "--naive-every")
            o.naiveEvery = std::stoi(next());
        else if (a == "--limit")
            o.limit = std::stoi(next());
        else if (a == "--truth-quad")
            o.truthQuad = true;
        else if (a == "--synth")
            o.synth = next();
        else if (a == "--today") {
            const auto d = parseIsoDate(next());
            if (!d) {
                std::cerr << "shikaku-bench: --today YYYY-MM-DD\n";
                return 2;
            }
            o.today = *d;
        } else if (a == "--kinds") {
            std::stringstream ss(next());
            for (std::string k; std::getline(ss, k, ',');)
                o.kinds.push_back(k);
        } else if (a == "--tiers") {
            o.tiers.clear();
            std::stringstream ss(next());
            for (std::string t; std::getline(ss, t, ',');)
                o.tiers.push_back(t);
        } else {
            std::cerr << "usage: shikaku-bench [--cache DIR] [--count N] [--seed N] [--tiers easy,medium,hard] [--naive-every K]"
                         " [--limit N] [--kinds k1,k2] [--synth PATH] [--today YYYY-MM-DD] [--truth-quad]\n";
            return a == "--help" ? 0 : 2;
        }
    }
    if (!ensureCorpus(o))
        return 1;
    std::vector<Sample> samples = loadSamples(o);
    if (o.limit > 0 && static_cast<int>(samples.size()) > o.limit) {
        // An even spread over kinds and tiers, not the first N files.
        std::vector<Sample> spread;
        const double step = static_cast<double>(samples.size()) / o.limit;
        for (int i = 0; i < o.limit; ++i)
            spread.push_back(samples[static_cast<std::size_t>(i * step)]);
        samples = std::move(spread);
    }
    if (samples.empty()) {
        std::cerr << "shikaku-bench: no photos in " << o.cache << "\n";
        return 1;
    }

    Scanner scanner;
    if (!scanner.isReady()) {
        std::cerr << "shikaku-bench: " << scanner.setupError() << "\n";
        return 1;
    }
    ScanRequest request;
    request.today = o.today;

    std::map<std::string, Tally> byField, byKind, byTier, byTierPrefilled, naiveByField;
    // What the live preview would have said about each photo, per tier, and the pre-filled
    // fields of the photos it would have let the camera take.
    std::map<std::string, std::map<std::string, int>> guidanceByTier;
    std::map<std::string, std::pair<int, int>> glareGuidance; ///< generated glare → (photos, said "glare")
    std::map<std::string, Tally> byTierPrefilledCapturable;
    std::map<std::string, Tally> byGlareGuidance; ///< pre-filled fields by reflection and whether "glare" was said
    std::map<std::string, std::pair<int, int>> kindHits; // kind → (right, total)
    std::map<std::string, std::map<std::string, std::map<std::string, int>>> confusion; // truth → tier → detected → photos
    std::map<std::string, std::vector<double>> latencyByMp, cpuByMp, processCpuByMp;
    std::vector<double> latency, naiveLatency, oursOnNaiveSet;
    Tally oursOnNaive, naive;
    int errors = 0;
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const Sample& s = samples[n];
        const double start = nowMs();
        const double cpuStart = threadCpuMs();
        const double processCpuStart = processCpuMs();
        const ScanResult r = o.truthQuad ? scanWithOutline(scanner, s, request) : scanner.scanFile(s.photo.string(), request);
        const double ms = nowMs() - start;
        latency.push_back(ms);
        latencyByMp[s.tier == "hard" ? "2 MP (hard)" : "8 MP (easy, medium)"].push_back(ms);
        cpuByMp[s.tier == "hard" ? "2 MP (hard)" : "8 MP (easy, medium)"].push_back(threadCpuMs() - cpuStart);
        processCpuByMp[s.tier == "hard" ? "2 MP (hard)" : "8 MP (easy, medium)"].push_back(processCpuMs() - processCpuStart);
        if (r.error)
            ++errors;
        const std::string kind(toString(r.kind));
        kindHits[s.kind].first += kind == s.kind;
        kindHits[s.kind].second += 1;
        ++confusion[s.kind][s.tier][kind];
        const auto truthKind = documentKindFromString(s.kind);
        const bool carries = truthKind && carriesInsuranceFields(*truthKind);
        // Measured on the document's true outline, after the timed scan; held still (the stills
        // are single photos with no motion history).
        const cv::Mat frame = cv::imread(s.photo.string(), cv::IMREAD_COLOR);
        const CaptureGuidance guidance =
            decideGuidance(measureQuality(frame, s.quad), touchesFrameEdge(s.quad, frame.size(), GuidanceOptions{}.edgeMarginFraction), true);
        ++guidanceByTier[s.tier][std::string(toString(guidance))];
        if (carries) {
            auto& [photos, saidGlare] = glareGuidance[s.glare];
            ++photos;
            saidGlare += guidance == CaptureGuidance::Glare;
        }
        for (FieldId id : kAllFields) {
            const Tally t = judge(s.truth[static_cast<std::size_t>(id)], r.field(id), carries);
            byField[std::string(toString(id))].add(t);
            byKind[s.kind].add(t);
            byTier[s.tier].add(t);
            if (carries)
                byTierPrefilled[s.tier].add(t);
            if (carries && guidance == CaptureGuidance::OkToCapture)
                byTierPrefilledCapturable[s.tier].add(t);
            if (carries)
                byGlareGuidance[s.tier + ", " + s.glare + (guidance == CaptureGuidance::Glare ? ", said glare" : ", not said")].add(t);
        }
        if (o.naiveEvery > 0 && n % static_cast<std::size_t>(o.naiveEvery) == 0 && carries) {
            double naiveMs = 0;
            const auto peer = naiveRead(s.photo, naiveMs);
            naiveLatency.push_back(naiveMs);
            oursOnNaiveSet.push_back(ms);
            for (FieldId id : kAllFields) {
                const auto& truth = s.truth[static_cast<std::size_t>(id)];
                if (!truth)
                    continue; // the peer is only asked for printed fields
                FieldReading f;
                f.value = peer[static_cast<std::size_t>(id)];
                f.status = f.value ? FieldStatus::Ok : FieldStatus::NotFound; // the peer trusts whatever it reads
                const Tally t = judge(truth, f, true);
                naive.add(t);
                naiveByField[std::string(toString(id))].add(t);
                oursOnNaive.add(judge(truth, r.field(id), true));
            }
        }
        std::cerr << "\r" << (n + 1) << "/" << samples.size() << std::flush;
    }
    std::cerr << "\n";

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    std::cout << "## shikaku-bench: photos" << (o.truthQuad ? " (read with the true outline)" : "") << "\n\n"
              << samples.size() << " generated photos (fictitious data, seed " << o.seed << ", " << o.count
              << " per kind and tier), in-process `Scanner::scanFile` (Tesseract engines created once, OCR on the threads below), today = " << o.today.toIso() << ".\n";
    printTallyTable("Fields by field", "field", byField);
    printTallyTable("Fields by kind", "kind", byKind);
    printTallyTable("Fields by tier", "tier", byTier);
    // Not a replacement for the table above (the targets are measured there): health-card fields
    // are right to be `review` (never pre-filled) yet count as not auto-right there, so this shows
    // how the kinds that are pre-filled fare on their own.
    printTallyTable("Fields by tier, pre-filled kinds only (資格確認書, お知らせ, portal screen)", "tier", byTierPrefilled);

    // The kiosk captures only when its preview says ok_to_capture; a photo it would have refused
    // is one the resident is asked to take again (glare, blur, darkness). Not a replacement for
    // the tables above: the targets are measured on every photo.
    std::cout << "\n### Capture guidance the live preview gives for each photo (true outline, held still)\n\n| tier | photos |";
    std::vector<std::string> guidanceNames;
    for (const auto& [tier, counts] : guidanceByTier)
        for (const auto& [name, photos] : counts)
            if (std::find(guidanceNames.begin(), guidanceNames.end(), name) == guidanceNames.end())
                guidanceNames.push_back(name);
    std::sort(guidanceNames.begin(), guidanceNames.end());
    for (const auto& name : guidanceNames)
        std::cout << " " << name << " |";
    std::cout << "\n|---|---:|";
    for (std::size_t i = 0; i < guidanceNames.size(); ++i)
        std::cout << "---:|";
    std::cout << "\n";
    for (const auto& [tier, counts] : guidanceByTier) {
        int photos = 0;
        for (const auto& [name, n] : counts)
            photos += n;
        std::cout << "| " << tier << " | " << photos << " |";
        for (const auto& name : guidanceNames) {
            const auto it = counts.find(name);
            std::cout << " " << (it == counts.end() ? 0 : it->second) << " |";
        }
        std::cout << "\n";
    }
    // The preview's glare measure against the reflection the generator put in: it should speak
    // up over a field and stay quiet without one.
    std::cout << "\n### \"Glare\" guidance against the generated reflection (pre-filled kinds, every tier)\n\n"
                 "| reflection | photos | said \"glare\" |\n|---|---:|---:|\n";
    for (const char* g : {"over a field", "elsewhere", "none"}) {
        const auto [photos, saidGlare] = glareGuidance[g];
        std::cout << "| " << g << " | " << photos << " | " << saidGlare << " |\n";
    }
    // Whether a refusal was needed: fields that read right anyway on a refused photo were not.
    printTallyTable("Pre-filled fields by the generated reflection and the \"glare\" guidance", "reflection, guidance", byGlareGuidance);
    printTallyTable("Fields by tier, pre-filled kinds, photos the preview would capture (ok_to_capture)", "tier", byTierPrefilledCapturable);

    std::cout << "\n### Document kind\n\n| kind | photos | kind right |\n|---|---:|---:|\n";
    int kr = 0, kn = 0;
    for (const auto& [k, h] : kindHits) {
        std::cout << "| " << k << " | " << h.second << " | " << pct(h.first, h.second) << " |\n";
        kr += h.first;
        kn += h.second;
    }
    std::cout << "| **all** | " << kn << " | " << pct(kr, kn) << " |\n";

    // Which kinds are taken for which: the wrong ones per tier (right ones are counted above).
    std::cout << "\n### Wrong kinds (true kind: detected × photos, per tier)\n\n| kind | easy | medium | hard |\n|---|---|---|---|\n";
    for (const auto& [truthKind, byTierDetected] : confusion) {
        std::cout << "| " << truthKind;
        for (const char* tier : {"easy", "medium", "hard"}) {
            std::string cell;
            const auto it = byTierDetected.find(tier);
            if (it != byTierDetected.end())
                for (const auto& [detected, photos] : it->second)
                    if (detected != truthKind)
                        cell += (cell.empty() ? "" : ", ") + detected + " ×" + std::to_string(photos);
            std::cout << " | " << (cell.empty() ? "–" : cell);
        }
        std::cout << " |\n";
    }

    std::vector<double> allCpu, allProcessCpu;
    for (const auto& [k, v] : cpuByMp)
        allCpu.insert(allCpu.end(), v.begin(), v.end());
    for (const auto& [k, v] : processCpuByMp)
        allProcessCpu.insert(allProcessCpu.end(), v.begin(), v.end());
    // Wall time is what a resident waits; the scanning thread's CPU time is a floor for it on an
    // idle machine (it waits for the OCR helper thread only where that has more to do), and
    // comparable between runs on a shared machine; all threads' CPU is the total work.
    std::cout << "\n### Speed and memory\n\nOCR threads: " << ocrJobThreads()
              << " (the scanning thread and " << (ocrJobThreads() > 1 ? "one OCR helper thread" : "no helper")
              << "; SHIKAKU_OCR_THREADS=1 for one).\n\n"
                 "| photos | median ms | p90 ms | max ms | scanning-thread CPU median ms | p90 | all-threads CPU median ms | p90 |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    auto row = [](const std::string& name, const std::vector<double>& wall, const std::vector<double>& cpu, const std::vector<double>& all) {
        std::cout << "| " << name << " | " << static_cast<int>(percentile(wall, 0.5)) << " | " << static_cast<int>(percentile(wall, 0.9))
                  << " | " << static_cast<int>(percentile(wall, 1.0)) << " | " << static_cast<int>(percentile(cpu, 0.5)) << " | "
                  << static_cast<int>(percentile(cpu, 0.9)) << " | " << static_cast<int>(percentile(all, 0.5)) << " | "
                  << static_cast<int>(percentile(all, 0.9)) << " |\n";
    };
    for (const auto& [k, v] : latencyByMp)
        row(k, v, cpuByMp[k], processCpuByMp[k]);
    row("**all**", latency, allCpu, allProcessCpu);
    std::cout << "\n"
              << "Peak resident memory: " << usage.ru_maxrss / 1024 << " MiB. Scan errors: " << errors << ".\n";

    if (!naiveLatency.empty()) {
        std::cout << "\n### Naive peer (`tesseract PHOTO stdout -l jpn` + label regex, OMP_THREAD_LIMIT=1) on every "
                  << o.naiveEvery << "th photo of a pre-filled kind (" << naiveLatency.size() << " photos, printed fields only)\n\n"
                  << "| | right fields | silent errors | median ms | p90 ms |\n|---|---:|---:|---:|---:|\n"
                  << "| naive peer | " << naive.right << "/" << naive.fields << " (" << pct(naive.right, naive.fields) << ") | "
                  << naive.silentErrors << " | " << static_cast<int>(percentile(naiveLatency, 0.5)) << " | "
                  << static_cast<int>(percentile(naiveLatency, 0.9)) << " |\n"
                  << "| shikaku | " << oursOnNaive.right << "/" << oursOnNaive.fields << " (" << pct(oursOnNaive.right, oursOnNaive.fields)
                  << ") | " << oursOnNaive.silentErrors << " | " << static_cast<int>(percentile(oursOnNaiveSet, 0.5)) << " | "
                  << static_cast<int>(percentile(oursOnNaiveSet, 0.9)) << " |\n\n";
        const double speed = percentile(naiveLatency, 0.5) / std::max(1.0, percentile(oursOnNaiveSet, 0.5));
        const double fieldsRatio = static_cast<double>(oursOnNaive.right) / std::max(1, naive.right);
        char buf[160];
        std::snprintf(buf, sizeof buf, "Ratios: %.1f× faster (median), %.1f× the right fields.\n", speed, fieldsRatio);
        std::cout << buf;
    }
    return 0;
}
