// The kiosk's own line recogniser (models/ocr/shikaku.traineddata, LineModelOcr): real
// Tesseract with the committed model on print drawn and blurred at test time as a 2 MP
// document camera blurs it.
#include "CropReader.h"
#include "DocumentClassifier.h"
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "OcrEngine.h"
#include "NearestHeading.h"
#include "PageText.h"
#include "TitleSearch.h"

#include <QFont>
#include <QImage>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <optional>
#include <random>

#include <gtest/gtest.h>

#include "LineModelOcr.h"
#include "ReadChunkFixture.h"

using namespace shikaku;

namespace {

// `text` in IPA Gothic, `glyphPx` high on light paper, then defocused and grainy: a line of a
// card's print in a 2 MP frame (hard tier: 5–9 px titles, 1–2 px blur, sensor noise).
cv::Mat blurredLine(const QString& text, int glyphPx, double blurSigma, double noiseSigma, cv::Rect* textBox)
{
    constexpr int kOversample = 8; // drawn large, then shrunk: the camera integrates over pixels
    QFont font("IPAGothic");
    font.setPixelSize(glyphPx * kOversample);
    const int width = (text.size() + 2) * glyphPx * kOversample, height = 3 * glyphPx * kOversample;
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(QColor(228, 228, 228));
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(QPointF(glyphPx * kOversample, 2.0 * glyphPx * kOversample), text);
    painter.end();
    const cv::Mat large(image.height(), image.width(), CV_8UC1, image.bits(), static_cast<std::size_t>(image.bytesPerLine()));
    cv::Mat line;
    cv::resize(large, line, {}, 1.0 / kOversample, 1.0 / kOversample, cv::INTER_AREA);
    cv::GaussianBlur(line, line, {0, 0}, blurSigma);
    cv::Mat noise(line.size(), CV_16S);
    cv::RNG(7).fill(noise, cv::RNG::NORMAL, 0, noiseSigma);
    cv::Mat noisy;
    line.convertTo(noisy, CV_16S);
    noisy += noise;
    noisy.convertTo(line, CV_8U);
    *textBox = cv::Rect(glyphPx, glyphPx + glyphPx / 8, static_cast<int>(text.size()) * glyphPx, glyphPx);
    return line;
}

std::u32string readWith(OcrEngine& engine, const cv::Mat& gray, const cv::Rect& inkBox, int glyph)
{
    std::u32string text;
    for (const auto& w : readWithLineModel(engine, gray, inkBox, glyph, {}).words)
        text += matchingForm(w.text);
    return text;
}

// What the line model reads from `text` drawn 9 px high, blurred and grainy; none without the model.
std::optional<std::u32string> lineModelReading(const char* text)
{
    const Models models = Models::load(Models::defaultDirectory());
    OcrEngine* model = lineModelOcr(models);
    if (!model)
        return std::nullopt;
    cv::Rect box;
    const cv::Mat gray = blurredLine(QString::fromUtf8(text), 9, 0.7, 3.0, &box);
    return readWith(*model, gray, box, 9);
}

} // namespace

TEST(LineModel, IsCommittedAndLoads)
{
    const Models models = Models::load(Models::defaultDirectory());
    ASSERT_TRUE(models.isValid()) << models.error();
    EXPECT_NE(lineModelOcr(models), nullptr) << "models/ocr/shikaku.traineddata missing or unreadable";
}

// A blurred, grainy title of 9 px (drawn here, not by the generator it was trained on): the
// line model reads its words (jpn reads 「ーーーーーー。」 from the same crop).
TEST(LineModel, ReadsABlurredSmallTitle)
{
    const auto read = lineModelReading("後期高齢者医療資格確認書");
    ASSERT_TRUE(read);
    EXPECT_NE(read->find(matchingForm("資格確認書")), std::u32string::npos);
}

// Without the model file the kiosk reads as before (jpn only): no engine, no error.
TEST(LineModel, AModelsDirectoryWithoutTheModelGivesNoEngine)
{
    const auto dir = std::filesystem::temp_directory_path() / "shikaku-line-model-test";
    std::filesystem::create_directories(dir);
    for (const char* file : {"fields.json", "documents.json"})
        std::filesystem::copy_file(std::filesystem::path(Models::defaultDirectory()) / file, dir / file,
                                   std::filesystem::copy_options::overwrite_existing);
    const Models models = Models::load(dir.string());
    ASSERT_TRUE(models.isValid()) << models.error();
    EXPECT_EQ(lineModelOcr(models), nullptr);
    std::filesystem::remove_all(dir);
}

