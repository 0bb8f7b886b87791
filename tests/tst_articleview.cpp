#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBoundaryFinder>

#include "articleview.h"

using namespace Qt::StringLiterals;
using Copydesk::ArticleView;
using Copydesk::ViewLink;
using Copydesk::ViewRange;
using Copydesk::ViewSpan;

namespace Copydesk {
// Readable QCOMPARE failures.
char *toString(const ViewRange &range)
{
    return QTest::toString(u"[%1, %2)"_s.arg(range.start).arg(range.end));
}
} // namespace Copydesk

namespace {

ViewSpan makeSpan(qint64 id, qsizetype start, qsizetype end, const QString &label, const QString &layer,
                  ViewSpan::Status status = ViewSpan::Status::Accepted)
{
    ViewSpan span;
    span.id = id;
    span.start = start;
    span.end = end;
    span.label = label;
    span.layer = layer;
    span.color = QColor(u"#4477AA"_s);
    span.status = status;
    span.tooltip = u"<b>%1</b> #%2"_s.arg(label).arg(id);
    return span;
}

// Sends a mouse event to the view's viewport with the given buttons held and modifiers.
void sendMouse(ArticleView &view, QEvent::Type type, const QPoint &point, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *viewport = view.viewport();
    QMouseEvent event(type, point, viewport->mapToGlobal(point), button, buttons, modifiers);
    QCoreApplication::sendEvent(viewport, &event);
}

void drag(ArticleView &view, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    const QPoint middle = (from + to) / 2;
    sendMouse(view, QEvent::MouseMove, middle, Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(view, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(ArticleView &view, const QPoint &point)
{
    sendMouse(view, QEvent::MouseButtonPress, point, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, point, Qt::LeftButton, Qt::NoButton);
}

// The middle of the character at position, in viewport coordinates.
QPoint centreOf(const ArticleView &view, qsizetype position)
{
    return view.characterRect(position).center();
}

const QString Article = u"Harbour plan approved\n"
                        u"\n"
                        u"“We cannot wait,” said Ilse Brandt, the authority’s chief executive, on Thursday.\n"
                        u"Reyes disagreed."_s;

} // namespace

class TestArticleView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void textRoundTrip_data();
    void textRoundTrip();
    void lineSeparatorKeepsPositions();
    void copyIsExact();
    void snappedToWords_data();
    void snappedToWords();
    void mouseSelectionSnapsToWords_data();
    void mouseSelectionSnapsToWords();
    void surrogatePairsNeverSplit();
    void keyboardSelection();
    void labelKeyWithSelection();
    void labelKeyWithoutSelectionPropagates();
    void clickSelectsInnermostSpan();
    void visibilityFilters();
    void rejectedHiddenUntilShown();
    void selectedSpanSurvivesOnlyIfPresent();
    void startHandleDrag();
    void endHandleDragByCharacters();
    void tooltipLookup();
    void contextMenuForSelection();
    void tabMovesFocusOut();
    void zoomKeys();
    void scrollToSpanInLongText();
    void accessibleText();
    void hoverSignal();
    void contextMenuForSpan();
    void setTextResets();
    void degenerateSpansPaint();
    void quoteTintIsPainted();
    void measuringDoesNotMoveTheText();

private:
    ArticleView *m_view = nullptr;
};

void TestArticleView::init()
{
    m_view = new ArticleView;
    m_view->resize(640, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestArticleView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestArticleView::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Hello world"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("nbsp") << u"€40\u00A0million and 3\u00A0km"_s;
    QTest::newRow("line separator") << u"first\u2028second\u2028\u2028third"_s;
    QTest::newRow("paragraph separator") << u"one\u2029two"_s;
    QTest::newRow("tabs") << u"Share\tFacebook\t\tEmail"_s;
    QTest::newRow("emoji") << u"Sign 📨 up 👩‍👩‍👧 now 💪🏽!"_s;
    QTest::newRow("combining") << u"e\u0301te\u0301 cafe\u0301"_s;
    QTest::newRow("blank lines") << u"\n\nA\n\n\nB\n"_s;
    QTest::newRow("trailing newline") << u"Ends with a newline\n"_s;
    QTest::newRow("soft hyphen and zwsp") << u"long\u00ADword zero\u200Bwidth"_s;
    QTest::newRow("rtl") << u"Text with أحمد inside"_s;
}

void TestArticleView::textRoundTrip()
{
    QFETCH(QString, text);
    m_view->setText(text);
    QCOMPARE(m_view->text(), text);
    QCOMPARE(m_view->text().size(), text.size());
    // Every visible character is where its index says: hit-testing its middle gives it back.
    // (Inside a grapheme cluster, such as an emoji ZWJ sequence, only its start can be hit.)
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        graphemes.setPosition(i);
        if (!graphemes.isAtBoundary() || c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
            || c.category() == QChar::Other_Format || c == QChar(0x00AD))
            continue;
        const QRect rect = m_view->characterRect(i);
        if (rect.width() < 3)
            continue; // zero-width joiners and the like have no area to hit
        QCOMPARE(m_view->characterAt(rect.center()), i);
    }
    // Selections keep their UTF-16 indexes.
    m_view->setSelection(0, text.size());
    QCOMPARE(m_view->selection(), (ViewRange{0, text.size()}));
}

void TestArticleView::lineSeparatorKeepsPositions()
{
    const QString text = u"Alpha\u2028Beta gamma\nDelta"_s;
    m_view->setText(text);
    const qsizetype beta = text.indexOf(u"Beta");
    const qsizetype delta = text.indexOf(u"Delta");
    // U+2028 breaks the line: Beta starts a new line below Alpha, at the left of the column.
    const QRect alphaRect = m_view->characterRect(0);
    const QRect betaRect = m_view->characterRect(beta);
    QVERIFY(betaRect.top() > alphaRect.bottom());
    QCOMPARE(betaRect.left(), alphaRect.left());
    QCOMPARE(m_view->characterAt(betaRect.center()), beta);
    QCOMPARE(m_view->characterAt(centreOf(*m_view, delta)), delta);
    QCOMPARE(m_view->positionAt(QPoint(betaRect.left() + 1, betaRect.center().y())), beta);
}

void TestArticleView::copyIsExact()
{
    const QString text = u"a\u00A0b\u2028c\td 😀"_s;
    m_view->setText(text);
    m_view->selectAll();
    m_view->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void TestArticleView::snappedToWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<qsizetype>("expectedStart");
    QTest::addColumn<qsizetype>("expectedEnd");
    const QString sentence = u"said Ilse Brandt, the chief"_s; // Ilse 5..9, Brandt 10..16
    QTest::newRow("inside one word") << sentence << qsizetype(6) << qsizetype(8) << qsizetype(5) << qsizetype(9);
    QTest::newRow("across words") << sentence << qsizetype(7) << qsizetype(12) << qsizetype(5) << qsizetype(16);
    QTest::newRow("whole words stay") << sentence << qsizetype(5) << qsizetype(16) << qsizetype(5) << qsizetype(16);
    QTest::newRow("spaces trimmed") << sentence << qsizetype(4) << qsizetype(10) << qsizetype(5) << qsizetype(9);
    QTest::newRow("punctuation kept") << sentence << qsizetype(11) << qsizetype(17) << qsizetype(10) << qsizetype(17);
    QTest::newRow("only spaces") << u"a   b"_s << qsizetype(1) << qsizetype(4) << qsizetype(4) << qsizetype(4);
    QTest::newRow("apostrophe splits") << u"Trump's call"_s << qsizetype(1) << qsizetype(3) << qsizetype(0)
                                       << qsizetype(5);
    QTest::newRow("combining mark") << u"cafe\u0301 ok"_s << qsizetype(1) << qsizetype(2) << qsizetype(0)
                                    << qsizetype(5);
    QTest::newRow("nbsp is a space") << u"40\u00A0million"_s << qsizetype(3) << qsizetype(5) << qsizetype(3)
                                     << qsizetype(10);
    // 😀 is 2 units; "x😀y" is not a word (the emoji is a symbol).
    QTest::newRow("emoji end") << u"x😀y"_s << qsizetype(0) << qsizetype(2) << qsizetype(0) << qsizetype(3);
    // 𝐀 (U+1D400, a letter outside the BMP) is part of words.
    QTest::newRow("astral letter") << u"a𝐀b c"_s << qsizetype(1) << qsizetype(3) << qsizetype(0)
                                   << qsizetype(4);
}

void TestArticleView::snappedToWords()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(qsizetype, expectedStart);
    QFETCH(qsizetype, expectedEnd);
    m_view->setText(text);
    QCOMPARE(m_view->snappedToWords({start, end}), (ViewRange{expectedStart, expectedEnd}));
}

void TestArticleView::mouseSelectionSnapsToWords_data()
{
    QTest::addColumn<QString>("from");       // text at the press
    QTest::addColumn<int>("fromOffset");     // character inside it
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("toOffset");
    QTest::addColumn<bool>("alt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"Ilse"_s << 1 << u"Brandt"_s << 2 << false << u"Ilse Brandt"_s;
    QTest::newRow("backwards") << u"Brandt"_s << 3 << u"Ilse"_s << 2 << false << u"Ilse Brandt"_s;
    QTest::newRow("one word") << u"authority"_s << 2 << u"authority"_s << 6 << false << u"authority"_s;
    QTest::newRow("from a space") << u" the auth"_s << 0 << u"chief"_s << 3 << false << u"the authority’s chief"_s;
    QTest::newRow("alt exact") << u"Ilse"_s << 1 << u"Brandt"_s << 2 << true << u"lse Br"_s;
}

void TestArticleView::mouseSelectionSnapsToWords()
{
    QFETCH(QString, from);
    QFETCH(int, fromOffset);
    QFETCH(QString, to);
    QFETCH(int, toOffset);
    QFETCH(bool, alt);
    QFETCH(QString, expected);
    m_view->setText(Article);
    QSignalSpy changed(m_view, &ArticleView::selectionChanged);
    const qsizetype fromChar = Article.indexOf(from) + fromOffset;
    const qsizetype toChar = Article.indexOf(to) + toOffset;
    // Press at the left edge of one character and release at the left edge of another, so the
    // exact selection is [fromChar, toChar) or [toChar, fromChar).
    const QRect a = m_view->characterRect(fromChar);
    const QRect b = m_view->characterRect(toChar);
    drag(*m_view, QPoint(a.left() + 1, a.center().y()), QPoint(b.left() + 1, b.center().y()),
         alt ? Qt::AltModifier : Qt::NoModifier);
    const ViewRange selection = m_view->selection();
    QCOMPARE(Article.mid(selection.start, selection.length()), expected);
    QVERIFY(changed.count() >= 1);
}

void TestArticleView::surrogatePairsNeverSplit()
{
    const QString text = u"ab😀cd 𝐀𝐁 ef"_s; // 😀 at 2..4; 𝐀 at 7..9, 𝐁 at 9..11
    m_view->setText(text);
    m_view->setSelection(3, 5);
    QCOMPARE(m_view->selection(), (ViewRange{2, 5}));
    m_view->setSelection(1, 3);
    QCOMPARE(m_view->selection(), (ViewRange{1, 4}));
    m_view->setCursorPosition(8);
    QCOMPARE(m_view->cursorPosition(), qsizetype(7));
    // Keyboard moves step over whole pairs.
    m_view->setCursorPosition(2);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selection(), (ViewRange{2, 4}));
    // Spans given with a boundary inside a pair are moved out of it.
    m_view->setSpans({makeSpan(1, 3, 8, u"X"_s, u"entities"_s)});
    QCOMPARE(m_view->spans().first().start, qsizetype(2));
    QCOMPARE(m_view->spans().first().end, qsizetype(9));
    // Snapping to words inside astral letters never stops between the halves.
    QCOMPARE(m_view->snappedToWords({8, 10}), (ViewRange{7, 11}));
    // Hit-testing the emoji's middle gives its first unit.
    const QRect emoji = m_view->characterRect(2);
    QCOMPARE(m_view->characterAt(emoji.center()), qsizetype(2));
}

void TestArticleView::keyboardSelection()
{
    m_view->setText(Article);
    m_view->setFocus();
    const qsizetype said = Article.indexOf(u"said");
    m_view->setCursorPosition(said);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selection(), (ViewRange{said, said + 2}));
    // Keyboard selection is exact: no snapping to words.
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(Article.mid(m_view->selection().start, m_view->selection().length()), u"sai"_s);
    QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(!m_view->hasSelection());
    QCOMPARE(m_view->cursorPosition(), said + 3);
    // Words with Ctrl+Shift+Right.
    m_view->setCursorPosition(said);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(Article.mid(m_view->selection().start, m_view->selection().length()).trimmed(), u"said"_s);
    // Down moves to the next line; Home and End stay on the line.
    m_view->setCursorPosition(0);
    QTest::keyClick(m_view, Qt::Key_Down);
    QVERIFY(m_view->cursorPosition() > 0);
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->cursorPosition(), Article.size());
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->selection(), (ViewRange{0, Article.size()}));
}

