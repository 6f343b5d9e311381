#include "Session.h"

#include "DocumentTitle.h"
#include "MatImage.h"
#include "Notice.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

Q_LOGGING_CATEGORY(lcSession, "shikaku.session")

namespace shikaku::kiosk {

namespace {

// The raw still is shown only while it is being read: a screen-sized copy will do.
constexpr int kStillDisplaySide = 1600;

/// `maxSide` > 0 scales the picture down to at most that many pixels on its long side first.
QImage displayImage(const cv::Mat& bgr, int maxSide)
{
    const int longSide = std::max(bgr.cols, bgr.rows);
    if (maxSide <= 0 || longSide <= maxSide)
        return toQImage(bgr);
    cv::Mat small;
    const double scale = double(maxSide) / longSide;
    cv::resize(bgr, small, {}, scale, scale, cv::INTER_AREA);
    return toQImage(small);
}

} // namespace

Session::Session(const Clock& clock, SessionTimeouts timeouts, RetryLimits retries, QObject* parent)
    : QObject(parent), m_clock(clock), m_timeouts(timeouts), m_retries(retries)
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
    return !m_picture.empty() || !m_image.isNull();
}

QImage Session::documentImage() const
{
    QMutexLocker lock(&m_imageMutex);
    if (m_image.isNull() && !m_picture.empty())
        m_image = displayImage(m_picture, m_pictureMaxSide);
    return m_image;
}

void Session::setDocumentPicture(const cv::Mat& bgr, int maxSide)
{
    QMutexLocker lock(&m_imageMutex);
    m_picture = bgr;
    m_pictureMaxSide = maxSide;
    m_image = {};
}

void Session::clearDocumentPicture()
{
    QMutexLocker lock(&m_imageMutex);
    m_picture.release();
    m_image = {};
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
    resetRetries();
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
    m_verdictHeld = false;
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
    // The scan starts first; the screens follow. The still is shared, not copied, and turned
    // into a picture only when a window asks for it.
    emit scanImageRequested(++m_ticket, bgr);
    setDocumentPicture(bgr, kStillDisplaySide);
    ++m_imageRevision;
    enter(State::Reading);
    emit resultChanged();
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
    if (m_mode == InputMode::Paper && !result->error) {
        if (const auto message = retryMessage(result->kind)) {
            // Nothing of this still is kept; the resident sees why and places the document again.
            qCInfo(lcSession) << "visit" << m_visit << "still shows" << toString(result->kind).data()
                              << "- back to the camera";
            forgetResult();
            m_verdictHeld = true; // before anything can show the live advice instead
            m_documentChangedSinceVerdict = false;
            enter(State::Capturing);
            setGuidance(*message);
            return;
        }
        m_staffHelpNeeded = result->kind == DocumentKind::BackSide || result->kind == DocumentKind::Unknown
            || result->kind == DocumentKind::HealthInsuranceCard;
    }
    m_scanError = result->error ? QString::fromStdString(result->error.message) : QString();
    m_kind = documentTitle(result->kind);
    // The document image goes to staff; the resident window keeps only the (masked) values.
    QImage image;
    {
        QMutexLocker lock(&m_imageMutex);
        image = toQImage(result->rectified.empty() ? m_picture : result->rectified); // full size: the boxes are in its pixels
    }
    clearDocumentPicture();
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

void Session::showLiveGuidance(guidance::Message message)
{
    if (m_state != State::Capturing || m_mode != InputMode::Paper || !m_cameraAvailable)
        return;
    if (m_verdictHeld) {
        // The verdict stays until another document, or the other side, lies under the camera:
        // a resident who took the document away during the reading still sees why.
        const bool documentSeen = message != guidance::Message::NoDocument && message != guidance::Message::TooDark;
        if (!m_documentChangedSinceVerdict || !documentSeen)
            return;
        m_verdictHeld = false;
    }
    setGuidance(message);
}

void Session::documentChanged() { m_documentChangedSinceVerdict = true; }

std::optional<guidance::Message> Session::retryMessage(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::BackSide:
        if (++m_backSidesSeen <= m_retries.backSides)
            return guidance::Message::TurnOver;
        break;
    case DocumentKind::HealthInsuranceCard:
        if (++m_wrongDocumentsSeen <= m_retries.wrongDocuments)
            return guidance::Message::OldHealthCard;
        break;
    case DocumentKind::Unknown:
        if (++m_wrongDocumentsSeen <= m_retries.wrongDocuments)
            return guidance::Message::NotRecognised;
        break;
    default:
        break;
    }
    return std::nullopt;
}

void Session::resetRetries()
{
    m_backSidesSeen = 0;
    m_wrongDocumentsSeen = 0;
    m_verdictHeld = false;
}

void Session::setCameraAvailable(bool available)
{
    if (m_cameraAvailable == available)
        return;
    m_cameraAvailable = available;
    qCInfo(lcSession) << "camera" << (available ? "available" : "missing");
    if (!available) {
        m_verdictHeld = false; // a missing camera is the more urgent news
        setGuidance(guidance::Message::CameraMissing);
    }
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
    m_staffHelpNeeded = false;
    resetRetries(); // staff ask for a fresh attempt
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
    clearDocumentPicture();
    ++m_imageRevision;
    ++m_ticket; // any scan still running answers into the void
    m_scanError.clear();
    m_kind.clear();
    m_staffHelpNeeded = false;
    emit resultChanged();
}

void Session::wipe()
{
    forgetResult();
    m_mode = InputMode::None;
    resetRetries();
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
