#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Copydesk {

class Engine;

struct EngineSelection
{
    QStringList layers;   // empty = all layers
    QStringList engines;  // engine names; empty = all that apply to the layers
    // Learned models found in the project, by model name (see ProjectStore::model()).
    QList<QPair<QString, QByteArray>> models;
};

// The engines in the order they run (furniture, sourcing, entities, learned ones).
std::vector<std::unique_ptr<Engine>> createEngines(const EngineSelection &selection, QString *error = nullptr);
QStringList availableEngineNames();

} // namespace Copydesk
