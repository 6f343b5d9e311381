// TimeFormat: ISO 8601 out with the local offset, back in to the same millisecond.

#include "TimeFormat.h"

#include <QtTest>

using namespace shikaku;

class TimeFormatTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Tokyo");
        tzset();
    }

    void utcAndLocalForms()
    {
        const auto t = fromEpochMs(1'796'083'200'000); // 2026-12-01T00:00:00Z
        QCOMPARE(toIsoUtc(t), std::string("2026-12-01T00:00:00Z"));
        QCOMPARE(toIsoLocal(t), std::string("2026-12-01T09:00:00+09:00"));
    }

    void roundTrip()
    {
        const auto t = fromEpochMs(1'796'083'212'345);
        QCOMPARE(toEpochMs(parseIsoDateTime(toIsoLocal(t)).value()), 1'796'083'212'000); // ISO text has seconds
        QCOMPARE(toEpochMs(parseIsoDateTime("2026-12-01T09:00:00.250+09:00").value()), 1'796'083'200'250);
        QVERIFY(!parseIsoDateTime("2026-13-01T00:00:00Z"));
        QVERIFY(!parseIsoDateTime("yesterday"));
    }

    void startOfLocalDay()
    {
        QCOMPARE(toEpochMs(shikaku::startOfLocalDay("2026-12-01").value()), 1'796'083'200'000 - 9 * 3'600'000);
        QVERIFY(!shikaku::startOfLocalDay("2026-12-1"));
        QVERIFY(!shikaku::startOfLocalDay("2026-02-30"));
    }
};

QTEST_GUILESS_MAIN(TimeFormatTest)
#include "TimeFormatTest.moc"
