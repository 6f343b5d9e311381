// A form row beside a postcard's notes column: 「記号 10 番号 665624」, the values printed larger
// than the labels (their tops a few pixels higher), a line of small notes on the right starting
// higher still. In reading order the notes line opens the row and the labels' centres fall
// below it, so the values came before their labels; the 番号 label then came right after the
// 記号 label and was taken for its value: never read, the 記号 located on it, the 番号 lost.
// Drawn at test time (PaintKit, IPAGothic) and read by real Tesseract through PageText and
// FieldLocator.
#include "DrawnPage.h"
#include "FieldLocator.h"
#include "LabelMatcher.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "ReadChunkFixture.h"
#include "TextChunkFinder.h"

#include <gtest/gtest.h>

using namespace shikaku;

namespace {

cv::Mat postcardRow()
{
    return test::drawnPage(1500, 250, 236, [](const test::PrintText& text) {
        text(60, 104, 30, QString::fromUtf8("記号"));   // labels: em 30 px
        text(330, 96, 38, QString::fromUtf8("10"));     // values: em 38 px, set higher
        text(760, 104, 30, QString::fromUtf8("番号"));
        text(880, 96, 38, QString::fromUtf8("665624"));
        text(1180, 95, 24, QString::fromUtf8("資格確認書を窓口で")); // the notes column, one line higher up
        text(1180, 135, 24, QString::fromUtf8("提示してください。"));
        // Rows below, so that the 記号 and 番号 labels are read by one thread, one after the other.
        text(60, 190, 30, QString::fromUtf8("氏名"));
        text(330, 186, 34, QString::fromUtf8("山田太郎"));
        text(760, 190, 30, QString::fromUtf8("生年月日"));
        text(960, 186, 34, QString::fromUtf8("平成2年1月1日"));
    });
}

const ValueLocation* only(const FieldLocations& at, FieldId id)
{
    const auto& v = at.values[static_cast<std::size_t>(id)];
    return v.size() == 1 ? &v.front() : nullptr;
}

} // namespace

TEST(RowOrder, AValueSetHigherThanItsLabelIsStillItsValue)
{
    OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const cv::Mat gray = postcardRow();
    const PageText page = readPageText(ocr, gray, findTextChunks(gray), test::defaultLabels());
    const FieldLocations at = locateFields(page);

    const ValueLocation* symbol = only(at, FieldId::Symbol);
    const ValueLocation* number = only(at, FieldId::Number);
    ASSERT_NE(symbol, nullptr);
    ASSERT_NE(number, nullptr) << "the 番号 label is read";
    EXPECT_LT(symbol->box.x, 420) << "the 記号 is the 10, not the 番号 label after it";
    EXPECT_GT(symbol->box.br().x, 340);
    EXPECT_GT(number->box.x, 860);
    EXPECT_LT(number->box.x, 1000);
}
