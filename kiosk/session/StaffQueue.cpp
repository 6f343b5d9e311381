#include "StaffQueue.h"

#include "DocumentTitle.h"
#include "MatImage.h"
#include "RecordFromReview.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcQueue, "shikaku.queue")

namespace shikaku::kiosk {

namespace {
// Staff-file scans share the one scan worker with the resident visit; their tickets live in
// their own range so that neither side takes the other's answer.
constexpr quint64 kStaffTicketBase = quint64(1) << 62;
} // namespace

struct StaffQueue::Entry {
    int id = 0;
    int number = 0;
    int visit = 0; ///< resident visit number; 0 for a staff file
    Origin origin = Origin::Paper;
    QDateTime arrivedAt;
    QDateTime scannedAt;
    quint64 ticket = 0; ///< the scan asked for a staff file; 0 once answered
    bool reading = false;
    DocumentKind kind = DocumentKind::Unknown;
    QString kindTitle;
    QString scanError;
    int ageMinutes = 0;
    std::unique_ptr<FieldReviewModel> fields = std::make_unique<FieldReviewModel>();
};

StaffQueue::StaffQueue(const Clock& clock, RecordSink& sink, QueueLimits limits, QObject* parent)
    : QAbstractListModel(parent), m_clock(clock), m_sink(sink), m_limits(limits)
{
    m_limits.maxEntries = std::max(1, m_limits.maxEntries);
}

StaffQueue::~StaffQueue() = default;

int StaffQueue::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QHash<int, QByteArray> StaffQueue::roleNames() const
{
    return {{EntryIdRole, "entryId"},         {NumberRole, "number"},         {OriginRole, "origin"},
            {ReadingRole, "reading"},         {TimeRole, "time"},             {AgeMinutesRole, "ageMinutes"},
            {NeedsReviewRole, "needsReview"}, {DocumentKindRole, "documentKind"}, {ScanFailedRole, "scanFailed"},
            {ResidentHereRole, "residentHere"}};
}

QVariant StaffQueue::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry& e = *m_entries[std::size_t(index.row())];
    switch (role) {
    case EntryIdRole: return e.id;
    case NumberRole: return e.number;
    case OriginRole: return QVariant::fromValue(e.origin);
    case ReadingRole: return e.reading;
    case TimeRole: return e.arrivedAt.toString(QStringLiteral("HH:mm"));
    case AgeMinutesRole: return e.ageMinutes;
    case NeedsReviewRole: return needsReview(e);
    case DocumentKindRole: return e.reading ? QString() : e.kindTitle;
    case ScanFailedRole: return !e.scanError.isEmpty();
    case ResidentHereRole: return e.visit != 0 && e.visit == m_residentOnDoneScreen;
    }
    return {};
}

int StaffQueue::needsReview(const Entry& e) const
{
    if (e.reading)
        return 0;
    int n = 0;
    for (int row = 0; row < e.fields->rowCount(); ++row) {
        const auto status = e.fields->data(e.fields->index(row), FieldReviewModel::StatusRole).value<FieldReviewModel::Status>();
        n += status == FieldReviewModel::Status::Review || status == FieldReviewModel::Status::NotFound ? 1 : 0;
    }
    return n;
}

bool StaffQueue::full() const { return count() + (m_residentInProgress ? 1 : 0) >= m_limits.maxEntries; }

bool StaffQueue::refuse(const QString& reason)
{
    m_lastRefusal = reason;
    qCInfo(lcQueue) << "refused:" << reason;
    emit refused(reason);
    return false;
}

int StaffQueue::rowOf(int entryId) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i]->id == entryId)
            return int(i);
    return -1;
}

int StaffQueue::currentRow() const { return m_currentId ? rowOf(m_currentId) : -1; }

StaffQueue::Entry* StaffQueue::current()
{
    const int row = currentRow();
    return row < 0 ? nullptr : m_entries[std::size_t(row)].get();
}

const StaffQueue::Entry* StaffQueue::current() const { return const_cast<StaffQueue*>(this)->current(); }

