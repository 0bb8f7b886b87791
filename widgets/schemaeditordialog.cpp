#include "schemaeditordialog.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "annotationlistmodel.h"
#include "labelcolors.h"
#include "annotationeditor.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr int NameRole = Qt::UserRole + 1;

} // namespace

QString SchemaEditorDialog::attributesToText(const QJsonObject &attributes)
{
    QStringList parts;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        QStringList values;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &v : array)
            values.append(v.toString());
        parts.append(it.key() + u": "_s + values.join(u", "_s));
    }
    return parts.join(u"; "_s);
}

QJsonObject SchemaEditorDialog::attributesFromText(const QString &text)
{
    QJsonObject attributes;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        const QString name = part.left(colon).trimmed();
        if (colon < 0 || name.isEmpty())
            continue;
        QJsonArray values;
        const QStringList list = part.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
        for (const QString &value : list) {
            if (!value.trimmed().isEmpty())
                values.append(value.trimmed());
        }
        attributes.insert(name, values);
    }
    return attributes;
}

SchemaEditorDialog::SchemaEditorDialog(AnnotationEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_store(editor ? editor->store() : nullptr)
{
    setWindowTitle(tr("Label Schema"));
    setAccessibleName(tr("Label schema editor"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Changes are saved at once and apply to the whole project; Undo takes them back. "
                                "Renaming a label renames its annotations too."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(u"intro"_s);
    layout->addWidget(intro);

    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);

    body->addLayout(buildLabelList(), 2);
    body->addWidget(buildForm(), 3);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_editor) {
        // The window's Undo is out of reach while the dialog is open: its own buttons and keys.
        QUndoStack *stack = m_editor->undoStack();
        auto addUndoButton = [&](QAction *action, const QList<QKeySequence> &keys, const QString &name) {
            action->setShortcuts(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            button->setObjectName(name);
            buttons->addButton(button, QDialogButtonBox::ActionRole);
        };
        addUndoButton(stack->createUndoAction(this, tr("&Undo")), QKeySequence::keyBindings(QKeySequence::Undo), u"undoButton"_s);
        addUndoButton(stack->createRedoAction(this, tr("&Redo")), QKeySequence::keyBindings(QKeySequence::Redo), u"redoButton"_s);
    }
    layout->addWidget(buttons);

    setTabOrder(m_tree, m_add);
    setTabOrder(m_add, m_delete);
    setTabOrder(m_delete, m_name);
    setTabOrder(m_name, m_layer);
    setTabOrder(m_layer, m_color);
    setTabOrder(m_color, m_key);
    setTabOrder(m_key, m_attributes);
    setTabOrder(m_attributes, m_description);
    setTabOrder(m_description, m_guideline);

    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &SchemaEditorDialog::onStoreChanged);
    if (m_editor)
        connect(m_editor, &AnnotationEditor::editFailed, this, [this](const QString &message) { showMessage(message, true); });
    rebuildTree();
    if (m_store && !m_store->schema().labels().isEmpty())
        selectLabel(m_store->schema().labels().constFirst().name);
    showCurrent();
    resize(640, 440);
}

SchemaEditorDialog::~SchemaEditorDialog()
{
    // The children outlive this class's members (QWidget deletes them later): a line edit losing
    // focus as it goes would call an editingFinished handler on members already destroyed. What
    // was being typed has been committed by done().
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

QLayout *SchemaEditorDialog::buildLabelList()
{
    // Left: the labels by layer.
    auto *left = new QVBoxLayout;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"labelTree"_s);
    m_tree->setAccessibleName(tr("Labels by layer"));
    m_tree->setToolTip(tr("The labels of the project, by layer, with their key and how many annotations use them"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Label"), tr("Key"), tr("Used")});
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(10);
    m_tree->setIconSize(QSize(12, 12));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(220);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString name = item ? item->data(0, NameRole).toString() : QString();
        if (name.isEmpty() || name == m_current)
            return;
        commitPendingEdits();
        m_current = name;
        showCurrent();
    });
    left->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add Label"), this);
    m_add->setObjectName(u"addButton"_s);
    m_add->setAccessibleName(tr("Add label"));
    m_add->setToolTip(tr("Add a label to the current label's layer"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { addLabel(); });
    m_delete = new QPushButton(tr("&Delete Label"), this);
    m_delete->setObjectName(u"deleteButton"_s);
    m_delete->setAccessibleName(tr("Delete label"));
    m_delete->setToolTip(tr("Delete the current label; only a label no annotation uses can be deleted"));
    m_delete->setAutoDefault(false);
    connect(m_delete, &QPushButton::clicked, this, &SchemaEditorDialog::deleteCurrentLabel);
    treeButtons->addWidget(m_add);
    treeButtons->addWidget(m_delete);
    treeButtons->addStretch(1);
    left->addLayout(treeButtons);
    return left;
}

QWidget *SchemaEditorDialog::buildForm()
{
    // Right: the current label.
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Label name"));
    m_name->setToolTip(tr("The label's name; renaming it renames every annotation with it. Press Enter to apply."));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[^\\s]{1,40}"_s), m_name));
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text() != m_current)
            renameCurrentLabel(m_name->text());
    });
    form->addRow(tr("&Name"), m_name);

    m_layer = new QComboBox(m_form);
    m_layer->setObjectName(u"layerCombo"_s);
    m_layer->setEditable(true);
    m_layer->setInsertPolicy(QComboBox::NoInsert);
    m_layer->setAccessibleName(tr("Layer"));
    m_layer->setToolTip(tr("The layer the label belongs to; type a new name to start a layer"));
    connect(m_layer, &QComboBox::activated, this, [this](int index) { setCurrentLayer(m_layer->itemText(index)); });
    connect(m_layer->lineEdit(), &QLineEdit::editingFinished, this, [this] { setCurrentLayer(m_layer->currentText()); });
    form->addRow(tr("La&yer"), m_layer);

    m_color = new QPushButton(m_form);
    m_color->setObjectName(u"colorButton"_s);
    m_color->setAccessibleName(tr("Colour"));
    m_color->setToolTip(tr("Choose the label's colour"));
    m_color->setAutoDefault(false);
    m_color->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_color->setMinimumWidth(fontMetrics().horizontalAdvance(u"#DDDDDD"_s) + 48);
    connect(m_color, &QPushButton::clicked, this, &SchemaEditorDialog::chooseColor);
    form->addRow(tr("&Colour"), m_color);

    m_key = new QLineEdit(m_form);
    m_key->setObjectName(u"keyEdit"_s);
    m_key->setMaxLength(1);
    m_key->setMaximumWidth(fontMetrics().horizontalAdvance(u"MM"_s) + 16);
    m_key->setAccessibleName(tr("Key"));
    m_key->setToolTip(tr("The key that gives a selection this label; each key belongs to one label"));
    m_key->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[\\p{L}\\p{N}]?"_s), m_key));
    connect(m_key, &QLineEdit::editingFinished, this, [this] { setCurrentKey(m_key->text()); });
    form->addRow(tr("&Key"), m_key);

    m_attributes = new QLineEdit(m_form);
    m_attributes->setObjectName(u"attributesEdit"_s);
    m_attributes->setAccessibleName(tr("Attributes"));
    m_attributes->setPlaceholderText(tr("name: value, value; name: value"));
    m_attributes->setToolTip(tr("Attributes an annotation of this label can have, with their values, "
                                "e.g. \"form: direct, indirect\""));
    connect(m_attributes, &QLineEdit::editingFinished, this, [this] { setCurrentAttributes(m_attributes->text()); });
    form->addRow(tr("A&ttributes"), m_attributes);

    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setToolTip(tr("One line: what the label marks"));
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);
    form->addRow(tr("D&escription"), m_description);

    // The guideline annotators read (tooltips, the panel, beside each difference in comparison).
    m_guideline = new QPlainTextEdit(m_form);
    m_guideline->setObjectName(u"guidelineEdit"_s);
    m_guideline->setAccessibleName(tr("Guideline"));
    m_guideline->setToolTip(tr("For annotators: what counts, what does not, an example from the news"));
    m_guideline->setPlaceholderText(tr("Counts: ...\nDoes not count: ...\nExample: ..."));
    m_guideline->setTabChangesFocus(true);
    m_guideline->installEventFilter(this);
    form->addRow(tr("&Guideline"), m_guideline);
    return m_form;
}


