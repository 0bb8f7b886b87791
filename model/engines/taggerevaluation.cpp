#include "taggerevaluation.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Copydesk {

QList<TagChunk> tagChunks(const QStringList &tags)
{
    QList<TagChunk> chunks;
    TagChunk open;
    bool isOpen = false;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &tag = tags[i];
        const bool tagged = tag.size() > 2 && tag[1] == u'-';
        const QChar kind = tagged ? tag[0] : u'O';
        const QString label = tagged ? tag.mid(2) : QString();
        const bool continues = isOpen && (kind == u'I' || kind == u'E') && label == open.label;
        if (isOpen && !continues) {
            open.end = i;
            chunks.append(open);
            isOpen = false;
        }
        if (tagged && !continues) {
            open = TagChunk{label, i, i};
            isOpen = true;
        }
    }
    if (isOpen) {
        open.end = tags.size();
        chunks.append(open);
    }
    return chunks;
}

ChunkScores scoreChunks(const QList<QStringList> &gold, const QList<QStringList> &predicted)
{
    ChunkScores scores;
    const qsizetype sentences = std::min(gold.size(), predicted.size());
    for (qsizetype s = 0; s < sentences; ++s) {
        const qsizetype length = std::min(gold[s].size(), predicted[s].size());
        const QList<TagChunk> goldChunks = tagChunks(gold[s].mid(0, length));
        const QList<TagChunk> predictedChunks = tagChunks(predicted[s].mid(0, length));
        for (const TagChunk &chunk : goldChunks) {
            ++scores.overall.gold;
            ++scores.byLabel[chunk.label].gold;
        }
        for (const TagChunk &chunk : predictedChunks) {
            ++scores.overall.predicted;
            ++scores.byLabel[chunk.label].predicted;
            if (goldChunks.contains(chunk)) {
                ++scores.overall.correct;
                ++scores.byLabel[chunk.label].correct;
            }
        }
    }
    return scores;
}

QList<TaggedSentence> readConllColumns(QIODevice *device)
{
    QList<TaggedSentence> sentences;
    TaggedSentence sentence;
    static const QRegularExpression whitespace(u"\\s+"_s);
    auto flush = [&] {
        if (!sentence.tokens.isEmpty())
            sentences.append(sentence);
        sentence = {};
    };
    while (!device->atEnd()) {
        const QString line = QString::fromUtf8(device->readLine()).trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const QStringList columns = line.split(whitespace, Qt::SkipEmptyParts);
        if (columns.first() == u"-DOCSTART-") {
            flush();
            continue;
        }
        sentence.tokens.append(columns.first());
        sentence.tags.append(columns.size() > 1 ? columns.last() : u"O"_s);
    }
    flush();
    return sentences;
}

} // namespace Copydesk
