#pragma once
// One resident's visit at the resident window, as a state machine:
//   Idle → Capturing → Reading → AwaitingStaff → (resident finishes or leaves) → wipe → Idle
// At AwaitingStaff the result is handed over to the staff queue (handedOver) and the resident
// sees masked values; the window is free for the next person once they finish or after
// doneSeconds without a touch. While the resident is still there, staff's decision shows as
// Confirmed | Rejected, and a staff rescan brings the visit back to Capturing. Expired comes
// from Capturing after inactivity (a warning first). Reading → Capturing when a paper still
// shows a back side or a wrong document: the resident is told why, no staff needed — a few
// times (RetryLimits), after which the result goes to staff (staffHelpNeeded). QML reads the state; it changes only
// through the invokables below, each of which checks its precondition and refuses (returns
// false, sets lastRefusal) otherwise. wipe() forgets every image and value of the visit.

#include "Clock.h"
#include "FieldReviewModel.h"
#include "Guidance.h"
#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse <concepts>, pulled in by these
#include "ScanResult.h"
#include <opencv2/core/mat.hpp>
#endif

#include <QImage>
#include <QMutex>
#include <QObject>


#include <memory>
#include <optional>

namespace shikaku::kiosk {

/// Time limits of a visit, each with its reason.
struct SessionTimeouts {
    int residentIdleSeconds = 60;  ///< no touch for this long while capturing: warn
    int warningSeconds = 30;       ///< the warning lasts this long (UX: at least 20 s) before reset
    int doneSeconds = 30;          ///< the "staff will confirm" screen without a touch: free the window
    int resultSeconds = 8;         ///< the final screen stays this long, then everything is wiped
    int readingSeconds = 120;      ///< a scan that never answers gives up
};

/// How often a paper still may go back to the camera before staff take over.
struct RetryLimits {
    /// Back sides per visit: turning the card over is easy to explain; a third back side is
    /// probably a front the engine cannot read, which staff should see.
    int backSides = 2;
    /// Old health insurance cards and unrecognised documents per visit: one explanation of
    /// what to bring, then staff help (issue: "after a second failure, hand over to staff").
    int wrongDocuments = 1;
};

class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(InputMode inputMode READ inputMode NOTIFY inputModeChanged)
    Q_PROPERTY(shikaku::kiosk::guidance::Message guidance READ guidance NOTIFY guidanceChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY cameraAvailableChanged)
    Q_PROPERTY(bool warningActive READ warningActive NOTIFY countdownChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(QString scanError READ scanError NOTIFY resultChanged)
    Q_PROPERTY(QString documentKind READ documentKind NOTIFY resultChanged)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY resultChanged)
    Q_PROPERTY(int imageRevision READ imageRevision NOTIFY resultChanged)
    Q_PROPERTY(QString lastRefusal READ lastRefusal NOTIFY refused)
    Q_PROPERTY(int visitNumber READ visitNumber NOTIFY stateChanged)
    /// False while the staff queue is full: a new visit cannot start (the resident is asked to wait).
    Q_PROPERTY(bool acceptingVisits READ acceptingVisits NOTIFY acceptingVisitsChanged)
    /// The result went to staff because the document was wrong again (or the back side too often).
    Q_PROPERTY(bool staffHelpNeeded READ staffHelpNeeded NOTIFY resultChanged)
    Q_PROPERTY(QString noticeJa READ noticeJa CONSTANT)
    Q_PROPERTY(QString noticeEn READ noticeEn CONSTANT)
    Q_PROPERTY(shikaku::kiosk::FieldReviewModel* fields READ fields CONSTANT)
public:
    enum class State { Idle, Capturing, Reading, AwaitingStaff, Confirmed, Rejected, Expired };
    Q_ENUM(State)
    enum class InputMode { None, Paper, Phone };
    Q_ENUM(InputMode)

    explicit Session(const Clock& clock, SessionTimeouts timeouts = {}, RetryLimits retries = {},
                     QObject* parent = nullptr);

    State state() const { return m_state; }
    InputMode inputMode() const { return m_mode; }
    guidance::Message guidance() const { return m_guidance; }
    bool cameraAvailable() const { return m_cameraAvailable; }
    bool warningActive() const { return m_warningActive; }
    int secondsLeft() const { return m_secondsLeft; }
    QString scanError() const { return m_scanError; }
    QString documentKind() const { return m_kind; }
    bool hasImage() const;
    int imageRevision() const { return m_imageRevision; }
    QString lastRefusal() const { return m_lastRefusal; }
    int visitNumber() const { return m_visit; }
    bool acceptingVisits() const { return m_acceptingVisits; }
    bool staffHelpNeeded() const { return m_staffHelpNeeded; }
    QString noticeJa() const;
    QString noticeEn() const;
    FieldReviewModel* fields() { return &m_fields; }
    const SessionTimeouts& timeouts() const { return m_timeouts; }

