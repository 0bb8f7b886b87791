#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

namespace Copydesk {

class Engine;

// Factories of the engines that ship with Copydesk; each lives in its own file.
std::unique_ptr<Engine> createFurnitureEngine();   // furnitureengine.cpp
std::unique_ptr<Engine> createSourcingEngine();    // sourcingengine.cpp
std::unique_ptr<Engine> createEntityEngine();      // entityengine.cpp (rules and gazetteers)
// The learned entity tagger, from a model trained on the project (null when the blob is not
// a model this version reads).
std::unique_ptr<Engine> createLearnedEntityEngine(const QByteArray &model);
// The string-match recommender: spans people labelled, suggested where the text recurs.
// The model blob is what ProjectStore keeps under stringMatchModelName().
std::unique_ptr<Engine> createStringMatchEngine(const QByteArray &model);

// The learned attribution model (sourcing: quotes, sources, cues and their links), from the
// blob ProjectStore keeps under attributionModelName() (attributionengine.cpp; null when the
// blob is not a model this version reads).
std::unique_ptr<Engine> createAttributionEngine(const QByteArray &model);

QString learnedEntityModelName();   // "entity-tagger"
QString attributionModelName();     // "attribution"
QString stringMatchModelName();     // "string-match"

} // namespace Copydesk