void TestArticleView::labelKeyWithSelection()
{
    m_view->setText(Article);
    m_view->setFocus();
    QSignalSpy spy(m_view, &ArticleView::labelKeyPressed);
    const qsizetype ilse = Article.indexOf(u"Ilse Brandt");
    m_view->setSelection(ilse, ilse + 11);
    QTest::keyClick(m_view, Qt::Key_P);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"P"_s);
    QCOMPARE(spy.at(0).at(1).value<qsizetype>(), ilse);
    QCOMPARE(spy.at(0).at(2).value<qsizetype>(), ilse + 11);
    QVERIFY(!m_view->hasSelection());
    // Ctrl+letter is not a label key.
    m_view->setSelection(ilse, ilse + 4);
    QTest::keyClick(m_view, Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    // Shift+letter is: upper case.
    QTest::keyClick(m_view, Qt::Key_Q, Qt::ShiftModifier);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"Q"_s);
}

void TestArticleView::labelKeyWithoutSelectionPropagates()
{
    QWidget parent;
    auto *layout = new QHBoxLayout(&parent);
    auto *view = new ArticleView;
    layout->addWidget(view);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    view->setText(Article);
    view->setFocus();
    QSignalSpy spy(view, &ArticleView::labelKeyPressed);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
    QCoreApplication::sendEvent(view, &press);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!press.isAccepted()); // left to the window (accept, reject, next...)
}

