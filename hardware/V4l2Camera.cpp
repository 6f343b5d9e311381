#include "V4l2Camera.h"

#include <opencv2/videoio.hpp>

#include <filesystem>

namespace shikaku::hardware {

V4l2Camera::V4l2Camera(V4l2Options options) : m_options(std::move(options)) {}

V4l2Camera::~V4l2Camera() { stop(); }

std::string V4l2Camera::description() const { return "UVC camera " + m_options.device; }

bool V4l2Camera::anyDevicePresent()
{
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/dev", error))
        if (entry.path().filename().string().rfind("video", 0) == 0)
            return true;
    return false;
}

void V4l2Camera::start()
{
    if (running())
        return;
    setState(CameraState::Searching, m_options.device);
    startThread([this] { run(); });
}

void V4l2Camera::stop()
{
    stopThread();
}

void V4l2Camera::requestStill() { m_stillRequested = true; }

bool V4l2Camera::open(cv::VideoCapture& capture) const
{
    if (m_options.device != "auto")
        return std::filesystem::exists(m_options.device) && capture.open(m_options.device, cv::CAP_V4L2);
    // Document cameras often expose a second node for metadata: the first that streams wins.
    for (int index = 0; index < 8; ++index) {
        const std::string node = "/dev/video" + std::to_string(index);
        if (std::filesystem::exists(node) && capture.open(node, cv::CAP_V4L2))
            return true;
    }
    return false;
}

void V4l2Camera::configurePreview(cv::VideoCapture& capture) const
{
    // MJPEG keeps 720p at 30 fps inside USB 2.0 bandwidth; YUYV would drop to ~8 fps.
    capture.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
    capture.set(cv::CAP_PROP_FRAME_WIDTH, m_options.previewWidth);
    capture.set(cv::CAP_PROP_FRAME_HEIGHT, m_options.previewHeight);
    capture.set(cv::CAP_PROP_FPS, m_options.previewFps);
    capture.set(cv::CAP_PROP_BUFFERSIZE, 1); // the newest frame, not a queue of old ones
    // Where offered: continuous auto focus and aperture-priority auto exposure (V4L2 value 3).
    // set() returns false on cameras without the control; that is fine.
    capture.set(cv::CAP_PROP_AUTOFOCUS, 1);
    capture.set(cv::CAP_PROP_AUTO_EXPOSURE, 3);
}

bool V4l2Camera::captureStill(cv::VideoCapture& capture, Frame& still) const
{
    capture.set(cv::CAP_PROP_FRAME_WIDTH, m_options.stillWidth);
    capture.set(cv::CAP_PROP_FRAME_HEIGHT, m_options.stillHeight);
    cv::Mat image;
    bool ok = false;
    for (int i = 0; i <= m_options.settleFrames; ++i)
        ok = capture.read(image);
    if (ok && !image.empty()) {
        still.bgr = image.clone();
        still.kind = FrameKind::Still;
        still.capturedAt = std::chrono::steady_clock::now();
    }
    configurePreview(capture);
    return ok && !image.empty();
}

void V4l2Camera::run()
{
    cv::VideoCapture capture;
    std::uint64_t sequence = 0;
    bool everStreamed = false;
    while (running()) {
        if (!capture.isOpened()) {
            if (!open(capture)) {
                setState(everStreamed ? CameraState::Disconnected : CameraState::Searching, m_options.device);
                sleepUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.retryMillis));
                continue;
            }
            configurePreview(capture);
        }
        if (m_stillRequested.exchange(false)) {
            Frame still;
            if (captureStill(capture, still)) {
                still.sequence = ++sequence;
                deliver(still);
            }
        }
        cv::Mat image;
        if (!capture.read(image) || image.empty()) {
            // A read failure on an opened device is an unplugged cable (ENODEV): start over.
            capture.release();
            setState(CameraState::Disconnected, m_options.device);
            continue;
        }
        everStreamed = true;
        setState(CameraState::Streaming, m_options.device);
        Frame frame;
        frame.bgr = image; // VideoCapture::read allocates a new buffer per call unless reused; we never reuse it
        frame.sequence = ++sequence;
        frame.capturedAt = std::chrono::steady_clock::now();
        deliver(frame);
    }
}

} // namespace shikaku::hardware
