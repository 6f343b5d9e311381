#pragma once
// One camera image that owns its pixels. Frames cross from the capture thread to the
// consumer, so they are copied once here (cv::Mat is shared and never written afterwards).

#include <opencv2/core/mat.hpp>

#include <chrono>
#include <cstdint>

namespace shikaku::hardware {

enum class FrameKind : std::uint8_t {
    Preview, ///< live view, reduced resolution (MJPEG on a UVC camera)
    Still,   ///< full resolution, answer to CameraSource::requestStill()
};

struct Frame {
    cv::Mat bgr;                 ///< 8-bit BGR, owned (never a view into a driver buffer)
    std::uint64_t sequence = 0;  ///< increases by one per delivered frame of this source
    FrameKind kind = FrameKind::Preview;
    std::chrono::steady_clock::time_point capturedAt{};
};

} // namespace shikaku::hardware
