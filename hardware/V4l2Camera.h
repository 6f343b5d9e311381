#pragma once
// A UVC document camera through OpenCV's V4L2 backend. Preview in MJPEG at a modest size
// (the USB bus carries 30 fps of it); a still switches to the camera's largest size, lets
// exposure settle for a few frames, takes one picture and switches back. Auto focus and auto
// exposure are switched on where the camera offers them. A camera that is missing or
// unplugged is looked for again every second, so it is picked up when it comes back.

#include "CameraSource.h"

#include <atomic>
#include <condition_variable>
#include <thread>

namespace cv { class VideoCapture; }

namespace shikaku::hardware {

struct V4l2Options {
    std::string device = "/dev/video0"; ///< device node, or "auto" for the first that opens
    int previewWidth = 1280;            ///< MJPEG preview size (most UVC document cameras: 1280×720 at 30 fps)
    int previewHeight = 720;
    double previewFps = 30.0;
    int stillWidth = 10000;             ///< asking for more than the sensor gives its largest size
    int stillHeight = 10000;
    int settleFrames = 4;               ///< frames dropped after a mode switch (auto exposure settles)
    int retryMillis = 1000;             ///< how often a missing device is looked for
};

class V4l2Camera final : public CameraSource {
public:
    explicit V4l2Camera(V4l2Options options = {});
    ~V4l2Camera() override;

    void start() override;
    void stop() override;
    void requestStill() override;
    std::string description() const override;

    /// True when a V4L2 capture device node exists (cheap check before choosing a camera).
    static bool anyDevicePresent();

private:
    void run();
    bool open(cv::VideoCapture& capture) const;
    void configurePreview(cv::VideoCapture& capture) const;
    bool captureStill(cv::VideoCapture& capture, Frame& still) const;

    V4l2Options m_options;
    std::atomic<bool> m_stillRequested{false};
};

} // namespace shikaku::hardware
