#include "Session.h"

#include "DocumentTitle.h"
#include "MatImage.h"
#include "Notice.h"

#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcSession, "shikaku.session")

namespace shikaku::kiosk {


Session::Session(const Clock& clock, SessionTimeouts timeouts, QObject* parent)
    : QObject(parent), m_clock(clock), m_timeouts(timeouts)
{
    m_lastActivity = m_enteredAt = m_clock.now();
    connect(&m_fields, &FieldReviewModel::valueEdited, this, &Session::touch);
}

QString Session::noticeJa() const { return notProofOfIdentityJa(); }
QString Session::noticeEn() const { return notProofOfIdentityEn(); }

Date Session::today() const
{
    const QDate d = m_clock.now().date();
    return Date{d.year(), d.month(), d.day()};
}

bool Session::hasImage() const
{
    QMutexLocker lock(&m_imageMutex);
    return !m_image.isNull();
}

QImage Session::documentImage() const
{
    QMutexLocker lock(&m_imageMutex);
    return m_image;
}

bool Session::refuse(const QString& reason)
{
    m_lastRefusal = reason;
    qCInfo(lcSession) << "refused:" << reason;
    emit refused(reason);
    return false;
}

void Session::enter(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcSession) << "visit" << m_visit << "state" << int(m_state) << "->" << int(state);
    m_state = state;
    m_enteredAt = m_lastActivity = m_clock.now();
    updateCountdown(0, false);
    emit stateChanged();
}

void Session::updateCountdown(int secondsLeft, bool active)
{
    if (secondsLeft == m_secondsLeft && active == m_warningActive)
        return;
    m_secondsLeft = secondsLeft;
    m_warningActive = active;
    emit countdownChanged();
}

bool Session::begin(InputMode mode)
{
    if (m_state != State::Idle)
        return refuse(QStringLiteral("a visit is already in progress"));
    if (!m_acceptingVisits)
        return refuse(QStringLiteral("the staff queue is full"));
    if (mode != InputMode::Paper && mode != InputMode::Phone)
        return refuse(QStringLiteral("choose paper or phone"));
    ++m_visit;
    m_mode = mode;
    emit inputModeChanged();
    enter(State::Capturing);
    return true;
}

bool Session::capture()
{
    touch();
    if (m_state != State::Capturing || m_mode != InputMode::Paper)
        return refuse(QStringLiteral("not capturing a paper document"));
    if (!m_cameraAvailable)
        return refuse(QStringLiteral("camera not available"));
    setGuidance(guidance::Message::Capturing);
    emit stillRequested();
    return true;
}

bool Session::cancel()
{
    if (m_state != State::Capturing && m_state != State::Reading)
        return refuse(QStringLiteral("nothing to cancel"));
    wipe();
    return true;
}

void Session::touch()
{
    m_lastActivity = m_clock.now();
    updateCountdown(0, false);
}

bool Session::acceptStill(const cv::Mat& bgr)
{
    if (m_state != State::Capturing || m_mode != InputMode::Paper)
        return refuse(QStringLiteral("a still arrived while not capturing"));
    if (bgr.empty())
        return refuse(QStringLiteral("the camera gave an empty picture"));
    {
        QMutexLocker lock(&m_imageMutex);
        m_image = toQImage(bgr); // shown until the rectified image replaces it
    }
    ++m_imageRevision;
    enter(State::Reading);
    emit resultChanged();
    emit scanImageRequested(++m_ticket, bgr);
    return true;
}

bool Session::acceptFile(const QByteArray& bytes, const QString& label, InputMode via)
{
    if (via != InputMode::Phone || m_state != State::Capturing || m_mode != InputMode::Phone)
        return refuse(QStringLiteral("no visit is waiting for a file"));
    if (bytes.isEmpty())
        return refuse(QStringLiteral("the file is empty"));
    enter(State::Reading);
    emit scanBytesRequested(++m_ticket, bytes, label);
    return true;
}

