// The learned attribution engine: the attribution model over the rule engine's findings.
#include <QCryptographicHash>

#include "attributionmodel.h"
#include "builtinengines.h"
#include "engine.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

class AttributionEngine final : public Engine
{
public:
    AttributionEngine(AttributionModel model, QString version)
        : m_model(std::move(model)), m_version(std::move(version)), m_rules(createSourcingEngine())
    {
    }

    QString name() const override { return u"copydesk-attribution"_s; }
    QString version() const override { return m_version; }
    QStringList layers() const override { return {u"sourcing"_s}; }

    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        const QList<SuggestedSpan> furniture = attributionFurniture(document.existing);
        const EngineResult rules = m_model.usesRules() ? runAttributionRules(*m_rules, document.text, furniture) : EngineResult();
        return m_model.annotate(document.text, furniture, rules);
    }

private:
    AttributionModel m_model;
    QString m_version;
    std::unique_ptr<Engine> m_rules; // copydesk-sourcing, whose findings are features
};

} // namespace

std::unique_ptr<Engine> createAttributionEngine(const QByteArray &model)
{
    std::optional<AttributionModel> attribution = AttributionModel::deserialize(model);
    if (!attribution)
        return nullptr;
    // Each trained model is its own annotator version.
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(model, QCryptographicHash::Sha1).toHex().left(8));
    const QDateTime trainedAt = attribution->trainedAt();
    const QString version = trainedAt.isValid() ? u"1.0.0+%1.%2"_s.arg(trainedAt.toString(u"yyyyMMdd"_s), hash)
                                                : u"1.0.0+"_s + hash;
    return std::make_unique<AttributionEngine>(std::move(*attribution), version);
}

QString attributionModelName() { return u"attribution"_s; }

} // namespace Copydesk
