// shikaku-bench-finder: speed and accuracy of the document finder, printed as Markdown tables.
//
//   shikaku-bench-finder [--frames N] [--dir DIR]...
//
// Without --dir it draws N synthetic frames per tier and resolution (tests/geometry/SyntheticPhoto).
// With --dir (repeatable) it also reads every <id>.truth.json with a "photo" entry in DIR (the
// synth helper's photos), reports found rate and corner error per tier, and times the photo
// reader's front end stage by stage on every still (decode, find, rectify, text direction,
// clean-up). --frames 0 skips the drawn frames. Runs single-threaded.
#include "CpuClock.h"
#include "DocumentFinder.h"
#include "Models.h"
#include "PageCleanup.h"
#include "Rectifier.h"
#include "SyntheticPhoto.h"
#include "TextDirection.h"

#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {
using shikaku::bench::threadCpuMs;
using shikaku::testsupport::Tier;

struct Tally {
    std::vector<double> ms;
    std::vector<double> cpuMs; ///< this thread's CPU time: fair on a machine shared with other jobs
    std::vector<double> errorPercent; ///< corner error / document diagonal, found frames only
    int frames = 0, found = 0, withinLimit = 0;
};

/// Milliseconds per front-end stage of the photo reader, one entry per still.
struct StageTimes {
    std::map<std::string, std::vector<double>> ms, cpuMs;
    int stills = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

struct Timing {
    double wallMs = 0.0, cpuMs = 0.0;
};

Timing timedFind(const cv::Mat& image, shikaku::DocumentQuad& quad)
{
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = threadCpuMs();
    quad = shikaku::findDocument(image);
    return {std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count(), threadCpuMs() - c0};
}

void account(Tally& t, const shikaku::DocumentQuad& q, const std::array<cv::Point2f, 4>& truth, Timing ms)
{
    // 1.5 % of the diagonal is the acceptance limit of the geometry tests.
    static constexpr double kLimitPercent = 1.5;
    t.ms.push_back(ms.wallMs);
    t.cpuMs.push_back(ms.cpuMs);
    ++t.frames;
    if (!q.found)
        return;
    ++t.found;
    const double e = 100.0 * shikaku::cornerError(q.corners, truth) / shikaku::quadDiagonal(truth);
    t.errorPercent.push_back(e);
    if (e <= kLimitPercent)
        ++t.withinLimit;
}

void printRow(const std::string& label, const Tally& t)
{
    std::printf("| %s | %d | %.1f | %.1f | %.1f | %.0f %% | %.2f | %.2f | %.0f %% | %d | %d |\n", label.c_str(), t.frames,
                percentile(t.ms, 0.5), percentile(t.ms, 0.9), percentile(t.cpuMs, 0.5), 100.0 * t.found / std::max(1, t.frames),
                percentile(t.errorPercent, 0.5), percentile(t.errorPercent, 0.9),
                100.0 * t.withinLimit / std::max(1, t.frames), t.frames - t.found, t.found - t.withinLimit);
}

void printHeader(const char* first)
{
    std::printf("| %s | frames | median ms | p90 ms | median CPU ms | found | median corner err %% diag | p90 corner err %% diag | within 1.5 %% | missing | off > 1.5 %% |\n",
                first);
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

/// The photo reader's front end on one still, stage by stage (what PhotoPage does), in wall
/// and in this thread's CPU milliseconds (the CPU figure is what one free core needs).
void timeFrontEnd(const std::string& path, const shikaku::Models& models, StageTimes& times)
{
    auto t0 = std::chrono::steady_clock::now();
    double c0 = threadCpuMs();
    auto lap = [&](const std::string& stage) {
        times.ms[stage].push_back(msSince(t0));
        times.cpuMs[stage].push_back(threadCpuMs() - c0);
        t0 = std::chrono::steady_clock::now();
        c0 = threadCpuMs();
    };
    const auto start = t0;
    const double cpuStart = c0;
    const cv::Mat photo = cv::imread(path, cv::IMREAD_COLOR);
    lap("1 decode");
    if (photo.empty())
        return;
    const shikaku::DocumentQuad quad = shikaku::findDocument(photo);
    lap("2 find");
    shikaku::RectifyOptions options;
    options.maxUpsampling = 1.2; // as PhotoPage does
    shikaku::RectifiedDocument page = quad.found ? shikaku::rectify(photo, quad, models, std::nullopt, options)
                                                 : shikaku::wholeFrame(photo);
    cv::Mat gray;
    cv::cvtColor(page.image, gray, cv::COLOR_BGR2GRAY);
    lap("3 rectify (warp + grey)");
    if (shikaku::textRunsVertically(gray))
        cv::rotate(gray, gray, cv::ROTATE_90_CLOCKWISE);
    lap("4 text direction");
    const cv::Mat clean = shikaku::cleanPageForReading(gray);
    lap("5 clean-up");
    times.ms["total front end"].push_back(msSince(start));
    times.cpuMs["total front end"].push_back(threadCpuMs() - cpuStart);
    ++times.stills;
}

void printStages(const std::string& label, const StageTimes& t)
{
    std::printf("\n#### Front end of the photo reader, %s (%d stills)\n\n| stage | median wall ms | p90 wall ms | median CPU ms | p90 CPU ms |\n"
                "|---|---:|---:|---:|---:|\n",
                label.c_str(), t.stills);
    for (const auto& [stage, v] : t.ms) {
        const auto& cpu = t.cpuMs.at(stage);
        std::printf("| %s | %.1f | %.1f | %.1f | %.1f |\n", stage.c_str(), percentile(v, 0.5), percentile(v, 0.9),
                    percentile(cpu, 0.5), percentile(cpu, 0.9));
    }
}

std::array<cv::Point2f, 4> quadFromJson(const nlohmann::json& j)
{
    std::array<cv::Point2f, 4> q;
    for (std::size_t i = 0; i < 4; ++i)
        q[i] = cv::Point2f(j.at(i).at(0).get<float>(), j.at(i).at(1).get<float>());
    return q;
}

/// With --misses: one line per still whose outline is missing or off by more than 1.5 %.
bool g_listMisses = false;

void reportMiss(const std::string& name, const shikaku::DocumentQuad& q, const std::array<cv::Point2f, 4>& truth)
{
    if (!g_listMisses)
        return;
    if (!q.found) {
        std::fprintf(stderr, "miss %s: not found (%s)\n", name.c_str(), q.reason.c_str());
        return;
    }
    const double e = 100.0 * shikaku::cornerError(q.corners, truth) / shikaku::quadDiagonal(truth);
    if (e > 1.5)
        std::fprintf(stderr, "miss %s: corner error %.1f %% of the diagonal, area %.2f of the true one\n", name.c_str(), e,
                     shikaku::quadArea(q.corners) / shikaku::quadArea(truth));
}

void benchDirectory(const std::string& dir, const shikaku::Models& models)
{
    std::map<std::string, Tally> byTier;
    std::map<std::string, StageTimes> stagesBySize;
    int cutOff = 0, cutOffFlagged = 0; // previews whose document is partly outside the frame
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() < 11 || name.substr(name.size() - 11) != ".truth.json")
            continue;
        std::ifstream in(entry.path());
        const auto truth = nlohmann::json::parse(in, nullptr, false);
        if (truth.is_discarded() || !truth.contains("photo") || truth["photo"].is_null())
            continue;
        const auto& photo = truth["photo"];
        const cv::Mat image = cv::imread((entry.path().parent_path() / truth.value("file", "")).string(), cv::IMREAD_COLOR);
        if (image.empty())
            continue;
        const auto quad = quadFromJson(photo.at("quad"));
        const std::string tier = photo.value("tier", "?");
        shikaku::DocumentQuad q;
        const Timing ms = timedFind(image, q);
        if (photo.contains("preview_of")) {
            if (!photo.value("quad_inside_frame", true)) {
                // Only "move inside the frame" or "no document" is right here; no corners to compare.
                ++cutOff;
                bool touches = !q.found;
                for (const auto& p : q.corners)
                    touches = touches || p.x < 8 || p.y < 8 || p.x > image.cols - 9 || p.y > image.rows - 9;
                cutOffFlagged += touches ? 1 : 0;
                continue;
            }
            account(byTier[tier + " preview " + std::to_string(image.cols) + "×" + std::to_string(image.rows)], q, quad, ms);
            continue;
        }
        account(byTier[tier + " still " + std::to_string(image.cols) + "×" + std::to_string(image.rows)], q, quad, ms);
        reportMiss(name, q, quad);
        timeFrontEnd((entry.path().parent_path() / truth.value("file", "")).string(), models,
                     stagesBySize[std::to_string(int(std::lround(image.total() / 1e6))) + " MP"]);
        // The same photo at preview size (a 4:3 sensor's 1280-wide stream).
        cv::Mat small;
        const double f = 1280.0 / image.cols;
        cv::resize(image, small, cv::Size(), f, f, cv::INTER_AREA);
        const Timing smallMs = timedFind(small, q);
        account(byTier[tier + " still scaled to 1280×" + std::to_string(small.rows)], q, shikaku::scaledQuad(quad, f), smallMs);
    }
    std::printf("\n### shikaku-synth photos from %s\n\n", dir.c_str());
    printHeader("tier, frame");
    for (const auto& [tier, t] : byTier)
        printRow(tier, t);
    std::printf("\nPreviews with the document partly outside the frame: %d; reported as touching the edge or "
                "not found: %d.\n",
                cutOff, cutOffFlagged);
    for (const auto& [size, t] : stagesBySize)
        printStages(size, t);
}

} // namespace

