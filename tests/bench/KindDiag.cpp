// shikaku-kind-diag: why a generated photo gets the kind and upright turn it gets. For each
// photo (its <id>.truth.json beside it) prints one line: tier, true kind → detected kind,
// whether the outline was found, the measured side ratio, whether the page was turned by 90°,
// whether the final turn is right (from the truth quad), and per reading (0°/180°) the labels
// found, the kind and the title chunks' text. Dev tool for docs/readme/kinds.md; it prints
// titles only, never field values.
//
//   shikaku-kind-diag PHOTO.jpg...

#include "DocumentFinder.h"
#include "Models.h"
#include "OcrEngine.h"
#include "Scanner.h"
#include "TextDirection.h"
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
        const DocumentQuad quad = findDocument(bgr);
        // The same steps as rectifyPhoto, keeping which photo corner ends up top-left.
        cv::Mat flat = bgr;
        std::array<cv::Point2f, 4> corners{cv::Point2f(0, 0), cv::Point2f(bgr.cols, 0), cv::Point2f(bgr.cols, bgr.rows),
                                           cv::Point2f(0, bgr.rows)};
        double aspect = 0;
        if (quad.found) {
            corners = quad.corners;
            const auto& c = corners;
            const double w = (cv::norm(c[1] - c[0]) + cv::norm(c[2] - c[3])) / 2, h = (cv::norm(c[3] - c[0]) + cv::norm(c[2] - c[1])) / 2;
            const double shrink = std::min(1.0, 3200 / std::max(w, h));
            const std::array<cv::Point2f, 4> target{cv::Point2f(0, 0), cv::Point2f(w * shrink, 0), cv::Point2f(w * shrink, h * shrink),
                                                    cv::Point2f(0, h * shrink)};
            cv::warpPerspective(bgr, flat, cv::getPerspectiveTransform(c.data(), target.data()),
                                cv::Size(static_cast<int>(w * shrink + 0.5), static_cast<int>(h * shrink + 0.5)), cv::INTER_LINEAR,
                                cv::BORDER_REPLICATE);
        }
        aspect = static_cast<double>(std::max(flat.cols, flat.rows)) / std::min(flat.cols, flat.rows);
        cv::Mat gray;
        cv::cvtColor(flat, gray, cv::COLOR_BGR2GRAY);
        const bool vertical = textRunsVertically(gray);
        int topLeft = 0; // index into corners of the photo point at the image's top-left
        if (vertical) {
            cv::rotate(gray, gray, cv::ROTATE_90_CLOCKWISE);
            topLeft = 3;
        }
        std::vector<UprightPage> tried;
        const UprightPage best = readUprightPage(gray, 0.0, ctx, &tried);
        if (best.degrees == 180)
            topLeft = (topLeft + 2) % 4;
        std::string orientation = "n/a";
        const auto& tq = truth["photo"]["quad"];
        if (quad.found && tq.is_array()) {
            const cv::Point2f truthTopLeft(tq[0][0].get<float>(), tq[0][1].get<float>());
            const double diagonal = cv::norm(corners[2] - corners[0]);
            orientation = cv::norm(corners[static_cast<std::size_t>(topLeft)] - truthTopLeft) < 0.2 * diagonal ? "right" : "WRONG";
        }
        const std::string truthKind = truth.value("kind", "");
        const std::string kind(toString(best.kind));
        std::cout << photo.filename().string() << " | " << truth["photo"].value("tier", "") << " | " << truthKind << " -> " << kind
                  << (kind == truthKind ? " ok" : " MISS") << " | layout " << truth.value("layout", "") << " | found " << quad.found
                  << " aspect " << aspect << " vert " << vertical << " | upright " << orientation << " (" << best.degrees << ")";
        for (const auto& t : tried) {
            std::cout << " || " << t.degrees << "°: labels " << t.fields.fieldLabels << "+" << t.fields.otherLabels << " kind "
                      << toString(t.kind) << " body " << t.page.bodyGlyphHeight << "px ratio "
                      << static_cast<double>(t.page.bodyGlyphHeight) / std::min(gray.cols, gray.rows) << " titles:";
            for (const auto& c : t.page.chunks)
                if (c.title)
                    std::cout << " [" << utf8(c.text) << " h" << c.chunk.glyphHeight << " c" << static_cast<int>(c.confidence * 100) << "]";
            if (!t.searchedTitles.empty())
                std::cout << " searched:";
            for (const auto& s : t.searchedTitles)
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
