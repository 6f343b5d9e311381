// A value in which Tesseract finds nothing at all is read once more with its strokes sharpened:
// a one-kanji 記号 「南」 in soft grey print (a phone's screen under a document camera) read as
// nothing by both models at every setting, while a value read at all is never read that way.
// The page is drawn at test time (PaintKit, IPAGothic), the readings are real Tesseract's.
#include "GrayImage.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "CropReader.h"
#include "OcrEngine.h"
#include "PaintKit.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

using namespace shikaku;

namespace {

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

// One kanji in grey on a light screen, softened as a medium photo softens it.
std::pair<cv::Mat, ValueLocation> softKanji(const char* text, double blurSigma, int size = 20, int grey = 70)
{
    QImage image(120, 70, QImage::Format_Grayscale8);
    image.fill(QColor(236, 236, 236));
    QRectF printed;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        printed = synth::drawText(p, QRectF(45, 20, 60, 40), QString::fromUtf8(text), {static_cast<double>(size), "IPAGothic", false, QColor(grey, grey, grey)});
    }
    cv::Mat page = test::grayOf(image);
    cv::GaussianBlur(page, page, {}, blurSigma);
    ValueLocation at;
    at.box = cv::Rect(static_cast<int>(printed.x()), static_cast<int>(printed.y()), static_cast<int>(printed.width()) + 1,
                      static_cast<int>(printed.height()) + 1);
    at.glyphHeight = at.box.height;
    return {page, at};
}

} // namespace

TEST(NothingRead, ALoneSoftKanjiIsReadOnceSharpened)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    // Two prints that both models read as nothing, unsharpened (measured: small and fairly
    // dark, larger and paler and softer).
    struct Print {
        int size, grey;
        double blurSigma;
    };
    for (const Print& print : {Print{16, 70, 0.8}, Print{24, 110, 1.2}}) {
        auto [page, at] = softKanji("南", print.blurSigma, print.size, print.grey);
        FieldLocations locations;
        locations.values[static_cast<std::size_t>(FieldId::Symbol)].push_back(at);
        const auto fields = readFieldValues(ocr, page, locations, models(), {});
        const FieldReading& symbol = fields[static_cast<std::size_t>(FieldId::Symbol)];
        EXPECT_EQ(symbol.value, std::optional<std::string>("南")) << print.size << " px, " << symbol.reason;
        EXPECT_NE(symbol.status, FieldStatus::NotFound) << print.size << " px";
    }
}

TEST(NothingRead, ALoneKanjiIsNotDroppedAsNoise)
{
    // readCrop reads with Tesseract's noise size limit off, which keeps the small parts of a
    // label's kanji; on a crop of one glyph that can drop the glyph whole (a 記号 「東」 of a
    // medium photo read as nothing). Such a crop is read again with the limit. Two prints
    // that read as nothing without that second reading (measured; of 24 sizes, blurs and
    // scales tried, 17 read 東 without it and 19 with it).
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    struct Print {
        int size;
        double blurSigma;
        int glyphPx;
    };
    for (const Print& print : {Print{26, 0.6, 24}, Print{34, 1.0, 30}}) {
        auto [page, at] = softKanji("東", print.blurSigma, print.size, 50);
        const int pad = std::max(2, at.glyphHeight / 4);
        const cv::Rect padded(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad);
        CropReadSettings settings;
        settings.glyphPx = print.glyphPx;
        EXPECT_EQ(readCrop(ocr, page, padded, at.glyphHeight, settings).text, "東") << print.size << " px, blur " << print.blurSigma;
    }
}
