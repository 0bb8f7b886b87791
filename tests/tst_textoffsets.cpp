#include <QTest>

#include "textoffsets.h"

using namespace Qt::StringLiterals;
using Copydesk::TextOffsets;

class TestTextOffsets final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void insidePairSnapsBack();
    void clamps();
};

void TestTextOffsets::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("codePoints");
    QTest::newRow("ascii") << u"Hello world"_s << qint64(11);
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("emoji") << u"a😀b"_s << qint64(3);
    QTest::newRow("zwj family") << u"👩‍👩‍👧 x"_s << qint64(7);
    QTest::newRow("skin tone") << u"💪🏽!"_s << qint64(3);
    QTest::newRow("combining") << u"e\u0301te\u0301"_s << qint64(5);
    QTest::newRow("nbsp") << u"a\u00A0b"_s << qint64(3);
    QTest::newRow("cjk arabic") << u"東京 أحمد"_s << qint64(7);
    QTest::newRow("leading pair") << u"😀"_s << qint64(1);
    QTest::newRow("many pairs") << u"😀😀😀x😀"_s << qint64(5);
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + u"x"_s << qint64(2);
}

void TestTextOffsets::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(qint64, codePoints);
    const TextOffsets offsets(text);
    QCOMPARE(offsets.codePointLength(), codePoints);
    QCOMPARE(TextOffsets::countCodePoints(text), codePoints);
    // Walk the text by code points with QStringIterator-like logic and compare.
    qsizetype utf16 = 0;
    for (qint64 cp = 0; cp <= codePoints; ++cp) {
        QCOMPARE(offsets.toUtf16(cp), utf16);
        QCOMPARE(offsets.toCodePoint(utf16), cp);
        if (utf16 < text.size()) {
            const bool pair = utf16 + 1 < text.size() && text[utf16].isHighSurrogate() && text[utf16 + 1].isLowSurrogate();
            utf16 += pair ? 2 : 1;
        }
    }
}

void TestTextOffsets::insidePairSnapsBack()
{
    const QString text = u"ab😀cd"_s; // 😀 at UTF-16 2..4, code point 2
    const TextOffsets offsets(text);
    QCOMPARE(offsets.toCodePoint(3), qint64(2));
    QCOMPARE(offsets.snapUtf16(3), qsizetype(2));
    QCOMPARE(offsets.toCodePoint(4), qint64(3));
    QCOMPARE(offsets.toUtf16(3), qsizetype(4));
}

void TestTextOffsets::clamps()
{
    const TextOffsets offsets(u"x😀"_s);
    QCOMPARE(offsets.toUtf16(-5), qsizetype(0));
    QCOMPARE(offsets.toUtf16(99), qsizetype(3));
    QCOMPARE(offsets.toCodePoint(99), qint64(2));
}

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
