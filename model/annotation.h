#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Copydesk {

enum class AnnotationStatus { Suggested = 0, Accepted = 1, Rejected = 2, Manual = 3 };

QString annotationStatusName(AnnotationStatus status); // "suggested", "accepted", ...
bool parseAnnotationStatus(QStringView name, AnnotationStatus *status);

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
    QDateTime created;
    QDateTime modified;

    bool isDecided() const { return status != AnnotationStatus::Suggested; }
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
