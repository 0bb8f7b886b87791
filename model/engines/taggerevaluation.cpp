#include "taggerevaluation.h"

#include <algorithm>

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
    for (const QList<TaggedSentence> &document : readConllDocuments(device))
        sentences += document;
    return sentences;
}

QList<QList<TaggedSentence>> readConllDocuments(QIODevice *device)
{
    QList<QList<TaggedSentence>> documents;
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
            if (!sentences.isEmpty())
                documents.append(sentences);
            sentences.clear();
            continue;
        }
        sentence.tokens.append(columns.first());
        sentence.tags.append(columns.size() > 1 ? columns.last() : u"O"_s);
    }
    flush();
    if (!sentences.isEmpty())
        documents.append(sentences);
    return documents;
}

LabelledDocument labelledDocumentFromColumns(const QList<TaggedSentence> &sentences,
                                             const QHash<QString, QString> &labelMap)
{
    LabelledDocument document;
    for (const TaggedSentence &sentence : sentences) {
        if (!document.text.isEmpty())
            document.text += u'\n';
        QList<qsizetype> starts;
        for (const QString &token : sentence.tokens) {
            if (!starts.isEmpty())
                document.text += u' ';
            starts.append(document.text.size());
            document.text += token;
        }
        for (const TagChunk &chunk : tagChunks(sentence.tags)) {
            const qsizetype last = chunk.end - 1;
            document.spans.append({starts[chunk.start], starts[last] + sentence.tokens[last].size(),
                                   labelMap.value(chunk.label, chunk.label)});
        }
    }
    return document;
}

QList<QStringList> columnTagsFromSpans(const QList<TaggedSentence> &sentences, const QList<SuggestedSpan> &spans,
                                       const QHash<QString, QString> &labelMap)
{
    // Token boundaries of the text labelledDocumentFromColumns() builds: position -> (sentence, token).
    QHash<qsizetype, QPair<qsizetype, qsizetype>> startsAt, endsAt;
    QList<QStringList> tags;
    qsizetype position = 0;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (s > 0)
            ++position;
        for (qsizetype i = 0; i < sentences[s].tokens.size(); ++i) {
            if (i > 0)
                ++position;
            startsAt.insert(position, {s, i});
            position += sentences[s].tokens[i].size();
            endsAt.insert(position, {s, i});
        }
        tags.append(QStringList(sentences[s].tokens.size(), u"O"_s));
    }
    QList<SuggestedSpan> ordered = spans;
    std::stable_sort(ordered.begin(), ordered.end(), [](const SuggestedSpan &a, const SuggestedSpan &b) {
        const qsizetype lengthA = a.end - a.start, lengthB = b.end - b.start;
        return lengthA != lengthB ? lengthA > lengthB : a.start < b.start;
    });
    for (const SuggestedSpan &span : ordered) {
        const auto first = startsAt.constFind(span.start);
        const auto last = endsAt.constFind(span.end);
        if (first == startsAt.cend() || last == endsAt.cend() || first->first != last->first
            || first->second > last->second) {
            continue;
        }
        QStringList &sentence = tags[first->first];
        bool free = true;
        for (qsizetype i = first->second; i <= last->second; ++i)
            free = free && sentence[i] == u"O";
        if (!free)
            continue;
        const QString label = labelMap.value(span.label, span.label);
        for (qsizetype i = first->second; i <= last->second; ++i)
            sentence[i] = (i == first->second ? u"B-"_s : u"I-"_s) + label;
    }
    return tags;
}

} // namespace Copydesk
