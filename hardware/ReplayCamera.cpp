#include "ReplayCamera.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace shikaku::hardware {

namespace {

// The desk is whatever surrounds the document in the photo: the median of the outer rows.
cv::Scalar borderColour(const cv::Mat& bgr)
{
    const int band = std::max(1, std::min(bgr.rows, bgr.cols) / 50);
    cv::Mat strip;
    cv::vconcat(bgr.rowRange(0, band), bgr.rowRange(bgr.rows - band, bgr.rows), strip);
    return cv::mean(strip);
}

} // namespace

ReplayCamera::ReplayCamera(std::vector<cv::Mat> photos, ReplayOptions options)
    : m_options(options)
{
    for (auto& full : photos) {
        if (full.empty())
            continue;
        Photo photo;
        if (full.channels() == 1)
            cv::cvtColor(full, photo.full, cv::COLOR_GRAY2BGR);
        else if (full.channels() == 4)
            cv::cvtColor(full, photo.full, cv::COLOR_BGRA2BGR);
        else
            photo.full = full;
        const double scale = std::min(1.0, double(m_options.maxPreviewWidth) / photo.full.cols);
        if (scale < 1.0)
            cv::resize(photo.full, photo.preview, {}, scale, scale, cv::INTER_AREA);
        else
            photo.preview = photo.full;
        photo.desk = borderColour(photo.preview);
        m_photos.push_back(std::move(photo));
    }
}

ReplayCamera::~ReplayCamera() { stop(); }

std::vector<cv::Mat> ReplayCamera::loadFolder(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        auto ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (entry.is_regular_file() && (ext == ".jpg" || ext == ".jpeg" || ext == ".png"))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<cv::Mat> photos;
    for (const auto& file : files) {
        cv::Mat image = cv::imread(file.string(), cv::IMREAD_COLOR);
        if (!image.empty())
            photos.push_back(std::move(image));
    }
    return photos;
}

std::string ReplayCamera::description() const
{
    return "replay camera: " + std::to_string(m_photos.size()) + " photos";
}

void ReplayCamera::start()
{
    startThread([this] { run(); });
}

void ReplayCamera::stop()
{
    stopThread();
}

void ReplayCamera::requestStill() { m_stillRequested = true; }

void ReplayCamera::setUnplugged(bool unplugged)
{
    m_unplugged = unplugged;
    wake();
}

void ReplayCamera::restartAt(std::size_t index) { m_restartIndex = static_cast<long>(index); }

cv::Mat ReplayCamera::composePreview(const Photo& photo, double visibleShare) const
{
    if (visibleShare >= 1.0)
        return photo.preview.clone();
    // The document enters from the right edge, as a hand pushing it under the camera.
    const double shift = (1.0 - visibleShare) * photo.preview.cols;
    cv::Mat translation = (cv::Mat_<double>(2, 3) << 1, 0, shift, 0, 1, 0);
    cv::Mat frame;
    cv::warpAffine(photo.preview, frame, translation, photo.preview.size(), cv::INTER_NEAREST,
                   cv::BORDER_CONSTANT, photo.desk);
    return frame;
}

void ReplayCamera::run()
{
    using clock = std::chrono::steady_clock;
    const auto period = std::chrono::duration_cast<clock::duration>(
        std::chrono::duration<double>(1.0 / std::max(1.0, m_options.framesPerSecond)));
    std::uint64_t sequence = 0;
    std::size_t photoIndex = 0;
    int phaseFrame = 0;
    enum class Phase { Empty, Enter, Hold, Leave } phase = Phase::Empty;
    bool stillTaken = false;
    auto next = clock::now();

    if (m_photos.empty()) {
        setState(CameraState::Searching, "no photos to replay");
    }
    while (running()) {
        sleepUntil(next);
        if (!running())
            break;
        next += period;
        if (clock::now() > next + period * 4)
            next = clock::now(); // we were suspended (debugger, loaded machine): do not burst
        if (m_photos.empty())
            continue;
        if (m_unplugged) {
            setState(sequence == 0 ? CameraState::Searching : CameraState::Disconnected, "replay camera unplugged");
            m_stillRequested = false;
            continue;
        }
        setState(CameraState::Streaming);

        if (const long restart = m_restartIndex.exchange(-1); restart >= 0) {
            photoIndex = static_cast<std::size_t>(restart) % m_photos.size();
            phase = Phase::Empty;
            phaseFrame = 0;
            stillTaken = false;
        }
        const Photo& photo = m_photos[photoIndex];

        double visible = 0.0;
        switch (phase) {
        case Phase::Empty: visible = 0.0; break;
        case Phase::Enter: visible = double(phaseFrame + 1) / (m_options.enterFrames + 1); break;
        case Phase::Hold: visible = 1.0; break;
        case Phase::Leave: visible = 1.0 - double(phaseFrame + 1) / (m_options.leaveFrames + 1); break;
        }

        Frame frame;
        frame.capturedAt = clock::now();
        if (m_stillRequested.exchange(false)) {
            // A still shows what lies under the camera right now, at full resolution.
            frame.kind = FrameKind::Still;
            if (visible >= 1.0) {
                frame.bgr = photo.full.clone();
                stillTaken = true;
            } else {
                const double scale = double(photo.full.cols) / photo.preview.cols;
                cv::resize(composePreview(photo, visible), frame.bgr, {}, scale, scale, cv::INTER_LINEAR);
            }
            frame.sequence = ++sequence;
            deliver(frame);
        }
        frame.kind = FrameKind::Preview;
        frame.bgr = composePreview(photo, visible);
        frame.sequence = ++sequence;
        deliver(frame);

        ++phaseFrame;
        switch (phase) {
        case Phase::Empty:
            if (phaseFrame >= m_options.emptyFrames) { phase = Phase::Enter; phaseFrame = 0; }
            break;
        case Phase::Enter:
            if (phaseFrame >= m_options.enterFrames) { phase = Phase::Hold; phaseFrame = 0; }
            break;
        case Phase::Hold: {
            const bool done = m_options.holdUntilStill ? stillTaken : phaseFrame >= m_options.holdFrames;
            if (done) { phase = Phase::Leave; phaseFrame = 0; }
            break;
        }
        case Phase::Leave:
            if (phaseFrame >= m_options.leaveFrames) {
                phase = Phase::Empty;
                phaseFrame = 0;
                stillTaken = false;
                if (photoIndex + 1 < m_photos.size())
                    ++photoIndex;
                else if (m_options.loop)
                    photoIndex = 0;
                else
                    phase = Phase::Empty; // stay on an empty desk after the last photo
            }
            break;
        }
    }
}

} // namespace shikaku::hardware
