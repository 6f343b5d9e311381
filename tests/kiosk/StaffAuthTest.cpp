// Staff sign-in: PIN checked against the libsodium hash, failures counted and audited,
// sign-out after inactivity (injected clock).

#include "Clock.h"
#include "KioskTestSupport.h"
#include "StaffAuth.h"
#include "StaffPin.h"

#include <QSignalSpy>
#include <QTest>

using namespace shikaku;
using namespace shikaku::kiosk;

class StaffAuthTest : public QObject {
    Q_OBJECT
private slots:
    void signInOutAndAudit()
    {
        QTemporaryDir dir;
        auto store = kiosktest::openStore(dir);
        QVERIFY(store);
        ManualClock clock;
        StaffAuth auth(clock, *store, QByteArray::fromStdString(hashStaffPin("4321").value()), 300);
        const auto before = store->auditEntries().value().size();

        QVERIFY(!auth.signIn(QStringLiteral("k-01"), QStringLiteral("1234")));
        QCOMPARE(auth.failedAttempts(), 1);
        QVERIFY(!auth.signIn(QStringLiteral("  "), QStringLiteral("4321"))); // an ID is needed
        QVERIFY(!auth.signedIn());
        QVERIFY(auth.signIn(QStringLiteral(" k-01 "), QStringLiteral("4321")));
        QCOMPARE(auth.staffId(), QStringLiteral("k-01"));
        QCOMPARE(auth.failedAttempts(), 0);

        clock.advanceSeconds(200);
        auth.touch();
        clock.advanceSeconds(200);
        auth.tick();
        QVERIFY(auth.signedIn()); // activity 200 s ago
        clock.advanceSeconds(100);
        auth.tick();
        QVERIFY(!auth.signedIn());
        QVERIFY(auth.staffId().isEmpty());
        // failed ×2, sign-in, sign-out
        QCOMPARE(store->auditEntries().value().size(), before + 4);
    }

    void noHashMeansNobodySignsIn()
    {
        QTemporaryDir dir;
        auto store = kiosktest::openStore(dir);
        ManualClock clock;
        StaffAuth auth(clock, *store, QByteArray());
        QVERIFY(!auth.signIn(QStringLiteral("k-01"), QString()));
        QVERIFY(!auth.signIn(QStringLiteral("k-01"), QStringLiteral("0000")));
    }
};

QTEST_GUILESS_MAIN(StaffAuthTest)
#include "StaffAuthTest.moc"
