#include "engineregistry.h"

#include "builtinengines.h"
#include "engine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Copydesk {

static bool wanted(const Engine &engine, const EngineSelection &selection)
{
    if (!selection.engines.isEmpty() && !selection.engines.contains(engine.name()))
        return false;
    if (selection.layers.isEmpty())
        return true;
    const QStringList layers = engine.layers();
    for (const QString &layer : layers) {
        if (selection.layers.contains(layer))
            return true;
    }
    return false;
}

static std::vector<std::unique_ptr<Engine>> allEngines(const EngineSelection &selection)
{
    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createFurnitureEngine());
    engines.push_back(createSourcingEngine());
    engines.push_back(createEntityEngine());
    for (const auto &[name, blob] : selection.models) {
        if (name == learnedEntityModelName())
            engines.push_back(createLearnedEntityEngine(blob));
        else if (name == stringMatchModelName())
            engines.push_back(createStringMatchEngine(blob));
        else if (name == attributionModelName())
            engines.push_back(createAttributionEngine(blob));
    }
    return engines;
}

std::vector<std::unique_ptr<Engine>> createEngines(const EngineSelection &selection, QString *error)
{
    std::vector<std::unique_ptr<Engine>> engines;
    QStringList known;
    for (auto &engine : allEngines(selection)) {
        if (!engine)
            continue;
        known.append(engine->name());
        if (wanted(*engine, selection))
            engines.push_back(std::move(engine));
    }
    if (error) {
        error->clear();
        for (const QString &name : selection.engines) {
            if (!known.contains(name) && !availableEngineNames().contains(name)) {
                *error = QCoreApplication::translate("Engines", "unknown engine \"%1\" (known: %2)")
                             .arg(name, availableEngineNames().join(u", "));
            }
        }
        const QStringList layers{u"furniture"_s, u"sourcing"_s, u"entities"_s};
        for (const QString &layer : selection.layers) {
            if (!layers.contains(layer))
                *error = QCoreApplication::translate("Engines", "unknown layer \"%1\" (known: %2)")
                             .arg(layer, layers.join(u", "));
        }
    }
    return engines;
}

QStringList availableEngineNames()
{
    return {u"copydesk-furniture"_s, u"copydesk-sourcing"_s, u"copydesk-entities"_s,
            u"copydesk-tagger"_s, u"copydesk-string-match"_s, u"copydesk-attribution"_s};
}

} // namespace Copydesk
