// shikaku-kind-diag: why a generated photo gets the kind and upright turn it gets. For each
// photo (its <id>.truth.json beside it) prints one line: tier, true kind → detected kind,
// whether the outline was found, the measured side ratio, the corners (median inset / corners
// measured, and the shape told: CornerShape), whether the page is portrait,
// whether the final turn is right (from the truth quad), and per reading (0°/180°) the labels
// found, the kind and the title chunks' text. Dev tool for docs/notes/photo-kinds.md; it prints
// titles only, never field values.
//
//   shikaku-kind-diag PHOTO.jpg...

#include "DocumentClassifier.h"
#include "Models.h"
#include "InvertedText.h"
#include "OcrEngine.h"
#include "PageCleanup.h"
#include "PhotoPage.h"
#include "Scanner.h"
#include "TextNormalize.h"
#include "UprightPage.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
using namespace shikaku;

namespace {

std::string utf8(const std::u32string& s)
{
    std::string out;
    for (char32_t c : s)
        appendUtf8(out, c);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    Scanner scanner;
    if (!scanner.isReady()) {
        std::cerr << scanner.setupError() << "\n";
        return 1;
    }
    JudgeOptions judge;
    ScanLimits limits;
    const ReadContext ctx{scanner.ocr(), scanner.models(), limits, judge, KindHint::Auto};
    for (int i = 1; i < argc; ++i) {
        const fs::path photo = argv[i];
        fs::path truthPath = photo;
        truthPath.replace_extension(".truth.json");
        std::ifstream in(truthPath);
        const auto truth = nlohmann::json::parse(in, nullptr, false);
        if (truth.is_discarded()) {
            std::cerr << "no truth for " << photo << "\n";
            continue;
        }
        const cv::Mat bgr = cv::imread(photo.string(), cv::IMREAD_COLOR);
        QualityMeasures quality;
        const PhotoPage page = preparePhotoPage(bgr, std::nullopt, std::nullopt, scanner.models(), quality);
        PageShape shape = shapeOf(page);
        // As the photo reader does: light-on-dark print turned over before the clean-up.
        cv::Mat gray = page.gray;
        {
            cv::Mat raw;
            cv::cvtColor(page.document.image, raw, cv::COLOR_BGR2GRAY);
            double share = 0.0;
            const cv::Mat flipped = darkOnLight(raw, &share, &shape.lightOnDark);
            if (share > 0.0)
                gray = cleanPageForReading(flipped);
        }
        std::vector<UprightPage> tried;
        const UprightPage best = readUprightPage(gray, shape, ctx, &tried);
        // photoCorners: where the page's TL, TR, BR, BL lie in the photo; turned clockwise by 90° the TL is the BL.
        const auto& corners = page.document.photoCorners;
        const std::size_t topLeft = static_cast<std::size_t>((4 - best.degrees / 90) % 4);
        const bool vertical = page.document.image.rows > page.document.image.cols;
        std::string orientation = "n/a";
        const auto& tq = truth["photo"]["quad"];
        if (page.outlineFound && tq.is_array()) {
            const cv::Point2f truthTopLeft(tq[0][0].get<float>(), tq[0][1].get<float>());
            const double diagonal = cv::norm(corners[2] - corners[0]);
            orientation = cv::norm(corners[topLeft] - truthTopLeft) < 0.2 * diagonal ? "right" : "WRONG";
        }
        const std::string truthKind = truth.value("kind", "");
        const std::string kind(toString(best.kind));
        std::cout << photo.filename().string() << " | " << truth["photo"].value("tier", "") << " | " << truthKind << " -> " << kind
                  << (kind == truthKind ? " ok" : " MISS") << " | layout " << truth.value("layout", "") << " | found " << page.outlineFound
                  << " aspect " << shape.aspect << " corners " << page.corners.inset << "/" << page.corners.measuredCorners
                  << (page.corners.shape == CornerShape::Rounded ? " rounded" : page.corners.shape == CornerShape::Square ? " square" : " ?") << " portrait " << vertical << " | upright " << orientation << " (" << best.degrees << ")";
        for (const auto& t : tried) {
            std::cout << " || " << t.degrees << "°: labels " << t.fields.fieldLabels << "+" << t.fields.otherLabels << " kind "
                      << toString(t.kind) << " body " << t.page.bodyGlyphHeight << "px ratio "
                      << static_cast<double>(t.page.bodyGlyphHeight) / std::min(gray.cols, gray.rows) << " chunks " << t.page.chunks.size()
                      << " rows " << textRows(t.page) << " titles:";
            for (const auto& c : t.page.chunks)
                if (c.title)
                    std::cout << " [" << utf8(c.text) << " h" << c.chunk.glyphHeight << " c" << static_cast<int>(c.confidence * 100) << "]";
            if (!t.searchedTitles.jpn.empty())
                std::cout << " searched:";
            for (const auto& s : t.searchedTitles.jpn)
                std::cout << " [" << utf8(s) << "]";
            if (!t.searchedTitles.lineModel.empty())
                std::cout << " line model:";
            for (const auto& s : t.searchedTitles.lineModel)
                std::cout << " [" << utf8(s) << "]";
            if (!t.searchedTitles.lineModelWidened.empty())
                std::cout << " widened:";
            for (const auto& s : t.searchedTitles.lineModelWidened)
                std::cout << " [" << utf8(s) << "]";
        }
        std::cout << std::endl;
        // With SHIKAKU_DIAG_DIR set: the upright page with its chunk boxes (titles thick), to look at.
        if (const char* dir = std::getenv("SHIKAKU_DIAG_DIR")) {
            cv::Mat shown;
            cv::cvtColor(best.gray, shown, cv::COLOR_GRAY2BGR);
            for (const auto& c : best.page.chunks)
                cv::rectangle(shown, c.chunk.box, c.title ? cv::Scalar(0, 0, 255) : cv::Scalar(0, 160, 0), c.title ? 3 : 1);
            cv::imwrite((fs::path(dir) / (photo.stem().string() + ".png")).string(), shown);
            cv::imwrite((fs::path(dir) / (photo.stem().string() + "_gray.png")).string(), best.gray);
        }
    }
    return 0;
}