QString SchemaEditorDialog::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void SchemaEditorDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, LabelColors::labelColor(u"#CC3311"_s, palette));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void SchemaEditorDialog::onStoreChanged(const ProjectChange &change)
{
    if (change.kind == ProjectChange::SchemaChanged || change.kind == ProjectChange::Reset) {
        rebuildTree();
        showCurrent();
    }
}

void SchemaEditorDialog::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_store)
        return;
    const LabelSchema schema = m_store->schema();
    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem *current = nullptr;
    for (const QString &layer : schema.layers()) {
        auto *layerItem = new QTreeWidgetItem(m_tree, {AnnotationListModel::layerDisplayName(layer)});
        layerItem->setFlags(Qt::ItemIsEnabled);
        layerItem->setFont(0, bold);
        layerItem->setFirstColumnSpanned(true);
        for (const LabelDefinition &def : schema.labelsOfLayer(layer)) {
            const int used = m_store->annotationCountForLabel(def.name);
            auto *item = new QTreeWidgetItem(layerItem, {def.name, def.key, QString::number(used)});
            item->setIcon(0, LabelColors::chipIcon(LabelColors::labelColor(def.color, palette())));
            item->setData(0, NameRole, def.name);
            item->setToolTip(0, def.description);
            item->setTextAlignment(1, Qt::AlignCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(2, tr("%n annotation(s) use this label", nullptr, used));
            if (def.name == m_current)
                current = item;
        }
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
}

void SchemaEditorDialog::selectLabel(const QString &name)
{
    for (int l = 0; l < m_tree->topLevelItemCount(); ++l) {
        QTreeWidgetItem *layer = m_tree->topLevelItem(l);
        for (int i = 0; i < layer->childCount(); ++i) {
            if (layer->child(i)->data(0, NameRole).toString() == name) {
                m_tree->setCurrentItem(layer->child(i));
                return;
            }
        }
    }
}

void SchemaEditorDialog::showCurrent()
{
    const LabelSchema schema = m_store ? m_store->schema() : LabelSchema();
    const LabelDefinition *def = schema.label(m_current);
    m_form->setEnabled(def != nullptr);
    m_delete->setEnabled(def != nullptr);
    if (!def) {
        m_current.clear();
        m_name->clear();
        m_key->clear();
        m_attributes->clear();
        m_description->clear();
        m_guideline->clear();
        m_color->setText(QString());
        m_color->setIcon(QIcon());
        return;
    }
    m_name->setText(def->name);
    {
        const QSignalBlocker blocker(m_layer);
        m_layer->clear();
        m_layer->addItems(schema.layers());
        m_layer->setCurrentText(def->layer);
    }
    const QColor color = QColor::fromString(def->color);
    m_color->setIcon(LabelColors::chipIcon(color.isValid() ? color : QColor(Qt::gray), 16));
    m_color->setText(color.isValid() ? color.name().toUpper() : tr("None"));
    m_key->setText(def->key);
    m_attributes->setText(attributesToText(def->attributes));
    if (m_description->toPlainText() != def->description) {
        m_description->setPlainText(def->description);
        m_description->document()->setModified(false);
    }
    if (m_guideline->toPlainText() != def->guideline) {
        m_guideline->setPlainText(def->guideline);
        m_guideline->document()->setModified(false);
    }
}

bool SchemaEditorDialog::updateCurrent(const QString &text, const std::function<void(LabelDefinition &)> &change)
{
    if (!m_editor)
        return false;
    LabelSchema schema = m_store->schema();
    const LabelDefinition *def = schema.label(m_current);
    if (!def)
        return false;
    LabelDefinition updated = *def;
    change(updated);
    if (updated == *def)
        return false;
    schema.updateLabel(m_current, updated);
    if (!m_editor->setSchema(schema, text.arg(m_current))) {
        showMessage(tr("The schema could not be saved: %1").arg(m_store->lastError()), true);
        return false;
    }
    return true;
}

QString SchemaEditorDialog::addLabel(const QString &requestedLayer)
{
    if (!m_editor)
        return {};
    commitPendingEdits();
    LabelSchema schema = m_store->schema();
    QString layer = requestedLayer;
    if (layer.isEmpty())
        layer = schema.layerOf(m_current);
    if (layer.isEmpty())
        layer = schema.layers().value(0, u"entities"_s);
    QString name = u"LABEL"_s;
    for (int n = 2; schema.hasLabel(name); ++n)
        name = u"LABEL%1"_s.arg(n);
    QList<QColor> used;
    for (const LabelDefinition &def : schema.labels())
        used.append(QColor::fromString(def.color));
    LabelDefinition def;
    def.layer = layer;
    def.name = name;
    def.color = LabelColors::suggestNewColor(used).name().toUpper();
    // Keep the layer's labels together: insert after the layer's last label.
    QList<LabelDefinition> labels = schema.labels();
    qsizetype at = labels.size();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.at(i).layer == layer)
            at = i + 1;
    }
    labels.insert(at, def);
    LabelSchema ordered;
    for (const LabelDefinition &label : std::as_const(labels))
        ordered.addLabel(label);
    for (const RelationDefinition &relation : schema.relations())
        ordered.addRelation(relation);
    if (!m_editor->setSchema(ordered, tr("Add label %1").arg(name))) {
        showMessage(tr("The label could not be added: %1").arg(m_store->lastError()), true);
        return {};
    }
    selectLabel(name);
    showMessage(tr("Added %1 to %2. Give it a name, a key and a guideline.").arg(name, AnnotationListModel::layerDisplayName(layer)), false);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
    return name;
}

