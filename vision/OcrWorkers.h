#pragma once
// Independent OCR jobs on two threads: the caller's and one helper thread that keeps its own
// engines (Tesseract engines are not thread-safe; each thread creates its own once). On the
// 2-core kiosk this roughly halves the time a photo spends in OCR, which is most of it.
//
// The helper serves one caller at a time. A caller that finds it busy (two scans at once, e.g.
// a phone PDF while a photo is read) runs all its jobs itself: never slower than no helper.

#include "OcrEngine.h"

#include <cstddef>
#include <functional>

namespace shikaku {

/// Runs job(engine, i) for i in [0, count): on the calling thread with `engine`, and on the
/// helper thread with its own engine of the same languages and data path. Returns when every
/// job is done; an exception from a job is rethrown here (the first one). Jobs must not share
/// mutable state except through their index.
void runOcrJobs(OcrEngine& engine, std::size_t count, const std::function<void(OcrEngine&, std::size_t)>& job);

/// Starts the helper thread and loads its engine for `options` in the background, so the first
/// scan does not pay for it. Optional.
void warmUpOcrJobs(const OcrOptions& options);

/// Number of threads runOcrJobs uses at most (1 on a single-core machine).
std::size_t ocrJobThreads();

} // namespace shikaku
