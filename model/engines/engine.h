#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Copydesk {

// A span an engine proposes. Positions are UTF-16 indexes into EngineDocument::text (the
// runner converts them to code points with TextOffsets; engines never do offset arithmetic
// on code points).
struct SuggestedSpan
{
    QString key;          // unique within one EngineResult; relations refer to it
    QString label;        // a label of the default schema
    qsizetype start = 0;  // UTF-16, end exclusive
    qsizetype end = 0;
    QJsonObject attrs;    // QUOTE {"form": ...}, SOURCE {"kind": ...}
    double confidence = 0.5; // 0..1
    QString reason;       // short, human readable: which rule or cue fired
};

struct SuggestedRelation
{
    QString label;        // SPEAKER, CUE, VIA
    QString head;         // SuggestedSpan::key of the quote
    QString child;        // SuggestedSpan::key of the source, cue or publication
};

struct EngineResult
{
    QList<SuggestedSpan> spans;
    QList<SuggestedRelation> relations;
};

// What an engine may know of the corpus around a document (built once per run over the
// documents being annotated or the whole project). May be absent.
class CorpusContext
{
public:
    virtual ~CorpusContext() = default;
    // In how many documents of this source (publisher; empty = any) the trimmed line occurs.
    virtual int lineDocumentFrequency(QStringView source, QStringView line) const = 0;
    // How many documents of this source (empty = all) the context was built from.
    virtual int documentCount(QStringView source) const = 0;
};

// One document as an engine sees it.
struct EngineDocument
{
    QString id;
    QString text;             // exactly as stored (LF line ends)
    QString source;           // publisher, may be empty
    QJsonObject meta;
    // Spans already in the document that engines should respect: those of engines that ran
    // before in this run (furniture runs before sourcing, sourcing before entities) and the
    // decisions of people (accepted, manual). UTF-16 positions.
    QList<SuggestedSpan> existing;
};

// An offline, deterministic pre-annotation engine. annotate() must be thread-safe (const,
// no shared mutable state): the runner calls it from several threads at once.
class Engine
{
public:
    virtual ~Engine() = default;
    virtual QString name() const = 0;      // stable: "copydesk-furniture"
    virtual QString version() const = 0;   // bump when output changes: "1.0.0"
    virtual QStringList layers() const = 0;  // layers it writes: {"furniture"}
    virtual EngineResult annotate(const EngineDocument &document, const CorpusContext *corpus) const = 0;
};

} // namespace Copydesk
