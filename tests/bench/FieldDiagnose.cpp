// shikaku-diagnose: why each field of a generated photo corpus is not auto-right (right and `ok`).
// A development tool beside shikaku-bench; it reads the same corpus (never generates one).
//
//   shikaku-diagnose [--cache DIR] [--tiers easy,medium] [--every K] [--kinds a,b] [--today YYYY-MM-DD]
//                    [--list] [--values] [--fingerprint FILE]
//
// Every field that is not auto-right falls in exactly one category, checked in this order:
//   wrong kind · document not found or badly warped · label not found (no value location) ·
//   value located wrong (the crop misses the printed value) · nothing read · two reads disagree ·
//   low confidence · validator failed · read wrong (`review`) · SILENT (`ok` but wrong) ·
//   unprinted field read.
// Prints counts per tier and category. --list adds one line per field (photo, field, category,
// reason); --values adds the read and true values to those lines — only for the generated,
// fictitious corpus on a developer's screen, never into a committed file.
// --fingerprint FILE writes one line per photo (kind, orientation, each field's status,
// confidence and a hash of its value — never the value) to compare two builds photo by photo:
// a change meant to be faster only must leave every line as it was. Also prints the process CPU
// time per photo (both OCR threads), the figure to compare on a shared machine.

#include "CpuClock.h"
#include "CropReader.h"
#include "Date.h"
#include "FieldValueReader.h"
#include "PageCleanup.h"
#include "PhotoPage.h"
#include "QrCrossCheck.h"
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "PageText.h"
#include "Scanner.h"
#include "TextChunkFinder.h"
#include "TextNormalize.h"
#include "SearchPrint.h"
#include "UprightPage.h"
#include "ValueByForm.h"

#include <opencv2/imgcodecs.hpp>

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace shikaku;
using bench::processCpuMs; // CPU, not wall time: on a shared machine wall time measures the neighbours

namespace {

struct MmBox {
    double x = 0, y = 0, w = 0, h = 0;
};

struct Sample {
    fs::path photo;
    std::string id, kind, tier;
    std::array<std::optional<std::string>, 5> truth;
    std::array<std::optional<MmBox>, 5> boxes; ///< where each value is printed, mm on the flat document
    double widthMm = 0, heightMm = 0;          ///< the flat document
};

std::optional<std::pair<int, int>> pngSize(const fs::path& png)
{
    std::ifstream in(png, std::ios::binary);
    unsigned char h[24];
    if (!in.read(reinterpret_cast<char*>(h), sizeof h))
        return std::nullopt;
    auto be = [&](int at) { return (h[at] << 24) | (h[at + 1] << 16) | (h[at + 2] << 8) | h[at + 3]; };
    return std::make_pair(be(16), be(20));
}

std::vector<std::string> split(const std::string& s)
{
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string t; std::getline(ss, t, ',');)
        out.push_back(t);
    return out;
}

std::vector<Sample> loadSamples(const std::string& cache, const std::vector<std::string>& tiers, const std::vector<std::string>& kinds)
{
    std::vector<Sample> samples;
    for (const auto& tier : tiers) {
        std::vector<fs::path> truths;
        for (const auto& e : fs::directory_iterator(fs::path(cache) / tier))
            if (e.path().string().ends_with("_" + tier + ".truth.json"))
                truths.push_back(e.path());
        std::sort(truths.begin(), truths.end());
        for (const auto& t : truths) {
            std::ifstream in(t);
            const auto j = nlohmann::json::parse(in, nullptr, false);
            if (j.is_discarded() || !j.contains("photo") || j["photo"].is_null())
                continue;
            Sample s;
            s.photo = t.parent_path() / j.value("file", "");
            s.id = s.photo.stem().string();
            s.kind = j.value("kind", "");
            if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), s.kind) == kinds.end())
                continue;
            s.tier = tier;
            for (FieldId id : kAllFields) {
                const auto& v = j["fields"][std::string(toString(id))];
                if (v.is_string())
                    s.truth[static_cast<std::size_t>(id)] = v.get<std::string>();
            }
            double pxPerMm = 0;
            for (const auto& b : j.value("field_boxes", nlohmann::json::array())) {
                const auto id = fieldIdFromString(b.value("field", ""));
                if (!id || b.value("page", 1) != 1)
                    continue;
                const auto& mm = b["mm"];
                s.boxes[static_cast<std::size_t>(*id)] = MmBox{mm[0], mm[1], mm[2], mm[3]};
                if (mm[2].get<double>() > 0)
                    pxPerMm = b["px"][2].get<double>() / mm[2].get<double>();
            }
            const auto size = pngSize(t.parent_path() / j["photo"].value("source_file", ""));
            if (size && pxPerMm > 0) {
                s.widthMm = size->first / pxPerMm;
                s.heightMm = size->second / pxPerMm;
            }
            samples.push_back(std::move(s));
        }
    }
    return samples;
}

