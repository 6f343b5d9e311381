// Staff open a file: missing, too large, wrong-type and refused files say why and add nothing;
// a readable PDF becomes a new staff-queue entry being read. The limits are the upload's.

#include "Clock.h"
#include "FileIntake.h"
#include "KioskTestSupport.h"
#include "StaffQueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

} // namespace

class FileIntakeTest : public QObject {
    Q_OBJECT
private slots:
    void opensWithTheUploadLimits()
    {
        QTemporaryDir dir;
        auto store = kiosktest::openStore(dir);
        ManualClock clock;
        QueueLimits limits;
        limits.maxEntries = 2;
        StaffQueue queue(clock, *store, limits);
        FileIntake intake(queue, 1024);
        QVERIFY(intake.startFolder().isLocalFile());

        QVERIFY(!intake.open(dir.filePath(QStringLiteral("missing.pdf"))));
        QVERIFY(!intake.lastError().isEmpty());
        QVERIFY(!intake.open(dir.path())); // a folder
        QVERIFY(!intake.open(writeFile(dir, QStringLiteral("big.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(2048, ' '))));
        QVERIFY(intake.lastError().contains(QStringLiteral("large")));
        QVERIFY(!intake.open(writeFile(dir, QStringLiteral("notes.pdf"), "just text, named .pdf")));
        QVERIFY(intake.lastError().contains(QStringLiteral("PDF")));
        QVERIFY(!intake.open(writeFile(dir, QStringLiteral("empty.pdf"), "")));
        QCOMPARE(queue.count(), 0);

        const QString small = writeFile(dir, QStringLiteral("small.pdf"), "%PDF-1.4\n%%EOF\n");
        QVERIFY(!intake.open(small)); // staff must be signed in
        QVERIFY(intake.lastError().contains(QStringLiteral("sign in")));
        queue.setStaffId(QStringLiteral("staff-3"));
        QSignalSpy bytes(&queue, &StaffQueue::scanBytesRequested);
        QVERIFY(intake.open(QUrl::fromLocalFile(small).toString()));
        QVERIFY(intake.lastError().isEmpty());
        QCOMPARE(queue.count(), 1);
        QVERIFY(queue.currentReading());
        QCOMPARE(bytes.count(), 1);
        QCOMPARE(bytes.at(0).at(2).toString(), QStringLiteral("small.pdf"));

        // A PNG by its content is fine too; then the queue is full and says so.
        QVERIFY(intake.open(writeFile(dir, QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0'))));
        QVERIFY(!intake.open(small));
        QVERIFY(intake.lastError().contains(QStringLiteral("full")));
        QCOMPARE(queue.count(), 2);
    }
};

QTEST_GUILESS_MAIN(FileIntakeTest)
#include "FileIntakeTest.moc"