int main(int argc, char** argv)
{
    int frames = 20;
    std::vector<std::string> dirs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--frames" && i + 1 < argc)
            frames = std::max(0, std::atoi(argv[++i]));
        else if (a == "--misses")
            g_listMisses = true;
        else if (a == "--dir" && i + 1 < argc)
            dirs.push_back(argv[++i]);
        else {
            std::fprintf(stderr, "usage: shikaku-bench-finder [--frames N] [--misses] [--dir DIR]...\n");
            return 2;
        }
    }
    cv::setNumThreads(1); // the figure that matters is one core of the kiosk
    const std::vector<std::pair<std::string, cv::Size>> sizes{
        {"720p", {1280, 720}}, {"1080p", {1920, 1080}}, {"8 MP", {3264, 2448}}};
    if (frames > 0) {
        std::printf("### Document finder on synthetic frames (%d per tier and size, single thread)\n\n", frames);
        printHeader("size, tier");
    }
    for (const auto& [label, size] : sizes) {
        if (frames == 0)
            break;
        Tally all;
        for (Tier tier : {Tier::Easy, Tier::Medium, Tier::Hard}) {
            Tally t;
            for (int i = 0; i < frames; ++i) {
                const auto photo = shikaku::testsupport::renderScene(shikaku::testsupport::sceneForTier(tier, i, size));
                shikaku::DocumentQuad q;
                const Timing ms = timedFind(photo.image, q);
                account(t, q, photo.quad, ms);
                account(all, q, photo.quad, ms);
            }
            printRow(label + " " + shikaku::testsupport::toString(tier), t);
        }
        printRow(label + " all", all);
    }
    if (!dirs.empty()) {
        const shikaku::Models models = shikaku::Models::load(shikaku::Models::defaultDirectory());
        for (const auto& dir : dirs)
            benchDirectory(dir, models);
    }
    return 0;
}
