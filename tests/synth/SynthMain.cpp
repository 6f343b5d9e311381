// shikaku-synth: writes fictitious documents (flat images, PDFs, simulated photos) with truth files.
#include "DocumentWriter.h"
#include "PhotoSimulator.h"
#include "SynthDocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>
#include <optional>
#include <vector>

using namespace shikaku;
using namespace shikaku::synth;

namespace {

constexpr const char* kAllKinds = "kakuninsho_card,kakuninsho_postcard,kakuninsho_a4,oshirase,portal_pdf,portal_screen,"
                                  "health_insurance_card,back_side,unknown";

struct Options {
    QString outDir;
    std::uint64_t seed = 1;
    int count = 1;
    std::vector<DocumentKind> kinds;
    std::vector<PhotoTier> tiers;
    std::optional<double> megapixels;
    std::vector<PdfMode> pdfModes{PdfMode::Text};
    double dpi = 300;
    int previewHeight = 0;
};

int usage(const QString& message)
{
    std::fprintf(stderr, "shikaku-synth: %s (see --help)\n", qPrintable(message));
    return 2;
}

std::optional<QString> parse(QCommandLineParser& parser, const QStringList& arguments, Options& o)
{
    parser.setApplicationDescription("Writes fictitious health-insurance documents and their ground truth (test data only; "
                                     "every name and number is invented).");
    parser.addHelpOption();
    parser.addOptions({
        {"out", "Output directory (created if missing).", "DIR"},
        {"seed", "Seed; the same seed gives the same documents.", "N", "1"},
        {"count", "Documents per kind.", "N", "1"},
        {"kinds", QString("Comma-separated kinds (default all): %1.").arg(kAllKinds), "LIST", kAllKinds},
        {"photos", "Also simulate document-camera photos: none|easy|medium|hard|all.", "TIER", "none"},
        {"megapixels", "Photo frame: 2 (1600x1200) or 8 (3264x2448). Default: 8, hard tier 2.", "MP"},
        {"pdf", "portal_pdf flavour: text|image|both.", "MODE", "text"},
        {"dpi", "Flat image resolution.", "N", "300"},
        {"preview", "Also write a 16:9 preview frame per photo: 720 or 1080.", "HEIGHT"},
    });
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet("help"))
        return std::nullopt;
    if (!parser.isSet("out"))
        return QString("--out DIR is required");
    o.outDir = parser.value("out");
    bool ok = false;
    o.seed = parser.value("seed").toULongLong(&ok);
    if (!ok)
        return QString("--seed must be a non-negative integer");
    o.count = parser.value("count").toInt(&ok);
    if (!ok || o.count < 1 || o.count > 100000)
        return QString("--count must be 1..100000");
    for (const QString& name : parser.value("kinds").split(',', Qt::SkipEmptyParts)) {
        const auto kind = documentKindFromString(name.trimmed().toStdString());
        if (!kind)
            return "unknown kind " + name;
        o.kinds.push_back(*kind);
    }
    const QString photos = parser.value("photos");
    if (photos == "all")
        o.tiers = {PhotoTier::Easy, PhotoTier::Medium, PhotoTier::Hard};
    else if (photos != "none") {
        const auto tier = photoTierFromString(photos.toStdString());
        if (!tier)
            return "unknown photo tier " + photos;
        o.tiers = {*tier};
    }
    if (parser.isSet("megapixels")) {
        const QString mp = parser.value("megapixels");
        if (mp != "2" && mp != "8")
            return QString("--megapixels must be 2 or 8");
        o.megapixels = mp.toDouble();
    }
    const QString pdf = parser.value("pdf");
    if (pdf == "image")
        o.pdfModes = {PdfMode::Image};
    else if (pdf == "both")
        o.pdfModes = {PdfMode::Text, PdfMode::Image};
    else if (pdf != "text")
        return QString("--pdf must be text, image or both");
    o.dpi = parser.value("dpi").toDouble(&ok);
    if (!ok || o.dpi < 50 || o.dpi > 1200)
        return QString("--dpi must be 50..1200");
    if (parser.isSet("preview")) {
        o.previewHeight = parser.value("preview").toInt(&ok);
        if (o.previewHeight != 720 && o.previewHeight != 1080)
            return QString("--preview must be 720 or 1080");
    }
    return std::nullopt;
}

QString pad(int i) { return QString("%1").arg(i, 4, 10, QChar('0')); }

} // namespace

int main(int argc, char** argv)
{
    // No display on the build machines; QPainter only needs the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    Options o;
    if (const auto error = parse(parser, app.arguments(), o))
        return usage(*error);
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!QDir().mkpath(o.outDir))
        return usage("cannot create " + o.outDir);

    int written = 0;
    for (const DocumentKind kind : o.kinds) {
        const QString kindName = QString::fromStdString(std::string(toString(kind)));
        for (int i = 0; i < o.count; ++i) {
            const std::uint64_t docSeed = o.seed * 1000003ULL + static_cast<std::uint64_t>(i);
            const bool pdfKind = kind == DocumentKind::PortalPdf;
            const std::vector<PdfMode> modes = pdfKind ? o.pdfModes : std::vector<PdfMode>{PdfMode::Text};
            for (const PdfMode mode : modes) {
                RenderOptions render;
                render.dpi = o.dpi;
                render.pdfMode = mode;
                FlatDocument doc = renderDocument(kind, docSeed, render);
                QString id = kindName + "_" + pad(i);
                if (pdfKind && modes.size() > 1)
                    id += mode == PdfMode::Text ? "_text" : "_image";
                QString error;
                const auto file = writeFlatDocument(o.outDir, id, doc, &error);
                if (!file) {
                    std::fprintf(stderr, "shikaku-synth: %s\n", qPrintable(error));
                    return 1;
                }
                ++written;
                if (pdfKind)
                    continue; // uploaded, never photographed
                for (const PhotoTier tier : o.tiers) {
                    PhotoOptions photo;
                    photo.tier = tier;
                    photo.megapixels = o.megapixels.value_or(tier == PhotoTier::Hard ? 2.0 : 8.0);
                    photo.seed = docSeed * 31 + static_cast<std::uint64_t>(tier);
                    SimulatedPhoto shot = simulatePhoto(doc, photo);
                    const QString photoId = id + "_" + QString::fromStdString(std::string(toString(tier)));
                    if (!writePhoto(o.outDir, photoId, doc.truth, *file, shot, &error)) {
                        std::fprintf(stderr, "shikaku-synth: %s\n", qPrintable(error));
                        return 1;
                    }
                    ++written;
                    if (o.previewHeight > 0) {
                        SimulatedPhoto preview = makePreviewFrame(shot, o.previewHeight);
                        if (!writePhoto(o.outDir, photoId + "_preview", doc.truth, *file, preview, &error)) {
                            std::fprintf(stderr, "shikaku-synth: %s\n", qPrintable(error));
                            return 1;
                        }
                        ++written;
                    }
                }
            }
        }
    }
    std::fprintf(stderr, "shikaku-synth: wrote %d documents to %s\n", written, qPrintable(o.outDir));
    return 0;
}
