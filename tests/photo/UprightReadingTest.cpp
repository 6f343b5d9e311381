// OcrEngine: a line read poorly is not read a second time inverted (Tesseract's default);
// crops are always dark print on light ground, so that reading only cost time.
//
// A page side whose reading names a document by a title of four or more characters read
// exactly is the upright side: it is not read turned by 180° as well (UprightPage). A back side
// has no labels, so it used to be read twice, at the cost of a whole page of OCR. Rules on given
// page text, and whole readings with the real Tesseract engine on documents the synth helper
// renders at test time (fictitious data).
#include "DocumentClassifier.h"
#include "Models.h"
#include "OcrEngine.h"
#include "ReadChunkFixture.h"
#include "SynthDocument.h"
#include "TextChunkFinder.h"
#include "UprightPage.h"

#include <QImage>
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>

using namespace shikaku;

namespace {

const Models& shippedModels()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

bool namesSurely(const char* text)
{
    PageText page;
    page.bodyGlyphHeight = 20;
    page.chunks.push_back(test::chunkReadAs(text, 10, 300, test::defaultLabels()));
    const FieldLocations fields;
    return namesDocumentSurely({page, fields, 1.58, 0.03, KindHint::Auto}, shippedModels());
}

cv::Mat grayPage(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(g.height(), g.width(), CV_8UC1, const_cast<uchar*>(g.constBits()), static_cast<std::size_t>(g.bytesPerLine())).clone();
}

std::vector<UprightPage> readingsOf(DocumentKind kind, std::uint64_t seed)
{
    static OcrEngine ocr;
    EXPECT_TRUE(ocr.isReady()) << ocr.error();
    const JudgeOptions judge;
    const ScanLimits limits;
    std::vector<UprightPage> tried;
    readUprightPage(grayPage(synth::renderDocument(kind, seed).image), {}, {ocr, shippedModels(), limits, judge, KindHint::Auto}, &tried);
    return tried;
}

} // namespace

TEST(UprightReading, OnlyALongTitleReadExactlyNamesADocumentSurely)
{
    EXPECT_TRUE(namesSurely("臓器提供に関する意思表示欄"));
    EXPECT_TRUE(namesSurely("健康保険資格確認書"));
    // Two characters (脳死) may come out of print read upside down; a title with one character
    // misread is no proof of the side either.
    EXPECT_FALSE(namesSurely("脳死"));
    EXPECT_FALSE(namesSurely("健康保険資格確認言"));
    EXPECT_FALSE(namesSurely("氏名"));
}

TEST(UprightReading, ABackSideWhoseTitleReadsExactlyIsReadOnce)
{
    const auto tried = readingsOf(DocumentKind::BackSide, 3);
    ASSERT_FALSE(tried.empty());
    EXPECT_EQ(tried.front().kind, DocumentKind::BackSide);
    EXPECT_TRUE(tried.front().titleReadExactly);
    // Too few labels to tell the side by them: without the title rule it is read turned too.
    EXPECT_LT(tried.front().fields.fieldLabels + tried.front().fields.otherLabels, 3);
    EXPECT_EQ(tried.size(), 1u) << "the back side was read turned by 180° too";
}

TEST(UprightReading, APageNamingNoDocumentIsStillReadTurned)
{
    const auto tried = readingsOf(DocumentKind::Unknown, 3);
    ASSERT_FALSE(tried.empty());
    EXPECT_FALSE(tried.front().titleReadExactly);
    EXPECT_LT(tried.front().fields.fieldLabels + tried.front().fields.otherLabels, 3);
    EXPECT_EQ(tried.size(), 2u) << "a page with few labels and no title read exactly is read both ways up";
}

TEST(UprightReading, APoorLineIsNotReadASecondTimeInverted)
{
    const cv::Mat page = grayPage(synth::renderDocument(DocumentKind::KakuninshoCard, 2).image);
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    ocr.setVariable("textord_noise_sizelimit", "0"); // as CropReader: the crop is clean
    // The first chunk of the page that reads confidently as a few characters, scaled to ~30 px
    // characters with a white margin.
    cv::Mat line;
    std::string upright;
    for (const TextChunk& c : findTextChunks(page).chunks) {
        cv::resize(page(c.box), line, {}, 30.0 / c.glyphHeight, 30.0 / c.glyphHeight, cv::INTER_CUBIC);
        cv::copyMakeBorder(line, line, 20, 20, 20, 20, cv::BORDER_CONSTANT, cv::Scalar(255));
        const OcrLine read = ocr.readLine(line);
        if (read.text.size() >= 6 && read.confidence >= 0.8) {
            upright = read.text;
            break;
        }
    }
    ASSERT_FALSE(upright.empty());
    cv::Mat inverted;
    cv::bitwise_not(line, inverted);
    EXPECT_NE(ocr.readLine(inverted).text, upright) << "light print on dark ground was read inverted";
    // Tesseract's own inverted reading, switched back on, does read it: the line is readable.
    ASSERT_TRUE(ocr.setVariable("tessedit_do_invert", "1"));
    EXPECT_EQ(ocr.readLine(inverted).text, upright);
}