void TestArticleView::clickSelectsInnermostSpan()
{
    m_view->setText(Article);
    const qsizetype quoteStart = Article.indexOf(u"“We");
    const qsizetype quoteEnd = Article.indexOf(u"wait,”") + 6;
    const qsizetype wait = Article.indexOf(u"wait");
    m_view->setSpans({makeSpan(10, quoteStart, quoteEnd, u"QUOTE"_s, u"sourcing"_s),
                      makeSpan(11, wait, wait + 4, u"EVENT"_s, u"entities"_s)});
    QSignalSpy clicked(m_view, &ArticleView::spanClicked);
    QSignalSpy selected(m_view, &ArticleView::selectedSpanChanged);
    click(*m_view, centreOf(*m_view, wait + 1));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), qint64(11));
    QCOMPARE(m_view->selectedSpan(), qint64(11));
    // Clicking the selected span again selects the next one out.
    click(*m_view, centreOf(*m_view, wait + 1));
    QCOMPARE(clicked.count(), 2);
    QCOMPARE(clicked.at(1).at(0).toLongLong(), qint64(10));
    // Outside the inner span, only the quote is there.
    click(*m_view, centreOf(*m_view, quoteStart + 2));
    QCOMPARE(clicked.last().at(0).toLongLong(), qint64(10));
    // Plain text clears the selected span without a click signal.
    const int before = int(clicked.count());
    click(*m_view, centreOf(*m_view, Article.indexOf(u"Reyes") + 1));
    QCOMPARE(clicked.count(), before);
    QCOMPARE(m_view->selectedSpan(), qint64(0));
    QCOMPARE(selected.last().at(0).toLongLong(), qint64(0));
}

