// A 有効期限 label washed out by a thin reflection, or under a thumb, while its date stays clean:
// a clipped line 3 px thick across the label read it as 「吉効甚眼」 beside 2027年10月31日, a thumb
// left nothing there, and the page looked as if it printed no 有効期限
// (docs/notes/unseen-reflection.md). The drawn page (PaintKit, IPAGothic) is read by real
// Tesseract; the other cases give the chunks as PageText would.
#include "DrawnPage.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "ReadChunkFixture.h"
#include "TextChunkFinder.h"
#include "UnreadDateLabel.h"

#include <opencv2/imgproc.hpp>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

// A phone's rows: labels at the left edge, values at the right; the 有効期限 row last.
cv::Mat screenRows()
{
    return test::drawnPage(700, 520, 238, [](const test::PrintText& text) {
        const char* rows[][2] = {{"氏名", "竹井　千代"}, {"保険者番号", "01130012"}, {"記号", "3546"},
                                 {"番号", "80478686"}, {"資格取得年月日", "2013年9月20日"}, {"有効期限", "2027年10月31日"}};
        double y = 30;
        for (const auto& [label, value] : rows) {
            text(40, y + 3, 20, QString::fromUtf8(label));
            text(420, y, 25, QString::fromUtf8(value));
            y += 75;
        }
    });
}

const Models& models()
{
    static const Models m = Models::load(Models::defaultDirectory());
    return m;
}

bool unreadLabelBesideADate(const PageText& page)
{
    return hasUnexplainedDate(page, models());
}

constexpr int kExpiryLabelMiddleY = 30 + 5 * 75 + 3 + 10;

bool readsADateWithAnUnreadLabel(const cv::Mat& gray)
{
    OcrEngine ocr;
    EXPECT_TRUE(ocr.isReady()) << ocr.error();
    return unreadLabelBesideADate(readPageText(ocr, gray, findTextChunks(gray), test::defaultLabels()));
}

ReadChunk at(const char* text, int x, int y, int width, int height)
{
    ReadChunk c = test::chunkReadAs(text, x, width, test::defaultLabels(), height, height);
    c.chunk.box.y = y;
    return c;
}

// A chunk PageText did not read (a value after its label, or print too small to hold one).
ReadChunk unreadAt(int x, int y, int width, int height)
{
    return test::unreadChunkAt(x, y, width, height);
}

// A phone's title, among the page's largest print.
ReadChunk phoneTitle()
{
    ReadChunk c = at("健康保険証の資格情報", 35, 279, 357, 34);
    c.title = true;
    return c;
}

} // namespace

TEST(UnreadDateLabel, ADateWhoseLabelAThinReflectionWashedOut)
{
    const cv::Mat page = screenRows();
    EXPECT_FALSE(readsADateWithAnUnreadLabel(page)) << "every date's label reads";
    cv::Mat washed = page.clone(); // a clipped line across the label alone, a fifth of its height
    cv::rectangle(washed, cv::Rect(30, kExpiryLabelMiddleY - 2, 120, 4), cv::Scalar(255), cv::FILLED);
    EXPECT_TRUE(readsADateWithAnUnreadLabel(washed));
    cv::Mat thumb = page.clone(); // a thumb from the left edge over the label, its date bare
    cv::ellipse(thumb, cv::Point(40, kExpiryLabelMiddleY + 20), cv::Size(150, 45), 0, 0, 360, cv::Scalar(150), cv::FILLED);
    EXPECT_TRUE(readsADateWithAnUnreadLabel(thumb));
}

