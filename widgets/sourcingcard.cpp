#include "sourcingcard.h"
#include "sourcekind.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextLayout>
#include <QTimerEvent>
#include <QVBoxLayout>

#include "annotation.h"
#include "annotationeditor.h"
#include "projectstore.h"
#include "sourcingcardparts.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace SourcingCardParts;

SourcingCard::SourcingCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"SourcingCard"_s);
    setAccessibleName(tr("Sourcing"));
    buildUi();
    showSummary();
}

SourcingCard::~SourcingCard() = default;

QColor SourcingCard::kindColor(SourceKind kind)
{
    // One table for every view of sourcing (the dock, the HTML report).
    return QColor(sourceKindColor(kind));
}

void SourcingCard::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"sourcingScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    outer->addWidget(m_scroll);

    m_content = new CardContent(m_scroll);
    m_content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(4);

    m_placeholder = wrappingLabel(m_content, u"placeholder"_s, true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder);

    m_headline = wrappingLabel(m_content, u"headline"_s, false);
    QFont verdict = m_headline->font();
    verdict.setBold(true);
    m_headline->setFont(verdict);
    layout->addWidget(m_headline);
    m_figures = wrappingLabel(m_content, u"figures"_s, true);
    layout->addWidget(m_figures);
    layout->addSpacing(2);
    m_bar = new SourcingShareBar(m_content);
    m_bar->setObjectName(u"shareBar"_s);
    m_bar->setAccessibleName(tr("Quoted words by source"));
    layout->addWidget(m_bar);

    auto *speakers = new SectionHeader(m_content, u"speakers"_s);
    m_speakersHeader = speakers;
    m_speakersTitle = speakers->title;
    m_speakersCaption = speakers->caption;
    layout->addWidget(speakers);
    m_speakersLayout = new QVBoxLayout;
    m_speakersLayout->setSpacing(0);
    layout->addLayout(m_speakersLayout);

    auto *claims = new SectionHeader(m_content, u"claims"_s);
    m_claimsHeader = claims;
    m_claimsTitle = claims->title;
    layout->addWidget(claims);
    m_claimsNote = wrappingLabel(m_content, u"claimsNote"_s, true);
    layout->addWidget(m_claimsNote);
    m_claimsLayout = new QVBoxLayout;
    m_claimsLayout->setSpacing(0);
    layout->addLayout(m_claimsLayout);

    auto *publications = new SectionHeader(m_content, u"publications"_s);
    m_publicationsHeader = publications;
    m_publicationsTitle = publications->title;
    m_publicationsCaption = publications->caption;
    layout->addWidget(publications);
    m_publicationsLayout = new QVBoxLayout;
    m_publicationsLayout->setSpacing(0);
    layout->addLayout(m_publicationsLayout);

    auto *page = new SectionHeader(m_content, u"page"_s);
    m_furnitureHeader = page;
    m_furnitureTitle = page->title;
    layout->addWidget(page);
    m_furniture = wrappingLabel(m_content, u"furniture"_s, false);
    layout->addWidget(m_furniture);
    m_furnitureDetail = wrappingLabel(m_content, u"furnitureDetail"_s, true);
    layout->addWidget(m_furnitureDetail);

    layout->addSpacing(gap);
    m_includeSuggestions = new QCheckBox(m_content);
    m_includeSuggestions->setObjectName(u"includeSuggestions"_s);
    m_includeSuggestions->setChecked(true);
    connect(m_includeSuggestions, &QCheckBox::toggled, this, [this](bool on) {
        setScope(on ? SourcingScope::DecisionsAndSuggestions : SourcingScope::DecisionsOnly);
    });
    layout->addWidget(m_includeSuggestions);
    m_scopeNote = wrappingLabel(m_content, u"scopeNote"_s, true);
    layout->addWidget(m_scopeNote);
    layout->addStretch(1);

    m_scroll->setWidget(m_content);
    setMinimumWidth(200);
    retranslateUi();
}

void SourcingCard::retranslateUi()
{
    m_speakersCaption->setText(tr("quoted words"));
    m_claimsNote->setText(tr("Sentences with a cue or hedge that no quote is linked to."));
    m_publicationsCaption->setText(tr("quotes"));
    m_furnitureTitle->setText(tr("Page"));
    m_includeSuggestions->setText(tr("Count suggestions"));
    m_includeSuggestions->setToolTip(tr("Count the engines' suggestions not yet reviewed too. Off: only what a person accepted or made."));
}

