#include "annotationpanel.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBoundaryFinder>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "annotationeditor.h"
#include "annotationfilterproxymodel.h"
#include "annotationlistmodel.h"
#include "annotationpaneltext.h"
#include "labelcolors.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace AnnotationPanelText {

QString relationDisplayName(const QString &relation)
{
    if (relation == u"SPEAKER")
        return AnnotationPanel::tr("Speaker");
    if (relation == u"CUE")
        return AnnotationPanel::tr("Cue");
    if (relation == u"VIA")
        return AnnotationPanel::tr("Via");
    return relation.isEmpty() ? relation : relation.front() + relation.mid(1).toLower();
}

QString attributeDisplayName(const QString &attribute)
{
    if (attribute == u"form")
        return AnnotationPanel::tr("Form");
    if (attribute == u"kind")
        return AnnotationPanel::tr("Kind");
    return attribute.isEmpty() ? attribute : attribute.front().toUpper() + attribute.mid(1);
}

QString attributeValueDisplayName(const QString &value)
{
    // The schema's values are data; the common ones get a translation.
    if (value == u"direct")
        return AnnotationPanel::tr("direct");
    if (value == u"indirect")
        return AnnotationPanel::tr("indirect");
    if (value == u"mixed")
        return AnnotationPanel::tr("mixed");
    if (value == u"scare")
        return AnnotationPanel::tr("scare quote");
    if (value == u"named")
        return AnnotationPanel::tr("named");
    if (value == u"anonymous")
        return AnnotationPanel::tr("anonymous");
    if (value == u"publication")
        return AnnotationPanel::tr("publication");
    return value;
}

QToolButton *makeToolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace AnnotationPanelText

using namespace AnnotationPanelText;

void AnnotationPanel::buildUi()
{
    setAccessibleName(tr("Annotations"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(buildTopRow());
    buildList();

    // The editor of the current annotation: a summary when none is current.
    m_editorStack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_editorStack);
    m_placeholder->setObjectName(u"summary"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAccessibleName(tr("Summary of the document's annotations"));
    m_placeholder->setMargin(12);
    QPalette placeholderPalette = m_placeholder->palette();
    placeholderPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_placeholder->setPalette(placeholderPalette);
    m_editorStack->addWidget(m_placeholder);
    m_editorStack->addWidget(buildEditorPage());
    m_editorStack->setCurrentIndex(0);

    // The list takes what the editor leaves; a layout (unlike a splitter) follows the editor's
    // height when its attribute and relation rows change.
    layout->addWidget(m_view, 1);
    layout->addWidget(m_editorStack, 0);
    updateTabOrder();
}

// ---- The editor ----------------------------------------------------------------------------


QLayout *AnnotationPanel::buildTopRow()
{
    // Top row: filter and the document's status.
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter: words, label or status"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter annotations"));
    m_filter->setToolTip(tr("Show only the annotations that match: a label (QUOTE), a status (suggested, "
                            "accepted, rejected, manual), a layer (sourcing) or words of the covered text, the "
                            "annotator or the note"));
    connect(m_filter, &QLineEdit::textChanged, this, &AnnotationPanel::applyFilter);
    top->addWidget(m_filter, 1);

    auto *statusLabel = new QLabel(tr("Doc&ument:"), this);
    top->addWidget(statusLabel);
    m_documentStatus = new QComboBox(this);
    statusLabel->setBuddy(m_documentStatus);
    m_documentStatus->setObjectName(u"documentStatus"_s);
    m_documentStatus->addItem(tr("New"), int(DocumentStatus::New));
    m_documentStatus->addItem(tr("In progress"), int(DocumentStatus::InProgress));
    m_documentStatus->addItem(tr("Done"), int(DocumentStatus::Done));
    m_documentStatus->setAccessibleName(tr("Document status"));
    m_documentStatus->setToolTip(tr("The status of this document: new, in progress or done"));
    m_documentStatus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_documentStatus, &QComboBox::activated, this, &AnnotationPanel::onDocumentStatusActivated);
    top->addWidget(m_documentStatus);
    return top;
}

