#include "comparisonview.h"

#include <cmath>

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "labelschema.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QColor teachingColor(TeachingItem::Kind kind)
{
    switch (kind) {
    case TeachingItem::Match: return QColor(0x22, 0x88, 0x33);        // green
    case TeachingItem::Partial: return QColor(0xCC, 0xBB, 0x44);      // yellow
    case TeachingItem::WrongLabel: return QColor(0xAA, 0x33, 0x77);   // purple
    case TeachingItem::Miss: return QColor(0xEE, 0x66, 0x77);         // red
    case TeachingItem::Extra: return QColor(0x44, 0x77, 0xAA);        // blue
    case TeachingItem::WrongSpeaker: return QColor(0x66, 0xCC, 0xEE); // cyan
    }
    return {};
}

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setRows(const QStringList &readingHeaders, const QList<ComparisonRow> &rows)
{
    beginResetModel();
    m_headers = readingHeaders;
    m_rows = rows;
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 + int(m_headers.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == 0)
            return row.place;
        if (index.column() == 1)
            return row.kind;
        return row.readings.value(index.column() - 2);
    case Qt::ToolTipRole:
        return row.guideline.isEmpty() ? QVariant() : QVariant(row.guideline);
    case Qt::DecorationRole:
        return index.column() == 1 && row.color.isValid() ? QVariant(row.color) : QVariant();
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case SettledRole:
        return row.settled;
    case GuidelineRole:
        return row.guideline;
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Place");
    if (section == 1)
        return tr("What");
    return m_headers.value(section - 2);
}

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonModel(this))
    , m_header(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_guideline(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setObjectName(u"comparisonSummary"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list->setObjectName(u"differenceList"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Differences"));
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    splitter->addWidget(m_list);
    m_guideline->setObjectName(u"guideline"_s);
    m_guideline->setAccessibleName(tr("Guideline"));
    m_guideline->setOpenLinks(false);
    splitter->addWidget(m_guideline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComparisonView::showGuideline);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit placeActivated(index.data(ComparisonModel::StartRole).toLongLong(), index.data(ComparisonModel::EndRole).toLongLong());
    });
    refresh();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setStore(ProjectStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &ComparisonView::onStoreChanged);
    refresh();
}

void ComparisonView::setEditor(AnnotationEditor *editor)
{
    m_editor = editor;
}

void ComparisonView::setAnnotators(const QList<qint64> &annotators)
{
    m_annotators = annotators;
    refresh();
}

void ComparisonView::setMode(Mode mode)
{
    m_mode = mode;
    refresh();
}

void ComparisonView::setTeaching(qint64 studentId, qint64 referenceId)
{
    m_studentId = studentId;
    m_referenceId = referenceId;
    refresh();
}

void ComparisonView::setDocument(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    refresh();
}

QString ComparisonView::summary() const
{
    return m_summary;
}

QString ComparisonView::guidelineText() const
{
    return m_guideline->toPlainText();
}

void ComparisonView::onStoreChanged(const ProjectChange &change)
{
    const bool here = change.documentId == m_documentId;
    if ((here && (change.kind == ProjectChange::AnnotationsChanged || change.kind == ProjectChange::DocumentChanged))
        || change.kind == ProjectChange::SchemaChanged || change.kind == ProjectChange::AnnotatorsChanged || change.kind == ProjectChange::Reset)
        refresh();
}

void ComparisonView::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

QString ComparisonView::excerpt(qint64 start, qint64 end) const
{
    const qsizetype from = m_offsets.toUtf16(start);
    QString words = m_text.mid(from, m_offsets.toUtf16(end) - from).simplified();
    if (words.size() > 50)
        words = words.left(49) + u'…';
    return words;
}

QString ComparisonView::guidelines(const QStringList &labels) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    const LabelSchema schema = m_store->schema();
    QString html;
    for (const QString &label : labels) {
        QString text;
        if (const LabelDefinition *def = schema.label(label))
            text = def->guideline.isEmpty() ? def->description : def->guideline;
        else if (const RelationDefinition *relation = schema.relation(label))
            text = relation->guideline.isEmpty() ? relation->description : relation->guideline;
        if (text.isEmpty())
            continue;
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(label.toHtmlEscaped(), text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    return html;
}

void ComparisonView::refresh()
{
    // Comparing reads every set of the article: a hidden view waits to be shown (showEvent). In
    // teaching mode the article's colours come from here, so it is always current.
    if (!isVisible() && m_mode != Mode::Teaching) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    m_text.clear();
    m_items.clear();
    m_teaching = {};
    m_revealed = false;
    if (m_store && m_store->isOpen() && m_documentId) {
        if (const std::optional<Document> doc = m_store->document(m_documentId))
            m_text = doc->text;
    }
    m_offsets = TextOffsets(m_text);
    if (m_mode == Mode::Teaching)
        fillTeaching();
    else
        fillCuration();
    m_header->setText(m_summary);
    // Columns fit their contents, within reason: every set's reading should show in a dock.
    const int widest = fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, std::min(m_list->columnWidth(column), widest));
    }
    selectRow(std::min(row, m_model->rowCount() - 1));
    showGuideline();
    emit comparisonChanged();
}