bool overlaps(const MmBox& a, const MmBox& b, double slackMm)
{
    return a.x < b.x + b.w + slackMm && b.x < a.x + a.w + slackMm && a.y < b.y + b.h + slackMm && b.y < a.y + a.h + slackMm;
}

// The value's crop in mm of the flat document, when the rectified image has its proportions.
std::optional<MmBox> readBoxMm(const ScanResult& r, const FieldReading& f, const Sample& s)
{
    if (!f.box || r.rectified.empty() || s.widthMm <= 0)
        return std::nullopt;
    const double sx = s.widthMm / r.rectified.cols, sy = s.heightMm / r.rectified.rows;
    return MmBox{f.box->x * sx, f.box->y * sy, f.box->width * sx, f.box->height * sy};
}

bool badlyWarped(const ScanResult& r, const Sample& s)
{
    if (!r.quality.documentFound || r.rectified.empty() || s.widthMm <= 0)
        return true;
    const double want = s.widthMm / s.heightMm;
    const double got = static_cast<double>(r.rectified.cols) / r.rectified.rows;
    return std::abs(got / want - 1.0) > 0.12;
}

std::string categorise(const Sample& s, const ScanResult& r, FieldId id, bool& autoRight)
{
    const auto& truth = s.truth[static_cast<std::size_t>(id)];
    const FieldReading& f = r.field(id);
    const bool ok = f.status == FieldStatus::Ok;
    const auto truthKind = documentKindFromString(s.kind);
    const bool carries = truthKind && carriesInsuranceFields(*truthKind);
    const bool right = truth ? (f.value && *f.value == *truth) : (!ok && (!f.value || f.status == FieldStatus::NotApplicable));
    autoRight = truth ? (right && ok && carries) : (f.status == FieldStatus::NotApplicable || (!carries && right));
    if (autoRight)
        return {};
    if (ok && !right)
        return "SILENT wrong ok";
    if (r.error)
        return "scan error";
    if (std::string(toString(r.kind)) != s.kind)
        return "wrong kind";
    if (badlyWarped(r, s))
        return "document not found or badly warped";
    if (!truth)
        return "unprinted field read";
    if (f.status == FieldStatus::NotFound && f.reason.empty())
        return "label not found";
    if (const auto got = readBoxMm(r, f, s); got && s.boxes[static_cast<std::size_t>(id)] &&
                                             !overlaps(*got, *s.boxes[static_cast<std::size_t>(id)], 1.0))
        return "value located wrong";
    if (f.reason == "nothing read")
        return "nothing read";
    if (f.reason == "two readings disagree")
        return right ? "two reads disagree (first right)" : "two reads disagree (first wrong)";
    if (f.reason == "low recognition confidence")
        return right ? "low confidence (right)" : "low confidence (wrong)";
    if (f.status == FieldStatus::Review && !right && !f.reason.empty())
        return "validator failed / other: " + f.reason;
    if (!right)
        return "read wrong (review)";
    return "other review: " + f.reason;
}

