#include "CameraFactory.h"

#include "ReplayCamera.h"
#include "V4l2Camera.h"

namespace shikaku::hardware {

std::unique_ptr<CameraSource> makeCamera(const CameraChoice& choice)
{
    const bool replay = choice.device == "replay" || (choice.device.empty() && !V4l2Camera::anyDevicePresent());
    if (!replay) {
        V4l2Options options;
        options.device = choice.device.empty() ? "auto" : choice.device;
        return std::make_unique<V4l2Camera>(options);
    }
    ReplayOptions options;
    options.framesPerSecond = choice.replayFps;
    return std::make_unique<ReplayCamera>(ReplayCamera::loadFolder(choice.replayFolder), options);
}

} // namespace shikaku::hardware