// Print that is none of the documents' words (a shop's name on a receipt): the stage-1 model,
// trained on those words only, read such lines as マイナポータル and the like; the model taught
// "something else" (〓) says so instead.
TEST(LineModel, OtherPrintReadsAsSomethingElse)
{
    const auto read = lineModelReading("あおば食品店");
    ASSERT_TRUE(read);
    EXPECT_NE(read->find(U'〓'), std::u32string::npos);
}

// A label only the line model read may be another label misread as it (it knows little but
// the labels' words): its value's place is in doubt, so the value is never `ok`.
TEST(LineModel, AValueAfterALabelOnlyTheLineModelReadIsInDoubt)
{
    const LabelMatcher& labels = test::defaultLabels();
    PageText page;
    page.chunks = {test::chunkReadAs("記号", 40, 60, labels), test::chunkReadAs("1234", 140, 120, labels)};
    ASSERT_TRUE(page.chunks[0].label);
    EXPECT_TRUE(locateFields(page).values[static_cast<std::size_t>(FieldId::Symbol)].at(0).doubt.empty());
    page.chunks[0].label->readByLineModelOnly = true;
    const FieldLocations located = locateFields(page); // kept: `symbol` refers into it
    const auto& symbol = located.values[static_cast<std::size_t>(FieldId::Symbol)];
    ASSERT_EQ(symbol.size(), 1u);
    EXPECT_FALSE(symbol[0].doubt.empty());
}

// The line model knows the labels' words and reads them into blurred rows, where a title with one
// character wrong (被保険者正 for 被保険者証, the old card's title) is no evidence. Its readings
// name a kind exactly or as a whole heading, never loosely (jpn's do, and its label-like
// readings hit a title's words far less often). Measured: one hard card of the second corpus
// was read as an old card before this rule.
TEST(LineModel, ItsReadingsNameAKindExactlyOrAsAWholeHeadingNeverLoosely)
{
    const Models models = Models::load(Models::defaultDirectory());
    const PageText page;
    const FieldLocations fields;
    ClassifierInput byJpn{page, fields, 1.58, 0.03};
    byJpn.extraTitles = {matchingForm("被保険者正")};
    EXPECT_EQ(classifyDocument(byJpn, models), DocumentKind::HealthInsuranceCard);
    ClassifierInput byModel{page, fields, 1.58, 0.03};
    byModel.lineModelTitles = {matchingForm("被保険者正")};
    EXPECT_EQ(classifyDocument(byModel, models), DocumentKind::Unknown);
    byModel.lineModelTitles = {matchingForm("健康保険被保険者証")};
    EXPECT_EQ(classifyDocument(byModel, models), DocumentKind::HealthInsuranceCard);
    byModel.lineModelTitles = {matchingForm("臓器提供に関する意思表示〓")};
    EXPECT_EQ(classifyDocument(byModel, models), DocumentKind::BackSide);
}

// The model's reading of blurred print depends on where the line is cut: cut inside the ink
// (where Otsu cuts a blurred title's faint first and last strokes) it reads further from the
// heading than cut a quarter of a character outside it (measured: 11 edits against 5 of 12).
// Why the title search reads a piece again widened (TitleSearch).
TEST(LineModel, ABlurredTitleCutInsideItsInkReadsWorseThanOneCutWider)
{
    const Models models = Models::load(Models::defaultDirectory());
    OcrEngine* model = lineModelOcr(models);
    ASSERT_NE(model, nullptr);
    constexpr int kGlyph = 16;
    cv::Rect box;
    const cv::Mat gray = blurredLine(QString::fromUtf8("後期高齢者医療資格確認書"), kGlyph, 1.2, 3.0, &box);
    const std::u32string heading = matchingForm("後期高齢者医療資格確認書");
    const int quarter = kGlyph / 4;
    const cv::Rect tight(box.x + quarter, box.y, box.width - 2 * quarter, box.height);
    const cv::Rect wide(box.x - quarter, box.y, box.width + 2 * quarter, box.height);
    const std::size_t tightEdits = editsToHeading(readWith(*model, gray, tight, kGlyph), heading);
    const std::size_t wideEdits = editsToHeading(readWith(*model, gray, wide, kGlyph), heading);
    EXPECT_LT(wideEdits, tightEdits);
}