void AnnotationPanel::buildList()
{
    // The list.
    m_view = new QTreeView(this);
    m_view->setObjectName(u"annotationView"_s);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Annotations of the document"));
    m_view->setToolTip(tr("The annotations of the document by layer; click a header to sort"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setIndentation(12);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setIconSize(QSize(12, 12));
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setSortIndicator(AnnotationListModel::StartColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AnnotationListModel::TextColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    const QFontMetrics metrics = fontMetrics();
    header->setSectionResizeMode(AnnotationListModel::LabelColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AnnotationListModel::StatusColumn, QHeaderView::Interactive);
    header->resizeSection(AnnotationListModel::AnnotatorColumn, metrics.horizontalAdvance(u"copydesk-sourcing"_s));
    header->resizeSection(AnnotationListModel::ConfidenceColumn, metrics.horizontalAdvance(u"0.00"_s) + 16);
    header->resizeSection(AnnotationListModel::StartColumn, metrics.horizontalAdvance(u"00000"_s) + 16);
    // A narrow dock shows what matters; the rest is one right click away.
    header->hideSection(AnnotationListModel::AnnotatorColumn);
    header->hideSection(AnnotationListModel::ConfidenceColumn);
    header->hideSection(AnnotationListModel::StartColumn);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &AnnotationPanel::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnnotationPanel::refreshButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::onProxyRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnnotationPanel::openLayers);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::openLayers);
}

QWidget *AnnotationPanel::buildEditorPage()
{
    auto *page = new QWidget(m_editorStack);
    page->setAccessibleName(tr("Selected annotation"));
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(2, 6, 2, 2);
    pageLayout->setSpacing(4);

    m_covered = new QLabel(page);
    m_covered->setObjectName(u"coveredText"_s);
    m_covered->setWordWrap(true);
    m_covered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_covered->setAccessibleName(tr("Covered text"));
    QFont coveredFont = m_covered->font();
    coveredFont.setItalic(true);
    m_covered->setFont(coveredFont);
    m_covered->setToolTip(tr("The text the annotation covers"));
    pageLayout->addWidget(m_covered);

    m_origin = new QLabel(page);
    m_origin->setObjectName(u"origin"_s);
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::RichText);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->setAccessibleName(tr("Status and origin"));
    m_origin->setToolTip(tr("Who made the annotation and who decided on it; for an engine's "
                            "suggestion its confidence and the rule that fired"));
    QPalette originPalette = m_origin->palette();
    originPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_origin->setPalette(originPalette);
    pageLayout->addWidget(m_origin);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 2, 0, 0);
    m_form->setHorizontalSpacing(6);
    m_form->setVerticalSpacing(3);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    buildForm(page);
    pageLayout->addLayout(m_form);
    pageLayout->addLayout(buildButtons(page));

    m_acceptAll = new QPushButton(page);
    m_acceptAll->setObjectName(u"acceptAllButton"_s);
    m_acceptAll->setAutoDefault(false);
    m_acceptAll->setAccessibleName(tr("Accept all suggestions of this label"));
    m_acceptAll->setToolTip(tr("Accept every suggestion of this label in the document"));
    connect(m_acceptAll, &QPushButton::clicked, this, &AnnotationPanel::acceptAllOfCurrentLabel);
    pageLayout->addWidget(m_acceptAll);
    pageLayout->addStretch(1);
    return page;
}

