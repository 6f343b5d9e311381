// On a grainy 2 MP page the title search reads every candidate at every setting, binarised
// too, even after a confident reading (the recogniser is confident about garbage there):
// TitleSearchOptions::readEverySetting. Real Tesseract on a card the synth helper renders at
// test time.
#include "GrayImage.h"
#include "LabelMatcher.h"
#include "Models.h"
#include "OcrEngine.h"
#include "PageText.h"
#include "SynthDocument.h"
#include "TextChunkFinder.h"
#include "TitleSearch.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace shikaku;

TEST(TitleReadings, AGrainyPageIsReadAtEverySetting)
{
    static OcrEngine ocr;
    ASSERT_TRUE(ocr.isReady()) << ocr.error();
    const Models models = Models::load(Models::defaultDirectory());
    const cv::Mat gray = test::grayOf(synth::renderDocument(DocumentKind::KakuninshoCard, 2, {150}).image);
    const PageText page = readPageText(ocr, gray, findTextChunks(gray), LabelMatcher(models));
    TitleSearchOptions once;
    once.candidates = 1;
    TitleSearchOptions every = once;
    every.readEverySetting = true;
    // A sharp title reads believably at the first setting: one reading.
    const auto first = searchTitles(ocr, gray, page, once);
    ASSERT_FALSE(first.empty());
    EXPECT_LT(first.size(), 3u);
    // Every setting (eight, four of them new) — the classifier combines the readings.
    const auto all = searchTitles(ocr, gray, page, every);
    EXPECT_GE(all.size(), 7u);
    EXPECT_GT(all.size(), first.size());
}
