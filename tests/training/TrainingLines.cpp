// shikaku-training-lines: lines of print cut out of simulated document-camera photos, with
// their transcripts, for training the kiosk's own line recogniser (scripts/train-recogniser.sh).
//
//   shikaku-training-lines --out DIR [--documents N] [--seed S] [--eval-share 0.1] [--others mark|drop]
//
// Each document of every photographed kind is rendered with fictitious data, photographed by
// the simulator (mostly the hard tier: 2 MP, blur, grain, dim light), flattened with its true
// outline at the reader's canonical resolution and cleaned as the reader cleans a page. Every
// line of text the renderer drew is then cut out and prepared exactly as the reader prepares a
// crop for Tesseract (prepareCrop, at one of the reader's settings), so the recogniser trains
// on what it will be given. Out: train-NNN.tif/.box and eval-NNN.tif/.box (one line per page,
// Tesseract's line-box format) for `tesseract … lstm.train`. Only generated, fictitious
// documents; nothing is printed about their text.

#include "CropReader.h"
#include "LineModelOcr.h"
#include "Models.h"
#include "PageCleanup.h"
#include "PhotoSimulator.h"
#include "Rectifier.h"
#include "SynthDocument.h"
#include "TextRecording.h"

#include <QGuiApplication>
#include <QString>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace shikaku;
using namespace shikaku::synth;

namespace {

constexpr int kLinesPerFile = 400;   // pages of one multi-page TIFF
constexpr int kMaxCharacters = 24;   // titles, labels, values; paragraph lines are left out
constexpr int kTitleCuts = 4;        // a title is cut this many times, each with its own setting and jitter

struct Options {
    fs::path out;
    int documents = 200;
    std::uint64_t seed = 77; // not the benchmark's 4242: never train on the photos it measures
    double evalShare = 0.1;
    bool dropOthers = false; ///< leave out lines with other characters instead of marking them
};

struct Line {
    cv::Mat image;
    cv::Rect textBox; // in image pixels, top-left origin
    QString text;
};

// Writes lines as one multi-page TIFF and its box file: every character of a line gets the
// line's box, then a tab marks the line's end (the form tesstrain writes for line images).
class LineFileWriter {
public:
    LineFileWriter(fs::path dir, std::string prefix) : m_dir(std::move(dir)), m_prefix(std::move(prefix)) {}
    ~LineFileWriter() { flush(); }

    /// Writes the lines not written yet (the last, partly filled file).
    void flush()
    {
        if (m_lines.empty())
            return;
        write();
    }

    void add(Line line)
    {
        m_lines.push_back(std::move(line));
        if (m_lines.size() >= kLinesPerFile)
            flush();
    }
    int files() const { return m_files; }
    int lines() const { return m_total; }

private:
    void write()
    {
        char name[32];
        std::snprintf(name, sizeof name, "%s-%03d", m_prefix.c_str(), m_files);
        std::vector<cv::Mat> pages;
        std::ofstream box(m_dir / (std::string(name) + ".box"));
        for (std::size_t page = 0; page < m_lines.size(); ++page) {
            const Line& l = m_lines[page];
            pages.push_back(l.image);
            const int h = l.image.rows;
            const int left = l.textBox.x, right = l.textBox.x + l.textBox.width;
            const int bottom = h - (l.textBox.y + l.textBox.height), top = h - l.textBox.y;
            for (const char32_t c : l.text.toStdU32String())
                box << QString::fromUcs4(&c, 1).toStdString() << ' ' << left << ' ' << bottom << ' ' << right << ' ' << top << ' ' << page
                    << '\n';
            box << "\t " << right << ' ' << bottom << ' ' << right + 1 << ' ' << top << ' ' << page << '\n';
        }
        cv::imwritemulti((m_dir / (std::string(name) + ".tif")).string(), pages);
        m_total += static_cast<int>(m_lines.size());
        ++m_files;
        m_lines.clear();
    }

