#pragma once

#include <atomic>
#include <functional>

#include <QString>
#include <QStringList>

#include "engineevidence.h"
#include "engines/learnedengines.h"
#include "modelgate.h"

namespace Copydesk {

class ProjectStore;

struct TrainOptions
{
    int epochs = kDefaultTaggerEpochs;
    // Only these annotation sets teach (owners: people, files, the curated set); empty: every
    // decision. With sets chosen, a document is used when one of them has an entity decision on
    // it or marked it done, whatever suggestions still wait (they are nobody's set).
    QList<qint64> owners = {};
};

struct TrainReport
{
    int documents = 0;             // documents the tagger learned from
    int skippedUnreviewed = 0;     // entity decisions, but suggestions still waiting (and not done)
    int skippedUndecided = 0;      // no entity decision at all
    int sentences = 0;
    int tokens = 0;
    int spans = 0;                 // entity spans learned from
    QStringList labels;            // entity labels the tagger learned
    bool taggerTrained = false;    // stored under learnedEntityModelName()
    QString taggerVersion;         // the version its engine will have
    int stringMatchTexts = 0;      // (label, text) decisions in the string-match model
    bool stringMatchBuilt = false; // stored under stringMatchModelName()
    qint64 collectMilliseconds = 0;
    qint64 trainMilliseconds = 0;
    // The held-out measure: models trained without every fifth finished document, run on it.
    int heldOutDocuments = 0;
    QHash<QString, Score> rulesScores;     // by label: the rules alone
    QHash<QString, Score> taggerScores;    // the new tagger alone
    QHash<QString, Score> combinedScores;  // every engine, combined
    ModelGate taggerGate;                  // the labels the tagger may suggest
    ModelGate stringMatchGate;
    EngineEvidence evidence;               // what the combiner weighs engines with
    // The attribution model (sourcing), trained from the sourcing decisions (attributiontrainer.h).
    int attributionDocuments = 0;  // documents with finished sourcing it learned from
    int attributionQuotes = 0;
    bool attributionTrained = false; // stored under attributionModelName()
    QString attributionVersion;
    qint64 attributionMilliseconds = 0;
    QString attributionNote;       // why it was not trained; empty when it was
    QString error;                 // what went wrong, in words for the user; empty when fine
    bool cancelled = false;
};

enum class TrainStage { Collecting, Training, Storing };

// Trains the project's learned models from people's entity decisions and stores them in
// the project, each with its gate: every fifth finished document is held out, the models are
// trained on the rest and measured there against the rules (ModelGate: a model suggests only
// the labels where the project's suggestions score better with it), and the combiner's
// EngineEvidence is counted on them. The models are then trained again on every document.
// - the entity tagger (PerceptronTagger through trainLearnedEntityModel) on whole documents.
//   Unlabelled words are learned as "not an entity", so only documents whose entities were
//   looked at are used: a document is used when it has at least one entity decision
//   (accepted, manual or rejected; imported files' annotations count as accepted) and no
//   entity suggestion still waiting for review, or when its status is "done" (a person
//   said it is finished, so what they left as suggestions they did not want). Its accepted
//   and manual entity spans, by any annotator, are what it teaches.
// - the string-match model from every accepted or manual entity span of every document
//   (one labelled name is enough to suggest it again; completeness does not matter).
// - the attribution model (quotes, sources, cues and their links) from the documents whose
//   sourcing is finished, when there are kMinAttributionDocuments of them
//   (trainProjectAttribution(); its progress restarts the Training stage).
// "Entity" means a label of the schema's "entities" layer. When no document qualifies the
// tagger already in the project is kept and report.error says why. Call from the thread
// that owns the store; a cancelled run stores nothing.
TrainReport trainProject(ProjectStore &store, const TrainOptions &options,
                         const std::function<void(TrainStage stage, double fraction)> &progress = {},
                         const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