// --page PHOTO: the chunks, labels and value locations of one photo, and crops of the located
// values written to DIR (developer screen only: this prints what was read).
int showPage(Scanner& scanner, const std::string& photo, const std::string& cropDir)
{
    const ScanResult r = scanner.scanFile(photo);
    if (r.rectified.empty())
        return 1;
    cv::Mat gray;
    cv::cvtColor(r.rectified, gray, cv::COLOR_BGR2GRAY);
    gray = cleanPageForReading(gray); // what the scanner reads
    const TextChunkLayout layout = findTextChunks(gray);
    const PageText page = readPageText(scanner.ocr(), gray, layout, LabelMatcher(scanner.models()));
    std::cout << "kind " << toString(r.kind) << " rectified " << gray.cols << "x" << gray.rows << " body glyph " << page.bodyGlyphHeight
              << " orientation " << r.orientationDegrees << "\n";
    for (const auto& c : page.chunks) {
        std::string text;
        for (char32_t cp : c.text)
            appendUtf8(text, cp);
        std::cout << (c.title ? "T " : c.label ? "L " : c.read ? "r " : "- ") << c.chunk.box.x << "," << c.chunk.box.y << " "
                  << c.chunk.box.width << "x" << c.chunk.box.height << " g" << c.chunk.glyphHeight << " c"
                  << static_cast<int>(c.confidence * 100) << " " << text << "\n";
    }
    const FieldLocations at = locateFields(page);
    for (FieldId id : kAllFields) {
        int n = 0;
        for (const auto& v : at.values[static_cast<std::size_t>(id)]) {
            std::cout << "value " << toString(id) << " " << v.box.x << "," << v.box.y << " " << v.box.width << "x" << v.box.height
                      << " g" << v.glyphHeight << "\n";
            for (int px : {30, 24}) {
                CropReadSettings cs;
                cs.glyphPx = px;
                cs.whitelist = scanner.models().field(id).charset;
                const int pad = std::max(2, v.glyphHeight / 4);
                const OcrLine line = readCrop(scanner.ocr(), gray, {v.box.x - pad, v.box.y - pad, v.box.width + 2 * pad, v.box.height + 2 * pad},
                                              v.glyphHeight, cs);
                std::cout << "  jpn" << px << ":";
                for (const auto& w : line.words)
                    for (const auto& sy : w.symbols)
                        std::cout << " " << sy.text << "/" << static_cast<int>(sy.confidence * 100);
                std::cout << "\n";
            }
            if (!cropDir.empty())
                cv::imwrite(cropDir + "/" + std::string(toString(id)) + "-" + std::to_string(n++) + ".png", gray(v.box & cv::Rect(0, 0, gray.cols, gray.rows)));
        }
        const FieldReading& f = r.field(id);
        std::cout << "field " << toString(id) << " " << toString(f.status) << " " << static_cast<int>(f.confidence * 100) << " "
                  << f.reason << " raw=" << f.raw << "\n";
    }
    if (!cropDir.empty())
        cv::imwrite(cropDir + "/rectified.jpg", r.rectified), cv::imwrite(cropDir + "/cleaned.png", gray);
    return 0;
}

