#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QMenu>
#include <QApplication>
#include <QTranslator>
#include <QUndoStack>

#include "annotationeditor.h"
#include "documentpresenter.h"
#include "projectstore.h"
#include "sourcingcard.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

// Invented: a named speaker quoted twice, an anonymous one (an engine's suggestion), a hedge
// with no quote, a quote carried by a publication, and a footer line.
const QString articleText = u"“We have no choice,” said Duarte 🙂, the mayor. Duarte added that traffic would be diverted.\n"
                            u"A city engineer said the cracks were found in May. The contractor is reportedly behind schedule.\n"
                            u"According to the River Times, costs have doubled.\n"
                            u"Share this story\n"_s;

// English plurals for the rendered picture, as the English translation file will give them:
// "%n quote(s)" becomes "1 quote" or "2 quotes".
class EnglishPlurals final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(u"(s)"))
            return {};
        return QString(text).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
};

} // namespace

class TestSourcingCard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsShown();
    void shareBarDescribesTheShares();
    void clickEmitsActivation();
    void keyboardActivatesAndMoves();
    void updatesAfterAnEdit();
    void keepsTheFocusedRowAcrossUpdates();
    void decisionsOnly();
    void otherDocumentsDoNotRefresh();
    void placeholderWithoutDocument();
    void renderProjectToPng();
    void oneRuleForClaims();
    void mergeAndSplitFromTheMenu();

private:
    QPair<qint64, qint64> span(const QString &needle, int occurrence = 0) const;
    qint64 idOf(const QString &label, const QString &needle, int occurrence = 0) const;
    QList<QAbstractButton *> rows(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<SourcingCard> m_card;
    qint64 m_doc = 0;
    qint64 m_otherDoc = 0;
};

QPair<qint64, qint64> TestSourcingCard::span(const QString &needle, int occurrence) const
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = articleText.indexOf(needle, at + 1);
    const TextOffsets offsets(articleText);
    return {offsets.toCodePoint(at), offsets.toCodePoint(at + needle.size())};
}

qint64 TestSourcingCard::idOf(const QString &label, const QString &needle, int occurrence) const
{
    const auto [start, end] = span(needle, occurrence);
    for (const Annotation &a : m_store->annotations(m_doc)) {
        if (a.label == label && a.start == start && a.end == end)
            return a.id;
    }
    return 0;
}

QList<QAbstractButton *> TestSourcingCard::rows(const QString &name) const
{
    // In layout order (top to bottom).
    QList<QAbstractButton *> found = m_card->findChildren<QAbstractButton *>(name);
    std::sort(found.begin(), found.end(), [](QAbstractButton *a, QAbstractButton *b) { return a->y() < b->y(); });
    return found;
}

void TestSourcingCard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    const qint64 person = m_store->ensureAnnotator(AnnotatorKind::Person, u"Ada"_s);
    const qint64 engine = m_store->ensureAnnotator(AnnotatorKind::Engine, u"copydesk-sourcing"_s, u"1"_s);
    QList<NewAnnotation> spans;
    auto add = [&](const QString &label, const QString &needle, const QJsonObject &attrs = {}, int occurrence = 0,
                   bool suggested = false) {
        const auto [start, end] = span(needle, occurrence);
        spans.append({{}, label, start, end, attrs, suggested ? AnnotationStatus::Suggested : AnnotationStatus::Manual,
                      suggested ? engine : person, suggested ? 0.7 : -1, {}, {}});
        return int(spans.size() - 1);
    };
    const QJsonObject direct{{u"form"_s, u"direct"_s}}, indirect{{u"form"_s, u"indirect"_s}};
    QList<NewRelation> relations;
    const int q1 = add(u"QUOTE"_s, u"“We have no choice,”"_s, direct);
    relations.append({u"SPEAKER"_s, q1, add(u"SOURCE"_s, u"Duarte"_s, {{u"kind"_s, u"named"_s}}), person});
    relations.append({u"CUE"_s, q1, add(u"CUE"_s, u"said"_s), person});
    const int q2 = add(u"QUOTE"_s, u"traffic would be diverted"_s, indirect);
    relations.append({u"SPEAKER"_s, q2, add(u"SOURCE"_s, u"Duarte"_s, {{u"kind"_s, u"named"_s}}, 1), person});
    const int q3 = add(u"QUOTE"_s, u"the cracks were found in May"_s, indirect, 0, true);
    relations.append({u"SPEAKER"_s, q3, add(u"SOURCE"_s, u"A city engineer"_s, {{u"kind"_s, u"anonymous"_s}}, 0, true), engine});
    add(u"CUE"_s, u"reportedly"_s);
    const int q4 = add(u"QUOTE"_s, u"costs have doubled"_s, indirect);
    relations.append({u"VIA"_s, q4, add(u"SOURCE"_s, u"River Times"_s, {{u"kind"_s, u"publication"_s}}), person});
    add(u"BOILERPLATE"_s, u"Share this story"_s);

    Document doc;
    doc.externalId = u"bridge"_s;
    doc.text = articleText;
    QVERIFY(m_store->addDocument(doc, spans, relations, u"test"_s));
    m_doc = doc.id;
    Document other;
    other.externalId = u"other"_s;
    other.text = u"Officials reportedly met. Nobody else spoke.\n"_s;
    QVERIFY(m_store->addDocument(other, {}, {}, u"test"_s));
    m_otherDoc = other.id;

    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Ada"_s);
    m_card = std::make_unique<SourcingCard>();
    m_card->setStore(m_store.get());
    m_card->setDocument(m_doc);
    m_card->resize(320, 900);
    m_card->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
}

