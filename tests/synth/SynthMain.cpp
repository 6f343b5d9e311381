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
    int first = 0; // index of the first document: one document of a corpus can be made again alone
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
        {"first", "Index of the first document (an index gives the same document whatever the count).", "N", "0"},
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
    o.first = parser.value("first").toInt(&ok);
    if (!ok || o.first < 0 || o.first > 100000)
        return QString("--first must be 0..100000");
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

/// Photos of one flat document in every requested tier (and their preview frames).
/// Returns the number of files written, or -1 after printing the error.
int writePhotos(const Options& o, DocumentKind kind, std::uint64_t docSeed, const QString& id, const FlatDocument& doc, const QString& file)
{
    int written = 0;
    QString error;
    for (const PhotoTier tier : o.tiers) {
        PhotoOptions photo;
        photo.tier = tier;
        photo.megapixels = o.megapixels.value_or(tier == PhotoTier::Hard ? 2.0 : 8.0);
        photo.seed = photoSeed(kind, docSeed, tier);
        const SimulatedPhoto shot = simulatePhoto(doc, photo);
        const QString photoId = id + "_" + QString::fromStdString(std::string(toString(tier)));
        if (!writePhoto(o.outDir, photoId, doc.truth, file, shot, &error))
            break;
        ++written;
        if (o.previewHeight > 0) {
            if (!writePhoto(o.outDir, photoId + "_preview", doc.truth, file, makePreviewFrame(shot, o.previewHeight), &error))
                break;
            ++written;
        }
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "shikaku-synth: %s\n", qPrintable(error));
        return -1;
    }
    return written;
}

/// Document number `index` of the kind (both PDF flavours when asked), with its photos.
int writeDocument(const Options& o, DocumentKind kind, int index)
{
    const QString kindName = QString::fromStdString(std::string(toString(kind)));
    const std::uint64_t docSeed = o.seed * 1000003ULL + static_cast<std::uint64_t>(index);
    const bool pdfKind = kind == DocumentKind::PortalPdf;
    const std::vector<PdfMode> modes = pdfKind ? o.pdfModes : std::vector<PdfMode>{PdfMode::Text};
    int written = 0;
    for (const PdfMode mode : modes) {
        FlatDocument doc = renderDocument(kind, docSeed, {o.dpi, mode});
        QString id = kindName + "_" + pad(index);
        if (pdfKind && modes.size() > 1)
            id += mode == PdfMode::Text ? "_text" : "_image";
        QString error;
        const auto file = writeFlatDocument(o.outDir, id, doc, &error);
        if (!file) {
            std::fprintf(stderr, "shikaku-synth: %s\n", qPrintable(error));
            return -1;
        }
        ++written;
        if (pdfKind)
            continue; // uploaded, never photographed
        const int photos = writePhotos(o, kind, docSeed, id, doc, *file);
        if (photos < 0)
            return -1;
        written += photos;
    }
    return written;
}

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
    if (!QDir().mkpath(o.outDir)) {
        std::fprintf(stderr, "shikaku-synth: cannot create %s\n", qPrintable(o.outDir));
        return 1;
    }

    int written = 0;
    for (const DocumentKind kind : o.kinds) {
        for (int i = o.first; i < o.first + o.count; ++i) {
            const int files = writeDocument(o, kind, i);
            if (files < 0)
                return 1;
            written += files;
        }
    }
    std::fprintf(stderr, "shikaku-synth: wrote %d documents to %s\n", written, qPrintable(o.outDir));
    return 0;
}
