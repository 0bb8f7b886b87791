#include "modelgate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "engines/builtinengines.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QJsonArray scoreToJson(const Score &s)
{
    return {s.truePositives, s.falsePositives, s.falseNegatives};
}

Score scoreFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    Score s;
    if (a.size() == 3) {
        s.truePositives = std::max(0, a.at(0).toInt());
        s.falsePositives = std::max(0, a.at(1).toInt());
        s.falseNegatives = std::max(0, a.at(2).toInt());
    }
    return s;
}

} // namespace

bool ModelGate::isEnabled(const QString &label) const
{
    if (!m_measured)
        return true;
    for (const Label &l : m_labels) {
        if (l.label == label)
            return l.enabled;
    }
    return false;
}

QStringList ModelGate::enabledLabels() const
{
    QStringList result;
    for (const Label &l : m_labels) {
        if (l.enabled)
            result.append(l.label);
    }
    return result;
}

ModelGate ModelGate::decide(QList<Label> labels, int heldOutDocuments)
{
    ModelGate gate;
    gate.m_measured = true;
    gate.m_heldOut = heldOutDocuments;
    for (Label &l : labels) {
        const int support = l.combined.truePositives + l.combined.falseNegatives;
        l.enabled = support > 0 && l.combined.f1() > l.baseline.f1();
    }
    gate.m_labels = std::move(labels);
    return gate;
}

Score ModelGate::modelTotal() const
{
    Score total;
    for (const Label &l : m_labels)
        total += l.model;
    return total;
}

Score ModelGate::baselineTotal() const
{
    Score total;
    for (const Label &l : m_labels)
        total += l.baseline;
    return total;
}

Score ModelGate::combinedTotal() const
{
    Score total;
    for (const Label &l : m_labels)
        total += l.combined;
    return total;
}

QString ModelGate::summary(const QString &modelTitle) const
{
    if (!m_measured)
        return QCoreApplication::translate("ModelGate", "%1 not measured yet").arg(modelTitle);
    const QStringList enabled = enabledLabels();
    if (m_heldOut == 0)
        return QCoreApplication::translate("ModelGate", "%1 not used yet: too few finished documents to measure it (it needs two)").arg(modelTitle);
    if (enabled.isEmpty()) {
        return QCoreApplication::translate("ModelGate", "%1 not used yet: %2 F1 on held-out decisions, without it %3")
            .arg(modelTitle)
            .arg(modelTotal().f1(), 0, 'f', 2)
            .arg(baselineTotal().f1(), 0, 'f', 2);
    }
    return QCoreApplication::translate("ModelGate", "%1 used for %2: %3 F1 on held-out decisions (without it %4)")
        .arg(modelTitle, enabled.join(u", "))
        .arg(combinedTotal().f1(), 0, 'f', 2)
        .arg(baselineTotal().f1(), 0, 'f', 2);
}

QString ModelGate::toJson() const
{
    if (!m_measured)
        return {};
    QJsonArray labels;
    for (const Label &l : m_labels) {
        labels.append(QJsonObject{{u"label"_s, l.label}, {u"model"_s, scoreToJson(l.model)}, {u"baseline"_s, scoreToJson(l.baseline)},
                                  {u"combined"_s, scoreToJson(l.combined)}, {u"enabled"_s, l.enabled}});
    }
    const QJsonObject object{{u"version"_s, 1}, {u"heldOut"_s, m_heldOut}, {u"labels"_s, labels}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ModelGate ModelGate::fromJson(const QString &json)
{
    ModelGate gate;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.value(u"version").toInt() != 1)
        return gate;
    gate.m_measured = true;
    gate.m_heldOut = object.value(u"heldOut").toInt();
    const QJsonArray labels = object.value(u"labels").toArray();
    for (const QJsonValue &value : labels) {
        const QJsonObject o = value.toObject();
        Label l;
        l.label = o.value(u"label").toString();
        l.model = scoreFromJson(o.value(u"model"));
        l.baseline = scoreFromJson(o.value(u"baseline"));
        l.combined = scoreFromJson(o.value(u"combined"));
        l.enabled = o.value(u"enabled").toBool();
        if (!l.label.isEmpty())
            gate.m_labels.append(l);
    }
    return gate;
}

QString ModelGate::modelOfEngine(const QString &engineName)
{
    if (engineName == u"copydesk-tagger")
        return learnedEntityModelName();
    if (engineName == u"copydesk-string-match")
        return stringMatchModelName();
    if (engineName == u"copydesk-attribution")
        return u"attribution"_s;
    return {};
}

} // namespace Copydesk
