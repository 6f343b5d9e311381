// ShiftJis: UTF-8 ⇄ CP932 round trip for every kana and the kanji 記号 use; characters outside
// CP932 and malformed bytes are refused, never replaced.

#include "ShiftJis.h"

#include <QString>
#include <QtTest>

using namespace shikaku;

class ShiftJisTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownCodes()
    {
        QCOMPARE(utf8ToCp932("本").value_or(""), std::string("\x96\x7B"));
        QCOMPARE(utf8ToCp932("あ").value_or(""), std::string("\x82\xA0"));
        QCOMPARE(utf8ToCp932("記号").value_or(""), std::string("\x8B\x4C\x8D\x86"));
        QCOMPARE(utf8ToCp932("髙").value_or(""), std::string("\xFB\xFC")); // IBM extension, CP932 only
        QCOMPARE(utf8ToCp932("～").value_or(""), std::string("\x81\x60")); // U+FF5E as Windows maps it
        QCOMPARE(utf8ToCp932("ｱ").value_or(""), std::string("\xB1"));     // half-width katakana
        QCOMPARE(utf8ToCp932("0113-0012").value_or(""), std::string("0113-0012"));
    }

    void everyKanaAndCommonKanjiRoundTrip()
    {
        QString text;
        for (char16_t c = u'ぁ'; c <= u'ん'; ++c) // ゔゕゖ are not in CP932
            text += QChar(c);
        for (char16_t c = u'ァ'; c <= u'ヶ'; ++c)
            text += QChar(c);
        text += QStringLiteral("本町東西南北中央区市郡村上下新旧第壱弐参");
        const std::string utf8 = text.toStdString();
        const auto sjis = utf8ToCp932(utf8);
        QVERIFY(sjis.has_value());
        QCOMPARE(cp932ToUtf8(*sjis).value_or(""), utf8);
    }

    void outsideCp932IsRefused()
    {
        QVERIFY(!utf8ToCp932("𠮷"));        // JIS X 0213 plane 2
        QVERIFY(!utf8ToCp932("본"));        // Hangul
        QVERIFY(!utf8ToCp932("a\xFF" "b")); // not UTF-8
    }

    void malformedCp932IsRefused()
    {
        QVERIFY(!cp932ToUtf8("\x96"));     // lead byte without trail
        QVERIFY(!cp932ToUtf8("\x82\x20")); // invalid trail byte
    }
};

QTEST_GUILESS_MAIN(ShiftJisTest)
#include "ShiftJisTest.moc"
