#pragma once

#include <utility>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include "engine.h"

namespace Copydesk {

// What the furniture engine knows of the corpus: in how many documents of each source every
// trimmed line occurs (a line repeated across a publisher's pages is its boilerplate).
// Lines are kept as 64-bit hashes, so 10,000 documents cost a few megabytes and one pass over
// their text. Build it first (addDocument is not thread-safe); reads are const and may run
// from many threads at once.
class LineFrequencyIndex final : public CorpusContext
{
public:
    LineFrequencyIndex() = default;
    // (source, text) pairs; the source may be empty.
    explicit LineFrequencyIndex(const QList<std::pair<QString, QString>> &documents);

    // Counts each distinct non-blank trimmed line of text once for its source and once for
    // all sources.
    void addDocument(QStringView source, QStringView text);

    int lineDocumentFrequency(QStringView source, QStringView line) const override;
    int documentCount(QStringView source) const override;

    static quint64 hashText(QStringView text);

private:
    struct Key
    {
        quint64 source = 0;
        quint64 line = 0;
        friend bool operator==(const Key &a, const Key &b) { return a.source == b.source && a.line == b.line; }
        friend size_t qHash(const Key &key, size_t seed = 0) { return size_t(key.line ^ (key.source * 0x9e3779b97f4a7c15ULL)) ^ seed; }
    };

    QHash<Key, int> m_lines;          // (source, line) -> documents
    QHash<quint64, int> m_documents;  // source -> documents
};

} // namespace Copydesk
