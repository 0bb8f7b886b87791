#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include "engine.h"
#include "perceptrontagger.h"

namespace Copydesk {

// Glue between a project's decisions and the learned engines (the factories themselves are
// in builtinengines.h).

// A span a person labelled; UTF-16 positions into the document text (stored code-point
// offsets convert with TextOffsets::toUtf16).
struct LabelledSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString label;
};

// A document whose entities a person has finished: every entity in it is labelled, since
// unlabelled words are learned as "not an entity".
struct LabelledDocument
{
    QString text;
    QList<LabelledSpan> spans; // entity labels only
};

constexpr int kDefaultTaggerEpochs = 15;

// How the learned entity tagger is trained and what it looks at. The defaults are what
// Copydesk uses; switching parts off is for measuring what each brings.
struct LearnedTaggerOptions
{
    int epochs = kDefaultTaggerEpochs;
    bool bilou = false;           // BILOU tags (else IOB2)
    bool documentHistory = true;  // labels given to the same word earlier in the document
    bool rules = true;            // the rule engine's entities as features
    bool gazetteer = true;        // gazetteer and dictionary lookups as features
    // Word clusters learned from the training texts: +0.2 F1 on held-out CoNLL++ train, none
    // on dev, for a sixth of the tagging speed; off until the clusters can learn from more
    // text than the labelled documents.
    bool clusters = false;
};

// The document as training sentences: TaggerTokenizer's sentences and tokens, IOB2 tags
// from the spans. A token takes the label of the span it starts in; of overlapping spans
// the longer (then the earlier) wins.
QList<TaggedSentence> taggedSentencesFromSpans(QStringView text, const QList<LabelledSpan> &spans);

// Trains the entity tagger on the documents; returns the blob to keep under
// learnedEntityModelName(), or an empty array when cancelled or there was nothing labelled.
QByteArray trainLearnedEntityModel(const QList<LabelledDocument> &documents, int epochs = kDefaultTaggerEpochs,
                                   const PerceptronTagger::Progress &progress = {});
QByteArray trainLearnedEntityModel(const QList<LabelledDocument> &documents, const LearnedTaggerOptions &options,
                                   const PerceptronTagger::Progress &progress = {});

// Orders suggestions for review, most uncertain first (PerceptronTagger::uncertainty of
// their confidence); equally uncertain ones keep their order.
void sortByUncertainty(QList<SuggestedSpan> &spans);

} // namespace Copydesk