FieldReviewModel* StaffQueue::currentFields()
{
    Entry* e = current();
    return e ? e->fields.get() : &m_noFields;
}

int StaffQueue::currentEntryId() const { return current() ? m_currentId : 0; }
int StaffQueue::currentNumber() const { return current() ? current()->number : 0; }
bool StaffQueue::currentReading() const { return current() && current()->reading; }
QString StaffQueue::currentDocumentKind() const { return current() && !current()->reading ? current()->kindTitle : QString(); }
QString StaffQueue::currentScanError() const { return current() ? current()->scanError : QString(); }

bool StaffQueue::currentHasImage() const
{
    if (!current())
        return false;
    QMutexLocker lock(&m_imageMutex);
    const auto it = m_images.find(m_currentId);
    return it != m_images.end() && !it->second.image.isNull();
}

bool StaffQueue::currentFromResident() const { return current() && current()->visit != 0; }

bool StaffQueue::canRescan() const
{
    const Entry* e = current();
    return e && e->visit != 0 && e->visit == m_residentOnDoneScreen;
}

QImage StaffQueue::entryImage(int entryId) const
{
    QMutexLocker lock(&m_imageMutex);
    const auto it = m_images.find(entryId);
    return it == m_images.end() ? QImage() : it->second.image;
}

QImage StaffQueue::fieldCrop(int entryId, int row) const
{
    QMutexLocker lock(&m_imageMutex);
    const auto it = m_images.find(entryId);
    if (it == m_images.end() || row < 0 || row >= int(it->second.boxes.size()))
        return {};
    const QImage& document = it->second.image;
    const QRect box = it->second.boxes[std::size_t(row)];
    if (document.isNull() || !box.isValid())
        return {};
    // A margin of half the box height shows the label next to the value for context.
    const int margin = box.height() / 2;
    return document.copy(box.adjusted(-margin, -margin, margin, margin).intersected(document.rect()));
}

Date StaffQueue::today() const
{
    const QDate d = m_clock.now().date();
    return Date{d.year(), d.month(), d.day()};
}

// --- selection ---

void StaffQueue::selectId(int entryId)
{
    if (m_currentId == entryId)
        return;
    m_currentId = entryId;
    emit currentChanged();
}

bool StaffQueue::select(int row)
{
    if (row < 0 || row >= count())
        return refuse(QStringLiteral("no such entry"));
    selectId(m_entries[std::size_t(row)]->id);
    return true;
}

bool StaffQueue::moveSelection(int delta)
{
    if (m_entries.empty())
        return refuse(QStringLiteral("the queue is empty"));
    const int row = currentRow();
    const int target = std::clamp(row < 0 ? 0 : row + delta, 0, count() - 1);
    return select(target);
}

// --- entries in and out ---

int StaffQueue::newEntry(Origin origin, int visit)
{
    const int row = count();
    beginInsertRows({}, row, row);
    auto entry = std::make_unique<Entry>();
    entry->id = ++m_nextId;
    entry->number = entry->id;
    entry->visit = visit;
    entry->origin = origin;
    entry->arrivedAt = m_clock.now();
    // Edits change how many fields still need review, shown in the list.
    const int id = entry->id;
    connect(entry->fields.get(), &FieldReviewModel::valueEdited, this, [this, id] { refreshRow(rowOf(id)); });
    m_entries.push_back(std::move(entry));
    endInsertRows();
    emit countChanged();
    if (!current())
        selectId(id); // nothing was selected: the new entry is next
    return id;
}

void StaffQueue::fill(Entry& entry, const ScanResult& result, const QImage& image)
{
    // Image and boxes first: loading the fields makes the window ask for the crops at once.
    EntryImage stored;
    stored.image = image;
    for (std::size_t i = 0; i < kAllFields.size(); ++i)
        if (const auto& box = result.field(kAllFields[i]).box)
            stored.boxes[i] = QRect(box->x, box->y, box->width, box->height);
    {
        QMutexLocker lock(&m_imageMutex);
        m_images[entry.id] = std::move(stored);
    }
    entry.reading = false;
    entry.ticket = 0;
    entry.kind = result.kind;
    entry.kindTitle = documentTitle(result.kind);
    entry.scanError = result.error ? QString::fromStdString(result.error.message) : QString();
    entry.scannedAt = m_clock.now();
    entry.fields->load(result, today());
}

