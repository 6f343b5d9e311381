#pragma once
// Chooses the camera: a UVC device when one is configured or present, else the replay camera
// over a folder of photos.

#include "CameraSource.h"

#include <filesystem>
#include <memory>

namespace shikaku::hardware {

struct CameraChoice {
    std::string device;                 ///< "" = auto: a V4L2 node if present, else replay
    std::filesystem::path replayFolder; ///< photos for the replay camera
    double replayFps = 15.0;
};

std::unique_ptr<CameraSource> makeCamera(const CameraChoice& choice);

} // namespace shikaku::hardware
