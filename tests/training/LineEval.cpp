// shikaku-line-eval: the kiosk's line model against the stock jpn model on the same held-out
// training lines (eval-NNN.tif/.box of shikaku-training-lines), like for like: the same
// image (the line cut to its characters' box plus 4 px, as Tesseract's training cut it), the
// same mode (one raw line), both readings in the reader's matching form (half-width, no
// spaces). Prints, per kind of line, how many lines each reads exactly, the character error
// rate and the CPU per character read. Lines with 〓 (other print) are left out of jpn's
// figures: jpn cannot write 〓. Dev tool; the lines are generated, fictitious print.
//
//   shikaku-line-eval --lines DIR [--models DIR] [--limit N]

#include "CpuClock.h"
#include "LineModelOcr.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "TextNormalize.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace shikaku;
using bench::threadCpuMs;

namespace {

constexpr int kTrainingMargin = 4; // Tesseract's lstm.train cuts a line to its box plus this

struct EvalLine {
    cv::Mat image;
    std::u32string truth;
};

// The pages of one eval TIFF with their transcripts and boxes (every character of a line
// carries the line's box; a tab ends the line).
std::vector<EvalLine> loadLines(const fs::path& tif, const fs::path& box)
{
    std::vector<cv::Mat> pages;
    cv::imreadmulti(tif.string(), pages, cv::IMREAD_GRAYSCALE);
    std::map<int, std::pair<std::u32string, cv::Rect>> byPage;
    std::ifstream in(box);
    std::string row;
    while (std::getline(in, row)) {
        if (row.empty() || row[0] == '\t')
            continue;
        std::istringstream fields(row);
        std::string glyph;
        int left = 0, bottom = 0, right = 0, top = 0, page = 0;
        if (!(fields >> glyph >> left >> bottom >> right >> top >> page) || page < 0 || page >= static_cast<int>(pages.size()))
            continue;
        auto& [text, rect] = byPage[page];
        for (char32_t c : decodeUtf8(glyph))
            text.push_back(c);
        const int h = pages[static_cast<std::size_t>(page)].rows;
        rect = cv::Rect(cv::Point(left, h - top), cv::Point(right, h - bottom));
    }
    std::vector<EvalLine> lines;
    for (auto& [page, entry] : byPage) {
        const cv::Mat& image = pages[static_cast<std::size_t>(page)];
        const cv::Rect cut = (entry.second + cv::Size(2 * kTrainingMargin, 2 * kTrainingMargin) - cv::Point(kTrainingMargin, kTrainingMargin)) &
                             cv::Rect(0, 0, image.cols, image.rows);
        if (cut.width > 0 && cut.height > 0)
            lines.push_back({image(cut).clone(), entry.first});
    }
    return lines;
}

std::string kindOf(const std::u32string& truth)
{
    if (truth.find(kOtherPrint) != std::u32string::npos)
        return "other print (with 〓)";
    if (std::all_of(truth.begin(), truth.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
        return "digits";
    if (truth.find(U'年') != std::u32string::npos || truth.find(U'月') != std::u32string::npos)
        return "dates";
    return "words (titles, labels)";
}

std::size_t editDistance(const std::u32string& a, const std::u32string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t next = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = row[j];
            row[j] = next;
        }
    }
    return row[b.size()];
}

struct Tally {
    int lines = 0, exact = 0;
    std::size_t characters = 0, errors = 0;
    double cpuMs = 0;
    void add(const std::u32string& truth, const std::u32string& read, double ms)
    {
        ++lines;
        exact += truth == read ? 1 : 0;
        characters += truth.size();
        errors += editDistance(truth, read);
        cpuMs += ms;
    }
};

std::u32string readAs(OcrEngine& engine, const cv::Mat& image, double& ms)
{
    const double start = threadCpuMs();
    const OcrLine line = engine.readLine(image, {}, Segmentation::RawLine);
    ms = threadCpuMs() - start;
    std::u32string text;
    for (const OcrWord& w : line.words)
        text += matchingForm(w.text);
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    fs::path linesDir;
    std::string modelsDir = Models::defaultDirectory();
    int limit = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--lines" && i + 1 < argc)
            linesDir = argv[++i];
        else if (a == "--models" && i + 1 < argc)
            modelsDir = argv[++i];
        else if (a == "--limit" && i + 1 < argc)
            limit = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr, "usage: shikaku-line-eval --lines DIR [--models DIR] [--limit N]\n");
            return 2;
        }
    }
    const Models models = Models::load(modelsDir);
    OcrEngine* lineModel = models.isValid() ? lineModelOcr(models) : nullptr;
    OcrEngine jpn;
    if (!lineModel || !jpn.isReady()) {
        std::fprintf(stderr, "shikaku-line-eval: no line model in %s or no jpn model\n", modelsDir.c_str());
        return 1;
    }
    std::vector<fs::path> tifs;
    for (const auto& entry : fs::directory_iterator(linesDir))
        if (entry.path().extension() == ".tif" && entry.path().filename().string().rfind("eval-", 0) == 0)
            tifs.push_back(entry.path());
    std::sort(tifs.begin(), tifs.end());
    std::map<std::string, std::pair<Tally, Tally>> tallies; // kind: line model, jpn
    int read = 0;
    for (const fs::path& tif : tifs) {
        for (const EvalLine& line : loadLines(tif, fs::path(tif).replace_extension(".box"))) {
            if (limit > 0 && read >= limit)
                break;
            ++read;
            const std::string kind = kindOf(line.truth);
            double ms = 0;
            const std::u32string byModel = readAs(*lineModel, line.image, ms);
            tallies[kind].first.add(line.truth, byModel, ms);
            if (line.truth.find(kOtherPrint) == std::u32string::npos) {
                const std::u32string byJpn = readAs(jpn, line.image, ms);
                tallies[kind].second.add(line.truth, byJpn, ms);
            }
        }
    }
    std::printf("%d held-out lines of %s\n\n", read, linesDir.string().c_str());
    std::printf("| lines | count | line model: exact | CER | CPU ms / character | jpn: exact | CER | CPU ms / character |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    auto row = [](const std::string& name, const Tally& m, const Tally& j) {
        auto pct = [](double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; };
        auto perChar = [](const Tally& t) { return t.characters ? t.cpuMs / static_cast<double>(t.characters) : 0.0; };
        std::printf("| %s | %d | %.1f %% | %.1f %% | %.2f |", name.c_str(), m.lines, pct(m.exact, m.lines),
                    pct(static_cast<double>(m.errors), static_cast<double>(m.characters)), perChar(m));
        if (j.lines > 0)
            std::printf(" %.1f %% | %.1f %% | %.2f |\n", pct(j.exact, j.lines), pct(static_cast<double>(j.errors), static_cast<double>(j.characters)),
                        perChar(j));
        else
            std::printf(" – | – | – |\n");
    };
    Tally allModel, allJpn, sameModel;
    for (const auto& [kind, t] : tallies) {
        row(kind, t.first, t.second);
        auto merge = [](Tally& into, const Tally& t) {
            into.lines += t.lines, into.exact += t.exact, into.characters += t.characters, into.errors += t.errors, into.cpuMs += t.cpuMs;
        };
        merge(allModel, t.first);
        merge(allJpn, t.second);
        if (t.second.lines > 0)
            merge(sameModel, t.first);
    }
    row("**all without 〓**", sameModel, allJpn);
    row("**all**", allModel, Tally{});
    return 0;
}
