#pragma once
// A camera without a camera: replays a folder of document photos as if a resident placed each
// document on the desk (it slides in), holds it still, and takes it away (it slides out,
// leaving an empty desk). The default when no document camera is present, and the source the
// tests drive. It can also simulate the device being unplugged and plugged in again.

#include "CameraSource.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <thread>
#include <vector>

namespace shikaku::hardware {

struct ReplayOptions {
    double framesPerSecond = 15.0;  ///< preview rate; a UVC camera gives 15–30 in MJPEG
    int emptyFrames = 8;            ///< empty desk before each document
    int enterFrames = 8;            ///< document sliding in
    int holdFrames = 45;            ///< document held still (ignored while holdUntilStill)
    int leaveFrames = 6;            ///< document taken away
    bool holdUntilStill = true;     ///< keep the document still until a still was taken
    bool loop = true;               ///< start again with the first photo after the last
    int maxPreviewWidth = 1280;     ///< preview frames are scaled down like an MJPEG preview
};

class ReplayCamera final : public CameraSource {
public:
    ReplayCamera(std::vector<cv::Mat> photos, ReplayOptions options = {});
    ~ReplayCamera() override;

    /// JPEG/PNG photos of a folder in name order (other files are ignored). Unreadable files
    /// are skipped; an empty result means nothing to replay.
    static std::vector<cv::Mat> loadFolder(const std::filesystem::path& folder);

    void start() override;
    void stop() override;
    void requestStill() override;
    std::string description() const override;

    /// Simulates pulling the USB cable (true) and plugging it back (false).
    void setUnplugged(bool unplugged);
    /// Jumps to the empty desk before photo `index` (tests choose the document).
    void restartAt(std::size_t index);

    std::size_t photoCount() const { return m_photos.size(); }

private:
    struct Photo {
        cv::Mat full;     ///< as loaded: the still
        cv::Mat preview;  ///< scaled to maxPreviewWidth
        cv::Scalar desk;  ///< colour of the photo's border: the empty desk
    };
    void run();
    cv::Mat composePreview(const Photo& photo, double visibleShare) const;

    std::vector<Photo> m_photos;
    ReplayOptions m_options;
    std::atomic<bool> m_unplugged{false};
    std::atomic<bool> m_stillRequested{false};
    std::atomic<long> m_restartIndex{-1};
};

} // namespace shikaku::hardware
