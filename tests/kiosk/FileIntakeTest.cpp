// Staff open a file for the visit: missing, too large and refused files say why and change
// nothing; a readable file starts reading.

#include "Clock.h"
#include "FileIntake.h"
#include "KioskTestSupport.h"
#include "Session.h"

#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;

class FileIntakeTest : public QObject {
    Q_OBJECT
private slots:
    void opensWithLimits()
    {
        QTemporaryDir dir;
        auto store = kiosktest::openStore(dir);
        ManualClock clock;
        Session session(clock, *store);
        FileIntake intake(session, 1024);

        QVERIFY(!intake.open(dir.filePath(QStringLiteral("missing.pdf"))));
        QVERIFY(!intake.lastError().isEmpty());
        QVERIFY(!intake.open(dir.path())); // a folder

        QFile big(dir.filePath(QStringLiteral("big.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray("%PDF-1.4\n") + QByteArray(2048, ' '));
        big.close();
        QVERIFY(!intake.open(big.fileName()));
        QVERIFY(intake.lastError().contains(QStringLiteral("large")));
        QCOMPARE(session.state(), Session::State::Idle);

        QFile small(dir.filePath(QStringLiteral("small.pdf")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("%PDF-1.4\n%%EOF\n");
        small.close();
        QSignalSpy bytes(&session, &Session::scanBytesRequested);
        QVERIFY(intake.open(QUrl::fromLocalFile(small.fileName()).toString()));
        QVERIFY(intake.lastError().isEmpty());
        QCOMPARE(session.state(), Session::State::Reading);
        QCOMPARE(session.inputMode(), Session::InputMode::StaffFile);
        QCOMPARE(bytes.count(), 1);
        QCOMPARE(bytes.at(0).at(2).toString(), QStringLiteral("small.pdf"));

        // While reading, a second file is refused with the session's reason.
        QVERIFY(!intake.open(small.fileName()));
        QVERIFY(!intake.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(FileIntakeTest)
#include "FileIntakeTest.moc"
