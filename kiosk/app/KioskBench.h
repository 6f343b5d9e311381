#pragma once
// `shikaku-kiosk --bench`: figures for the README, printed as a table (not a timed test):
// preview frames analysed per second with the finder running, capture-to-fields latency,
// CPU use of the whole process while idle and while capturing (/proc/self/stat).

namespace shikaku::kiosk {
class KioskApplication;
int runKioskBench(KioskApplication& kiosk);
} // namespace shikaku::kiosk