void SourcingCard::setStore(ProjectStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_documentId = 0;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &SourcingCard::onStoreChanged);
    refresh();
}

ProjectStore *SourcingCard::store() const
{
    return m_store;
}

void SourcingCard::setDocument(qint64 documentId)
{
    // Read again even for the same id: the store may hold another project file by now.
    const bool other = m_documentId != documentId;
    m_documentId = documentId;
    refresh();
    if (other)
        m_scroll->verticalScrollBar()->setValue(0); // a new article starts at its verdict
}

void SourcingCard::setScope(SourcingScope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    {
        const QSignalBlocker blocker(m_includeSuggestions);
        m_includeSuggestions->setChecked(scope == SourcingScope::DecisionsAndSuggestions);
    }
    refresh();
}

void SourcingCard::onStoreChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::AnnotationsChanged:
        if (change.documentId != m_documentId && change.documentId != 0)
            break;
        // A person's edit in a document of thousands of annotations: the summary (longer than a
        // frame to make) waits until the keys pause, so review keys answer at once.
        if (!change.annotationIds.isEmpty() && m_annotationCount > largeDocument) {
            m_refreshTimer.start(300, this);
            break;
        }
        refresh();
        break;
    case ProjectChange::Reset:
    case ProjectChange::SchemaChanged:
        refresh();
        break;
    case ProjectChange::DocumentsAdded:
    case ProjectChange::DocumentChanged:
    case ProjectChange::AnnotatorsChanged:
        break;
    }
}

void SourcingCard::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_summary = SourcingSummary();
    m_summary.scope = m_scope;
    if (m_store && m_store->isOpen() && m_documentId) {
        if (const std::optional<Document> document = m_store->document(m_documentId)) {
            const QList<Annotation> annotations = m_store->annotations(m_documentId);
            m_annotationCount = annotations.size();
            m_summary = summarizeSourcing(document->text, annotations, m_store->relations(m_documentId), m_scope);
        } else {
            m_documentId = 0;
        }
    }
    showSummary();
}

void SourcingCard::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_refreshTimer.timerId()) {
        QWidget::timerEvent(event);
        return;
    }
    m_refreshTimer.stop();
    refresh();
}

void SourcingCard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SourcingCard::changeEvent(QEvent *event)
{
    // Painted parts pick their colours from the palette at paint time; the labels' text is
    // built in code, so a language change builds it again.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showSummary();
    }
    QWidget::changeEvent(event);
}