void Session::acceptScanResult(quint64 ticket, std::shared_ptr<const ScanResult> result)
{
    // A late answer to a request of an earlier visit (or before a rescan) is dropped unseen.
    if (ticket != m_ticket || m_state != State::Reading || !result)
        return;
    m_scanError = result->error ? QString::fromStdString(result->error.message) : QString();
    m_kind = documentTitle(result->kind);
    // The document image goes to staff; the resident window keeps only the (masked) values.
    QImage image = result->rectified.empty() ? documentImage() : toQImage(result->rectified);
    {
        QMutexLocker lock(&m_imageMutex);
        m_image = {};
    }
    ++m_imageRevision;
    m_fields.load(*result, today());
    qCInfo(lcSession) << "visit" << m_visit << "scan answered" << (result->error ? "with an error" : "with fields");
    emit resultChanged();
    enter(State::AwaitingStaff);
    emit handedOver(m_visit, m_mode, std::move(result), image);
}

void Session::setGuidance(guidance::Message message)
{
    if (m_guidance == message)
        return;
    m_guidance = message;
    emit guidanceChanged();
}

void Session::setCameraAvailable(bool available)
{
    if (m_cameraAvailable == available)
        return;
    m_cameraAvailable = available;
    qCInfo(lcSession) << "camera" << (available ? "available" : "missing");
    if (!available)
        setGuidance(guidance::Message::CameraMissing);
    else if (m_guidance == guidance::Message::CameraMissing)
        setGuidance(guidance::Message::NoDocument);
    emit cameraAvailableChanged();
}

bool Session::finish()
{
    if (m_state != State::AwaitingStaff)
        return refuse(QStringLiteral("nothing to finish"));
    wipe();
    return true;
}

bool Session::rescanVisit(int visit)
{
    if (m_state != State::AwaitingStaff || visit != m_visit)
        return refuse(QStringLiteral("the resident has left the kiosk"));
    m_fields.clear();
    m_scanError.clear();
    m_kind.clear();
    emit resultChanged();
    setGuidance(m_cameraAvailable ? guidance::Message::NoDocument : guidance::Message::CameraMissing);
    enter(State::Capturing);
    return true;
}

void Session::staffDecided(int visit, bool confirmed)
{
    if (m_state != State::AwaitingStaff || visit != m_visit)
        return; // the resident has gone: nothing to show
    forgetResult();
    enter(confirmed ? State::Confirmed : State::Rejected);
}

void Session::setAcceptingVisits(bool accepting)
{
    if (m_acceptingVisits == accepting)
        return;
    m_acceptingVisits = accepting;
    qCInfo(lcSession) << (accepting ? "accepting visits again" : "staff queue full: no new visit");
    emit acceptingVisitsChanged();
}

void Session::forgetResult()
{
    m_fields.clear();
    {
        QMutexLocker lock(&m_imageMutex);
        m_image = {};
    }
    ++m_imageRevision;
    ++m_ticket; // any scan still running answers into the void
    m_scanError.clear();
    m_kind.clear();
    emit resultChanged();
}

void Session::wipe()
{
    forgetResult();
    m_mode = InputMode::None;
    emit inputModeChanged();
    setGuidance(m_cameraAvailable ? guidance::Message::NoDocument : guidance::Message::CameraMissing);
    enter(State::Idle);
    qCInfo(lcSession) << "visit" << m_visit << "wiped";
    emit wiped();
}

void Session::tick()
{
    const double idle = m_lastActivity.msecsTo(m_clock.now()) / 1000.0;
    const double inState = m_enteredAt.msecsTo(m_clock.now()) / 1000.0;
    switch (m_state) {
    case State::Idle:
        break;
    case State::Capturing: {
        const double limit = m_timeouts.residentIdleSeconds + m_timeouts.warningSeconds;
        if (idle >= limit) {
            forgetResult();
            enter(State::Expired);
        } else if (idle >= m_timeouts.residentIdleSeconds) {
            updateCountdown(int(std::ceil(limit - idle)), true);
        }
        break;
    }
    case State::Reading:
        if (inState >= m_timeouts.readingSeconds) {
            // Staff get the picture and type the values themselves.
            auto failed = std::make_shared<ScanResult>();
            failed->error = {ScanErrorCode::Timeout, "reading took too long"};
            acceptScanResult(m_ticket, std::move(failed));
        }
        break;
    case State::AwaitingStaff:
        // The result is in the staff queue: the window is freed for the next person.
        if (idle >= m_timeouts.doneSeconds)
            wipe();
        break;
    case State::Confirmed:
    case State::Rejected:
    case State::Expired:
        if (inState >= m_timeouts.resultSeconds)
            wipe();
        break;
    }
}

} // namespace shikaku::kiosk
