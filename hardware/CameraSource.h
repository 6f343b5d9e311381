#pragma once
// The one camera interface of the kiosk: a source delivers owning frames on its own capture
// thread and reports when the device goes away or comes back. Implemented by the V4L2/UVC
// camera and by the replay camera (a folder of photos, used when no camera is present and by
// the tests).

#include "Frame.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <string>

namespace shikaku::hardware {

enum class CameraState : std::uint8_t {
    Stopped,      ///< start() not called yet, or stop() called
    Searching,    ///< started, no device (yet): retried periodically
    Streaming,    ///< delivering preview frames
    Disconnected, ///< the device vanished while streaming; retried periodically
};

const char* toString(CameraState state);

/// Called on the capture thread. Must return quickly (hand the frame over, never process).
using FrameCallback = std::function<void(const Frame&)>;
using StateCallback = std::function<void(CameraState, const std::string& detail)>;

class CameraSource {
public:
    virtual ~CameraSource() = default;
    CameraSource() = default;
    CameraSource(const CameraSource&) = delete;
    CameraSource& operator=(const CameraSource&) = delete;

    /// Set both before start().
    void setFrameCallback(FrameCallback callback);
    void setStateCallback(StateCallback callback);

    /// Starts the capture thread. Returns at once; "no device" is a state, not an error.
    virtual void start() = 0;
    /// Stops and joins the capture thread. Idempotent; called by the destructor of implementations.
    virtual void stop() = 0;
    /// Asks for one full-resolution still; it arrives through the frame callback as FrameKind::Still.
    virtual void requestStill() = 0;

    /// A short human description ("UVC /dev/video0", "replay: 12 photos").
    virtual std::string description() const = 0;

    CameraState state() const;

protected:
    void deliver(const Frame& frame);
    void setState(CameraState state, const std::string& detail = {});

    /// Runs `loop` on the capture thread; false (and nothing done) when it already runs.
    bool startThread(std::function<void()> loop);
    /// Ends the loop (running() turns false, sleepers wake), joins it and sets Stopped. Idempotent.
    void stopThread();
    bool running() const { return m_running; }
    /// Sleeps on the capture thread until `deadline`, or less when the camera is stopped.
    void sleepUntil(std::chrono::steady_clock::time_point deadline);
    /// Wakes a sleeping capture thread.
    void wake() { m_wake.notify_all(); }

private:
    std::thread m_thread;
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_running{false};
    mutable std::mutex m_mutex;
    FrameCallback m_onFrame;
    StateCallback m_onState;
    CameraState m_state = CameraState::Stopped;
};

} // namespace shikaku::hardware
