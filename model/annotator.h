#pragma once

#include <QString>

namespace Copydesk {

// Curation: the curated set, settled from several annotators' disagreements (one per project).
enum class AnnotatorKind { Person = 0, Engine = 1, File = 2, Curation = 3 };

struct Annotator
{
    qint64 id = 0;
    AnnotatorKind kind = AnnotatorKind::Person;
    QString name;
    QString version; // engines: their version; files: empty

    // "Anna", "copydesk-sourcing 1.2", "seed.jsonl"
    QString displayName() const { return version.isEmpty() ? name : name + u' ' + version; }
};

QString annotatorKindName(AnnotatorKind kind); // "person", "engine", "file", "curation"

} // namespace Copydesk
