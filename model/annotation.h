#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Copydesk {

enum class AnnotationStatus { Suggested = 0, Accepted = 1, Rejected = 2, Manual = 3 };

QString annotationStatusName(AnnotationStatus status); // "suggested", "accepted", ...
bool parseAnnotationStatus(QStringView name, AnnotationStatus *status);

// One engine's candidate behind a suggestion: agreeing with it (same label and bounds) or an
// alternative the combiner did not choose. Offsets count code points.
struct SuggestionEvidence
{
    qint64 engineId = 0;     // the engine's annotator id
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    double confidence = -1;
    QString reason;
    QJsonObject attrs;
    bool operator==(const SuggestionEvidence &other) const = default;
};

// A labelled span of a document. Offsets count code points, end exclusive.
struct Annotation
{
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 annotatorId = 0;  // who made it (a person, an engine, an imported file)
    qint64 deciderId = 0;    // who accepted or rejected it; 0 when nobody did
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    QJsonObject attrs;
    AnnotationStatus status = AnnotationStatus::Manual;
    double confidence = -1;  // engines only; -1 when not given
    QString reason;          // engines only: which rule fired
    QString note;            // a person's note
    QString externalId;      // the id an import gave it ("s12" in JSONL, "T3" in brat)
    QDateTime created;       // decisions only (a suggestion's time is its engine run's)
    QDateTime modified;
    // The annotation set a decision belongs to (a person, an imported file, the curated set);
    // 0 for suggestions, which belong to nobody until a person decides.
    qint64 ownerId = 0;
    // Engines behind a suggestion when more than its annotator: the candidates that agree with
    // it first, then the alternatives. Empty when the annotator alone made it.
    QList<SuggestionEvidence> evidence = {};

    bool isDecided() const { return status != AnnotationStatus::Suggested; }
    bool agreesWith(const SuggestionEvidence &e) const { return e.label == label && e.start == start && e.end == end; }
    // The engines that suggested exactly this (the annotator alone when there is no evidence).
    QList<qint64> engineIds() const;
    // The candidates that were not chosen (another label or other bounds).
    QList<SuggestionEvidence> alternatives() const;
    bool operator==(const Annotation &other) const = default;
};

struct Relation
{
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 annotatorId = 0;
    QString label;           // SPEAKER, CUE, VIA
    qint64 headId = 0;       // the quote
    qint64 childId = 0;      // the source, cue or publication
    bool operator==(const Relation &other) const = default;
};

} // namespace Copydesk
