#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

// Precision, recall and F1 of some suggestions against people's decisions.
struct Score
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const { return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0; }
    double recall() const { return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    Score &operator+=(const Score &other)
    {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        return *this;
    }
};

// Whether a learned model may suggest, label by label: the model was measured on decided
// documents held out of its training, against what the project suggests without it (the
// baseline), and it is on only for the labels where the project's suggestions with it score a
// higher F1 than without. A model never measured (an older project) is on for every label.
class ModelGate final
{
public:
    struct Label
    {
        QString label;
        Score model;       // the model alone
        Score baseline;    // the project's suggestions without the model (combined)
        Score combined;    // the project's suggestions with the model (combined)
        bool enabled = false;
    };

    bool isMeasured() const { return m_measured; }
    bool isEnabled(const QString &label) const;
    QStringList enabledLabels() const;
    const QList<Label> &labels() const { return m_labels; }
    int heldOutDocuments() const { return m_heldOut; }

    // Decides each label from its scores (on when `combined` beats `baseline` by F1 and the
    // held-out documents hold the label at least once).
    static ModelGate decide(QList<Label> labels, int heldOutDocuments);

    Score modelTotal() const;
    Score baselineTotal() const;
    Score combinedTotal() const;
    // One line for people: "tagger not used yet: 0.41 F1 on held-out decisions, rules 0.63" or
    // "tagger used for PERSON, ORG: 0.88 F1 on held-out decisions (without it 0.79)".
    QString summary(const QString &modelTitle) const;

    QString toJson() const;
    static ModelGate fromJson(const QString &json);

    // Kept in the project's models table beside the model (so `train --models-from` copies it).
    static QString storageName(const QString &modelName) { return QStringLiteral("gate:") + modelName; }
    // The model an engine is made from ("copydesk-tagger" -> "entity-tagger"); empty for rules.
    static QString modelOfEngine(const QString &engineName);

private:
    bool m_measured = false;
    int m_heldOut = 0;
    QList<Label> m_labels;
};

} // namespace Copydesk