bool SchemaEditorDialog::renameCurrentLabel(const QString &requested)
{
    const QString newName = requested.trimmed();
    if (!m_editor || m_current.isEmpty() || newName == m_current)
        return false;
    const LabelSchema schema = m_store->schema();
    if (newName.isEmpty() || newName.contains(QRegularExpression(u"\\s"_s))) {
        showMessage(tr("A label's name cannot be empty or contain spaces."), true);
        m_name->setText(m_current);
        return false;
    }
    if (schema.hasLabel(newName)) {
        showMessage(tr("There is a label named %1 already.").arg(newName), true);
        m_name->setText(m_current);
        return false;
    }
    const QString oldName = m_current;
    const int used = m_store->annotationCountForLabel(oldName);
    // Set first: the store's change signals rebuild the tree around the new name.
    m_current = newName;
    if (!m_editor->renameLabel(oldName, newName)) {
        m_current = oldName;
        showMessage(tr("%1 could not be renamed: %2").arg(oldName, m_store->lastError()), true);
        m_name->setText(oldName);
        return false;
    }
    selectLabel(newName);
    showMessage(tr("Renamed %1 to %2 (%n annotation(s)).", nullptr, used).arg(oldName, newName), false);
    return true;
}

bool SchemaEditorDialog::setCurrentLayer(const QString &requested)
{
    const QString layer = requested.trimmed();
    if (layer.isEmpty()) {
        showCurrent();
        return false;
    }
    return updateCurrent(tr("Layer of %1"), [&](LabelDefinition &def) { def.layer = layer; });
}