void TestArticleView::visibilityFilters()
{
    m_view->setText(Article);
    const qsizetype ilse = Article.indexOf(u"Ilse");
    m_view->setSpans({makeSpan(1, ilse, ilse + 11, u"PERSON"_s, u"entities"_s),
                      makeSpan(2, ilse, ilse + 11, u"SOURCE"_s, u"sourcing"_s, ViewSpan::Status::Suggested),
                      makeSpan(3, 0, 21, u"HEADLINE"_s, u"furniture"_s)});
    QCOMPARE(m_view->spansAt(ilse + 1).size(), 2);
    m_view->setLayerVisible(u"entities"_s, false);
    QVERIFY(!m_view->isLayerVisible(u"entities"_s));
    QCOMPARE(m_view->spansAt(ilse + 1).size(), 1);
    QCOMPARE(m_view->spansAt(ilse + 1).first().id, qint64(2));
    m_view->setShowSuggestions(false);
    QVERIFY(m_view->spansAt(ilse + 1).isEmpty());
    m_view->setLayerVisible(u"entities"_s, true);
    m_view->setShowSuggestions(true);
    QCOMPARE(m_view->spansAt(ilse + 1).size(), 2);
    m_view->setLayerVisible(u"furniture"_s, false);
    QVERIFY(m_view->spansAt(3).isEmpty());
    m_view->setLayerVisible(u"furniture"_s, true);
    QCOMPARE(m_view->spansAt(3).size(), 1);
    // Hidden spans cannot be clicked either.
    m_view->setLayerVisible(u"entities"_s, false);
    m_view->setLayerVisible(u"sourcing"_s, false);
    QSignalSpy clicked(m_view, &ArticleView::spanClicked);
    click(*m_view, centreOf(*m_view, ilse + 1));
    QCOMPARE(clicked.count(), 0);
}

