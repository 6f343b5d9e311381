// Expiry printed in the condensed Latin form (R07.12.31): its digits are checked by the digit
// model on the digits alone, cut out of the print (as for 令和7年12月31日). Read with the R and
// the dots beside them, eng doubted the 0 of 「R07」 (0.26) and a right expiry stayed `review`.
// Rendered with the real fonts (Qt) at the size of a postcard's values in an 8 MP photo.
#include "GrayImage.h"
#include "FieldLocator.h"
#include "FieldValueReader.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PaintKit.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

FieldReading expiryPrinted(const std::string& text, const QString& family, OcrEngine& ocr)
{
    static const Models models = Models::load(Models::defaultDirectory());
    QImage image(80 + 22 * static_cast<int>(text.size()), 90, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QRectF r;
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        r = synth::drawText(p, QRectF(40, 20, image.width() - 50, 44), QString::fromStdString(text), {32, family, false, QColor(30, 30, 30)});
    }
    const cv::Mat gray = test::grayOf(image);
    ValueLocation v;
    v.box = cv::Rect(static_cast<int>(r.x()), static_cast<int>(r.y()) + 4, static_cast<int>(r.width()) + 1, static_cast<int>(r.height()) - 8);
    v.glyphHeight = 26;
    FieldLocations at;
    at.values[static_cast<std::size_t>(FieldId::Expiry)].push_back(v);
    return readFieldValues(ocr, gray, at, models, {})[static_cast<std::size_t>(FieldId::Expiry)];
}

} // namespace

TEST(CondensedDate, DigitsCheckedByTheDigitModelAlone)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    for (const char* family : {"IPAMincho"}) {
        const FieldReading f = expiryPrinted("R07.12.31", family, ocr);
        EXPECT_EQ(f.value, "2025-12-31") << family;
        EXPECT_EQ(f.status, FieldStatus::Ok) << family << " " << f.confidence << " " << f.raw;
    }
}
