#include <QFont>
#include <QTest>
#include <QTextLayout>

#include "articleviewlayout.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The article view's layout breaks long runs (no break opportunity for hundreds of characters)
// line by line in linear time; its lines must be the ones QTextLayout makes by itself.
class TestArticleViewLayout final : public QObject
{
    Q_OBJECT

private slots:
    void linesAsQtBreaksThem_data();
    void linesAsQtBreaksThem();
    void paragraphsAndHeights();
};

namespace {

QString letters(int count, int seed = 0)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'a' + char16_t((i * 7 + seed) % 26));
    return text;
}

struct Line
{
    int start = 0;
    int length = 0;
    qreal width = 0;
    qreal height = 0;
};

QList<Line> linesOf(QTextLayout &layout)
{
    QList<Line> lines;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        lines.append({line.textStart(), line.textLength(), line.naturalTextWidth(), line.height()});
    }
    return lines;
}

} // namespace

void TestArticleViewLayout::linesAsQtBreaksThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");

    const QString words = u"The minister said on Tuesday that the talks would resume, according to officials. "_s.repeated(6);
    QString accented;
    for (int i = 0; i < 1500; ++i)
        accented += QChar(u'a' + char16_t(i % 26)) + (i % 3 == 0 ? u"\u0301"_s : QString());
    QString emoji;
    for (int i = 0; i < 900; ++i)
        emoji += i % 5 == 0 ? u"😀"_s : QString(QChar(u'x'));
    QString hebrew;
    for (int i = 0; i < 2000; ++i)
        hebrew += QChar(char16_t(0x05D0 + i % 27));
    QString cjk;
    for (int i = 0; i < 3000; ++i)
        cjk += QChar(char16_t(0x4E00 + (i * 37) % 3000));
    QString joined; // a long run of zero-width word joiners: it fits on one line
    for (int i = 0; i < 400; ++i)
        joined += i % 2 ? u"\u2060"_s : u"\u200D"_s;

    QTest::newRow("words") << words << 500;
    QTest::newRow("run alone") << letters(3000) << 500;
    QTest::newRow("run alone, narrow") << letters(3000) << 60;
    QTest::newRow("words, run, words") << words + letters(2500) + u" "_s + words << 500;
    QTest::newRow("run just long enough") << words + letters(256) + u" tail"_s << 500;
    QTest::newRow("run just too short") << words + letters(255) + u" tail"_s << 500;
    QTest::newRow("runs back to back") << letters(1200, 1) + u" "_s + letters(800, 2) + u"  "_s + letters(2000, 3) << 400;
    QTest::newRow("combining accents") << words + accented + u" end."_s << 450;
    QTest::newRow("emoji") << u"Look: "_s + emoji + u" and more words after it."_s << 350;
    QTest::newRow("no-break spaces") << letters(300) + u"\u00A0"_s + letters(300) + u" next"_s << 500;
    QTest::newRow("punctuation glued") << letters(600) + u" !"_s + letters(400) + u" ?"_s << 500;
    QTest::newRow("url") << u"See https://example.org/"_s + u"path/segment-"_s.repeated(120) + u" for more."_s << 500;
    QTest::newRow("hebrew") << hebrew << 500;
    QTest::newRow("cjk") << cjk << 500;
    QTest::newRow("zero-width run") << u"a"_s + joined + u"b after "_s + words << 500;
    QTest::newRow("zero-width run, later") << u"before "_s + u"a"_s + joined + u"b after "_s + words << 500;
}

void TestArticleViewLayout::linesAsQtBreaksThem()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFont font;
    font.setPointSize(12);

    ArticleViewLayout layout;
    layout.setFont(font);
    layout.setViewportWidth(width);
    layout.setText(text);
    QCOMPARE(layout.paragraphCount(), 1);
    const qreal columnWidth = layout.metrics().columnWidth;

    QTextLayout reference(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    reference.setTextOption(option);
    reference.beginLayout();
    for (QTextLine line = reference.createLine(); line.isValid(); line = reference.createLine())
        line.setLineWidth(columnWidth);
    reference.endLayout();

    const QList<Line> expected = linesOf(reference);
    const QList<Line> actual = linesOf(*layout.layout(0));
    QVERIFY(expected.size() > 1 || text.size() < 200);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].start, expected[i].start);
        QCOMPARE(actual[i].length, expected[i].length);
        QCOMPARE(actual[i].width, expected[i].width);
        QCOMPARE(actual[i].height, expected[i].height);
    }
    // The layout keeps breaking at words afterwards (cursor movement by words, drawing).
    QCOMPARE(layout.layout(0)->textOption().wrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void TestArticleViewLayout::paragraphsAndHeights()
{
    // A long run in one paragraph leaves its neighbours alone, and the measured height is the
    // laid out one.
    QFont font;
    font.setPointSize(12);
    ArticleViewLayout layout;
    layout.setFont(font);
    layout.setViewportWidth(600);
    const QString text = u"A headline\n"_s + letters(20000) + u"\nA last line."_s;
    layout.setText(text);
    QCOMPARE(layout.paragraphCount(), 3);
    QCOMPARE(layout.paragraphStart(1), 11);
    QCOMPARE(layout.paragraphEnd(1), 11 + 20000);
    while (layout.measureMore(1000)) {
    }
    QVERIFY(layout.isFullyMeasured());
    const qreal measured = layout.paragraphHeight(1);
    QTextLayout *middle = layout.layout(1);
    QVERIFY(middle->lineCount() > 100);
    QCOMPARE(layout.paragraphHeight(1), measured);
    int covered = 0;
    for (int i = 0; i < middle->lineCount(); ++i) {
        QCOMPARE(middle->lineAt(i).textStart(), covered);
        QVERIFY(middle->lineAt(i).naturalTextWidth() <= layout.metrics().columnWidth);
        covered += middle->lineAt(i).textLength();
    }
    QCOMPARE(covered, 20000);
    QCOMPARE(layout.layout(2)->lineAt(0).textLength(), 12);
}

QTEST_MAIN(TestArticleViewLayout)
#include "tst_articleviewlayout.moc"