void TestArticleView::rejectedHiddenUntilShown()
{
    m_view->setText(Article);
    const qsizetype reyes = Article.indexOf(u"Reyes");
    m_view->setSpans({makeSpan(5, reyes, reyes + 5, u"PERSON"_s, u"entities"_s, ViewSpan::Status::Rejected)});
    QVERIFY(!m_view->showRejected());
    QVERIFY(m_view->spansAt(reyes).isEmpty());
    m_view->setShowRejected(true);
    QCOMPARE(m_view->spansAt(reyes).size(), 1);
    m_view->viewport()->repaint(); // the dotted style paints without trouble
    m_view->setShowRejected(false);
    QVERIFY(m_view->spansAt(reyes).isEmpty());
}

void TestArticleView::selectedSpanSurvivesOnlyIfPresent()
{
    m_view->setText(Article);
    m_view->setSpans({makeSpan(1, 0, 7, u"ORG"_s, u"entities"_s), makeSpan(2, 8, 12, u"ORG"_s, u"entities"_s)});
    m_view->setSelectedSpan(2);
    QCOMPARE(m_view->selectedSpan(), qint64(2));
    QSignalSpy selected(m_view, &ArticleView::selectedSpanChanged);
    m_view->setSpans({makeSpan(2, 8, 13, u"ORG"_s, u"entities"_s)});
    QCOMPARE(m_view->selectedSpan(), qint64(2));
    QCOMPARE(selected.count(), 0);
    m_view->setSpans({makeSpan(1, 0, 7, u"ORG"_s, u"entities"_s)});
    QCOMPARE(m_view->selectedSpan(), qint64(0));
    QCOMPARE(selected.count(), 1);
    m_view->setSelectedSpan(99);
    QCOMPARE(m_view->selectedSpan(), qint64(0));
}

void TestArticleView::startHandleDrag()
{
    m_view->setText(Article);
    const qsizetype brandt = Article.indexOf(u"Brandt");
    const qsizetype ilse = Article.indexOf(u"Ilse");
    m_view->setSpans({makeSpan(7, brandt, brandt + 6, u"PERSON"_s, u"entities"_s)});
    m_view->setSelectedSpan(7);
    const QList<QPointF> handles = m_view->handlePositions();
    QCOMPARE(handles.size(), 2);
    QSignalSpy dragged(m_view, &ArticleView::boundaryDragged);
    QSignalSpy clicked(m_view, &ArticleView::spanClicked);
    // Drag the start handle onto the middle of "Ilse": it snaps to the word's start.
    const QPoint target = centreOf(*m_view, ilse + 2);
    drag(*m_view, handles.first().toPoint(), target);
    QCOMPARE(dragged.count(), 1);
    QCOMPARE(dragged.at(0).at(0).toLongLong(), qint64(7));
    QCOMPARE(dragged.at(0).at(1).value<qsizetype>(), ilse);
    QCOMPARE(dragged.at(0).at(2).value<qsizetype>(), brandt + 6);
    QCOMPARE(clicked.count(), 0);
    QVERIFY(!m_view->hasSelection()); // dragging a handle does not select text
    // The view waits for the window: the span itself is unchanged.
    QCOMPARE(m_view->span(7)->start, brandt);
}

