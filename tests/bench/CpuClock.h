#pragma once
// CPU clocks for the benchmark and training tools: CPU time, unlike wall time, stays
// comparable between runs on a machine shared with other jobs.

#include <ctime>

namespace shikaku::bench {

inline double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// The calling thread's CPU time in milliseconds.
inline double threadCpuMs() { return cpuMs(CLOCK_THREAD_CPUTIME_ID); }

/// The whole process's CPU time in milliseconds (every thread together).
inline double processCpuMs() { return cpuMs(CLOCK_PROCESS_CPUTIME_ID); }

} // namespace shikaku::bench