// Only a piece in which the line model found some of the documents' words is read again
// widened: other print reads as 〓 and costs no further reading.
TEST(LineModel, OnlyPiecesHoldingTheDocumentsWordsAreReadAgain)
{
    EXPECT_TRUE(holdsDocumentWords(U"〓康齢〓〓〓療資格〓〓合")); // kakuninsho_card_0012_hard's title, cut tight
    EXPECT_TRUE(holdsDocumentWords(U"資格確認書"));
    EXPECT_FALSE(holdsDocumentWords(U"〓〓〓〓〓〓のお知らせ")); // a municipal notice: 〓 more than half
    EXPECT_FALSE(holdsDocumentWords(U"〓〓〓〓〓〓〓〓〓〓〓"));
    EXPECT_FALSE(holdsDocumentWords(U"〓月"));                 // too little to tell
    EXPECT_FALSE(holdsDocumentWords(U""));
}

namespace {

// Lines drawn as blurredLine draws them, one under the other, each a chunk jpn read as `jpn`
// (noise for grey labels under a phone screen's moiré); `gray` receives the page.
PageText pageOfLines(const std::vector<std::pair<QString, const char*>>& lines, cv::Mat& gray)
{
    constexpr int kGlyph = 9;
    PageText page;
    page.bodyGlyphHeight = kGlyph;
    std::vector<cv::Mat> drawn;
    int width = 0, y = 0;
    for (const auto& [text, jpn] : lines) {
        cv::Rect box;
        drawn.push_back(blurredLine(text, kGlyph, 0.7, 3.0, &box));
        width = std::max(width, drawn.back().cols);
        ReadChunk c;
        c.chunk.box = box + cv::Point(0, y);
        c.chunk.glyphHeight = kGlyph;
        c.read = true;
        c.text = matchingForm(jpn);
        page.chunks.push_back(c);
        y += drawn.back().rows;
    }
    gray = cv::Mat(y, width, CV_8UC1, cv::Scalar(228));
    y = 0;
    for (const cv::Mat& d : drawn) {
        d.copyTo(gray(cv::Rect(0, y, d.cols, d.rows)));
        y += d.rows;
    }
    return page;
}

} // namespace

// A phone screen's grey labels under its moiré, read as noise by jpn on a page named a portal
// screen (portal_screen_0006_medium): the line model reads them, and its labels stand in for
// jpn's, in doubt.
TEST(LineModel, LabelsJpnMissedOnANamedPageAreReadByTheLineModel)
{
    const Models models = Models::load(Models::defaultDirectory());
    ASSERT_NE(lineModelOcr(models), nullptr);
    const LabelMatcher labels(models);
    cv::Mat gray;
    PageText page = pageOfLines({{"保険者番号", "民者番合"}, {"有効期限", ""}, {"令和8年3月31日", "令和8年3月31日"}}, gray);
    EXPECT_EQ(addLabelsReadByLineModel(gray, page, labels, models), 2);
    ASSERT_TRUE(page.chunks[0].label && page.chunks[1].label);
    EXPECT_EQ(page.chunks[0].label->field, FieldId::InsurerNumber);
    EXPECT_EQ(page.chunks[1].label->field, FieldId::Expiry);
    EXPECT_TRUE(page.chunks[0].label->readByLineModelOnly && page.chunks[1].label->readByLineModelOnly);
    EXPECT_FALSE(page.chunks[2].label);

    // A field jpn found a label for keeps it: the model's reading of another chunk is not added.
    page = pageOfLines({{"保険者番号", "保険者番号"}, {"保険者番号", "民者番合"}}, gray);
    page.chunks[0].label = labels.match(page.chunks[0].text);
    EXPECT_EQ(addLabelsReadByLineModel(gray, page, labels, models), 0);
    EXPECT_FALSE(page.chunks[1].label);

    // The same label read in two chunks says nothing about which is the field's: neither counts.
    page = pageOfLines({{"有効期限", "雨"}, {"有効期限", ""}}, gray);
    EXPECT_EQ(addLabelsReadByLineModel(gray, page, labels, models), 0);
}