void TestSourcingCard::cleanup()
{
    m_card.reset();
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSourcingCard::rowsShown()
{
    const QList<QAbstractButton *> speakers = rows(u"speakerRow"_s);
    QCOMPARE(speakers.size(), 2);
    // Most quoted words first; the two mentions of Duarte are one speaker.
    QVERIFY2(speakers.at(0)->accessibleName().startsWith(u"Duarte, named person"), qPrintable(speakers.at(0)->accessibleName()));
    QCOMPARE(speakers.at(0)->property("annotationId").toLongLong(), idOf(u"QUOTE"_s, u"“We have no choice,”"_s));
    QVERIFY(speakers.at(1)->accessibleName().startsWith(u"A city engineer, anonymous"));
    for (QAbstractButton *row : speakers)
        QVERIFY(row->isVisible());

    const QList<QAbstractButton *> claims = rows(u"claimRow"_s);
    QCOMPARE(claims.size(), 1);
    QVERIFY(claims.at(0)->accessibleName().contains(u"The contractor is reportedly behind schedule."));
    QCOMPARE(claims.at(0)->property("annotationId").toLongLong(), idOf(u"CUE"_s, u"reportedly"_s));

    const QList<QAbstractButton *> publications = rows(u"publicationRow"_s);
    QCOMPARE(publications.size(), 1);
    QVERIFY(publications.at(0)->accessibleName().startsWith(u"River Times"));
    QCOMPARE(publications.at(0)->property("annotationId").toLongLong(), idOf(u"QUOTE"_s, u"costs have doubled"_s));

    // Sections in reading order: speakers above claims above publications.
    QVERIFY(speakers.last()->y() < claims.first()->y());
    QVERIFY(claims.last()->y() < publications.first()->y());

    auto *furniture = m_card->findChild<QLabel *>(u"furniture"_s);
    QVERIFY(furniture);
    QVERIFY2(furniture->text().contains(u"of the page is boilerplate"), qPrintable(furniture->text()));
    auto *headline = m_card->findChild<QLabel *>(u"headline"_s);
    QVERIFY(headline && headline->isVisible());
    QVERIFY2(headline->text().startsWith(u"47% of the quoted words come from named sources."), qPrintable(headline->text()));
    QVERIFY(!m_card->findChild<QLabel *>(u"placeholder"_s)->isVisible());
}

void TestSourcingCard::shareBarDescribesTheShares()
{
    auto *bar = m_card->findChild<QWidget *>(u"shareBar"_s);
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->accessibleName(), u"Quoted words by source"_s);
    // Persons 8 words, anonymous 6, publication 3, the rest 0: whole percentages adding up to 100.
    QCOMPARE(bar->accessibleDescription(),
             u"Person 47%, Organisation 0%, Publication 18%, Document 0%, Anonymous 35%, Unresolved 0%, No speaker 0%"_s);
    QVERIFY(bar->height() >= bar->heightForWidth(bar->width()));
}

void TestSourcingCard::clickEmitsActivation()
{
    QSignalSpy spy(m_card.get(), &SourcingCard::annotationActivated);
    QTest::mouseClick(rows(u"speakerRow"_s).at(1), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), idOf(u"QUOTE"_s, u"the cracks were found in May"_s));
    QTest::mouseClick(rows(u"claimRow"_s).at(0), Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), idOf(u"CUE"_s, u"reportedly"_s));
}

void TestSourcingCard::keyboardActivatesAndMoves()
{
    QSignalSpy spy(m_card.get(), &SourcingCard::annotationActivated);
    const QList<QAbstractButton *> speakers = rows(u"speakerRow"_s);
    m_card->activateWindow();
    speakers.at(0)->setFocus();
    QVERIFY(speakers.at(0)->hasFocus());
    QTest::keyClick(speakers.at(0), Qt::Key_Down);
    QVERIFY(speakers.at(1)->hasFocus());
    QTest::keyClick(speakers.at(1), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), idOf(u"QUOTE"_s, u"the cracks were found in May"_s));
    QTest::keyClick(speakers.at(1), Qt::Key_Up);
    QVERIFY(speakers.at(0)->hasFocus());
    QTest::keyClick(speakers.at(0), Qt::Key_Space);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), idOf(u"QUOTE"_s, u"“We have no choice,”"_s));
}

