// runOcrJobs: OCR jobs on the calling thread and the helper thread, with real Tesseract engines.
#include "OcrEngine.h"
#include "OcrWorkers.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace shikaku;

namespace {

// A line of large, clean digits: every engine reads it exactly.
cv::Mat digitLine(const std::string& digits)
{
    cv::Mat img(80, 40 + 36 * static_cast<int>(digits.size()), CV_8UC1, cv::Scalar(255));
    cv::putText(img, digits, {20, 60}, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(0), 3, cv::LINE_AA);
    return img;
}

std::vector<std::string> numbers(int count)
{
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(std::to_string(10234 + 7919 * i));
    return out;
}

std::vector<std::string> readAll(OcrEngine& engine, const std::vector<std::string>& truth)
{
    std::vector<std::string> read(truth.size());
    runOcrJobs(engine, truth.size(), [&](OcrEngine& e, std::size_t i) {
        read[i] = e.readLine(digitLine(truth[i]), "0123456789").text;
    });
    return read;
}

} // namespace

TEST(OcrWorkers, everyJobRunsOnceAndReadsWhatItsOwnEngineReads)
{
    OcrEngine engine;
    ASSERT_TRUE(engine.isReady()) << engine.error();
    const auto truth = numbers(12);
    EXPECT_EQ(readAll(engine, truth), truth);
    std::vector<int> runs(40, 0);
    runOcrJobs(engine, runs.size(), [&](OcrEngine&, std::size_t i) { ++runs[i]; });
    EXPECT_EQ(runs, std::vector<int>(40, 1));
    runOcrJobs(engine, 0, [](OcrEngine&, std::size_t) { FAIL() << "no job to run"; });
}

TEST(OcrWorkers, jobsRunOnTwoThreadsWithTwoEnginesOnceTheHelperHasLoadedItsOwn)
{
    if (ocrJobThreads() < 2)
        GTEST_SKIP() << "a single-core machine reads on the calling thread only";
    OcrEngine engine;
    ASSERT_TRUE(engine.isReady()) << engine.error();
    warmUpOcrJobs(engine.options());
    // Each job waits a while for the other to start: only two threads can overlap them. Until
    // the helper has loaded its engine, the caller runs both alone (no overlap).
    std::set<std::thread::id> threads;
    std::set<const OcrEngine*> engines;
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (threads.size() < 2 && std::chrono::steady_clock::now() < giveUp) {
        std::mutex m;
        std::condition_variable cv;
        int started = 0;
        threads.clear();
        engines.clear();
        runOcrJobs(engine, 2, [&](OcrEngine& e, std::size_t) {
            std::unique_lock lock(m);
            threads.insert(std::this_thread::get_id());
            engines.insert(&e);
            ++started;
            cv.notify_all();
            cv.wait_for(lock, std::chrono::milliseconds(500), [&] { return started == 2; });
        });
    }
    EXPECT_EQ(threads.size(), 2u);
    EXPECT_EQ(engines.size(), 2u);
    EXPECT_EQ(engines.count(&engine), 1u);
}

TEST(OcrWorkers, aFailingJobIsReportedToTheCallerAndTheHelperStaysUsable)
{
    OcrEngine engine;
    ASSERT_TRUE(engine.isReady()) << engine.error();
    EXPECT_THROW(runOcrJobs(engine, 8,
                            [](OcrEngine&, std::size_t i) {
                                if (i == 3)
                                    throw std::runtime_error("job 3 failed");
                            }),
                 std::runtime_error);
    const auto truth = numbers(6);
    EXPECT_EQ(readAll(engine, truth), truth);
}

TEST(OcrWorkers, twoScansAtOnceBothFinishRight)
{
    // The kiosk may read a phone PDF while a photo is read: the helper serves one caller, the
    // other reads alone.
    const auto truthA = numbers(8), truthB = numbers(9);
    std::vector<std::string> readA, readB;
    std::thread other([&] {
        OcrEngine engine;
        readB = readAll(engine, truthB);
    });
    OcrEngine engine;
    readA = readAll(engine, truthA);
    other.join();
    EXPECT_EQ(readA, truthA);
    EXPECT_EQ(readB, truthB);
}