// --timing: where the time of a photo goes, stage by stage, following readPhotoDocument (the
// page read upright: turned when its text says so, so that rotated photos read their fields
// too), summed over the photos. Light-on-dark regions are not turned over here (phone screens).
int showTiming(Scanner& scanner, const std::vector<Sample>& samples)
{
    std::map<std::string, double> total;
    int ocrChunks = 0, ocrCharacters = 0, titleCharacters = 0;
    const ReadContext ctx{scanner.ocr(), scanner.models(), scanner.options().limits, scanner.options().judge, KindHint::Auto};
    for (const Sample& s : samples) {
        double t = processCpuMs();
        const cv::Mat bgr = cv::imread(s.photo.string(), cv::IMREAD_COLOR);
        total["1 decode"] += processCpuMs() - t;
        t = processCpuMs();
        QualityMeasures q;
        PhotoPage photoPage = preparePhotoPage(bgr, std::nullopt, std::nullopt, scanner.models(), q);
        total["2 find + rectify"] += processCpuMs() - t;
        t = processCpuMs();
        const UprightPage text = readUprightPage(photoPage.gray, shapeOf(photoPage), ctx);
        ocrChunks += text.page.readCount();
        ocrCharacters += text.page.charactersRead;
        for (const auto& c : text.page.chunks)
            if (c.title)
                titleCharacters += static_cast<int>(c.text.size());
        total["3 upright page text (chunks, titles, labels, kind)"] += processCpuMs() - t;
        t = processCpuMs();
        if (text.kind != DocumentKind::BackSide && text.kind != DocumentKind::Unknown) {
            if (text.degrees != 0)
                photoPage = turnedClockwise(photoPage, text.degrees);
            FieldLocations at = text.fields;
            locateInsurerNumberByForm(text.page, at);
            at.blurredPrint = hasBlurredPrint(photoPage.gray);
            const FieldDetail detail = fieldDetail(bgr, photoPage, at);
            (void)readFieldValues(scanner.ocr(), detail.gray, detail.locations, scanner.models(), scanner.options().judge);
        }
        total["4 field values"] += processCpuMs() - t;
        t = processCpuMs();
        (void)readQrCodes(text.gray);
        total["5 QR codes"] += processCpuMs() - t;
    }
    const double n = static_cast<double>(std::max<std::size_t>(1, samples.size()));
    std::cout << "| stage | mean process CPU ms per photo (both OCR threads; SHIKAKU_OCR_THREADS=1 for one) |\n|---|---:|\n";
    double all = 0;
    for (const auto& [stage, ms] : total)
        all += ms;
    std::cout << "| all | " << static_cast<int>(all / n) << " |\n";
    for (const auto& [stage, ms] : total)
        std::cout << "| " << stage << " | " << static_cast<int>(ms / n) << " |\n";
    std::cout << "\nOCR'd chunks per photo (page text): " << ocrChunks / n << ", characters " << ocrCharacters / n
              << " (kept title readings: " << titleCharacters / n << ")\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::string cache = "/tmp/shikaku-bench-corpus";
    std::vector<std::string> tiers{"easy", "medium"}, kinds;
    int every = 1;
    std::string page, cropDir;
    bool list = false, values = false, timing = false;
    std::string fingerprintFile;
    Date today{2026, 11, 25};
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "shikaku-diagnose: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--cache")
            cache = next();
        else if (a == "--tiers")
            tiers = split(next());
        else if (a == "--kinds")
            kinds = split(next());
        else if (a == "--every")
            every = std::max(1, std::stoi(next()));
        else if (a == "--page")
            page = next();
        else if (a == "--crops")
            cropDir = next();
        else if (a == "--timing")
            timing = true;
        else if (a == "--list")
            list = true;
        else if (a == "--fingerprint" && i + 1 < argc)
            fingerprintFile = argv[++i];
        else if (a == "--values")
            list = values = true;
        else if (a == "--today") {
            const auto d = parseIsoDate(next());
            if (!d)
                return 2;
            today = *d;
        } else {
            std::cerr << "usage: shikaku-diagnose [--cache DIR] [--tiers easy,medium] [--kinds k1,k2] [--every K] [--list] [--values]\n";
            return a == "--help" ? 0 : 2;
        }
    }
    if (!page.empty()) {
        Scanner scanner;
        return scanner.isReady() ? showPage(scanner, page, cropDir) : 1;
    }
    std::vector<Sample> all = loadSamples(cache, tiers, kinds), samples;
    for (std::size_t i = 0; i < all.size(); i += static_cast<std::size_t>(every))
        samples.push_back(all[i]);
    if (samples.empty()) {
        std::cerr << "shikaku-diagnose: no photos in " << cache << "\n";
        return 1;
    }
    Scanner scanner;
    if (!scanner.isReady()) {
        std::cerr << "shikaku-diagnose: " << scanner.setupError() << "\n";
        return 1;
    }
    if (timing)
        return showTiming(scanner, samples);
    ScanRequest request;
    request.today = today;

    std::map<std::string, std::map<std::string, int>> byTier; // tier → category → fields
    std::map<std::string, std::pair<int, int>> tierTotals;     // tier → (auto-right, fields)
    std::vector<double> ms, cpuMs;
    std::ofstream fingerprint;
    if (!fingerprintFile.empty())
        fingerprint.open(fingerprintFile);
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const Sample& s = samples[n];
        const double cpuStart = processCpuMs();
        const ScanResult r = scanner.scanFile(s.photo.string(), request);
        cpuMs.push_back(processCpuMs() - cpuStart);
        ms.push_back(r.elapsedMs);
        if (fingerprint.is_open()) {
            fingerprint << s.id << " " << toString(r.kind) << " " << r.orientationDegrees;
            for (FieldId id : kAllFields) {
                const FieldReading& f = r.field(id);
                fingerprint << " " << toString(f.status) << ":" << static_cast<int>(f.confidence * 1000) << ":"
                            << (f.value ? std::hash<std::string>{}(*f.value) % 1000000 : 0);
            }
            fingerprint << "\n";
        }
        for (FieldId id : kAllFields) {
            bool autoRight = false;
            const std::string cat = categorise(s, r, id, autoRight);
            tierTotals[s.tier].first += autoRight;
            tierTotals[s.tier].second += 1;
            if (autoRight)
                continue;
            ++byTier[s.tier][cat];
            ++byTier["all"][cat];
            if (list) {
                const FieldReading& f = r.field(id);
                std::cout << s.id << "\t" << toString(id) << "\t" << cat << "\t" << toString(f.status) << "\t"
                          << static_cast<int>(f.confidence * 100) << "\t" << f.reason;
                if (values)
                    std::cout << "\tread=" << f.value.value_or("-") << "\traw=" << f.raw
                              << "\ttruth=" << s.truth[static_cast<std::size_t>(id)].value_or("-");
                std::cout << "\n";
            }
        }
        std::cerr << "\r" << (n + 1) << "/" << samples.size() << std::flush;
    }
    std::cerr << "\n";
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    double cpuSum = 0;
    for (double c : cpuMs)
        cpuSum += c;
    std::cout << "\nprocess CPU per photo (both OCR threads): mean " << static_cast<int>(cpuSum / cpuMs.size()) << " ms, median "
              << static_cast<int>(cpuMs[cpuMs.size() / 2]) << " ms, p90 "
              << static_cast<int>(cpuMs[std::min(cpuMs.size() - 1, cpuMs.size() * 9 / 10)]) << " ms\n";
    std::cout << "\n| tier | fields | auto-right |\n|---|---:|---:|\n";
    for (const auto& [tier, t] : tierTotals) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * t.first / std::max(1, t.second));
        std::cout << "| " << tier << " | " << t.second << " | " << buf << " |\n";
    }
    std::cout << "\n| category | tier | fields |\n|---|---|---:|\n";
    for (const auto& [tier, cats] : byTier) {
        std::vector<std::pair<int, std::string>> sorted;
        for (const auto& [c, n] : cats)
            sorted.emplace_back(-n, c);
        std::sort(sorted.begin(), sorted.end());
        for (const auto& [n, c] : sorted)
            std::cout << "| " << c << " | " << tier << " | " << -n << " |\n";
    }
    std::cout << "\nlatency median " << static_cast<int>(ms[ms.size() / 2]) << " ms, p90 "
              << static_cast<int>(ms[std::min(ms.size() - 1, ms.size() * 9 / 10)]) << " ms over " << ms.size() << " photos\n";
    return 0;
}
