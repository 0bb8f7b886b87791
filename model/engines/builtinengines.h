#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

namespace Copydesk {

class AbbreviationLexicon;
class Engine;
class FurnitureLexicon;
class Gazetteer;
class SourcingLexicon;

// Factories of the engines that ship with Copydesk; each lives in its own file. Without
// arguments they use the bundled lexicons; tests may give their own (which must outlive the
// engine).
std::unique_ptr<Engine> createFurnitureEngine();   // furnitureengine.cpp
std::unique_ptr<Engine> createFurnitureEngine(const FurnitureLexicon &lexicon);
std::unique_ptr<Engine> createSourcingEngine();    // sourcingengine.cpp
std::unique_ptr<Engine> createSourcingEngine(const SourcingLexicon &lexicon, const AbbreviationLexicon &abbreviations);
std::unique_ptr<Engine> createEntityEngine();      // entityengine.cpp (rules and gazetteers)
std::unique_ptr<Engine> createEntityEngine(const Gazetteer &gazetteer, const AbbreviationLexicon &abbreviations);
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
