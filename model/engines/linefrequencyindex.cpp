#include "linefrequencyindex.h"

#include <QSet>

namespace Copydesk {
namespace {

// The key of "all sources"; no real source hashes to it (hashText never returns 0).
constexpr quint64 allSources = 0;

} // namespace

LineFrequencyIndex::LineFrequencyIndex(const QList<std::pair<QString, QString>> &documents)
{
    for (const auto &[source, text] : documents)
        addDocument(source, text);
}

quint64 LineFrequencyIndex::hashText(QStringView text)
{
    // FNV-1a: stable across runs and platforms (qHash is seeded per process)
    quint64 hash = 14695981039346656037ULL;
    for (QChar c : text)
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    return hash == allSources ? 1 : hash;
}

void LineFrequencyIndex::addDocument(QStringView source, QStringView text)
{
    const quint64 sourceKey = source.isEmpty() ? allSources : hashText(source);
    QSet<quint64> seen;
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const quint64 lineKey = hashText(line);
        if (seen.contains(lineKey))
            continue;
        seen.insert(lineKey);
        ++m_lines[Key{allSources, lineKey}];
        if (sourceKey != allSources)
            ++m_lines[Key{sourceKey, lineKey}];
    }
    ++m_documents[allSources];
    if (sourceKey != allSources)
        ++m_documents[sourceKey];
}

int LineFrequencyIndex::lineDocumentFrequency(QStringView source, QStringView line) const
{
    const quint64 sourceKey = source.isEmpty() ? allSources : hashText(source);
    return m_lines.value(Key{sourceKey, hashText(line.trimmed())}, 0);
}

int LineFrequencyIndex::documentCount(QStringView source) const
{
    return m_documents.value(source.isEmpty() ? allSources : hashText(source), 0);
}

} // namespace Copydesk