void SourcingCard::clearRows(QList<QAbstractButton *> &rows)
{
    for (QAbstractButton *row : std::as_const(rows)) {
        // Out of the tree at once (so finders and focus chains forget it), deleted later: the
        // row may be the one whose click is being handled.
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    rows.clear();
}

void SourcingCard::showSummary()
{
    // Remember which row had the focus, to give it back after rebuilding.
    QString focusedSection;
    qsizetype focusedIndex = -1;
    qint64 focusedId = 0;
    for (auto *rows : {&m_speakerRows, &m_claimRows, &m_publicationRows}) {
        for (qsizetype i = 0; i < rows->size(); ++i) {
            if (rows->at(i)->hasFocus()) {
                focusedSection = rows->at(i)->objectName();
                focusedIndex = i;
                focusedId = rows->at(i)->property("annotationId").toLongLong();
            }
        }
    }
    clearRows(m_speakerRows);
    clearRows(m_claimRows);
    clearRows(m_publicationRows);

    const bool hasDocument = m_store && m_documentId;
    const bool hasSourcing = hasDocument && !m_summary.isEmpty();
    if (!hasDocument)
        m_placeholder->setText(tr("Open a document to see how it is sourced."));
    else if (!hasSourcing)
        m_placeholder->setText(tr("No quotes or claims marked in this document yet. Let the engines suggest them "
                                  "(Annotate menu) or mark quotes with Q."));
    m_placeholder->setVisible(!hasSourcing);

    // Showing a row activates the layouts of its visible parents at once, and each activation
    // measures every row (wrapped text): quadratic in rows. With the content's layout off
    // while the rows come, it is laid out once at the end.
    QLayout *contentLayout = m_content->layout();
    contentLayout->setEnabled(false);
    showHeadline(hasSourcing);
    addSpeakerRows(hasSourcing);
    addClaimRows(hasSourcing);
    addPublicationRows(hasSourcing);
    showPage(hasDocument);
    contentLayout->setEnabled(true);
    contentLayout->activate();

    // Give the focus back to the row that had it (the same speaker or claim if it is still
    // there, else the row in its place), so keyboard work goes on across edits.
    if (focusedIndex >= 0) {
        const QList<QAbstractButton *> &rows = focusedSection == u"speakerRow" ? m_speakerRows
                                               : focusedSection == u"claimRow" ? m_claimRows
                                                                               : m_publicationRows;
        const auto same = std::find_if(rows.cbegin(), rows.cend(), [&](QAbstractButton *row) {
            return row->property("annotationId").toLongLong() == focusedId;
        });
        if (same != rows.cend())
            (*same)->setFocus();
        else if (!rows.isEmpty())
            rows.at(std::min(focusedIndex, rows.size() - 1))->setFocus();
    }
}


void SourcingCard::showHeadline(bool hasSourcing)
{
    const SourcingSummary &s = m_summary;
    // Headline: the verdict first, then the figures behind it.
    const qint64 words = s.attributableWords();
    QString headline;
    if (words > 0) {
        QList<qint64> byKind;
        for (const KindShare &k : s.byKind)
            byKind.append(k.words);
        const QList<int> percentages = wholePercentages(byKind);
        // Persons and organisations together are the named sources.
        QList<qint64> verdict = byKind;
        verdict[int(SourceKind::Person)] += verdict[int(SourceKind::Organisation)];
        verdict[int(SourceKind::Organisation)] = 0;
        const QList<int> verdictPercentages = wholePercentages(verdict);
        const int largest = int(std::max_element(verdict.cbegin(), verdict.cend()) - verdict.cbegin());
        const int p = verdictPercentages.at(largest);
        switch (SourceKind(largest)) {
        case SourceKind::Person:
        case SourceKind::Organisation:
            headline = tr("%1% of the quoted words come from named sources.").arg(p);
            break;
        case SourceKind::Document:
            headline = tr("%1% of the quoted words come from documents: statements, reports, polls.").arg(p);
            break;
        case SourceKind::Unresolved:
            headline = tr("%1% of the quoted words come from pronouns no one is linked to.").arg(p);
            break;
        case SourceKind::Anonymous:
            headline = tr("%1% of the quoted words come from anonymous sources.").arg(p);
            break;
        case SourceKind::Publication:
            headline = tr("%1% of the quoted words rest on other publications.").arg(p);
            break;
        case SourceKind::Unattributed:
            headline = tr("%1% of the quoted words have no speaker linked.").arg(p);
            break;
        }
    } else if (s.quotes > 0) {
        headline = tr("Only scare quotes: no statement is quoted.");
    }
    m_headline->setText(headline);
    m_headline->setVisible(hasSourcing && !headline.isEmpty());
    QStringList formCounts;
    for (const QuoteFormCount &f : s.forms) {
        if (f.quotes <= 0)
            continue;
        if (f.form == u"direct")
            formCounts.append(tr("%n direct", nullptr, f.quotes));
        else if (f.form == u"indirect")
            formCounts.append(tr("%n indirect", nullptr, f.quotes));
        else if (f.form == u"mixed")
            formCounts.append(tr("%n mixed", nullptr, f.quotes));
        else if (f.form == u"scare")
            formCounts.append(tr("%n scare", nullptr, f.quotes));
        else
            formCounts.append(tr("%n other", nullptr, f.quotes));
    }
    QString figures = tr("%n quote(s)", nullptr, s.quotes);
    if (!formCounts.isEmpty())
        figures += u" ("_s + formCounts.join(u", "_s) + u')';
    if (words > 0) {
        figures += u" \u00B7 "_s + tr("%n quoted word(s), %1% of the article body", nullptr, int(words))
                                      .arg(qRound(s.quotedShareOfBody() * 100.0));
    }
    if (s.speakersWithoutKind > 0)
        figures += u'\n' + tr("%n speaker mention(s) without a kind, counted as persons.", nullptr, s.speakersWithoutKind);
    m_figures->setText(figures);
    m_figures->setVisible(hasSourcing && s.quotes > 0);
    std::array<qint64, sourceKindCount> kindWords{};
    for (int k = 0; k < sourceKindCount; ++k)
        kindWords[k] = s.byKind[k].words;
    m_bar->setWords(kindWords);
    m_bar->setVisible(hasSourcing);

}

QString SourcingCard::sectionTitle(const QString &title, qsizetype count) const
{
    // A section of thousands of rows (a wire feed of claims) shows its first ones: each row is
    // laid out text, and the card stays quick to open.
    if (count <= maxRowsPerSection)
        return title.arg(count);
    return title.arg(tr("%1, the first %2 shown").arg(count).arg(maxRowsPerSection));
}

void SourcingCard::addRow(QVBoxLayout *layout, QList<QAbstractButton *> &rows, const QString &objectName,
                          qint64 activateId, QAbstractButton *row, const QString &accessibleName, const QString &toolTip)
{
    row->setObjectName(objectName);
    row->setProperty("annotationId", activateId);
    row->setAccessibleName(accessibleName);
    row->setToolTip(toolTip);
    connect(row, &QAbstractButton::clicked, this, [this, activateId] { emit annotationActivated(activateId); });
    layout->addWidget(row);
    row->show(); // now, not when the layout gets round to it: the focus may move to it at once
    rows.append(row);
}

void SourcingCard::addSpeakerRows(bool hasSourcing)
{
    const SourcingSummary &s = m_summary;
    // Speakers.
    for (const SpeakerSummary &sp : s.speakers) {
        if (m_speakerRows.size() >= maxRowsPerSection)
            break; // the most quoted first; the panel lists them all
        QStringList forms;
        if (sp.direct)
            forms.append(tr("%n direct", nullptr, sp.direct));
        if (sp.indirect)
            forms.append(tr("%n indirect", nullptr, sp.indirect));
        if (sp.mixed)
            forms.append(tr("%n mixed", nullptr, sp.mixed));
        if (const int other = sp.quotes - sp.direct - sp.indirect - sp.mixed; other > 0)
            forms.append(tr("%n other", nullptr, other));
        QString subtitle = kindText(sp.kind) + u" \u00B7 "_s + forms.join(u", "_s);
        // The speaker's other mentions ("Pompeo", "he"): the quotes are grouped by speaker.
        QStringList also;
        for (const SpeakerMention &m : sp.mentions) {
            if (m.text != sp.name && !also.contains(m.text))
                also.append(m.text);
        }
        if (!also.isEmpty())
            subtitle += u" \u00B7 "_s + tr("also %1").arg(also.join(u", "_s));
        auto *row = new CardRow(m_content, kindColor(sp.kind), sp.name, true, 2, locale().toString(sp.words), subtitle);
        addRow(m_speakersLayout, m_speakerRows, u"speakerRow"_s, sp.quoteIds.value(0), row,
                tr("%1, %2, %3, %n quoted word(s)", nullptr, int(sp.words)).arg(sp.name, kindText(sp.kind), forms.join(u", "_s)),
                tr("Select the first quote of %1; the context menu merges or splits the speaker").arg(sp.name));
        const int index = int(&sp - s.speakers.constData());
        row->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(row, &QWidget::customContextMenuRequested, this,
                [this, index, row](const QPoint &at) { showSpeakerMenu(index, row, at); });
    }
    m_speakersTitle->setText(sectionTitle(tr("Speakers (%1)"), s.speakers.size()));
    m_speakersHeader->setVisible(hasSourcing);

}

// Merge this speaker with another one of the article, or split it into its mentions.
void SourcingCard::showSpeakerMenu(int speaker, QWidget *row, const QPoint &at)
{
    if (!m_editor || speaker < 0 || speaker >= m_summary.speakers.size())
        return;
    const SpeakerSummary sp = m_summary.speakers.at(speaker);
    QMenu menu(this);
    QMenu *merge = menu.addMenu(tr("&Merge with"));
    merge->setEnabled(false);
    if (!sp.sourceIds.isEmpty()) {
        for (const SpeakerSummary &other : m_summary.speakers) {
            if (other.sourceIds.isEmpty() || other.sourceIds == sp.sourceIds)
                continue;
            merge->setEnabled(true);
            const qint64 into = other.sourceIds.constFirst(), mention = sp.sourceIds.constFirst();
            merge->addAction(other.name, this, [this, into, mention] { m_editor->mergeSpeakers(into, mention); });
        }
    }
    QAction *split = menu.addAction(tr("&Split into its mentions"), this,
                                    [this, ids = sp.sourceIds] { m_editor->splitSpeaker(ids); });
    split->setEnabled(sp.sourceIds.size() > 1);
    menu.exec(row->mapToGlobal(at));
}

void SourcingCard::addClaimRows(bool hasSourcing)
{
    const SourcingSummary &s = m_summary;
    // Claims.
    for (const UnattributedClaim &c : s.unattributedClaims) {
        if (m_claimRows.size() >= maxRowsPerSection)
            break;
        // The cues in bold inside the sentence, found in order.
        QList<QPair<int, int>> bold;
        qsizetype from = 0;
        for (const QString &cue : c.cues) {
            const qsizetype at = c.sentence.indexOf(cue.simplified(), from);
            if (at >= 0) {
                bold.append({int(at), int(cue.simplified().size())});
                from = at + cue.size();
            }
        }
        const QString subtitle = tr("cue: %1").arg(c.cues.join(u", "_s));
        auto *row = new CardRow(m_content, kindColor(SourceKind::Unattributed), c.sentence, false, claimLines, {},
                                subtitle, bold);
        addRow(m_claimsLayout, m_claimRows, u"claimRow"_s, c.cueIds.value(0), row,
                tr("Unattributed claim: %1 (%2)").arg(c.sentence, subtitle), tr("Select this cue in the article"));
    }
    m_claimsTitle->setText(sectionTitle(tr("Unattributed claims (%1)"), s.unattributedClaims.size()));
    m_claimsHeader->setVisible(hasSourcing);
    m_claimsNote->setVisible(hasSourcing && !s.unattributedClaims.isEmpty());

}

void SourcingCard::addPublicationRows(bool hasSourcing)
{
    const SourcingSummary &s = m_summary;
    // Publications.
    for (const PublicationSummary &p : s.publications) {
        if (m_publicationRows.size() >= maxRowsPerSection)
            break;
        auto *row = new CardRow(m_content, kindColor(SourceKind::Publication), p.name, true, 2, locale().toString(p.quotes), {});
        addRow(m_publicationsLayout, m_publicationRows, u"publicationRow"_s, p.quoteIds.value(0), row,
                tr("%1, cited for %n quote(s)", nullptr, p.quotes).arg(p.name),
                tr("Select the first quote that cites %1").arg(p.name));
    }
    m_publicationsTitle->setText(sectionTitle(tr("Publications cited (%1)"), s.publications.size()));
    m_publicationsHeader->setVisible(hasSourcing && !s.publications.isEmpty());

}

void SourcingCard::showPage(bool hasDocument)
{
    const SourcingSummary &s = m_summary;
    // Page furniture and body.
    if (hasDocument) {
        const int share = qRound(s.furnitureShare() * 100.0);
        QString text = s.furnitureCharacters > 0
                           ? tr("%1% of the page is boilerplate, disclaimers or metadata").arg(share)
                           : tr("No boilerplate, disclaimers or metadata marked");
        QStringList parts;
        for (const auto &[label, characters] : s.furnitureByLabel) {
            if (characters <= 0)
                continue;
            const int labelShare = qRound(100.0 * double(characters) / double(std::max<qint64>(1, s.pageCharacters)));
            if (label == u"DISCLAIMER")
                parts.append(tr("Disclaimers %1%").arg(labelShare));
            else if (label == u"BOILERPLATE")
                parts.append(tr("Boilerplate %1%").arg(labelShare));
            else if (label == u"METADATA")
                parts.append(tr("Metadata %1%").arg(labelShare));
        }
        m_furniture->setText(text);
        QString detail = parts.join(u" \u00B7 "_s);
        if (!detail.isEmpty())
            detail += u'\n';
        detail += tr("Article body: %n word(s)", nullptr, int(s.bodyWords));
        m_furnitureDetail->setText(detail);
    }
    m_furnitureHeader->setVisible(hasDocument);
    m_furniture->setVisible(hasDocument);
    m_furnitureDetail->setVisible(hasDocument);

    m_includeSuggestions->setVisible(hasDocument);
    QString note;
    if (hasDocument && m_scope == SourcingScope::DecisionsAndSuggestions && s.suggestionsCounted > 0)
        note = tr("Includes %n suggestion(s) not yet reviewed.", nullptr, s.suggestionsCounted);
    else if (hasDocument && m_scope == SourcingScope::DecisionsOnly)
        note = tr("Counting accepted and manual annotations only.");
    m_scopeNote->setText(note);
    m_scopeNote->setVisible(!note.isEmpty());

}

} // namespace Copydesk
