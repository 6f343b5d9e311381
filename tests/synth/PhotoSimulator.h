#pragma once
// Simulates a document-camera photo of a flat document: desk background, rotation, perspective,
// uneven light, blur, noise, glare, cast shadow, fingers at an edge, JPEG. The true document
// corners in the photo come back with the image.

#include "SynthDocument.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace shikaku::synth {

enum class PhotoTier { Easy, Medium, Hard };
std::string_view toString(PhotoTier tier);
std::optional<PhotoTier> photoTierFromString(std::string_view name);

struct PhotoOptions {
    PhotoTier tier = PhotoTier::Easy;
    double megapixels = 8;      ///< 8 → 3264×2448, 2 → 1600×1200 (others: 4:3 of that many pixels)
    std::uint64_t seed = 1;
};

struct SimulatedPhoto {
    cv::Mat image;                            ///< BGR, after the JPEG round trip
    std::vector<unsigned char> jpeg;          ///< the encoded photo as a camera would deliver it
    std::array<cv::Point2f, 4> quad;          ///< document corners TL, TR, BR, BL of the upright document
    nlohmann::json info;                      ///< the truth "photo" object (without source_file)
};

/// Photo seed for document `documentSeed` of a kind: different kinds and tiers get different desks.
std::uint64_t photoSeed(DocumentKind kind, std::uint64_t documentSeed, PhotoTier tier);

/// The flat page as a BGR matrix.
cv::Mat toBgrMat(const QImage& image);

/// A photo of the document (its page image; for PDFs page 1).
SimulatedPhoto simulatePhoto(const FlatDocument& document, const PhotoOptions& options);

/// A 16:9 live-preview frame (1280×720 or 1920×1080) cut from the photo, quad mapped along.
SimulatedPhoto makePreviewFrame(const SimulatedPhoto& photo, int height);

} // namespace shikaku::synth
