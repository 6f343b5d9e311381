#include "OcrWorkers.h"

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <utility>

namespace shikaku {
namespace {

using EngineWork = std::function<void(OcrEngine&)>;

// The one helper thread. It is created on first use and lives as long as the process (its
// engines are expensive to load; a kiosk scans all day), so it is never destroyed: joining it
// from a static destructor could run after Tesseract's own statics are gone.
class HelperThread {
public:
    static HelperThread* instance()
    {
        if (ocrJobThreads() < 2)
            return nullptr;
        static HelperThread* helper = new HelperThread; // intentionally never deleted, see above
        return helper;
    }

    /// Hands `work` to the helper, unless it is busy with another caller's jobs or has no engine
    /// for `options` yet: then it starts loading one, and the caller reads alone meanwhile
    /// (waiting for a load would cost more than a scan's share of the work).
    bool tryStart(const OcrOptions& options, EngineWork work)
    {
        std::lock_guard lock(m_mutex);
        if (m_busy)
            return false;
        m_busy = true;
        m_options = options;
        if (!m_loaded.count(keyOf(options))) {
            m_wake.notify_one(); // load only
            return false;
        }
        m_work = std::move(work);
        m_wake.notify_one();
        return true;
    }

    /// Loads the helper's engine for `options` now, unless it is busy.
    void warmUp(const OcrOptions& options)
    {
        std::lock_guard lock(m_mutex);
        if (m_busy || m_loaded.count(keyOf(options)))
            return;
        m_busy = true;
        m_options = options;
        m_wake.notify_one();
    }

    void waitUntilDone()
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return !m_busy; });
    }

private:
    using Key = std::pair<std::string, std::string>; // data path, languages

    static Key keyOf(const OcrOptions& o) { return {o.tessdataDir, o.languages}; }

    HelperThread()
        : m_thread([this] { loop(); })
    {
        m_thread.detach();
    }

    void loop()
    {
        std::map<Key, std::unique_ptr<OcrEngine>> engines; // only this thread touches them
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_busy; });
            const OcrOptions options = m_options;
            EngineWork work = std::exchange(m_work, nullptr);
            lock.unlock();
            auto& engine = engines[keyOf(options)];
            if (!engine)
                engine = std::make_unique<OcrEngine>(options); // slow: not under the lock
            if (work && engine->isReady())
                work(*engine); // catches its own exceptions; an engine that failed to load: the caller does all jobs
            lock.lock();
            m_loaded.insert(keyOf(options));
            m_busy = false;
            m_done.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    bool m_busy = false;
    std::set<Key> m_loaded; ///< engines loaded (or tried): work for them is taken at once
    OcrOptions m_options;
    EngineWork m_work;
    std::thread m_thread;
};

} // namespace

std::size_t ocrJobThreads()
{
    // SHIKAKU_OCR_THREADS=1 reads on the calling thread only (for comparing in the benchmark).
    static const std::size_t threads = [] {
        if (const char* env = std::getenv("SHIKAKU_OCR_THREADS"); env && std::atoi(env) == 1)
            return std::size_t{1};
        return std::thread::hardware_concurrency() >= 2 ? std::size_t{2} : std::size_t{1};
    }();
    return threads;
}

void warmUpOcrJobs(const OcrOptions& options)
{
    if (HelperThread* helper = HelperThread::instance())
        helper->warmUp(options);
}

void runOcrJobs(OcrEngine& engine, std::size_t count, const std::function<void(OcrEngine&, std::size_t)>& job)
{
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure[2];
    auto drain = [&](OcrEngine& e, int who) {
        try {
            for (std::size_t i = next++; i < count; i = next++)
                job(e, i);
        } catch (...) {
            failure[who] = std::current_exception();
            next = count; // the other thread stops after its current job
        }
    };
    HelperThread* helper = count > 1 ? HelperThread::instance() : nullptr;
    const bool helped = helper && helper->tryStart(engine.options(), [&](OcrEngine& e) { drain(e, 1); });
    drain(engine, 0);
    if (helped)
        helper->waitUntilDone();
    for (const auto& f : failure)
        if (f)
            std::rethrow_exception(f);
}

} // namespace shikaku
