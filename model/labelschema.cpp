#include "labelschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Copydesk {

static QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

LabelSchema LabelSchema::defaultSchema()
{
    QFile file(u":/copydesk/default-schema.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The default label schema is missing from the resources");
    QString error;
    LabelSchema schema = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
    if (!error.isEmpty())
        qFatal("The default label schema is invalid: %s", qPrintable(error));
    return schema;
}

LabelSchema LabelSchema::fromJson(const QJsonObject &object, QString *error)
{
    LabelSchema schema;
    const QJsonArray layers = object.value(u"layers").toArray();
    for (const QJsonValue &layerValue : layers) {
        const QJsonObject layer = layerValue.toObject();
        const QString layerName = layer.value(u"name").toString();
        const QJsonArray labels = layer.value(u"labels").toArray();
        for (const QJsonValue &labelValue : labels) {
            const QJsonObject l = labelValue.toObject();
            LabelDefinition def;
            def.layer = layerName;
            def.name = l.value(u"name").toString();
            def.color = l.value(u"color").toString();
            def.key = l.value(u"key").toString();
            def.description = l.value(u"description").toString();
            def.guideline = l.value(u"guideline").toString();
            def.attributes = l.value(u"attributes").toObject();
            if (def.name.isEmpty()) {
                if (error)
                    *error = QCoreApplication::translate("LabelSchema", "a label in layer %1 has no name").arg(layerName);
                continue;
            }
            schema.m_labels.append(def);
        }
    }
    const QJsonArray relations = object.value(u"relations").toArray();
    for (const QJsonValue &relationValue : relations) {
        const QJsonObject r = relationValue.toObject();
        RelationDefinition def;
        def.name = r.value(u"name").toString();
        def.headLabels = toStringList(r.value(u"head"));
        def.childLabels = toStringList(r.value(u"child"));
        def.description = r.value(u"description").toString();
        def.guideline = r.value(u"guideline").toString();
        schema.m_relations.append(def);
    }
    return schema;
}

QJsonObject LabelSchema::toJson() const
{
    QJsonArray layers;
    for (const QString &layer : this->layers()) {
        QJsonArray labels;
        for (const LabelDefinition &def : m_labels) {
            if (def.layer != layer)
                continue;
            QJsonObject l{{u"name"_s, def.name}, {u"color"_s, def.color}, {u"key"_s, def.key},
                          {u"description"_s, def.description}};
            if (!def.guideline.isEmpty())
                l.insert(u"guideline"_s, def.guideline);
            if (!def.attributes.isEmpty())
                l.insert(u"attributes"_s, def.attributes);
            labels.append(l);
        }
        layers.append(QJsonObject{{u"name"_s, layer}, {u"labels"_s, labels}});
    }
    QJsonArray relations;
    for (const RelationDefinition &def : m_relations) {
        QJsonObject r{{u"name"_s, def.name},
                      {u"head"_s, QJsonArray::fromStringList(def.headLabels)},
                      {u"child"_s, QJsonArray::fromStringList(def.childLabels)},
                      {u"description"_s, def.description}};
        if (!def.guideline.isEmpty())
            r.insert(u"guideline"_s, def.guideline);
        relations.append(r);
    }
    return QJsonObject{{u"layers"_s, layers}, {u"relations"_s, relations}};
}

QStringList LabelSchema::layers() const
{
    QStringList result;
    for (const LabelDefinition &def : m_labels) {
        if (!result.contains(def.layer))
            result.append(def.layer);
    }
    return result;
}

QList<LabelDefinition> LabelSchema::labelsOfLayer(const QString &layer) const
{
    QList<LabelDefinition> result;
    for (const LabelDefinition &def : m_labels) {
        if (def.layer == layer)
            result.append(def);
    }
    return result;
}

const LabelDefinition *LabelSchema::label(QStringView name) const
{
    for (const LabelDefinition &def : m_labels) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

const RelationDefinition *LabelSchema::relation(QStringView name) const
{
    for (const RelationDefinition &def : m_relations) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

QString LabelSchema::layerOf(QStringView name) const
{
    const LabelDefinition *def = label(name);
    return def ? def->layer : QString();
}

void LabelSchema::addLabel(const LabelDefinition &label)
{
    if (!hasLabel(label.name))
        m_labels.append(label);
}

void LabelSchema::addRelation(const RelationDefinition &relation)
{
    if (!this->relation(relation.name))
        m_relations.append(relation);
}

bool LabelSchema::removeLabel(const QString &name)
{
    return m_labels.removeIf([&](const LabelDefinition &def) { return def.name == name; }) > 0;
}

bool LabelSchema::updateLabel(const QString &oldName, const LabelDefinition &label)
{
    for (LabelDefinition &def : m_labels) {
        if (def.name == oldName) {
            def = label;
            return true;
        }
    }
    return false;
}

} // namespace Copydesk
