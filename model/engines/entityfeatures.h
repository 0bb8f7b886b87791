#pragma once

#include <QList>
#include <QStringView>

#include "perceptrontagger.h"
#include "taggertokenizer.h"

namespace Copydesk {

class WordClusters;

// The groups of features EntityFeatures can add; a model keeps the set it was trained with.
struct EntityFeatureSet
{
    bool rules = true;      // the rule engine's entities
    bool gazetteer = true;  // gazetteer and dictionary lookups
    bool clusters = true;   // the word's cluster (when clusters are given)

    bool operator==(const EntityFeatureSet &) const = default;
};

// Features of the learned entity tagger's tokens that look beyond the sentence's words
// (TaggedSentence::extras):
// - rules: the entities the rule engine (copydesk-entities, with its gazetteers and its
//   document-wide aliases) finds in the document: label, the token's place in the entity, and
//   what kind of rule found it. The tagger learns how far to trust each for the project's own
//   labels, instead of the rules competing with it as suggestions.
// - gazetteer: names the gazetteers hold (the longest match, by kind and the token's place),
//   first names, title words, capitalised words the dictionary knows in lower case, and
//   words it knows only capitalised.
// - clusters: the word's cluster and its parents' (WordClusters), when clusters are given.
// Deterministic and thread-safe.
namespace EntityFeatures {

// Sets the extras of `sentences` (TaggerTokenizer's sentences of `text`, as tokens) for the
// chosen groups; `clusters` may be null.
void add(QStringView text, const QList<TaggerSentence> &tokens, QList<TaggedSentence> &sentences,
         const EntityFeatureSet &set, const WordClusters *clusters);

} // namespace EntityFeatures
} // namespace Copydesk
