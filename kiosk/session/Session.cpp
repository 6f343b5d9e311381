#include "Session.h"

#include "Notice.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

Q_LOGGING_CATEGORY(lcSession, "shikaku.session")

namespace shikaku::kiosk {

namespace {

// The raw still is shown to staff only while it is being read: a screen-sized copy will do.
constexpr int kStillDisplaySide = 1600;

// Document titles as printed on them: staff know them by these names.
QString kindTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::KakuninshoCard: return QStringLiteral("資格確認書（カード）");
    case DocumentKind::KakuninshoPostcard: return QStringLiteral("資格確認書（はがき）");
    case DocumentKind::KakuninshoA4: return QStringLiteral("資格確認書（A4）");
    case DocumentKind::Oshirase: return QStringLiteral("資格情報のお知らせ");
    case DocumentKind::PortalPdf: return QStringLiteral("マイナポータル 資格情報PDF");
    case DocumentKind::PortalScreen: return QStringLiteral("マイナポータル画面");
    case DocumentKind::HealthInsuranceCard: return QStringLiteral("健康保険証（旧）");
    case DocumentKind::BackSide: return QStringLiteral("裏面");
    case DocumentKind::Unknown: break;
    }
    return QStringLiteral("不明な書類");
}

shikaku::Clock::time_point toSystemClock(const QDateTime& time)
{
    return shikaku::Clock::time_point(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

/// `maxSide` > 0 scales the picture down to at most that many pixels on its long side.
QImage toQImage(const cv::Mat& bgr, int maxSide)
{
    if (bgr.empty())
        return {};
    cv::Mat source = bgr;
    const int longSide = std::max(bgr.cols, bgr.rows);
    if (maxSide > 0 && longSide > maxSide) {
        const double scale = double(maxSide) / longSide;
        cv::resize(bgr, source, {}, scale, scale, cv::INTER_AREA);
    }
    QImage image(source.cols, source.rows, QImage::Format_RGB888);
    // Converted straight into the QImage's own rows: one pass, no intermediate copy.
    cv::Mat rgb(source.rows, source.cols, CV_8UC3, image.bits(), std::size_t(image.bytesPerLine()));
    cv::cvtColor(source, rgb, source.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
    return image;
}

} // namespace

Session::Session(const Clock& clock, RecordSink& sink, SessionTimeouts timeouts, RetryLimits retries, QObject* parent)
    : QObject(parent), m_clock(clock), m_sink(sink), m_timeouts(timeouts), m_retries(retries)
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
    if (m_image.isNull() && !m_picture.empty()) {
        m_image = toQImage(m_picture, m_pictureMaxSide);
        m_picture.release();
    }
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
    // into a picture for the staff window only when that window asks for it.
    emit scanImageRequested(++m_ticket, bgr);
    setDocumentPicture(bgr, kStillDisplaySide);
    ++m_imageRevision;
    enter(State::Reading);
    emit resultChanged();
    return true;
}

bool Session::acceptFile(const QByteArray& bytes, const QString& label, InputMode via)
{
    const bool residentUpload = via == InputMode::Phone && m_state == State::Capturing && m_mode == InputMode::Phone;
    // Staff may open a file for the visit in progress, or start one with it.
    const bool staffFile = via == InputMode::StaffFile
        && (m_state == State::Idle || m_state == State::Capturing || m_state == State::AwaitingStaff);
    if (!residentUpload && !staffFile)
        return refuse(QStringLiteral("no visit is waiting for a file"));
    if (bytes.isEmpty())
        return refuse(QStringLiteral("the file is empty"));
    if (m_state == State::Idle)
        ++m_visit;
    if (m_mode != via && (via == InputMode::StaffFile && m_state == State::Idle)) {
        m_mode = via;
        emit inputModeChanged();
    }
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
    m_documentKind = result->kind;
    m_kind = kindTitle(result->kind);
    if (!result->rectified.empty())
        setDocumentPicture(result->rectified, 0); // full size: the field boxes are in its pixels
    ++m_imageRevision;
    m_fields.load(*result, today());
    m_scannedAt = m_clock.now();
    qCInfo(lcSession) << "visit" << m_visit << "scan answered" << (result->error ? "with an error" : "with fields");
    emit resultChanged();
    enter(State::AwaitingStaff);
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

bool Session::confirm()
{
    if (m_state != State::AwaitingStaff)
        return refuse(QStringLiteral("nothing awaits confirmation"));
    if (m_staffId.isEmpty())
        return refuse(QStringLiteral("staff must sign in to confirm"));
    if (!m_fields.allConfirmable())
        return refuse(QStringLiteral("fields need a valid value: %1").arg(m_fields.blockingLabels().join(QStringLiteral("、"))));
    ConfirmedRecord record;
    record.kind = m_documentKind;
    for (FieldId id : kAllFields) {
        ConfirmedField& field = record.field(id);
        const QString value = m_fields.value(id);
        if (!value.isEmpty())
            field.value = value.toStdString();
        field.changedByStaff = m_fields.edited(id);
        field.source = field.changedByStaff ? ValueSource::Manual : valueSourceOf(m_fields.origin(id));
        if (!field.value)
            field.source = ValueSource::None;
        field.scanStatus = m_fields.scanStatus(id);
        const auto verdict = m_fields.verdict(id);
        field.valid = verdict == FieldReviewModel::Verdict::Valid || verdict == FieldReviewModel::Verdict::Expired;
    }
    record.staffId = m_staffId.toStdString();
    record.scannedAt = toSystemClock(m_scannedAt);
    record.confirmedAt = toSystemClock(m_clock.now());
    const auto stored = m_sink.add(record);
    if (!stored) {
        // Nothing is lost: the visit stays awaiting staff, who see why and may retry.
        const QString error = QString::fromStdString(stored.error().message);
        emit recordStored(error);
        return refuse(QStringLiteral("the record could not be stored: %1").arg(error));
    }
    emit recordStored({});
    forgetResult(); // stored: the kiosk keeps no copy
    enter(State::Confirmed);
    return true;
}

bool Session::requestRescan()
{
    if (m_state != State::AwaitingStaff)
        return refuse(QStringLiteral("nothing to rescan"));
    if (m_staffId.isEmpty())
        return refuse(QStringLiteral("staff must sign in to ask for a rescan"));
    m_fields.clear();
    clearDocumentPicture();
    ++m_imageRevision;
    m_scanError.clear();
    m_kind.clear();
    m_staffHelpNeeded = false;
    resetRetries(); // staff ask for a fresh attempt
    emit resultChanged();
    setGuidance(m_cameraAvailable ? guidance::Message::NoDocument : guidance::Message::CameraMissing);
    if (m_mode == InputMode::StaffFile) {
        m_mode = InputMode::Paper;
        emit inputModeChanged();
    }
    enter(State::Capturing);
    return true;
}

bool Session::reject()
{
    if (m_state != State::AwaitingStaff && m_state != State::Reading)
        return refuse(QStringLiteral("nothing to reject"));
    if (m_staffId.isEmpty())
        return refuse(QStringLiteral("staff must sign in to reject"));
    m_sink.noteStaffAction(StaffAction::Reject, m_staffId.toStdString(), m_documentKind);
    forgetResult();
    enter(State::Rejected);
    return true;
}

void Session::forgetResult()
{
    m_fields.clear();
    clearDocumentPicture();
    ++m_imageRevision;
    ++m_ticket; // any scan still running answers into the void
    m_scanError.clear();
    m_kind.clear();
    m_documentKind = DocumentKind::Unknown;
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
            m_scanError = QStringLiteral("reading took too long");
            emit resultChanged();
            enter(State::AwaitingStaff);
        }
        break;
    case State::AwaitingStaff:
        if (idle >= m_timeouts.staffIdleSeconds) {
            forgetResult();
            enter(State::Expired);
        }
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