void ComparisonView::fillCuration()
{
    QStringList headers;
    QList<ComparisonRow> rows;
    if (!m_store || !m_store->isOpen() || !m_documentId || !m_editor) {
        m_summary.clear();
        m_model->setRows({}, {});
        return;
    }
    const Curator curator(m_editor, compared());
    const QList<qint64> owners = curator.setsOn(m_documentId);
    QHash<qint64, QString> names;
    QStringList ordered;
    for (qint64 owner : owners) {
        const std::optional<Annotator> a = m_store->annotator(owner);
        names.insert(owner, a ? a->displayName() : QString::number(owner));
        ordered.append(names.value(owner));
        headers.append(u"%1 %2"_s.arg(headers.size() + 1).arg(names.value(owner)));
    }
    if (m_mode == Mode::Curation)
        headers.append(tr("Curated"));
    m_items = curator.items(m_documentId);
    int open = 0;
    for (const CurationItem &item : std::as_const(m_items)) {
        const SetDifference &d = item.difference;
        ComparisonRow row;
        row.layer = d.layer;
        row.labels = d.labels();
        row.start = d.start;
        row.end = d.end;
        row.place = excerpt(d.start, d.end);
        row.kind = d.kind == SetDifference::Link ? tr("%1 link").arg(d.relation) : AnnotationListModel::layerDisplayName(d.layer);
        for (const SetDifference::Reading &r : d.readings) {
            QStringList parts;
            if (d.kind == SetDifference::Link) {
                parts.append(r.spans.size() > 1 ? u"→ “%1”"_s.arg(excerpt(r.spans.at(1).start, r.spans.at(1).end)) : tr("no link"));
            } else {
                for (const Annotation &a : r.spans)
                    parts.append(u"%1 “%2”"_s.arg(a.label, excerpt(a.start, a.end)));
            }
            row.readings.append(parts.isEmpty() ? tr("nothing") : parts.join(u"; "_s));
        }
        row.settled = item.settled;
        if (m_mode == Mode::Curation) {
            row.readings.append(!item.settled ? tr("open")
                                : item.takenFrom ? tr("%1's").arg(names.value(item.takenFrom))
                                                 : tr("settled"));
        }
        open += item.settled ? 0 : 1;
        row.guideline = guidelines(row.labels);
        rows.append(row);
    }
    m_model->setRows(headers, rows);
    if (owners.size() < 2)
        m_summary = m_annotators.isEmpty() ? tr("Only one annotator annotated this article: nothing to compare.")
                                           : tr("Fewer than two of the chosen annotators annotated this article.");
    else if (m_mode == Mode::Curation)
        m_summary = open ? tr("Differences to settle: %1. Keys: 1-%2 take an annotator's reading, 0 none of them, E your own edit, "
                              "N the next open one.").arg(open).arg(owners.size())
                         : tr("Curated: no difference left.");
    else
        m_summary = tr("Differences between %1: %2.").arg(ordered.join(u", "_s)).arg(m_items.size());
}