void TestSourcingCard::updatesAfterAnEdit()
{
    const qint64 anonymousQuote = idOf(u"QUOTE"_s, u"the cracks were found in May"_s);
    QVERIFY(m_editor->reject({anonymousQuote}));
    QCOMPARE(rows(u"speakerRow"_s).size(), 1);
    QCOMPARE(m_card->summary().share(SourceKind::Anonymous).words, qint64(0));

    m_editor->undoStack()->undo();
    QCOMPARE(rows(u"speakerRow"_s).size(), 2);

    // A cue inside someone's quote is theirs; one nobody links, outside quotes, is a claim.
    const auto [inQuote, inQuoteEnd] = span(u"were found"_s);
    QVERIFY(m_editor->createAnnotation(m_doc, u"CUE"_s, inQuote, inQuoteEnd));
    QCOMPARE(rows(u"claimRow"_s).size(), 1);
    const auto [start, end] = span(u"Share"_s);
    QVERIFY(m_editor->createAnnotation(m_doc, u"CUE"_s, start, end));
    QCOMPARE(rows(u"claimRow"_s).size(), 2);

    // Linking the River Times quote to a speaker moves its words out of "publication".
    const qint64 costs = idOf(u"QUOTE"_s, u"costs have doubled"_s);
    const qint64 engineer = idOf(u"SOURCE"_s, u"A city engineer"_s);
    QVERIFY(m_editor->setRelation(costs, u"SPEAKER"_s, engineer));
    QCOMPARE(m_card->summary().share(SourceKind::Publication).words, qint64(0));
    QCOMPARE(rows(u"speakerRow"_s).at(0)->accessibleName().startsWith(u"A city engineer"), true);
}

void TestSourcingCard::keepsTheFocusedRowAcrossUpdates()
{
    m_card->activateWindow();
    rows(u"claimRow"_s).at(0)->setFocus();
    const auto [start, end] = span(u"Share"_s);
    QVERIFY(m_editor->createAnnotation(m_doc, u"CUE"_s, start, end));
    QList<QAbstractButton *> claims = rows(u"claimRow"_s);
    QCOMPARE(claims.size(), 2);
    // The new claim comes after it (text order); the focus stays with the claim that had it.
    QVERIFY(claims.at(0)->hasFocus());
    QCOMPARE(claims.at(0)->property("annotationId").toLongLong(), idOf(u"CUE"_s, u"reportedly"_s));

    // When that claim goes, the row in its place takes the focus.
    QVERIFY(m_editor->reject({idOf(u"CUE"_s, u"reportedly"_s)}));
    claims = rows(u"claimRow"_s);
    QCOMPARE(claims.size(), 1);
    QVERIFY(claims.at(0)->hasFocus());
}

void TestSourcingCard::decisionsOnly()
{
    auto *box = m_card->findChild<QCheckBox *>(u"includeSuggestions"_s);
    QVERIFY(box);
    QVERIFY(box->isChecked());
    auto *note = m_card->findChild<QLabel *>(u"scopeNote"_s);
    QVERIFY(note->text().contains(u"suggestion"));
    box->click();
    QCOMPARE(m_card->scope(), SourcingScope::DecisionsOnly);
    QCOMPARE(rows(u"speakerRow"_s).size(), 1);
    QCOMPARE(m_card->summary().suggestionsCounted, 0);
    m_card->setScope(SourcingScope::DecisionsAndSuggestions);
    QVERIFY(box->isChecked());
    QCOMPARE(rows(u"speakerRow"_s).size(), 2);
}

void TestSourcingCard::otherDocumentsDoNotRefresh()
{
    // An edit elsewhere leaves the card's rows as they are (the same widgets).
    QAbstractButton *before = rows(u"speakerRow"_s).at(0);
    QVERIFY(m_editor->createAnnotation(m_otherDoc, u"CUE"_s, 10, 20));
    QCOMPARE(rows(u"speakerRow"_s).at(0), before);
    // Switching shows the other document's claim.
    m_card->setDocument(m_otherDoc);
    QCOMPARE(rows(u"speakerRow"_s).size(), 0);
    QCOMPARE(rows(u"claimRow"_s).size(), 1);
    QVERIFY(rows(u"claimRow"_s).at(0)->accessibleName().contains(u"Officials reportedly met."));
}