    fs::path m_dir;
    std::string m_prefix;
    std::vector<Line> m_lines;
    int m_files = 0;
    int m_total = 0;
};

// The transcript as the recogniser should give it: NFKC (full-width digits and brackets as
// ASCII, as Tesseract's training normalises them), without spaces.
QString transcript(const QString& drawn)
{
    QString text = drawn.normalized(QString::NormalizationForm_KC);
    text.remove(' ');
    text.remove(QChar(0x3000));
    return text;
}

// What the kiosk reads with the line model: titles, labels, digits and dates. Every other
// character (names, addresses, notes, a receipt's print) is transcribed as kOtherPrint: a
// model that knew only the documents' words would read them into any print it is shown
// (マイナポータル from a shop's name on a receipt), and one that has learnt "something else"
// says so instead.
struct Vocabulary {
    std::set<char32_t> characters;
    std::set<QString> titles; // whole titles and headings, cut several times (they are few)
};

Vocabulary closedVocabulary(const Models& models)
{
    Vocabulary v;
    auto addWords = [&](const std::vector<std::string>& words, bool title) {
        for (const std::string& w : words) {
            const QString text = transcript(QString::fromStdString(w));
            for (const char32_t c : text.toStdU32String())
                v.characters.insert(c);
            if (title)
                v.titles.insert(text);
        }
    };
    for (int k = 0; k <= static_cast<int>(DocumentKind::Unknown); ++k) {
        const DocumentModel& d = models.document(static_cast<DocumentKind>(k));
        addWords(d.titles, true);
        addWords(d.headings, true);
        addWords(d.titleAloneTitles, true);
    }
    for (const FieldId id : kAllFields)
        addWords(models.field(id).labels, false);
    addWords(models.distractorLabels(), false);
    addWords(models.combinedSymbolNumberLabels(), false);
    addWords({"0123456789", "年月日令和平成昭和元", "・-()/.:"}, false);
    return v;
}

QString withOthersMarked(const QString& text, const Vocabulary& v)
{
    std::u32string chars = text.toStdU32String();
    for (char32_t& c : chars)
        if (!v.characters.count(c))
            c = kOtherPrint;
    return QString::fromStdU32String(chars);
}

// The photographed kinds, in turn; a document's tier is drawn with more weight on the hard
// tier, whose blurred 2 MP print the stock model reads worst.
const std::vector<DocumentKind> kPhotographedKinds{DocumentKind::KakuninshoCard, DocumentKind::KakuninshoPostcard, DocumentKind::KakuninshoA4,
                                                   DocumentKind::Oshirase,       DocumentKind::PortalScreen,       DocumentKind::HealthInsuranceCard,
                                                   DocumentKind::BackSide,       DocumentKind::Unknown};

PhotoTier tierFor(Rng& rng)
{
    const double draw = rng.uniform();
    return draw < 0.6 ? PhotoTier::Hard : draw < 0.85 ? PhotoTier::Medium : PhotoTier::Easy;
}

// One of the reader's crop settings at 30 px (TitleSearch's stretches and binarisation, the
// chunk reader's default): 44 px readings differ only in the scaling Tesseract undoes.
CropReadSettings readerSetting(Rng& rng)
{
    CropReadSettings s;
    static const std::vector<double> stretches{1.0, 1.0, 1.0, 1.4, 1.6, 2.0};
    s.widthScale = rng.pick(stretches);
    s.binarisation = rng.chance(0.25) ? CropBinarisation::Otsu : CropBinarisation::None;
    return s;
}

// The flattened grey page the reader would read: the photo warped from its true outline at the
// canonical resolution of the document's format, cleaned as the reader cleans it.
cv::Mat readerPage(const SimulatedPhoto& photo, const FlatDocument& doc)
{
    const bool sheet = doc.sizeMm.width() > 180 || doc.sizeMm.height() > 180;
    const RectifyOptions defaults;
    const double pxPerMm = sheet ? defaults.sheetPxPerMm : defaults.detailPxPerMm;
    const cv::Size size(static_cast<int>(doc.sizeMm.width() * pxPerMm), static_cast<int>(doc.sizeMm.height() * pxPerMm));
    const std::vector<cv::Point2f> from(photo.quad.begin(), photo.quad.end());
    const std::vector<cv::Point2f> to{{0, 0}, {static_cast<float>(size.width), 0}, {static_cast<float>(size.width), static_cast<float>(size.height)},
                                      {0, static_cast<float>(size.height)}};
    cv::Mat page, gray;
    cv::warpPerspective(photo.image, page, cv::getPerspectiveTransform(from, to), size, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
    return cleanPageForReading(gray);
}

// Cuts the drawn lines of one document out of its photo.
template <typename Sink>
void cutLines(const FlatDocument& doc, const std::vector<DrawnText>& drawn, const cv::Mat& page, const Vocabulary& vocabulary,
              bool dropOthers, Rng& rng, Sink&& sink)
{
    const double sx = static_cast<double>(page.cols) / doc.image.width(), sy = static_cast<double>(page.rows) / doc.image.height();
    for (const DrawnText& d : drawn) {
        const QString text = withOthersMarked(transcript(d.text), vocabulary);
        if (text.isEmpty() || text.size() > kMaxCharacters || d.deviceSize != doc.image.size() ||
            (dropOthers && text.contains(QChar(kOtherPrint))))
            continue;
        const int cuts = vocabulary.titles.count(text) ? kTitleCuts : 1;
        for (int cut = 0; cut < cuts; ++cut) {
            const cv::Rect2d em(d.deviceBox.x() * sx, d.deviceBox.y() * sy, d.deviceBox.width() * sx, d.deviceBox.height() * sy);
            // The reader measures a glyph by its ink, a little under the em; its crops are padded by
            // a fifth of that, and where the chunk finder puts a line's ends varies by a few pixels.
            const int glyph = std::max(3, static_cast<int>(em.height * rng.uniform(0.8, 1.0)));
            const int pad = std::max(2, glyph / 5);
            const auto jitter = [&] { return static_cast<int>(std::lround(rng.uniform(-0.15, 0.15) * glyph)); };
            const cv::Rect box(static_cast<int>(em.x) - pad + jitter(), static_cast<int>(em.y) - pad + jitter(),
                               static_cast<int>(em.width) + 2 * pad + jitter(), static_cast<int>(em.height) + 2 * pad + jitter());
            if ((box & cv::Rect(0, 0, page.cols, page.rows)) != box || box.width < 4 || box.height < 4)
                break;
            const PreparedCrop crop = prepareCrop(page, box, glyph, readerSetting(rng));
            if (crop.image.empty())
                break;
            const cv::Rect textBox(crop.margin + static_cast<int>((em.x - crop.area.x) * crop.scaleX),
                                   crop.margin + static_cast<int>((em.y - crop.area.y) * crop.scaleY),
                                   static_cast<int>(em.width * crop.scaleX), static_cast<int>(em.height * crop.scaleY));
            sink(Line{crop.image, textBox & cv::Rect(0, 0, crop.image.cols, crop.image.rows), text});
        }
    }
}

int usage(const char* error)
{
    std::fprintf(stderr, "shikaku-training-lines: %s\nusage: shikaku-training-lines --out DIR [--documents N] [--seed S] [--eval-share F] [--others mark|drop]\n", error);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--out" && hasValue)
            o.out = argv[++i];
        else if (a == "--documents" && hasValue)
            o.documents = std::atoi(argv[++i]);
        else if (a == "--seed" && hasValue)
            o.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--eval-share" && hasValue)
            o.evalShare = std::atof(argv[++i]);
        else if (a == "--others" && hasValue && (std::string(argv[i + 1]) == "drop" || std::string(argv[i + 1]) == "mark"))
            o.dropOthers = std::string(argv[++i]) == "drop";
        else
            return usage(("unknown argument " + a).c_str());
    }
    if (o.out.empty() || o.documents <= 0)
        return usage("--out is required and --documents must be positive");
    std::error_code ec;
    fs::create_directories(o.out, ec);
    if (ec)
        return usage(("cannot create " + o.out.string()).c_str());

    const Models models = Models::load(Models::defaultDirectory());
    if (!models.isValid())
        return usage(models.error().c_str());
    const Vocabulary vocabulary = closedVocabulary(models);
    LineFileWriter train(o.out, "train"), eval(o.out, "eval");
    const int evalFrom = static_cast<int>(o.documents * (1.0 - o.evalShare));
    for (int i = 0; i < o.documents; ++i) {
        const DocumentKind kind = kPhotographedKinds[static_cast<std::size_t>(i) % kPhotographedKinds.size()];
        const std::uint64_t docSeed = o.seed * 1000003ULL + static_cast<std::uint64_t>(i);
        Rng rng(docSeed ^ 0x5EED);
        TextRecording recording;
        const FlatDocument doc = renderDocument(kind, docSeed);
        PhotoOptions photo;
        photo.tier = tierFor(rng);
        photo.megapixels = photo.tier == PhotoTier::Hard ? 2.0 : 8.0;
        photo.seed = photoSeed(kind, docSeed, photo.tier);
        const SimulatedPhoto shot = simulatePhoto(doc, photo);
        const cv::Mat page = readerPage(shot, doc);
        LineFileWriter& sink = i >= evalFrom ? eval : train;
        cutLines(doc, recording.items(), page, vocabulary, o.dropOthers, rng, [&](Line line) { sink.add(std::move(line)); });
        if ((i + 1) % 50 == 0)
            std::fprintf(stderr, "shikaku-training-lines: %d of %d documents\n", i + 1, o.documents);
    }
    train.flush();
    eval.flush();
    std::fprintf(stderr, "shikaku-training-lines: %d training lines, %d evaluation lines in %s\n", train.lines(), eval.lines(),
                 o.out.string().c_str());
    return 0;
}