void TestArticleView::endHandleDragByCharacters()
{
    m_view->setText(Article);
    const qsizetype ilse = Article.indexOf(u"Ilse");
    const qsizetype brandt = Article.indexOf(u"Brandt");
    m_view->setSpans({makeSpan(8, ilse, ilse + 4, u"PERSON"_s, u"entities"_s)});
    m_view->setSelectedSpan(8);
    const QList<QPointF> handles = m_view->handlePositions();
    QCOMPARE(handles.size(), 2);
    QSignalSpy dragged(m_view, &ArticleView::boundaryDragged);
    // With Alt the end lands exactly between the characters at the pointer: "Ilse Bra".
    const QRect r = m_view->characterRect(brandt + 3);
    drag(*m_view, handles.last().toPoint(), QPoint(r.left() + 1, r.center().y()), Qt::AltModifier);
    QCOMPARE(dragged.count(), 1);
    QCOMPARE(dragged.at(0).at(1).value<qsizetype>(), ilse);
    QCOMPARE(dragged.at(0).at(2).value<qsizetype>(), brandt + 3);
    // Without Alt the same drag ends at the end of the word.
    dragged.clear();
    drag(*m_view, m_view->handlePositions().last().toPoint(), QPoint(r.left() + 1, r.center().y()));
    QCOMPARE(dragged.count(), 1);
    QCOMPARE(dragged.at(0).at(2).value<qsizetype>(), brandt + 6);
}

void TestArticleView::tooltipLookup()
{
    m_view->setText(Article);
    const qsizetype quoteStart = Article.indexOf(u"“We");
    const qsizetype quoteEnd = Article.indexOf(u"wait,”") + 6;
    const qsizetype wait = Article.indexOf(u"wait");
    const qsizetype ilse = Article.indexOf(u"Ilse");
    m_view->setSpans({makeSpan(10, quoteStart, quoteEnd, u"QUOTE"_s, u"sourcing"_s),
                      makeSpan(11, wait, wait + 4, u"EVENT"_s, u"entities"_s),
                      makeSpan(12, ilse, ilse + 11, u"SOURCE"_s, u"sourcing"_s)});
    const QList<ViewSpan> under = m_view->spansAt(wait + 2);
    QCOMPARE(under.size(), 2);
    QCOMPARE(under.at(0).id, qint64(11)); // innermost first
    QCOMPARE(under.at(1).id, qint64(10));
    const QString tip = m_view->tooltipAt(wait + 2);
    QVERIFY(tip.indexOf(u"EVENT"_s) >= 0);
    QVERIFY(tip.indexOf(u"EVENT"_s) < tip.indexOf(u"QUOTE"_s));
    QVERIFY(m_view->spansAt(wait + 4).size() == 1); // end is exclusive
    QVERIFY(m_view->tooltipAt(Article.indexOf(u"Reyes")).isEmpty());
    // The far end of a link of the selected span names the relation.
    m_view->setLinks({{10, 12, u"SPEAKER"_s}});
    m_view->setSelectedSpan(10);
    QVERIFY(m_view->tooltipAt(ilse).contains(u"SPEAKER"_s));
    m_view->viewport()->repaint(); // links draw without trouble
}

void TestArticleView::contextMenuForSelection()
{
    m_view->setText(Article);
    const qsizetype ilse = Article.indexOf(u"Ilse");
    m_view->setSelection(ilse, ilse + 4);
    QSignalSpy spy(m_view, &ArticleView::contextMenuRequestedForSelection);
    const QPoint point = centreOf(*m_view, ilse + 1);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, m_view->viewport()->mapToGlobal(point));
    QCoreApplication::sendEvent(m_view->viewport(), &event);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).value<qsizetype>(), ilse);
    QCOMPARE(spy.at(0).at(2).value<qsizetype>(), ilse + 4);
}

