#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "annotationeditor.h"
#include "projectstore.h"
#include "schemaeditordialog.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

class TestSchemaEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsLabelsByLayer();
    void addLabel();
    void renameFollowsAnnotations();
    void renameRefusesTakenNames();
    void rekeyConflictRefused();
    void recolourAndDescribe();
    void deleteRefusedWhileInUse();
    void attributesText_data();
    void attributesText();

private:
    template<typename T> T *child(const QString &name) const { return m_dialog->findChild<T *>(name); }
    void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<SchemaEditorDialog> m_dialog;
    qint64 m_doc = 0;
    QList<qint64> m_people;
};

void TestSchemaEditor::typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestSchemaEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"s.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    Document doc;
    doc.externalId = u"council"_s;
    doc.text = u"Councillor Ana Silva and Rui Costa met the mayor."_s;
    QVERIFY(m_store->addDocument(doc, {}, {}, u"test"_s));
    m_doc = doc.id;
    m_editor = std::make_unique<AnnotationEditor>(m_store.get());
    m_editor->setPersonName(u"Ada"_s);
    m_people = {m_editor->createAnnotation(m_doc, u"PERSON"_s, 11, 20).value_or(0),
                m_editor->createAnnotation(m_doc, u"PERSON"_s, 25, 33).value_or(0)};
    QVERIFY(!m_people.contains(0));
    m_dialog = std::make_unique<SchemaEditorDialog>(m_store.get(), m_editor->personId());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSchemaEditor::cleanup()
{
    m_dialog.reset();
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSchemaEditor::listsLabelsByLayer()
{
    auto *tree = child<QTreeWidget>(u"labelTree"_s);
    QVERIFY(tree);
    const LabelSchema schema = m_store->schema();
    QCOMPARE(tree->topLevelItemCount(), schema.layers().size());
    QTreeWidgetItem *entities = tree->topLevelItem(0);
    QCOMPARE(entities->childCount(), schema.labelsOfLayer(u"entities"_s).size());
    QTreeWidgetItem *person = entities->child(0);
    QCOMPARE(person->text(0), u"PERSON"_s);
    QCOMPARE(person->text(1), u"P"_s);
    QCOMPARE(person->text(2), u"2"_s);
    QVERIFY(!person->icon(0).isNull());
    QCOMPARE(m_dialog->currentLabel(), u"PERSON"_s);
    QVERIFY(child<QLabel>(u"intro"_s)->text().contains(u"not part of Undo"_s));
}

void TestSchemaEditor::addLabel()
{
    m_dialog->selectLabel(u"QUOTE"_s);
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    const QString added = m_dialog->currentLabel();
    QVERIFY(added.startsWith(u"LABEL"_s));
    const LabelSchema schema = m_store->schema(); // label() points into it: keep it alive
    const LabelDefinition *def = schema.label(added);
    QVERIFY(def);
    QCOMPARE(def->layer, u"sourcing"_s);
    QVERIFY(QColor::fromString(def->color).isValid());
    // The new label comes after its layer's others, before the next layer.
    const QList<LabelDefinition> sourcing = m_store->schema().labelsOfLayer(u"sourcing"_s);
    QCOMPARE(sourcing.constLast().name, added);
    QCOMPARE(m_store->schema().layers(), QStringList({u"entities"_s, u"sourcing"_s, u"furniture"_s}));

    // Name it, give it a key and a guideline.
    typeInto(child<QLineEdit>(u"nameEdit"_s), u"CLAIM"_s);
    QVERIFY(m_store->schema().hasLabel(u"CLAIM"));
    QVERIFY(!m_store->schema().hasLabel(added));
    QCOMPARE(m_dialog->currentLabel(), u"CLAIM"_s);
    typeInto(child<QLineEdit>(u"keyEdit"_s), u"k"_s);
    QCOMPARE(m_store->schema().label(u"CLAIM")->key, u"K"_s);

    // A label in a layer of the user's own.
    const QString other = m_dialog->addLabel(u"topics"_s);
    QCOMPARE(m_store->schema().layerOf(other), u"topics"_s);
    QCOMPARE(child<QTreeWidget>(u"labelTree"_s)->topLevelItemCount(), 4);
}

void TestSchemaEditor::renameFollowsAnnotations()
{
    m_dialog->selectLabel(u"PERSON"_s);
    typeInto(child<QLineEdit>(u"nameEdit"_s), u"PER"_s);
    QVERIFY(m_store->schema().hasLabel(u"PER"));
    QVERIFY(!m_store->schema().hasLabel(u"PERSON"));
    for (qint64 id : m_people)
        QCOMPARE(m_store->annotation(id)->label, u"PER"_s);
    QCOMPARE(m_dialog->currentLabel(), u"PER"_s);
    QCOMPARE(m_store->schema().label(u"PER")->key, u"P"_s);
    QVERIFY(m_dialog->message().contains(u"2"_s));

    // Relation definitions follow a rename too.
    m_dialog->selectLabel(u"SOURCE"_s);
    QVERIFY(m_dialog->renameCurrentLabel(u"SPEAKER_SOURCE"_s));
    QCOMPARE(m_store->schema().relation(u"SPEAKER")->childLabels, QStringList{u"SPEAKER_SOURCE"_s});
}

void TestSchemaEditor::renameRefusesTakenNames()
{
    m_dialog->selectLabel(u"PERSON"_s);
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    typeInto(name, u"ORG"_s);
    QVERIFY(m_store->schema().hasLabel(u"PERSON"));
    QCOMPARE(m_store->annotation(m_people.at(0))->label, u"PERSON"_s);
    QCOMPARE(name->text(), u"PERSON"_s);
    QVERIFY(m_dialog->message().contains(u"ORG"_s));
    QVERIFY(!m_dialog->renameCurrentLabel(u"TWO WORDS"_s));
}

void TestSchemaEditor::rekeyConflictRefused()
{
    m_dialog->selectLabel(u"PERSON"_s);
    auto *key = child<QLineEdit>(u"keyEdit"_s);
    typeInto(key, u"o"_s); // ORG's key, in lower case
    QCOMPARE(m_store->schema().label(u"PERSON")->key, u"P"_s);
    QCOMPARE(key->text(), u"P"_s);
    QVERIFY(m_dialog->message().contains(u"ORG"_s));
    // A free key is taken.
    typeInto(key, u"Y"_s);
    QCOMPARE(m_store->schema().label(u"PERSON")->key, u"Y"_s);
    QVERIFY(m_dialog->message().isEmpty());
    // No key at all is allowed.
    QVERIFY(m_dialog->setCurrentKey(QString()));
    QCOMPARE(m_store->schema().label(u"PERSON")->key, QString());
}

void TestSchemaEditor::recolourAndDescribe()
{
    m_dialog->selectLabel(u"ORG"_s);
    QVERIFY(m_dialog->setCurrentColor(QColor(0x12, 0x34, 0x56)));
    QCOMPARE(m_store->schema().label(u"ORG")->color, u"#123456"_s);
    QCOMPARE(child<QPushButton>(u"colorButton"_s)->text(), u"#123456"_s);

    auto *description = child<QPlainTextEdit>(u"descriptionEdit"_s);
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, u"Companies and agencies."_s);
    child<QLineEdit>(u"nameEdit"_s)->setFocus(); // leaving the field saves it
    QCOMPARE(m_store->schema().label(u"ORG")->description, u"Companies and agencies."_s);

    QVERIFY(m_dialog->setCurrentLayer(u"furniture"_s));
    QCOMPARE(m_store->schema().layerOf(u"ORG"), u"furniture"_s);
}