TEST(UnreadDateLabel, DatesThatNeedNoLabel)
{
    PageText page;
    // A phone's 「2026年11月16日 時点の情報です」 under its title.
    page.chunks = {phoneTitle(), at("2026年11月16日時", 36, 334, 308, 19)};
    EXPECT_FALSE(unreadLabelBesideADate(page));
    // A letter's date at the top right, its address far to the left on the row, above the title.
    ReadChunk title = at("資格情報のお知らせ", 423, 356, 395, 44);
    title.title = true;
    page.chunks = {at("〒347-2148", 132, 139, 105, 19), at("令和7年8月18日", 962, 138, 146, 20), title};
    EXPECT_FALSE(unreadLabelBesideADate(page));
    // A period's second date after its first, read or not (the value of the label before it).
    page.chunks = {at("有効期間", 150, 100, 90, 22), at("令和7年10月13日から", 300, 100, 260, 22), at("令和8年10月31日まで", 580, 100, 260, 22)};
    EXPECT_FALSE(unreadLabelBesideADate(page));
    page.chunks[1] = unreadAt(300, 100, 260, 22);
    EXPECT_FALSE(unreadLabelBesideADate(page));
    // A date beside a label that reads.
    page.chunks = {at("資格取得年月日", 53, 795, 150, 20), at("2013年9月20日", 421, 792, 198, 25)};
    EXPECT_FALSE(unreadLabelBesideADate(page));
    // An お知らせ card part's 9 px label misread, but two edits from 資格取得年月日 and nowhere
    // near 有効期限 (seed 4242 oshirase_0001_medium).
    page.chunks = {at("責格販得年月日", 652, 1488, 71, 10), at("平成28年10月2日", 747, 1487, 102, 13)};
    EXPECT_FALSE(unreadLabelBesideADate(page));
}

TEST(UnreadDateLabel, ADateBesideOrUnderPrintNoLabelMatched)
{
    PageText page;
    page.chunks = {at("吉効甚眼", 52, 923, 86, 20), at("2027年10月31日", 404, 920, 215, 25)};
    EXPECT_TRUE(unreadLabelBesideADate(page));
    // Misread as near to another label as to 有効期限: unsure, so it may be the 有効期限.
    page.chunks = {at("有効年月日", 52, 923, 106, 20), at("2027年10月31日", 404, 920, 215, 25)};
    EXPECT_TRUE(unreadLabelBesideADate(page));
    // Stacked: the label above its value, as a phone's list prints them.
    page.chunks = {at("資格取得年月日", 51, 913, 139, 19), at("平成20年5月9日", 50, 944, 210, 28), at("有劫期眼", 51, 998, 79, 18),
                   at("令和11年11月30日", 50, 1028, 244, 28)};
    EXPECT_TRUE(unreadLabelBesideADate(page));
    page.chunks[2] = at("有効期限", 51, 998, 79, 18);
    EXPECT_FALSE(unreadLabelBesideADate(page));
}

// A thumb over a phone's label leaves the date with nothing before it on its row: above it lie
// only the row before's value, or nothing, or a sliver of the label beside the thumb.
TEST(UnreadDateLabel, ADateWithNoLabelBesideIt)
{
    PageText page;
    const ReadChunk title = phoneTitle();
    page.chunks = {title, at("2027年10月31日", 403, 929, 215, 25)};
    EXPECT_TRUE(unreadLabelBesideADate(page));
    page.chunks = {title, unreadAt(597, 886, 52, 28), at("2027年10月31日", 423, 920, 215, 29)};
    EXPECT_TRUE(unreadLabelBesideADate(page));
    page.chunks = {title, unreadAt(55, 973, 30, 6), at("2027/10/10", 494, 971, 150, 29)};
    EXPECT_TRUE(unreadLabelBesideADate(page));
}

TEST(UnreadDateLabel, WhatStartsLikeADate)
{
    for (const char* date : {"令和8年7月31日", "R8.7.31", "平成31年", "2027年10月31日", "2027/10/10", "2025.8.1"})
        EXPECT_TRUE(startsLikeDate(matchingForm(date))) << date;
    for (const char* other : {"令和", "吉効甚眼", "80478686", "2027", "0120-123-456", "本人"})
        EXPECT_FALSE(startsLikeDate(matchingForm(other))) << other;
}