    /// The rectified document image (thread-safe copy, for the image provider).
    QImage documentImage() const;

    // --- resident intents ---
    /// Idle → Capturing with the chosen way in (Paper or Phone).
    Q_INVOKABLE bool begin(shikaku::kiosk::Session::InputMode mode);
    /// Capturing (paper, camera present) → asks the camera for a still (stillRequested).
    Q_INVOKABLE bool capture();
    /// Resident gives up: Capturing → wiped, back to Idle.
    Q_INVOKABLE bool cancel();
    /// Any touch: resets the inactivity time and dismisses the warning.
    Q_INVOKABLE void touch();

    /// Resident is done with the "staff will confirm" screen: AwaitingStaff → wiped → Idle.
    Q_INVOKABLE bool finish();

    // --- from the staff queue ---
    /// Staff want visit `visit` captured again; only while it is this window's visit at AwaitingStaff.
    bool rescanVisit(int visit);
    /// Staff decided visit `visit`: the resident, if still here, sees Confirmed or Rejected.
    void staffDecided(int visit, bool confirmed);
    void setAcceptingVisits(bool accepting);

    // --- inputs from the capture and scan machinery (GUI thread) ---
    /// A full-resolution still while Capturing → Reading (emits scanImageRequested).
    bool acceptStill(const cv::Mat& bgr);
    /// Bytes of a phone upload (PDF or image) during a phone visit → Reading.
    bool acceptFile(const QByteArray& bytes, const QString& label, InputMode via);
    /// The scan's answer; ignored unless it answers the current request.
    void acceptScanResult(quint64 ticket, std::shared_ptr<const ScanResult> result);
    void setGuidance(guidance::Message message);
    /// The live preview's advice: shown while capturing a paper document with a camera, unless
    /// the scan's verdict on the last still (turn over, wrong document) is still being shown.
    void showLiveGuidance(guidance::Message message);
    /// The document photographed last was taken away, moved or turned over: the scan's verdict
    /// on it gives way to the live advice as soon as a document lies there again.
    void documentChanged();
    void setCameraAvailable(bool available);

    /// Evaluates the time-outs against the clock (a timer calls it every second).
    void tick();

    /// Today by the injected clock (decides "expired").
    Date today() const;

signals:
    void stateChanged();
    void inputModeChanged();
    void guidanceChanged();
    void cameraAvailableChanged();
    void countdownChanged();
    void resultChanged();
    void refused(const QString& reason);
    void stillRequested();
    void scanImageRequested(quint64 ticket, const cv::Mat& bgr);
    void scanBytesRequested(quint64 ticket, const QByteArray& bytes, const QString& label);
    /// Everything of the last resident is gone: reset language, text size, upload token.
    void wiped();
    /// The scan answered: visit `visit`'s result (with its document image) goes to the staff queue.
    void handedOver(int visit, shikaku::kiosk::Session::InputMode mode,
                    std::shared_ptr<const shikaku::ScanResult> result, const QImage& image);
    void acceptingVisitsChanged();

private:
    bool refuse(const QString& reason);
    void enter(State state);
    void wipe();
    void forgetResult();
    void updateCountdown(int secondsLeft, bool active);
    /// For a paper still of the wrong kind: the message to go back to the camera with, or none
    /// (a right kind, or the retries are used up).
    std::optional<guidance::Message> retryMessage(DocumentKind kind);
    void resetRetries();
    void setDocumentPicture(const cv::Mat& bgr, int maxSide);
    void clearDocumentPicture();

    const Clock& m_clock;
    SessionTimeouts m_timeouts;
    RetryLimits m_retries;
    FieldReviewModel m_fields;

    State m_state = State::Idle;
    InputMode m_mode = InputMode::None;
    guidance::Message m_guidance = guidance::Message::NoDocument;
    bool m_cameraAvailable = false;
    bool m_warningActive = false;
    int m_secondsLeft = 0;
    QDateTime m_lastActivity;
    QDateTime m_enteredAt;
    quint64 m_ticket = 0;
    int m_visit = 0;
    int m_imageRevision = 0;
    QString m_scanError;
    QString m_kind;
    QString m_lastRefusal;
    bool m_acceptingVisits = true;
    int m_backSidesSeen = 0;
    int m_wrongDocumentsSeen = 0;
    bool m_verdictHeld = false;     ///< the guidance is the scan's verdict, kept until the document changes
    bool m_documentChangedSinceVerdict = false;
    bool m_staffHelpNeeded = false;

    mutable QMutex m_imageMutex;   ///< guards the three below (the image provider reads them)
    cv::Mat m_picture;             ///< still or rectified document, shared with the scan (no copy)
    int m_pictureMaxSide = 0;      ///< the picture is shown at most this large (0: as it is)
    mutable QImage m_image;        ///< made from m_picture when first asked for
};

} // namespace shikaku::kiosk
