// A value in which Tesseract finds nothing at all is read once more with its strokes sharpened:
// a one-kanji 記号 「南」 in soft grey print (a phone's screen under a document camera) read as
// nothing by both models at every setting, while a value read at all is never read that way.
// The page is drawn at test time (PaintKit, IPAGothic), the readings are real Tesseract's.
#include "GrayImage.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
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
        printed = synth::drawText(p, QRectF(45, 20, 60, 40), QString::fromUtf8(text), {size, "IPAGothic", false, QColor(grey, grey, grey)});
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
