#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "engine.h"
#include "learnedengines.h"
#include "perceptrontagger.h"

class QIODevice;

namespace Copydesk {

// Chunk-level scores as conlleval computes them: an entity counts when its label and both
// boundaries match exactly.
struct ChunkCounts
{
    int gold = 0;
    int predicted = 0;
    int correct = 0;

    double precision() const { return predicted ? double(correct) / predicted : 0.0; }
    double recall() const { return gold ? double(correct) / gold : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct ChunkScores
{
    ChunkCounts overall;                // micro-averaged over labels
    QHash<QString, ChunkCounts> byLabel;
};

// A labelled chunk of a tag sequence: tokens [start, end).
struct TagChunk
{
    QString label;
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const TagChunk &) const = default;
};

// The chunks of an IOB1/IOB2 tag sequence the conlleval way: an I- tag that does not
// continue a chunk of its label opens one.
QList<TagChunk> tagChunks(const QStringList &tags);

// Scores predicted tag sequences against gold ones, sentence by sentence (sentences of
// different lengths are scored on their common prefix).
ChunkScores scoreChunks(const QList<QStringList> &gold, const QList<QStringList> &predicted);

// Reads whitespace-separated column files (CoNLL-2003: "token POS chunk NER"): blank lines
// end sentences, "-DOCSTART-" lines are skipped; the token is the first column, the tag the
// last. Lines with a single column get tag "O".
QList<TaggedSentence> readConllColumns(QIODevice *device);

// The same, split into documents at "-DOCSTART-" lines (sentences before the first one are a
// document of their own).
QList<QList<TaggedSentence>> readConllDocuments(QIODevice *device);

// A CoNLL document as a project imports it: the tokens joined by single spaces, a sentence a
// line; the tag chunks as spans, their labels through `labelMap` (labels it does not name
// stay as they are).
LabelledDocument labelledDocumentFromColumns(const QList<TaggedSentence> &sentences,
                                             const QHash<QString, QString> &labelMap = {});

// IOB2 tags of the tokens of that text from spans over it, as the CoNLL export writes them: a
// span must start and end at token boundaries of one sentence (others are left out), its
// label goes through `labelMap`; of overlapping spans the longer, then the earlier, wins.
QList<QStringList> columnTagsFromSpans(const QList<TaggedSentence> &sentences, const QList<SuggestedSpan> &spans,
                                       const QHash<QString, QString> &labelMap = {});

} // namespace Copydesk