void StaffQueue::addResidentVisit(int visit, Session::InputMode mode, std::shared_ptr<const ScanResult> result,
                                  const QImage& image)
{
    if (!result)
        return;
    // The resident window admits a visit only while there is room, so this never drops one.
    if (!acceptsResidentVisit())
        qCWarning(lcQueue) << "queue over its limit of" << m_limits.maxEntries << "entries";
    const int id = newEntry(mode == Session::InputMode::Phone ? Origin::Phone : Origin::Paper, visit);
    fill(*m_entries[std::size_t(rowOf(id))], *result, image);
    qCInfo(lcQueue) << "entry" << id << "from visit" << visit << "waits;" << count() << "in the queue";
    refreshRow(rowOf(id));
    if (m_currentId == id)
        emit currentChanged();
}

bool StaffQueue::addStaffFile(const QByteArray& bytes, const QString& label)
{
    if (m_staffId.isEmpty())
        return refuse(QStringLiteral("サインインしてください / staff must sign in to open a file"));
    if (full())
        return refuse(QStringLiteral("確認待ちが満杯です（%1件）。先に確定か却下を / the queue is full (%1): decide an entry first").arg(m_limits.maxEntries));
    if (bytes.isEmpty())
        return refuse(QStringLiteral("ファイルが空です / the file is empty"));
    const int id = newEntry(Origin::StaffFile, 0);
    Entry& entry = *m_entries[std::size_t(rowOf(id))];
    entry.reading = true;
    entry.ticket = kStaffTicketBase + ++m_nextTicket;
    qCInfo(lcQueue) << "entry" << id << "reads a staff file of" << bytes.size() << "bytes";
    refreshRow(rowOf(id));
    if (m_currentId == id)
        emit currentChanged();
    emit scanBytesRequested(entry.ticket, bytes, label);
    return true;
}

void StaffQueue::acceptScanResult(quint64 ticket, std::shared_ptr<const ScanResult> result)
{
    if (ticket < kStaffTicketBase || !result)
        return; // the resident visit's answer
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [ticket](const auto& e) { return e->reading && e->ticket == ticket; });
    if (it == m_entries.end())
        return; // rejected or expired meanwhile: answered into the void
    fill(**it, *result, toQImage(result->rectified));
    const int row = int(it - m_entries.begin());
    refreshRow(row);
    if (m_currentId == (*it)->id)
        emit currentChanged();
}

void StaffQueue::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    const int id = m_entries[std::size_t(row)]->id;
    const bool wasCurrent = id == m_currentId;
    {
        QMutexLocker lock(&m_imageMutex);
        m_images.erase(id);
    }
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row); // the entry's fields go with it
    endRemoveRows();
    emit countChanged();
    if (wasCurrent) {
        // The next entry (the one that took this place, else the one before) is selected.
        m_currentId = 0;
        if (!m_entries.empty())
            m_currentId = m_entries[std::size_t(std::min(row, count() - 1))]->id;
        emit currentChanged();
    }
}

