#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

struct LabelDefinition
{
    QString layer;       // entities, sourcing, furniture (or a layer of the user's)
    QString name;        // PERSON, QUOTE, ...
    QString color;       // #RRGGBB
    QString key;         // one key, pressed on a selection
    QString description; // one line: what the label marks
    QJsonObject attributes; // attribute name -> array of allowed values
    QString guideline = {}; // for annotators: what counts, what does not, an example from the news
    bool operator==(const LabelDefinition &other) const = default;
};

struct RelationDefinition
{
    QString name;
    QStringList headLabels;
    QStringList childLabels;
    QString description;
    QString guideline = {};
    bool operator==(const RelationDefinition &other) const = default;
};

// The labels and relations of a project.
class LabelSchema final
{
public:
    static LabelSchema defaultSchema();              // from resources/default-schema.json
    static LabelSchema fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    const QList<LabelDefinition> &labels() const { return m_labels; }
    const QList<RelationDefinition> &relations() const { return m_relations; }
    QStringList layers() const;                      // in order of first appearance
    QList<LabelDefinition> labelsOfLayer(const QString &layer) const;

    const LabelDefinition *label(QStringView name) const;
    const RelationDefinition *relation(QStringView name) const;
    bool hasLabel(QStringView name) const { return label(name) != nullptr; }
    QString layerOf(QStringView label) const;

    void addLabel(const LabelDefinition &label);
    void addRelation(const RelationDefinition &relation);
    bool removeLabel(const QString &name);
    bool updateLabel(const QString &oldName, const LabelDefinition &label);

    bool operator==(const LabelSchema &other) const = default;

private:
    QList<LabelDefinition> m_labels;
    QList<RelationDefinition> m_relations;
};

} // namespace Copydesk
