#pragma once
// Shared by the kiosk tests: fictitious document photos drawn at test time (never committed),
// a real record store in a temporary folder, and small waiting helpers.

#include "RecordStore.h"
#include "ScanResult.h"

#include <QTemporaryDir>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace shikaku::kiosktest {

/// `count` camera-like photos of a fictitious card on a desk (geometry's synthetic scenes).
std::vector<cv::Mat> documentPhotos(int count, cv::Size frame = {1280, 720});

/// An encrypted record store in `dir` (real SQLite, real libsodium).
std::unique_ptr<RecordStore> openStore(const QTemporaryDir& dir);

/// A valid 8-digit insurer number (法別 01, prefecture 13) with its check digit.
std::string validInsurerNumber();

/// A scan result as the engine would give for a card: five readings, some `review`.
ScanResult sampleScanResult();

} // namespace shikaku::kiosktest