void ComparisonView::fillTeaching()
{
    QList<ComparisonRow> rows;
    const QStringList headers{tr("Reference"), tr("Yours")};
    if (!m_store || !m_store->isOpen() || !m_documentId || !m_studentId || !m_referenceId) {
        m_summary = tr("Teaching mode: no reference set in this project.");
        m_model->setRows(headers, {});
        return;
    }
    m_revealed = referenceRevealed(*m_store, m_documentId, m_studentId);
    if (!m_revealed) {
        m_summary = tr("Mark the article done (Ctrl+3) to compare your reading with the reference.");
        m_model->setRows(headers, {});
        return;
    }
    const LabelSchema schema = m_store->schema();
    m_teaching = compareWithReference(m_store->annotations(m_documentId), m_store->relations(m_documentId), m_studentId, m_referenceId, schema);
    for (const TeachingItem &item : std::as_const(m_teaching.items)) {
        if (!item.isDifference())
            continue;
        ComparisonRow row;
        row.kind = TeachingItem::kindDisplayName(item.kind);
        row.color = teachingColor(item.kind);
        row.layer = item.layer;
        row.start = item.start;
        row.end = item.end;
        row.place = excerpt(item.start, item.end);
        auto describe = [&](const std::optional<Annotation> &a, const std::optional<Annotation> &speaker) {
            if (item.kind == TeachingItem::WrongSpeaker)
                return speaker ? u"SPEAKER → “%1”"_s.arg(excerpt(speaker->start, speaker->end)) : tr("no speaker");
            return a ? u"%1 “%2”"_s.arg(a->label, excerpt(a->start, a->end)) : tr("nothing");
        };
        row.readings = {describe(item.reference, item.referenceSpeaker), describe(item.student, item.studentSpeaker)};
        row.labels = {item.label};
        if (item.student && item.student->label != item.label)
            row.labels.append(item.student->label);
        if (item.kind == TeachingItem::WrongSpeaker)
            row.labels.prepend(u"SPEAKER"_s);
        row.guideline = guidelines(row.labels);
        rows.append(row);
    }
    m_model->setRows(headers, rows);
    QStringList scores;
    for (auto it = m_teaching.layers.constBegin(); it != m_teaching.layers.constEnd(); ++it) {
        const double f1 = it.value().f1(true);
        scores.append(tr("%1 %2").arg(it.key(), std::isnan(f1) ? u"—"_s : QString::number(f1, 'f', 2)));
    }
    if (m_teaching.speakers)
        scores.append(tr("speakers %1 of %2").arg(m_teaching.speakersRight).arg(m_teaching.speakers));
    m_summary = tr("Score (F1 against the reference): %1. Matched: %2, missed: %3, extra: %4.")
                    .arg(scores.join(u" · "_s))
                    .arg(m_teaching.count(TeachingItem::Match))
                    .arg(m_teaching.count(TeachingItem::Miss))
                    .arg(m_teaching.count(TeachingItem::Extra));
}

void ComparisonView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void ComparisonView::showGuideline()
{
    const QModelIndex current = m_list->currentIndex();
    m_guideline->setHtml(current.isValid() ? current.data(ComparisonModel::GuidelineRole).toString() : QString());
}

QList<qint64> ComparisonView::compared() const
{
    if (!m_annotators.isEmpty() || !m_store || !m_store->isOpen())
        return m_annotators;
    // Every set on the article but the curated one.
    QList<qint64> owners;
    for (const AnnotationSetSummary &set : m_store->annotationSets(m_documentId)) {
        const std::optional<Annotator> a = m_store->annotator(set.ownerId);
        if (a && a->kind != AnnotatorKind::Curation)
            owners.append(set.ownerId);
    }
    return owners;
}

bool ComparisonView::takeCurrent(int annotatorNumber)
{
    const int row = m_list->currentIndex().row();
    if (m_mode != Mode::Curation || !m_editor || row < 0 || row >= m_items.size())
        return false;
    const SetDifference &d = m_items.at(row).difference;
    if (annotatorNumber < 0 || annotatorNumber > d.readings.size())
        return false;
    Curator curator(m_editor, compared());
    const qint64 owner = annotatorNumber ? d.readings.at(annotatorNumber - 1).ownerId : 0;
    const SetDifference copy = d; // the store's announcement refreshes m_items
    return curator.take(m_documentId, copy, owner);
}

bool ComparisonView::keepCurrent()
{
    const int row = m_list->currentIndex().row();
    if (m_mode != Mode::Curation || !m_editor || row < 0 || row >= m_items.size())
        return false;
    Curator curator(m_editor, compared());
    const SetDifference copy = m_items.at(row).difference;
    return curator.keepCurated(m_documentId, copy);
}

bool ComparisonView::nextOpen()
{
    const int rows = m_model->rowCount();
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (current + step) % rows;
        if (!m_model->index(row, 0).data(ComparisonModel::SettledRole).toBool()) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

bool ComparisonView::firstOpen()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(ComparisonModel::SettledRole).toBool()) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int k = key->key();
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        if (m_mode == Mode::Curation && k >= Qt::Key_0 && k <= Qt::Key_9) {
            if (takeCurrent(k - Qt::Key_0))
                nextOpen();
            return true;
        }
        if (m_mode == Mode::Curation && k == Qt::Key_E) {
            if (keepCurrent())
                nextOpen();
            return true;
        }
        if (k == Qt::Key_N) {
            nextOpen();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copydesk