bool SchemaEditorDialog::setCurrentColor(const QColor &color)
{
    if (!color.isValid())
        return false;
    return updateCurrent(tr("Colour of %1"), [&](LabelDefinition &def) { def.color = color.name().toUpper(); });
}

QColor SchemaEditorDialog::currentColor() const
{
    // schema() returns a value: keep it while reading from it.
    const LabelSchema schema = m_store ? m_store->schema() : LabelSchema();
    const LabelDefinition *def = schema.label(m_current);
    return def ? QColor::fromString(def->color) : QColor();
}

void SchemaEditorDialog::chooseColor()
{
    if (!m_store || m_current.isEmpty())
        return;
    const QColor color = QColorDialog::getColor(currentColor(), this, tr("Colour of %1").arg(m_current));
    if (color.isValid())
        setCurrentColor(color);
}

bool SchemaEditorDialog::setCurrentKey(const QString &requested)
{
    if (!m_store || m_current.isEmpty())
        return false;
    const QString key = requested.trimmed().toUpper();
    const LabelSchema schema = m_store->schema();
    if (!key.isEmpty()) {
        for (const LabelDefinition &def : schema.labels()) {
            if (def.name != m_current && def.key.compare(key, Qt::CaseInsensitive) == 0) {
                showMessage(tr("The key %1 belongs to %2 already. Give %2 another key first, or choose another one.")
                                .arg(key, def.name),
                            true);
                const LabelDefinition *current = schema.label(m_current);
                m_key->setText(current ? current->key : QString());
                return false;
            }
        }
    }
    const bool changed = updateCurrent(tr("Key of %1"), [&](LabelDefinition &def) { def.key = key; });
    if (changed)
        showMessage({}, false);
    return changed;
}

