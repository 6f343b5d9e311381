// On a grainy 2 MP page the title search reads every candidate at every setting, binarised
// too, even after a confident reading (the recogniser is confident about garbage there):
// TitleSearchOptions::readEverySetting. Real Tesseract on a card the synth helper renders at
// test time.
#include "GrayImage.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "OcrEngine.h"
#include "OcrWorkers.h"
#include "PageText.h"
#include "SynthDocument.h"
#include "TextChunkFinder.h"
#include "TitleSearch.h"

#include <QImage>
#include <atomic>
#include <thread>
#include <gtest/gtest.h>

using namespace shikaku;

namespace {

// One engine and one rendered card whose page text is read once, for every test here.
class TitleReadings : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        ocr = new OcrEngine;
        if (!ocr->isReady())
            return;
        gray = new cv::Mat(test::grayOf(synth::renderDocument(DocumentKind::KakuninshoCard, 2, {150}).image));
        page = new PageText(readPageText(*ocr, *gray, findTextChunks(*gray), LabelMatcher(Models::load(Models::defaultDirectory()))));
    }
    void SetUp() override { ASSERT_TRUE(ocr->isReady()) << ocr->error(); }

    static inline OcrEngine* ocr = nullptr; // kept for the process, as the other photo tests keep theirs
    static inline cv::Mat* gray = nullptr;
    static inline PageText* page = nullptr;
};

} // namespace

TEST_F(TitleReadings, AGrainyPageIsReadAtEverySetting)
{
    TitleSearchOptions once;
    once.candidates = 1;
    TitleSearchOptions every = once;
    every.readEverySetting = true;
    // A sharp title reads believably at the first setting: one reading.
    const auto first = searchTitles(*ocr, *gray, *page, once).jpn;
    ASSERT_FALSE(first.empty());
    EXPECT_LT(first.size(), 3u);
    // Every setting (eight, four of them new) — the classifier combines the readings.
    const auto all = searchTitles(*ocr, *gray, *page, every).jpn;
    EXPECT_GE(all.size(), 7u);
    EXPECT_GT(all.size(), first.size());
}

// Every setting's reading is a job of its own, shared out over two threads; the classifier must
// still get them in the same order (line by line, setting by setting) as one thread reads them.
TEST_F(TitleReadings, EveryReadingComesInTheSameOrderWhicheverThreadReadsIt)
{
    TitleSearchOptions every;
    every.candidates = 2;
    every.readEverySetting = true;
    const auto shared = searchTitles(*ocr, *gray, *page, every).jpn;
    // With the helper thread kept busy (the other job waits for the search to end), the search
    // finds no second thread and reads everything on one.
    std::vector<std::u32string> alone;
    std::atomic<bool> searched{false};
    runOcrJobs(*ocr, 2, [&](OcrEngine& engine, std::size_t job) {
        if (job == 0) {
            alone = searchTitles(engine, *gray, *page, every).jpn;
            searched = true;
        } else {
            while (!searched)
                std::this_thread::yield();
        }
    });
    ASSERT_GE(shared.size(), 7u);
    EXPECT_EQ(shared, alone);
}
