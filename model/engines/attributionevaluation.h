#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include "engine.h"

namespace Copydesk {

struct AttributionDocument;

struct AttributionCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    // As ../shared/eval/score.py: precision 1 when nothing was predicted and nothing missed.
    double precision() const;
    double recall() const;
    double f1() const;
    void add(const AttributionCounts &other);
};

// Scores of sourcing suggestions against a person's decisions, matched as
// ../shared/eval/score.py matches them: a QUOTE matches when it overlaps by half the longer
// span (greedy, one to one, in order), by form (direct, indirect) and whatever the form; a
// SOURCE the same; a CUE only with the same bounds; a gold quote's speaker is right when the
// matching predicted quote has a SPEAKER overlapping the gold speaker or with the same text
// (case aside). "scare" quotes are not quotes. Positions are UTF-16 (the scorer counts code
// points; the two differ only in how "half" rounds around characters outside the BMP).
struct AttributionScores
{
    AttributionCounts quotes;          // quotes.all
    AttributionCounts directQuotes;
    AttributionCounts indirectQuotes;
    AttributionCounts sources;
    AttributionCounts cues;
    int speakerCorrect = 0;
    int speakerTotal = 0;
    int directSpeakerCorrect = 0;
    int directSpeakerTotal = 0;
    int documents = 0;

    double speakerAccuracy() const { return speakerTotal ? double(speakerCorrect) / speakerTotal : 1.0; }
    double directSpeakerAccuracy() const
    {
        return directSpeakerTotal ? double(directSpeakerCorrect) / directSpeakerTotal : 1.0;
    }
    void add(const AttributionScores &other);
    // One line per metric: "quotes.all  P 0.712  R 0.690  F1 0.701", "speaker 0.705 (1650/2338)".
    QString summary() const;
};

AttributionScores scoreAttribution(QStringView text, const EngineResult &gold, const EngineResult &predicted);

// Runs `engine` over the documents (their furniture as the existing spans) and scores its
// sourcing suggestions against each document's gold.
AttributionScores evaluateAttributionEngine(const Engine &engine, const QList<AttributionDocument> &documents);

// The same for a stored attribution model (nullopt when the blob is not one this version
// reads): what the held-out gate calls with decided documents the model did not learn from.
std::optional<AttributionScores> evaluateAttributionModel(const QByteArray &model,
                                                          const QList<AttributionDocument> &documents);

// Reads Copydesk JSONL (the shape of ../shared/eval/polnear/*.jsonl: code-point offsets) as
// attribution documents: QUOTE, SOURCE and CUE spans with their SPEAKER and CUE relations as
// gold, furniture spans as furniture. For benchmarks and evaluation tests; a line that is not
// a document is skipped and counted in `skipped`.
QList<AttributionDocument> readAttributionJsonl(const QString &path, int *skipped = nullptr);

} // namespace Copydesk