void TestSourcingCard::placeholderWithoutDocument()
{
    m_card->setDocument(0);
    QVERIFY(rows(u"speakerRow"_s).isEmpty());
    auto *placeholder = m_card->findChild<QLabel *>(u"placeholder"_s);
    QVERIFY(placeholder->isVisible());
    QVERIFY(!m_card->findChild<QWidget *>(u"shareBar"_s)->isVisible());
    m_card->setStore(nullptr);
    QVERIFY(placeholder->isVisible());
}

// Not a check: renders the card for a project to a PNG to look at.
// COPYDESK_CARD_PROJECT=P.copydesk COPYDESK_CARD_PNG=out.png [COPYDESK_CARD_DARK=1] tst_sourcingcard renderProjectToPng
void TestSourcingCard::renderProjectToPng()
{
    const QString project = qEnvironmentVariable("COPYDESK_CARD_PROJECT");
    const QString png = qEnvironmentVariable("COPYDESK_CARD_PNG");
    if (project.isEmpty() || png.isEmpty())
        QSKIP("set COPYDESK_CARD_PROJECT and COPYDESK_CARD_PNG to render a project's card");
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, ProjectStore::OpenMode::Existing, &error), qPrintable(error));
    QVERIFY(!store.documentIds().isEmpty());
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    SourcingCard card;
    if (qEnvironmentVariableIsSet("COPYDESK_CARD_DARK")) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
        card.setPalette(dark);
    }
    card.setStore(&store);
    card.setDocument(store.documentIds().constFirst());
    const QString size = qEnvironmentVariable("COPYDESK_CARD_SIZE", u"320x1000"_s);
    card.resize(size.section(u'x', 0, 0).toInt(), size.section(u'x', 1, 1).toInt());
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QVERIFY(card.grab().save(png));
    QCoreApplication::removeTranslator(&plurals);
}

// The status bar's count, the tooltips and the dock's claims are the model's one rule.
void TestSourcingCard::oneRuleForClaims()
{
    // "According to" introduces the River Times: attributed, no claim anywhere.
    const auto [start, end] = span(u"According to"_s);
    QVERIFY(m_editor->createAnnotation(m_doc, u"CUE"_s, start, end));
    const PresentedDocument presented = presentDocument(*m_store, m_doc);
    QCOMPARE(presented.unattributedClaims, 1);
    QCOMPARE(presented.unattributedClaims, m_card->summary().claimCount);
    QCOMPARE(rows(u"claimRow"_s).size(), 1);
    const qint64 hedge = idOf(u"CUE"_s, u"reportedly"_s);
    QCOMPARE(presented.claimCues, QSet<qint64>{hedge});
    for (const ViewSpan &s : presented.spans) {
        if (s.label != u"CUE")
            continue;
        QCOMPARE(s.tooltip.contains(u"Unattributed claim"), s.id == hedge);
    }
}

// A speaker row's context menu (right click or the Menu key): merge with another speaker, split
// into its mentions; each one undo step.
void TestSourcingCard::mergeAndSplitFromTheMenu()
{
    m_card->setEditor(m_editor.get());
    // Chooses in the menu the row's context menu opens: an entry of "Merge with", or another.
    auto choose = [&](QAbstractButton *row, const QString &entry, bool inMerge) {
        bool found = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (inMerge && action->menu()) {
                    for (QAction *sub : action->menu()->actions()) {
                        if (sub->text() == entry) {
                            found = true;
                            sub->trigger();
                        }
                    }
                } else if (!inMerge && action->text().remove(u'&') == entry && action->isEnabled()) {
                    found = true;
                    action->trigger();
                }
            }
            menu->close();
        });
        emit row->customContextMenuRequested(QPoint(5, 5));
        return found;
    };
    QList<QAbstractButton *> speakers = rows(u"speakerRow"_s);
    QCOMPARE(speakers.size(), 2);
    QVERIFY(choose(speakers.at(1), u"Duarte"_s, true));
    QTRY_COMPARE(rows(u"speakerRow"_s).size(), 1);
    QVERIFY(rows(u"speakerRow"_s).at(0)->accessibleName().startsWith(u"A city engineer") || rows(u"speakerRow"_s).at(0)->accessibleName().startsWith(u"Duarte"));
    m_editor->undoStack()->undo();
    QTRY_COMPARE(rows(u"speakerRow"_s).size(), 2);
    m_editor->undoStack()->redo();
    QTRY_COMPARE(rows(u"speakerRow"_s).size(), 1);
    QVERIFY(choose(rows(u"speakerRow"_s).at(0), u"Split into its mentions"_s, false));
    QTRY_COMPARE(rows(u"speakerRow"_s).size(), 2);
}

QTEST_MAIN(TestSourcingCard)
#include "tst_sourcingcard.moc"
