#pragma once
// The staff queue: finished visits wait here for staff while the resident window already
// serves the next person. One entry per finished resident visit (paper or phone PDF) or per
// file staff opened. The list shows time, way in, document kind, how many fields need review
// and age — never a value. The selected entry's image, boxes and fields are shown for review;
// confirm stores a record, reject is audited, rescan is offered only while that resident is
// still at the kiosk. An entry's image and values live until it is decided or until the
// queue time-out wipes it (audited without values). QML reads; it acts through invokables.

#include "Clock.h"
#include "FieldReviewModel.h"
#include "Session.h"
#ifndef Q_MOC_RUN // moc of Qt 6.4 cannot parse <concepts>, pulled in by these
#include "RecordSink.h"
#endif

#include <QAbstractListModel>
#include <QImage>
#include <QMutex>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace shikaku::kiosk {

struct QueueLimits {
    int maxEntries = 5;        ///< more waiting visits than this: the resident window asks people to wait
    int timeoutSeconds = 1800; ///< an undecided entry is wiped after this long (30 min)
    int readingSeconds = 120;  ///< a staff file whose scan never answers is shown without values
};

class StaffQueue : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int maxEntries READ maxEntries CONSTANT)
    /// No room for a staff file (a resident visit in progress keeps one place).
    Q_PROPERTY(bool full READ full NOTIFY countChanged)
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    /// The selected entry's fields (an empty model when nothing is selected).
    Q_PROPERTY(shikaku::kiosk::FieldReviewModel* currentFields READ currentFields NOTIFY currentChanged)
    Q_PROPERTY(int currentEntryId READ currentEntryId NOTIFY currentChanged)
    Q_PROPERTY(int currentNumber READ currentNumber NOTIFY currentChanged)
    Q_PROPERTY(bool currentHasImage READ currentHasImage NOTIFY currentChanged)
    Q_PROPERTY(bool currentReading READ currentReading NOTIFY currentChanged)
    Q_PROPERTY(QString currentDocumentKind READ currentDocumentKind NOTIFY currentChanged)
    Q_PROPERTY(QString currentScanError READ currentScanError NOTIFY currentChanged)
    /// The selected entry's resident is still at the kiosk (on the "staff will confirm" screen).
    Q_PROPERTY(bool canRescan READ canRescan NOTIFY currentChanged)
    /// The selected entry came from the resident window (not a file staff opened).
    Q_PROPERTY(bool currentFromResident READ currentFromResident NOTIFY currentChanged)
    Q_PROPERTY(QString lastRefusal READ lastRefusal NOTIFY refused)
    /// What the queue did by itself (a time-out wipe), for the staff window; never a value.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        NumberRole,       ///< the entry's number shown to staff (#1, #2, ...)
        OriginRole,       ///< Origin enum
        ReadingRole,      ///< the scan has not answered yet
        TimeRole,         ///< "09:14", when the entry arrived
        AgeMinutesRole,   ///< whole minutes waiting
        NeedsReviewRole,  ///< fields whose status is review or not found (edits that validate count as checked)
        DocumentKindRole, ///< document title (not a value)
        ScanFailedRole,   ///< the scan gave an error: staff type the values
        ResidentHereRole, ///< rescan possible
    };
    Q_ENUM(Role)
    enum class Origin { Paper, Phone, StaffFile };
    Q_ENUM(Origin)

    StaffQueue(const Clock& clock, RecordSink& sink, QueueLimits limits = {}, QObject* parent = nullptr);
    ~StaffQueue() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    int maxEntries() const { return m_limits.maxEntries; }
    bool full() const;
    /// Room for one more finished resident visit.
    bool acceptsResidentVisit() const { return count() < m_limits.maxEntries; }
    const QueueLimits& limits() const { return m_limits; }

    int currentRow() const;
    bool hasCurrent() const { return currentRow() >= 0; }
    FieldReviewModel* currentFields();
    int currentEntryId() const;
    int currentNumber() const;
    bool currentHasImage() const;
    bool currentReading() const;
    QString currentDocumentKind() const;
    QString currentScanError() const;
    bool canRescan() const;
    bool currentFromResident() const;
    QString lastRefusal() const { return m_lastRefusal; }
    QString notice() const { return m_notice; }

    /// The entry's document image, and the crop a field was read from (any thread).
    QImage entryImage(int entryId) const;
    QImage fieldCrop(int entryId, int row) const;

    // --- staff intents (on the selected entry) ---
    Q_INVOKABLE bool select(int row);
    /// Up/Down: -1 older, +1 newer; stays at the ends.
    Q_INVOKABLE bool moveSelection(int delta);
    Q_INVOKABLE bool confirm();
    Q_INVOKABLE bool reject();
    Q_INVOKABLE bool requestRescan();

    // --- inputs ---
    /// A finished resident visit (Session::handedOver).
    void addResidentVisit(int visit, Session::InputMode mode, std::shared_ptr<const ScanResult> result, const QImage& image);
    /// A file staff opened (already checked for size and type): read by the scan worker, then shown.
    bool addStaffFile(const QByteArray& bytes, const QString& label);
    void acceptScanResult(quint64 ticket, std::shared_ptr<const ScanResult> result);
    void setStaffId(const QString& staffId) { m_staffId = staffId; }
    /// The resident visit now on the "staff will confirm" screen (0: none): rescan possible for it.
    void setResidentOnDoneScreen(int visit);
    /// A resident visit is capturing or reading: it keeps one place in the queue.
    void setResidentVisitInProgress(bool inProgress);
    /// Time-outs and ages (a timer calls it every second).
    void tick();
    Date today() const;

signals:
    void countChanged();
    void currentChanged();
    void refused(const QString& reason);
    void noticeChanged();
    void scanBytesRequested(quint64 ticket, const QByteArray& bytes, const QString& label);
    /// Staff decided the entry of resident visit `visit` (0 for a staff file).
    void decided(int visit, bool confirmed);
    /// Staff want resident visit `visit` captured again (its entry is already gone).
    void rescanRequested(int visit);
    /// A record was stored (or could not be: `error` non-empty).
    void recordStored(const QString& error);

private:
    struct Entry;
    struct EntryImage {
        QImage image;
        std::array<QRect, kAllFields.size()> boxes;
    };

    bool refuse(const QString& reason);
    /// The selected entry when staff may decide on it; otherwise refuses `action` and returns null.
    Entry* entryToDecide(const QString& action);
    Entry* current();
    const Entry* current() const;
    int rowOf(int entryId) const;
    int newEntry(Origin origin, int visit);
    void fill(Entry& entry, const ScanResult& result, const QImage& image);
    void remove(int row);
    void selectId(int entryId);
    void refreshRow(int row);
    int needsReview(const Entry& entry) const;

    const Clock& m_clock;
    RecordSink& m_sink;
    QueueLimits m_limits;
    std::vector<std::unique_ptr<Entry>> m_entries; ///< oldest first
    FieldReviewModel m_noFields;                   ///< shown when nothing is selected
    int m_currentId = 0;
    int m_nextId = 0;
    quint64 m_nextTicket = 0;
    int m_residentOnDoneScreen = 0;
    bool m_residentInProgress = false;
    QString m_staffId;
    QString m_lastRefusal;
    QString m_notice;

    mutable QMutex m_imageMutex; ///< the image provider reads images from QML's loader thread
    std::map<int, EntryImage> m_images;
};

} // namespace shikaku::kiosk