void TestArticleView::tabMovesFocusOut()
{
    QWidget parent;
    auto *layout = new QHBoxLayout(&parent);
    auto *view = new ArticleView;
    auto *after = new QLineEdit;
    layout->addWidget(view);
    layout->addWidget(after);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QApplication::setActiveWindow(&parent);
    view->setText(Article);
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(after->hasFocus());
    QVERIFY(!view->accessibleName().isEmpty());
}

void TestArticleView::zoomKeys()
{
    m_view->setText(Article);
    const int before = m_view->characterRect(0).height();
    QSignalSpy spy(m_view, &ArticleView::zoomChanged);
    QTest::keyClick(m_view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_view->zoomSteps(), 1);
    QVERIFY(m_view->characterRect(0).height() > before);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_view->zoomSteps(), -1);
    m_view->resetZoom();
    QCOMPARE(m_view->zoomSteps(), 0);
    QCOMPARE(m_view->characterRect(0).height(), before);
    QCOMPARE(spy.count(), 4);
}

void TestArticleView::scrollToSpanInLongText()
{
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += u"Paragraph %1 of a long article, with enough words to wrap at least once in the view.\n"_s.arg(i);
    m_view->setText(text);
    const qsizetype target = text.indexOf(u"Paragraph 2500 ");
    m_view->setSpans({makeSpan(42, target, target + 14, u"DATE"_s, u"entities"_s)});
    m_view->scrollToSpan(42);
    const QRect rect = m_view->characterRect(target);
    QVERIFY(m_view->viewport()->rect().contains(rect));
    QCOMPARE(m_view->characterAt(rect.center()), target);
    QVERIFY(m_view->verticalScrollBar()->value() > 0);
    // And back to the top with Ctrl+Home.
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QCOMPARE(m_view->characterAt(centreOf(*m_view, 0)), qsizetype(0));
}

void TestArticleView::accessibleText()
{
    m_view->setText(Article);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_view);
    QVERIFY(accessible);
    QAccessibleTextInterface *text = accessible->textInterface();
    QVERIFY(text);
    QCOMPARE(text->characterCount(), int(Article.size()));
    QCOMPARE(text->text(0, 7), u"Harbour"_s);
    text->setSelection(0, 0, 7);
    QCOMPARE(m_view->selection(), (ViewRange{0, 7}));
    int start = -1;
    int end = -1;
    text->selection(0, &start, &end);
    QCOMPARE(start, 0);
    QCOMPARE(end, 7);
    QVERIFY(accessible->state().readOnly);
}

void TestArticleView::hoverSignal()
{
    m_view->setText(Article);
    const qsizetype reyes = Article.indexOf(u"Reyes");
    m_view->setSpans({makeSpan(3, reyes, reyes + 5, u"PERSON"_s, u"entities"_s)});
    QSignalSpy hovered(m_view, &ArticleView::hoveredSpanChanged);
    sendMouse(*m_view, QEvent::MouseMove, centreOf(*m_view, reyes + 2), Qt::NoButton, Qt::NoButton);
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).toLongLong(), qint64(3));
    QCOMPARE(m_view->hoveredSpan(), qint64(3));
    sendMouse(*m_view, QEvent::MouseMove, centreOf(*m_view, reyes + 3), Qt::NoButton, Qt::NoButton);
    QCOMPARE(hovered.count(), 1); // same span, no new signal
    sendMouse(*m_view, QEvent::MouseMove, centreOf(*m_view, 2), Qt::NoButton, Qt::NoButton);
    QCOMPARE(hovered.count(), 2);
    QCOMPARE(hovered.at(1).at(0).toLongLong(), qint64(0));
}