void StaffQueue::refreshRow(int row)
{
    if (row < 0 || row >= count())
        return;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

// --- decisions ---

StaffQueue::Entry* StaffQueue::entryToDecide(const QString& action)
{
    Entry* e = current();
    if (!e)
        refuse(QStringLiteral("nothing to %1").arg(action));
    else if (m_staffId.isEmpty())
        refuse(QStringLiteral("サインインしてください / staff must sign in to %1").arg(action));
    else
        return e;
    return nullptr;
}

bool StaffQueue::confirm()
{
    Entry* e = entryToDecide(QStringLiteral("confirm"));
    if (!e)
        return false;
    if (e->reading)
        return refuse(QStringLiteral("まだ読取中です / the document is still being read"));
    if (!e->fields->allConfirmable())
        return refuse(QStringLiteral("正しい値が必要です / fields need a valid value: %1").arg(e->fields->blockingLabels().join(QStringLiteral("、"))));
    const ConfirmedRecord record = recordFromReview(*e->fields, e->kind, m_staffId, e->scannedAt, m_clock.now());
    const auto stored = m_sink.add(record);
    if (!stored) {
        // Nothing is lost: the entry stays, staff see why and may retry.
        const QString error = QString::fromStdString(stored.error().message);
        emit recordStored(error);
        return refuse(QStringLiteral("記録を保存できませんでした / the record could not be stored: %1").arg(error));
    }
    emit recordStored({});
    const int visit = e->visit;
    qCInfo(lcQueue) << "entry" << e->id << "confirmed";
    remove(currentRow()); // stored: the kiosk keeps no copy
    emit decided(visit, true);
    return true;
}

bool StaffQueue::reject()
{
    Entry* e = entryToDecide(QStringLiteral("reject"));
    if (!e)
        return false;
    m_sink.noteStaffAction(StaffAction::Reject, m_staffId.toStdString(), e->kind);
    const int visit = e->visit;
    qCInfo(lcQueue) << "entry" << e->id << "rejected";
    remove(currentRow());
    emit decided(visit, false);
    return true;
}

bool StaffQueue::requestRescan()
{
    Entry* e = entryToDecide(QStringLiteral("ask for a rescan"));
    if (!e)
        return false;
    if (!canRescan())
        return refuse(QStringLiteral("ご本人はキオスクを離れました。却下して、もう一度読み取るようお声がけください / the resident has left the kiosk: reject, and ask them to come back"));
    const int visit = e->visit;
    qCInfo(lcQueue) << "entry" << e->id << "rescan asked";
    remove(currentRow()); // the new capture makes a new entry
    emit rescanRequested(visit);
    return true;
}

// --- the resident window and time ---

void StaffQueue::setResidentOnDoneScreen(int visit)
{
    if (m_residentOnDoneScreen == visit)
        return;
    m_residentOnDoneScreen = visit;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), {ResidentHereRole});
    emit currentChanged();
}

void StaffQueue::setResidentVisitInProgress(bool inProgress)
{
    if (m_residentInProgress == inProgress)
        return;
    m_residentInProgress = inProgress;
    emit countChanged(); // `full` changed
}

void StaffQueue::tick()
{
    const QDateTime now = m_clock.now();
    QStringList wiped;
    for (int row = count() - 1; row >= 0; --row) {
        Entry& e = *m_entries[std::size_t(row)];
        const qint64 waited = e.arrivedAt.secsTo(now);
        if (waited >= m_limits.timeoutSeconds) {
            // Undecided for too long: wiped, and the audit log says so (kind only, no value).
            m_sink.noteStaffAction(StaffAction::QueueExpired, "kiosk", e.kind);
            qCInfo(lcQueue) << "entry" << e.id << "wiped after" << waited << "s undecided";
            wiped.prepend(QStringLiteral("#%1").arg(e.number));
            remove(row);
            continue;
        }
        if (e.reading && waited >= m_limits.readingSeconds) {
            // Staff type the values themselves.
            ScanResult failed;
            failed.error = {ScanErrorCode::Timeout, "reading took too long"};
            fill(e, failed, {});
            refreshRow(row);
            if (e.id == m_currentId)
                emit currentChanged();
        }
        if (const int minutes = int(waited / 60); minutes != e.ageMinutes) {
            e.ageMinutes = minutes;
            const QModelIndex i = index(row);
            emit dataChanged(i, i, {AgeMinutesRole});
        }
    }
    if (!wiped.isEmpty()) {
        // The staff window is bilingual whatever the resident chose.
        const int minutes = m_limits.timeoutSeconds / 60;
        m_notice = QStringLiteral("%1 は %2 分間確認されなかったため消去しました / %1 deleted after %2 minutes without a decision.")
                       .arg(wiped.join(QStringLiteral(", ")))
                       .arg(minutes);
        emit noticeChanged();
    }
}

} // namespace shikaku::kiosk