bool SchemaEditorDialog::setCurrentDescription(const QString &description)
{
    return updateCurrent(tr("Description of %1"), [&](LabelDefinition &def) { def.description = description.trimmed(); });
}

bool SchemaEditorDialog::setCurrentGuideline(const QString &guideline)
{
    return updateCurrent(tr("Guideline of %1"), [&](LabelDefinition &def) { def.guideline = guideline.trimmed(); });
}

bool SchemaEditorDialog::setCurrentAttributes(const QString &text)
{
    const bool changed = updateCurrent(tr("Attributes of %1"), [&](LabelDefinition &def) { def.attributes = attributesFromText(text); });
    if (!changed)
        showCurrent(); // show the text as the schema has it
    return changed;
}

bool SchemaEditorDialog::deleteCurrentLabel()
{
    if (!m_editor || m_current.isEmpty())
        return false;
    const int used = m_store->annotationCountForLabel(m_current);
    if (used > 0) {
        showMessage(tr("%1 is used by %n annotation(s). Relabel or delete them first (filter the annotation panel by "
                       "%1), then delete the label.",
                       nullptr, used)
                        .arg(m_current),
                    true);
        return false;
    }
    LabelSchema schema = m_store->schema();
    const QString name = m_current;
    schema.removeLabel(name);
    // Relation definitions keep their other labels; one left without heads or children goes.
    LabelSchema updated;
    for (const LabelDefinition &def : schema.labels())
        updated.addLabel(def);
    for (RelationDefinition relation : schema.relations()) {
        relation.headLabels.removeAll(name);
        relation.childLabels.removeAll(name);
        if (!relation.headLabels.isEmpty() && !relation.childLabels.isEmpty())
            updated.addRelation(relation);
    }
    m_current.clear();
    if (!m_editor->setSchema(updated, tr("Delete label %1").arg(name))) {
        m_current = name;
        showMessage(tr("%1 could not be deleted: %2").arg(name, m_store->lastError()), true);
        return false;
    }
    if (!updated.labels().isEmpty())
        selectLabel(updated.labels().constFirst().name);
    showMessage(tr("Deleted %1.").arg(name), false);
    return true;
}

void SchemaEditorDialog::commitPendingEdits()
{
    if (m_description->document()->isModified()) {
        m_description->document()->setModified(false);
        setCurrentDescription(m_description->toPlainText());
    }
    if (m_guideline->document()->isModified()) {
        m_guideline->document()->setModified(false);
        setCurrentGuideline(m_guideline->toPlainText());
    }
}

bool SchemaEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_description || watched == m_guideline) && event->type() == QEvent::FocusOut)
        commitPendingEdits();
    return QDialog::eventFilter(watched, event);
}

void SchemaEditorDialog::done(int result)
{
    commitPendingEdits();
    QDialog::done(result);
}

} // namespace Copydesk
