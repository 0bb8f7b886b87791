#pragma once

#include <functional>

#include <QDialog>
#include <QPointer>
#include <QString>

#include "labelschema.h"
#include "projectchange.h"

class QAction;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Copydesk {

class AnnotationEditor;
class ProjectStore;

// Edits the project's label schema: labels grouped by layer with colour, key, guideline text
// and attributes. Every change is saved at once and undoable, through the AnnotationEditor
// (setSchema(), and renameLabel() so the annotations follow); the dialog has Undo and Redo of
// its own, since the window's are out of reach while it is open.
//
// A label that annotations use cannot be deleted: the dialog says how many use it and asks
// to relabel or delete them first. Deleting them from here would bypass the undoable edit
// API (and could not be undone), while keeping them with a label the schema no longer knows
// would leave the project half-consistent.
class SchemaEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaEditorDialog)

public:
    explicit SchemaEditorDialog(AnnotationEditor *editor, QWidget *parent = nullptr);
    ~SchemaEditorDialog() override;

    QString currentLabel() const { return m_current; }
    QColor currentColor() const;
    // The last message the dialog showed (a refusal or a confirmation); empty when none.
    QString message() const;

    // "form: direct, indirect; kind: named" <-> {"form": ["direct", "indirect"], "kind": ["named"]}
    static QString attributesToText(const QJsonObject &attributes);
    static QJsonObject attributesFromText(const QString &text);

public slots:
    void selectLabel(const QString &name);
    // Adds a label to the layer (the current label's layer when empty) with a free name and
    // colour, and makes it current. Returns its name, empty on failure.
    QString addLabel(const QString &layer = {});
    // Each of these changes the current label and returns whether it did; a refusal is shown.
    bool renameCurrentLabel(const QString &newName);
    bool setCurrentLayer(const QString &layer);
    bool setCurrentColor(const QColor &color);
    bool setCurrentKey(const QString &key);
    bool setCurrentDescription(const QString &description);
    bool setCurrentGuideline(const QString &guideline);
    bool setCurrentAttributes(const QString &text);
    bool deleteCurrentLabel();
    // Asks for a colour with QColorDialog.
    void chooseColor();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    QLayout *buildLabelList();
    QWidget *buildForm();
    void rebuildTree();
    void showCurrent();
    void showMessage(const QString &text, bool isError);
    // text names the undo step; %1 is the label.
    bool updateCurrent(const QString &text, const std::function<void(LabelDefinition &)> &change);
    void onStoreChanged(const Copydesk::ProjectChange &change);
    void commitPendingEdits();

    QPointer<AnnotationEditor> m_editor;
    QPointer<ProjectStore> m_store;
    QString m_current;

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_layer = nullptr;
    QPushButton *m_color = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_attributes = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_guideline = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Copydesk