void AnnotationPanel::buildForm(QWidget *page)
{
    m_labelCombo = new QComboBox(page);
    m_labelCombo->setObjectName(u"labelCombo"_s);
    m_labelCombo->setAccessibleName(tr("Label"));
    m_labelCombo->setToolTip(tr("Change the label of the selected annotations"));
    m_labelCombo->setIconSize(QSize(12, 12));
    m_labelCombo->setMaxVisibleItems(20);
    connect(m_labelCombo, &QComboBox::activated, this, &AnnotationPanel::onLabelActivated);
    m_form->addRow(tr("&Label"), m_labelCombo);

    auto boundaryRow = [&](QSpinBox *&spin, QToolButton *&back, QToolButton *&forward, bool isStart) {
        auto *row = new QWidget(page);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(3);
        spin = new QSpinBox(row);
        spin->setObjectName(isStart ? u"startSpin"_s : u"endSpin"_s);
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
        spin->setAccessibleName(isStart ? tr("Start") : tr("End"));
        spin->setToolTip(isStart ? tr("Where the annotation starts, in characters; the arrows move it by one")
                                 : tr("Where the annotation ends (the first character after it); the arrows move it by one"));
        h->addWidget(spin, 1);
        back = makeToolButton(tr("◀ word"), isStart ? tr("Move the start to the previous word")
                                                    : tr("Move the end to the end of the previous word"), row);
        forward = makeToolButton(tr("word ▶"), isStart ? tr("Move the start to the next word")
                                                       : tr("Move the end to the end of the next word"), row);
        back->setObjectName(isStart ? u"startWordBack"_s : u"endWordBack"_s);
        forward->setObjectName(isStart ? u"startWordForward"_s : u"endWordForward"_s);
        h->addWidget(back);
        h->addWidget(forward);
        return row;
    };
    QWidget *startRow = boundaryRow(m_startSpin, m_startWordBack, m_startWordForward, true);
    QWidget *endRow = boundaryRow(m_endSpin, m_endWordBack, m_endWordForward, false);
    m_form->addRow(tr("&Start"), startRow);
    m_form->addRow(tr("&End"), endRow);
    // The rows' labels lead to the spin boxes, not to the rows' containers.
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(startRow)))
        label->setBuddy(m_startSpin);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(endRow)))
        label->setBuddy(m_endSpin);
    connect(m_startSpin, &QSpinBox::valueChanged, this, &AnnotationPanel::onStartEdited);
    connect(m_endSpin, &QSpinBox::valueChanged, this, &AnnotationPanel::onEndEdited);
    connect(m_startWordBack, &QToolButton::clicked, this, [this] { moveStart(-1, true); });
    connect(m_startWordForward, &QToolButton::clicked, this, [this] { moveStart(1, true); });
    connect(m_endWordBack, &QToolButton::clicked, this, [this] { moveEnd(-1, true); });
    connect(m_endWordForward, &QToolButton::clicked, this, [this] { moveEnd(1, true); });
    m_detailRowStart = m_form->rowCount();

    m_note = new QLineEdit(page);
    m_note->setObjectName(u"note"_s);
    m_note->setPlaceholderText(tr("A note for this annotation"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setToolTip(tr("A free note, saved when you press Enter or leave the field"));
    m_note->setClearButtonEnabled(true);
    connect(m_note, &QLineEdit::editingFinished, this, &AnnotationPanel::commitNote);
    m_form->addRow(tr("&Note"), m_note);
}

QLayout *AnnotationPanel::buildButtons(QWidget *page)
{
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_accept = new QPushButton(tr("✓ &Accept"), page);
    m_accept->setObjectName(u"acceptButton"_s);
    m_accept->setAccessibleName(tr("Accept"));
    m_accept->setToolTip(tr("Accept the selected suggestions"));
    m_reject = new QPushButton(tr("✗ &Reject"), page);
    m_reject->setObjectName(u"rejectButton"_s);
    m_reject->setAccessibleName(tr("Reject"));
    m_reject->setToolTip(tr("Reject the selected annotations: they stay, marked rejected, so engines do not suggest them again"));
    m_delete = new QPushButton(tr("&Delete"), page);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setAccessibleName(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected annotations and their links"));
    for (QPushButton *button : {m_accept, m_reject, m_delete}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    connect(m_accept, &QPushButton::clicked, this, &AnnotationPanel::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &AnnotationPanel::rejectSelected);
    connect(m_delete, &QPushButton::clicked, this, &AnnotationPanel::deleteSelected);
    return buttons;
}

void AnnotationPanel::rebuildLabelCombo()
{
    m_labelCombo->clear();
    const LabelSchema &schema = m_model->schema();
    const QStringList layers = schema.layers();
    for (const QString &layer : layers) {
        if (m_labelCombo->count() > 0)
            m_labelCombo->insertSeparator(m_labelCombo->count());
        for (const LabelDefinition &def : schema.labelsOfLayer(layer)) {
            const QColor color = LabelColors::labelColor(def.color, palette());
            const QString text = def.key.isEmpty() ? def.name : tr("%1  (%2)").arg(def.name, def.key);
            m_labelCombo->addItem(LabelColors::chipIcon(color), text, def.name);
            m_labelCombo->setItemData(m_labelCombo->count() - 1, def.guideline.isEmpty() ? def.description : def.guideline, Qt::ToolTipRole);
        }
    }
}

void AnnotationPanel::refreshDocumentStatus()
{
    const std::optional<Document> doc = m_editor && m_editor->store() && documentId()
                                            ? m_editor->store()->document(documentId())
                                            : std::nullopt;
    m_documentStatus->setEnabled(doc.has_value());
    if (doc)
        m_documentStatus->setCurrentIndex(m_documentStatus->findData(int(doc->status)));
}

void AnnotationPanel::refreshEditor()
{
    const Annotation *a = m_model->annotation(m_currentId);
    if (!a) {
        // The space the editor takes shows where the document stands.
        int counts[4] = {0, 0, 0, 0};
        const QList<Annotation> all = m_model->annotations();
        for (const Annotation &annotation : all)
            ++counts[int(annotation.status)];
        QString summary;
        if (!documentId()) {
            summary = tr("No document is open.");
        } else if (all.isEmpty()) {
            summary = tr("No annotations yet. Select text in the article and press a label's key, or run the engines.");
        } else {
            summary = tr("%n annotation(s): ", nullptr, int(all.size()))
                      + tr("%1 suggested, %2 accepted, %3 manual, %4 rejected.")
                            .arg(counts[int(AnnotationStatus::Suggested)])
                            .arg(counts[int(AnnotationStatus::Accepted)])
                            .arg(counts[int(AnnotationStatus::Manual)])
                            .arg(counts[int(AnnotationStatus::Rejected)])
                      + u"\n\n"_s + tr("Select an annotation in the list or in the article to edit it.");
        }
        m_placeholder->setText(summary);
        m_editorStack->setCurrentIndex(0);
        m_noteFor = 0;
        refreshButtons();
        return;
    }
    m_editorStack->setCurrentIndex(1);

    const QString covered = m_model->coveredText(*a);
    m_covered->setText(AnnotationListModel::displayText(covered, 160));

    // Who made it and who decided.
    const QString maker = m_model->annotatorName(a->annotatorId).toHtmlEscaped();
    const QString decider = m_model->annotatorName(a->deciderId).toHtmlEscaped();
    QString origin;
    switch (a->status) {
    case AnnotationStatus::Suggested:
        origin = tr("<b>Suggested</b> by %1").arg(maker);
        break;
    case AnnotationStatus::Accepted:
        origin = decider.isEmpty() ? tr("<b>Accepted</b>; made by %1").arg(maker)
                                   : tr("<b>Accepted</b> by %1; suggested by %2").arg(decider, maker);
        break;
    case AnnotationStatus::Rejected:
        origin = decider.isEmpty() ? tr("<b>Rejected</b>; made by %1").arg(maker)
                                   : tr("<b>Rejected</b> by %1; suggested by %2").arg(decider, maker);
        break;
    case AnnotationStatus::Manual:
        origin = decider.isEmpty() || decider == maker ? tr("<b>Manual</b>, by %1").arg(maker)
                                                       : tr("<b>Manual</b>: edited by %1, made by %2").arg(decider, maker);
        break;
    }
    if (a->confidence >= 0)
        origin += tr(" · confidence %1").arg(QString::number(a->confidence, 'f', 2));
    if (!a->reason.isEmpty())
        origin += u"<br>"_s + tr("Rule: %1").arg(a->reason.toHtmlEscaped());
    // Every engine behind a suggestion, and the readings the combiner did not choose.
    if (a->status == AnnotationStatus::Suggested) {
        const QList<qint64> engines = a->engineIds();
        if (engines.size() > 1) {
            QStringList names;
            for (qint64 engine : engines)
                names.append(m_model->annotatorName(engine).toHtmlEscaped());
            origin += u"<br>"_s + tr("Also proposed by: %1").arg(names.join(u", "_s));
        }
        QStringList others;
        for (const SuggestionEvidence &e : a->alternatives()) {
            QString reading = e.label.toHtmlEscaped();
            if (e.start != a->start || e.end != a->end)
                reading += u" "_s + tr("(other bounds)");
            const QString engine = m_model->annotatorName(e.engineId).toHtmlEscaped();
            others.append(e.confidence >= 0 ? tr("%1 (%2, %3)").arg(reading, engine, QString::number(e.confidence, 'f', 2))
                                            : tr("%1 (%2)").arg(reading, engine));
        }
        if (!others.isEmpty())
            origin += u"<br>"_s + tr("Also suggested: %1 · <b>W</b> switches to the next").arg(others.join(u"; "_s));
    }
    // The label's guideline, beside the decision (model/labelschema.h).
    if (const LabelDefinition *def = m_model->schema().label(a->label); def && !def->guideline.isEmpty())
        origin += u"<br><small>"_s + def->guideline.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</small>"_s;
    m_origin->setText(origin);

    // Label
    const int labelIndex = m_labelCombo->findData(a->label);
    m_labelCombo->setCurrentIndex(labelIndex);
    m_labelCombo->setPlaceholderText(labelIndex < 0 ? tr("%1 (not in the schema)").arg(a->label) : QString());

    // Bounds
    const qint64 length = m_model->offsets().codePointLength();
    {
        const QSignalBlocker blockStart(m_startSpin);
        const QSignalBlocker blockEnd(m_endSpin);
        m_startSpin->setRange(0, int(std::max<qint64>(0, a->end - 1)));
        m_startSpin->setValue(int(a->start));
        m_endSpin->setRange(int(a->start + 1), int(std::max(length, a->end)));
        m_endSpin->setValue(int(a->end));
    }

    // Attributes and relations
    if (m_detailLabel != a->label)
        rebuildDetailRows(*a);
    refreshDetailRows(*a);
    // The editor keeps the height of the tallest annotation shown so far, so the list does not
    // jump as the person goes from a QUOTE (with relation rows) to a PERSON.
    m_editorStack->setMinimumHeight(std::max(m_editorStack->minimumHeight(), m_editorStack->widget(1)->sizeHint().height()));

    // Note (unless the person is typing one)
    if (m_noteFor != a->id || !m_note->hasFocus() || !m_note->isModified()) {
        m_note->setText(a->note);
        m_note->setModified(false);
        m_noteFor = a->id;
    }
    refreshButtons();
}

void AnnotationPanel::rebuildDetailRows(const Annotation &annotation)
{
    for (qsizetype i = 0; i < m_detailRows.size(); ++i)
        m_form->removeRow(m_detailRowStart);
    m_detailRows.clear();
    m_detailLabel = annotation.label;

    QWidget *page = m_labelCombo->parentWidget();
    const LabelSchema &schema = m_model->schema();
    int row = m_detailRowStart;
    if (const LabelDefinition *def = schema.label(annotation.label)) {
        for (auto it = def->attributes.constBegin(); it != def->attributes.constEnd(); ++it) {
            DetailRow detail;
            detail.attribute = it.key();
            detail.combo = new QComboBox(page);
            detail.combo->setObjectName(u"attribute_"_s + it.key());
            detail.combo->setAccessibleName(attributeDisplayName(it.key()));
            detail.combo->setToolTip(tr("The %1 of this %2").arg(attributeDisplayName(it.key()), annotation.label));
            const QString name = it.key();
            QComboBox *combo = detail.combo;
            connect(combo, &QComboBox::activated, this, [this, name, combo](int index) {
                if (m_editor && m_currentId)
                    m_editor->setAttribute(m_currentId, name, combo->itemData(index).toString());
            });
            m_form->insertRow(row++, attributeDisplayName(it.key()), detail.combo);
            m_detailRows.append(detail);
        }
    }
    for (const RelationDefinition &relation : schema.relations()) {
        if (!relation.headLabels.contains(annotation.label))
            continue;
        DetailRow detail;
        detail.relation = relation.name;
        auto *field = new QWidget(page);
        auto *h = new QHBoxLayout(field);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(3);
        detail.combo = new QComboBox(field);
        detail.combo->setObjectName(u"relation_"_s + relation.name);
        detail.combo->setAccessibleName(relationDisplayName(relation.name));
        detail.combo->setToolTip(relation.description.isEmpty()
                                     ? tr("Link this %1 to a %2").arg(annotation.label, relation.childLabels.join(u'/'))
                                     : relation.description);
        detail.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        detail.combo->setMinimumContentsLength(8);
        h->addWidget(detail.combo, 1);
        const QString childLabel = relation.childLabels.value(0);
        detail.fromSelection = makeToolButton(tr("From selection"),
                                              tr("Make the text selected in the article a %1 and link it as %2")
                                                  .arg(childLabel, relationDisplayName(relation.name)),
                                              field);
        detail.fromSelection->setObjectName(u"fromSelection_"_s + relation.name);
        h->addWidget(detail.fromSelection);
        const QString relationName = relation.name;
        QComboBox *combo = detail.combo;
        connect(combo, &QComboBox::activated, this, [this, relationName, combo](int index) {
            if (m_editor && m_currentId)
                m_editor->setRelation(m_currentId, relationName, combo->itemData(index).toLongLong());
        });
        connect(detail.fromSelection, &QToolButton::clicked, this, [this, relationName] { linkFromSelection(relationName); });
        m_form->insertRow(row++, relationDisplayName(relation.name), field);
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setBuddy(detail.combo);
        m_detailRows.append(detail);
    }
    updateTabOrder();
}

void AnnotationPanel::refreshDetailRows(const Annotation &annotation)
{
    const LabelSchema &schema = m_model->schema();
    const LabelDefinition *def = schema.label(annotation.label);
    QList<Relation> relations;
    QList<Annotation> all; // the candidates of relation rows; read only when there are such rows
    if (std::any_of(m_detailRows.cbegin(), m_detailRows.cend(), [](const DetailRow &row) { return !row.relation.isEmpty(); })) {
        if (m_editor && m_editor->store())
            relations = m_editor->store()->relations(annotation.documentId);
        all = m_model->annotations();
    }

    for (const DetailRow &row : std::as_const(m_detailRows)) {
        QComboBox *combo = row.combo;
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), row.relation.isEmpty() ? QVariant(QString()) : QVariant(qint64(0)));
        if (!row.attribute.isEmpty()) {
            const QJsonArray values = def ? def->attributes.value(row.attribute).toArray() : QJsonArray();
            for (const QJsonValue &value : values)
                combo->addItem(attributeValueDisplayName(value.toString()), value.toString());
            const QString current = annotation.attrs.value(row.attribute).toString();
            if (!current.isEmpty() && combo->findData(current) < 0)
                combo->addItem(current, current); // a value the schema does not list (an import's)
            combo->setCurrentIndex(std::max(0, combo->findData(current)));
            continue;
        }
        const RelationDefinition *relation = schema.relation(row.relation);
        qint64 linked = 0;
        for (const Relation &r : std::as_const(relations)) {
            if (r.headId == annotation.id && r.label == row.relation)
                linked = r.childId;
        }
        // Candidates: the document's annotations of the child labels, rejected ones only when
        // linked already. Equal texts get their position, so "Smith" and "Smith" differ.
        QList<const Annotation *> candidates;
        QHash<QString, int> textCount;
        for (const Annotation &a : all) {
            if (!relation || !relation->childLabels.contains(a.label) || a.id == annotation.id)
                continue;
            if (a.status == AnnotationStatus::Rejected && a.id != linked)
                continue;
            candidates.append(&a);
            ++textCount[m_model->coveredText(a)];
        }
        std::sort(candidates.begin(), candidates.end(), [](const Annotation *x, const Annotation *y) { return x->start < y->start; });
        for (const Annotation *a : std::as_const(candidates)) {
            const QString covered = m_model->coveredText(*a);
            QString text = AnnotationListModel::displayText(covered, 36);
            if (textCount.value(covered) > 1)
                text = tr("%1 (at %2)").arg(text).arg(a->start);
            if (relation && relation->childLabels.size() > 1)
                text = tr("%1: %2").arg(a->label, text);
            combo->addItem(text, a->id);
            combo->setItemData(combo->count() - 1, tr("%1 at %2: %3").arg(a->label).arg(a->start).arg(covered), Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(linked)));
    }
}

void AnnotationPanel::refreshButtons()
{
    const QList<qint64> ids = selectedAnnotationIds();
    bool canAccept = false;
    bool canReject = false;
    for (qint64 id : ids) {
        if (const Annotation *a = m_model->annotation(id)) {
            canAccept |= a->status == AnnotationStatus::Suggested || a->status == AnnotationStatus::Rejected;
            canReject |= a->status != AnnotationStatus::Rejected;
        }
    }
    const bool editable = m_editor && !ids.isEmpty();
    m_accept->setEnabled(editable && canAccept);
    m_reject->setEnabled(editable && canReject);
    m_delete->setEnabled(editable);

    const Annotation *current = m_model->annotation(m_currentId);
    int suggestions = 0;
    if (current) {
        const QString label = current->label;
        m_model->forEachAnnotation([&](const Annotation &a) {
            suggestions += a.label == label && a.status == AnnotationStatus::Suggested;
        });
    }
    m_acceptAll->setText(current ? tr("Accept all %1 suggestions (%2)").arg(current->label).arg(suggestions)
                                 : tr("Accept all suggestions"));
    m_acceptAll->setEnabled(m_editor && suggestions > 0);
    m_acceptAll->setVisible(current && suggestions > 0);

    const bool hasSelection = m_selectionEnd > m_selectionStart;
    for (const DetailRow &row : std::as_const(m_detailRows)) {
        if (row.fromSelection)
            row.fromSelection->setEnabled(m_editor && current && hasSelection);
    }
    const bool boundsEditable = m_editor && current;
    for (QWidget *w : std::initializer_list<QWidget *>{m_startSpin, m_endSpin, m_startWordBack, m_startWordForward,
                                                       m_endWordBack, m_endWordForward, m_labelCombo, m_note})
        w->setEnabled(boundsEditable);
}

void AnnotationPanel::updateTabOrder()
{
    QList<QWidget *> chain{m_filter, m_documentStatus, m_view, m_labelCombo, m_startSpin, m_startWordBack,
                           m_startWordForward, m_endSpin, m_endWordBack, m_endWordForward};
    for (const DetailRow &row : std::as_const(m_detailRows)) {
        chain.append(row.combo);
        if (row.fromSelection)
            chain.append(row.fromSelection);
    }
    chain << m_note << m_accept << m_reject << m_delete << m_acceptAll;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void AnnotationPanel::commitNote()
{
    if (!m_noteFor || !m_note->isModified())
        return;
    m_note->setModified(false);
    const Annotation *a = m_model->annotation(m_noteFor);
    if (m_editor && a && a->note != m_note->text())
        m_editor->setNote(m_noteFor, m_note->text());
}

void AnnotationPanel::onLabelActivated(int index)
{
    const QString label = m_labelCombo->itemData(index).toString();
    if (!m_editor || label.isEmpty())
        return;
    m_editor->setLabel(selectedAnnotationIds(), label);
}

void AnnotationPanel::onStartEdited(int value)
{
    const Annotation *a = m_model->annotation(m_currentId);
    if (!m_editor || !a || !m_editor->setBounds(a->id, value, a->end))
        refreshEditor(); // refused: show the annotation as it is
}

void AnnotationPanel::onEndEdited(int value)
{
    const Annotation *a = m_model->annotation(m_currentId);
    if (!m_editor || !a || !m_editor->setBounds(a->id, a->start, value))
        refreshEditor();
}

void AnnotationPanel::onDocumentStatusActivated(int index)
{
    if (!m_editor || !documentId())
        return;
    m_editor->setDocumentStatus(documentId(), DocumentStatus(m_documentStatus->itemData(index).toInt()));
    refreshDocumentStatus();
}

qint64 AnnotationPanel::wordBoundary(qint64 position, int delta, bool wordStart) const
{
    const QString &text = m_model->documentText();
    const TextOffsets &offsets = m_model->offsets();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    if (!finder.isValid())
        return -1;
    finder.setPosition(offsets.toUtf16(position));
    const QTextBoundaryFinder::BoundaryReason wanted = wordStart ? QTextBoundaryFinder::StartOfItem
                                                                 : QTextBoundaryFinder::EndOfItem;
    qsizetype found = -1;
    for (int steps = std::abs(delta); steps > 0;) {
        const qsizetype next = delta > 0 ? finder.toNextBoundary() : finder.toPreviousBoundary();
        if (next < 0)
            break;
        if (finder.boundaryReasons() & wanted) {
            found = next;
            --steps;
        }
    }
    return found < 0 ? -1 : offsets.toCodePoint(found);
}


} // namespace Copydesk