void TestArticleView::contextMenuForSpan()
{
    m_view->setText(Article);
    const qsizetype reyes = Article.indexOf(u"Reyes");
    m_view->setSpans({makeSpan(3, reyes, reyes + 5, u"PERSON"_s, u"entities"_s)});
    QSignalSpy spy(m_view, &ArticleView::contextMenuRequestedForSpan);
    const QPoint point = centreOf(*m_view, reyes + 1);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, m_view->viewport()->mapToGlobal(point));
    QCoreApplication::sendEvent(m_view->viewport(), &event);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), qint64(3));
    QCOMPARE(m_view->selectedSpan(), qint64(3));
}

void TestArticleView::setTextResets()
{
    m_view->setText(Article);
    m_view->setSpans({makeSpan(1, 0, 7, u"ORG"_s, u"entities"_s)});
    m_view->setLinks({{1, 1, u"X"_s}});
    m_view->setSelectedSpan(1);
    m_view->setSelection(2, 5);
    QSignalSpy changed(m_view, &ArticleView::selectionChanged);
    m_view->setText(u"Another text"_s);
    QVERIFY(m_view->spans().isEmpty());
    QVERIFY(m_view->links().isEmpty());
    QCOMPARE(m_view->selectedSpan(), qint64(0));
    QVERIFY(!m_view->hasSelection());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
}

void TestArticleView::degenerateSpansPaint()
{
    m_view->setText(Article);
    const qsizetype size = Article.size();
    // Empty, reversed, out of range and whole-text spans are clamped and drawn without trouble.
    m_view->setSpans({makeSpan(1, 5, 5, u"A"_s, u"entities"_s), makeSpan(2, 9, 3, u"B"_s, u"entities"_s),
                      makeSpan(3, -4, size + 10, u"BOILERPLATE"_s, u"furniture"_s),
                      makeSpan(4, size, size, u"C"_s, u"sourcing"_s),
                      makeSpan(5, 0, size, u"QUOTE"_s, u"sourcing"_s, ViewSpan::Status::Suggested)});
    QCOMPARE(m_view->span(3)->start, qsizetype(0));
    QCOMPARE(m_view->span(3)->end, size);
    QCOMPARE(m_view->span(2)->end, m_view->span(2)->start);
    for (qint64 id = 1; id <= 5; ++id) {
        m_view->setSelectedSpan(id);
        m_view->viewport()->repaint();
    }
    QVERIFY(!m_view->grab().isNull());
}

void TestArticleView::quoteTintIsPainted()
{
    m_view->setText(Article);
    const qsizetype quoteStart = Article.indexOf(u"“We");
    const qsizetype space = Article.indexOf(u" cannot"); // a space inside the quote: no ink of its own
    m_view->setSpans({makeSpan(10, quoteStart, Article.indexOf(u"wait,”") + 6, u"QUOTE"_s, u"sourcing"_s)});
    const QPoint point = centreOf(*m_view, space);
    const QColor base = m_view->palette().color(QPalette::Base);
    auto pixel = [this, &point] {
        return m_view->viewport()->grab().toImage().pixelColor(point * m_view->devicePixelRatioF());
    };
    QVERIFY(pixel() != base);
    m_view->setLayerVisible(u"sourcing"_s, false);
    QCOMPARE(pixel(), base);
}

void TestArticleView::measuringDoesNotMoveTheText()
{
    // Paragraphs of very different lengths, so that the first height estimates are off.
    QString text;
    for (int i = 0; i < 2000; ++i) {
        text += u"Paragraph %1."_s.arg(i);
        for (int words = 0; words < (i * 37) % 90; ++words)
            text += u" word"_s;
        text += i % 3 == 0 ? u"\n\n"_s : u"\n"_s;
    }
    m_view->setText(text);
    QVERIFY(!m_view->isLayoutSettled());
    const qsizetype target = text.indexOf(u"Paragraph 1500.");
    m_view->scrollToPosition(target);
    const QRect before = m_view->characterRect(target);
    QVERIFY(m_view->viewport()->rect().contains(before));
    const int valueBefore = m_view->verticalScrollBar()->value();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isLayoutSettled(), 20000);
    // The scroll bar moved to match the measured heights above; the text stayed put.
    QCOMPARE(m_view->characterRect(target), before);
    QCOMPARE(m_view->characterAt(before.center()), target);
    QVERIFY(m_view->verticalScrollBar()->value() != valueBefore);
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