void TestSchemaEditor::deleteRefusedWhileInUse()
{
    m_dialog->selectLabel(u"PERSON"_s);
    QTest::mouseClick(child<QPushButton>(u"deleteButton"_s), Qt::LeftButton);
    QVERIFY(m_store->schema().hasLabel(u"PERSON"));
    QVERIFY(m_dialog->message().contains(u"PERSON is used by 2 annotation"_s));

    // Unused: deleted, and relation definitions drop it.
    m_dialog->selectLabel(u"CUE"_s);
    QVERIFY(m_dialog->deleteCurrentLabel());
    QVERIFY(!m_store->schema().hasLabel(u"CUE"));
    QVERIFY(!m_store->schema().relation(u"CUE")); // its only child label is gone
    QVERIFY(m_store->schema().relation(u"SPEAKER"));
    QVERIFY(!m_dialog->currentLabel().isEmpty());
}

void TestSchemaEditor::attributesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one") << u"form: direct, indirect"_s << u"form: direct, indirect"_s;
    QTest::newRow("two, untidy") << u" kind:named ,anonymous;form: direct ;"_s << u"form: direct; kind: named, anonymous"_s;
    QTest::newRow("no colon") << u"nonsense"_s << QString();
}

void TestSchemaEditor::attributesText()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QCOMPARE(SchemaEditorDialog::attributesToText(SchemaEditorDialog::attributesFromText(text)), normalised);
}

QTEST_MAIN(TestSchemaEditor)
#include "tst_schemaeditor.moc"
