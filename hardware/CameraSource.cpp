#include "CameraSource.h"

namespace shikaku::hardware {

const char* toString(CameraState state)
{
    switch (state) {
    case CameraState::Stopped: return "stopped";
    case CameraState::Searching: return "searching";
    case CameraState::Streaming: return "streaming";
    case CameraState::Disconnected: return "disconnected";
    }
    return "unknown";
}

void CameraSource::setFrameCallback(FrameCallback callback)
{
    std::lock_guard lock(m_mutex);
    m_onFrame = std::move(callback);
}

void CameraSource::setStateCallback(StateCallback callback)
{
    std::lock_guard lock(m_mutex);
    m_onState = std::move(callback);
}

CameraState CameraSource::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

void CameraSource::deliver(const Frame& frame)
{
    FrameCallback callback;
    {
        std::lock_guard lock(m_mutex);
        callback = m_onFrame;
    }
    if (callback)
        callback(frame);
}

void CameraSource::setState(CameraState state, const std::string& detail)
{
    StateCallback callback;
    {
        std::lock_guard lock(m_mutex);
        if (m_state == state)
            return;
        m_state = state;
        callback = m_onState;
    }
    if (callback)
        callback(state, detail);
}

bool CameraSource::startThread(std::function<void()> loop)
{
    if (m_running.exchange(true))
        return false;
    m_thread = std::thread(std::move(loop));
    return true;
}

void CameraSource::stopThread()
{
    if (!m_running.exchange(false))
        return;
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    setState(CameraState::Stopped);
}

void CameraSource::sleepUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_wakeMutex);
    m_wake.wait_until(lock, deadline, [this] { return !m_running; });
}

} // namespace shikaku::hardware
