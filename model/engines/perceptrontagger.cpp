// PerceptronTagger: tagging and the model blob (training is in perceptrontraining.cpp).
#include "perceptrontagger.h"

#include <algorithm>
#include <cmath>

#include <QDataStream>
#include <QIODevice>
#include <QSet>

#include "perceptronfeatures.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

using namespace PerceptronFeatures;

constexpr quint32 kMagic = 0x43445054;   // "CDPT"
// Bump with any change of features or layout. 2: BILOU, document history, attachment.
constexpr quint32 kFormatVersion = 2;
constexpr qint64 kMaxPayload = qint64(1) << 28;
constexpr qint64 kMaxAttachment = qint64(1) << 26;
constexpr int kMaxLabels = 63;           // tags are stored in one byte

quint64 bytesChecksum(const QByteArray &bytes)
{
    quint64 hash = kFnvOffset;
    for (const char c : bytes)
        hash = (hash ^ quint8(c)) * kFnvPrime;
    return hash;
}

qsizetype slotCountFor(qsizetype entries)
{
    qsizetype count = 16;
    while (count < entries * 2)
        count *= 2;
    return count;
}

// Returns the slot of `key`, or the empty slot where it would go.
template<typename Slot>
size_t findSlot(const std::vector<Slot> &table, quint64 key)
{
    const size_t mask = table.size() - 1;
    const quint32 check = quint32(key >> 32);
    size_t slot = size_t(key) & mask;
    while (table[slot].row >= 0 && table[slot].check != check)
        slot = (slot + 1) & mask;
    return slot;
}

} // namespace

quint64 PerceptronTagger::extraFeature(QStringView name)
{
    quint64 hash = kFnvOffset;
    for (const QChar c : name)
        hash = hashAdd(hash, c.unicode());
    return mix(hash);
}

quint64 PerceptronTagger::combineFeatures(quint64 first, quint64 second)
{
    return combine(first, second);
}

void PerceptronTagger::adopt(const TagSet &tagSet, std::vector<float> transitions, std::vector<quint64> rowKeys,
                             std::vector<float> weights)
{
    m_tagSet = tagSet;
    m_transitions = std::move(transitions);
    m_rowKeys = std::move(rowKeys);
    m_weights = std::move(weights);
    prepare();
}

void PerceptronTagger::prepare()
{
    const size_t slotCount = size_t(slotCountFor(qsizetype(m_rowKeys.size())));
    m_slots.assign(slotCount, Slot{});
    for (size_t row = 0; row < m_rowKeys.size(); ++row) {
        const size_t slot = findSlot(m_slots, m_rowKeys[row]);
        if (m_slots[slot].row < 0)
            m_slots[slot] = Slot{quint32(m_rowKeys[row] >> 32), qint32(row)};
    }
    m_chain = ChainTransitions(m_tagSet, m_transitions.data(), m_temperature);
}

qint32 PerceptronTagger::rowOf(quint64 key) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[findSlot(m_slots, key)].row;
}

// --- tagging -------------------------------------------------------------------------------

void PerceptronTagger::emissions(Workspace &workspace) const
{
    const size_t tags = size_t(m_tagSet.size());
    const SentenceFeatures &features = workspace.features;
    const size_t n = features.words.size();
    std::vector<float> &scores = workspace.scores;
    scores.assign(n * tags, 0.0f);
    // The rows of all keys first, fetching slots a few keys ahead: the index and the weights
    // rarely fit in the cache, and waiting for memory is most of the time.
    constexpr size_t ahead = 8;
    const size_t count = features.keys.size();
    const size_t mask = m_slots.size() - 1;
    std::vector<qint32> &rows = workspace.rows;
    rows.resize(count);
    for (size_t k = 0; k < std::min(ahead, count); ++k)
        __builtin_prefetch(&m_slots[size_t(features.keys[k]) & mask]);
    for (size_t k = 0; k < count; ++k) {
        if (k + ahead < count)
            __builtin_prefetch(&m_slots[size_t(features.keys[k + ahead]) & mask]);
        rows[k] = rowOf(features.keys[k]);
    }
    for (size_t k = 0; k < std::min(ahead, count); ++k) {
        if (rows[k] >= 0)
            __builtin_prefetch(&m_weights[size_t(rows[k]) * tags]);
    }
    for (size_t i = 0; i < n; ++i) {
        float *row = &scores[i * tags];
        auto add = [&](qint32 found) {
            const float *w = &m_weights[size_t(found) * tags];
            for (size_t t = 0; t < tags; ++t)
                row[t] += w[t];
        };
        for (size_t k = size_t(features.starts[i]); k < size_t(features.starts[i + 1]); ++k) {
            if (k + ahead < count && rows[k + ahead] >= 0)
                __builtin_prefetch(&m_weights[size_t(rows[k + ahead]) * tags]);
            if (rows[k] >= 0)
                add(rows[k]);
        }
        if (m_documentHistory) {
            workspace.dynamic.clear();
            historyKeys(workspace.history.counts(features.words[i]), workspace.history.width(), i == 0,
                        workspace.dynamic);
            for (const quint64 key : workspace.dynamic) {
                if (const qint32 found = rowOf(key); found >= 0)
                    add(found);
            }
        }
    }
}

TagResult PerceptronTagger::decode(const TaggedSentence &sentence, Workspace &workspace,
                                   Confidences confidences) const
{
    TagResult result;
    const qsizetype n = sentence.tokens.size();
    if (!isTrained() || n == 0) {
        result.tags = QStringList(n, u"O"_s);
        if (confidences == Confidences::All)
            result.confidences = QList<double>(n, 0.0);
        return result;
    }
    extract(sentence, workspace.features);
    emissions(workspace);
    const std::vector<float> &scores = workspace.scores;
    std::vector<int> &best = workspace.best;
    m_chain.viterbi(scores.data(), n, best);
    result.tags.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const int tag = best[size_t(i)];
        result.tags.append(m_tagSet.iob2(tag));
        const TagSet::Kind kind = m_tagSet.kind(tag);
        if (kind == TagSet::Begin || kind == TagSet::Unit)
            result.entities.append({i, i + 1, m_tagSet.labels()[m_tagSet.label(tag)], 0.0});
        else if (kind != TagSet::Outside && !result.entities.isEmpty())
            result.entities.last().end = i + 1;
        if (m_documentHistory)
            workspace.history.record(workspace.features.words[size_t(i)], m_tagSet.label(tag));
    }
    // Forward-backward costs more than the rest: only when asked for, or for the entities.
    if (confidences == Confidences::All || (confidences == Confidences::Entities && !result.entities.isEmpty())) {
        const ChainPosteriors posteriors(m_chain, scores.data(), n);
        result.confidences.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            result.confidences.append(posteriors.marginal(i, best[size_t(i)]));
        for (TaggedEntity &entity : result.entities) {
            entity.confidence = posteriors.entityProbability(entity.start, entity.end,
                                                             int(m_tagSet.labels().indexOf(entity.label)));
        }
    }
    return result;
}

QStringList PerceptronTagger::tag(const QStringList &tokens) const
{
    Workspace workspace(int(m_tagSet.labels().size()));
    return decode(TaggedSentence{tokens, {}, {}}, workspace, Confidences::None).tags;
}

TagResult PerceptronTagger::tagWithConfidence(const QStringList &tokens) const
{
    Workspace workspace(int(m_tagSet.labels().size()));
    return decode(TaggedSentence{tokens, {}, {}}, workspace, Confidences::All);
}

QList<TagResult> PerceptronTagger::tagDocument(const QList<TaggedSentence> &sentences, bool tokenConfidences) const
{
    Workspace workspace(int(m_tagSet.labels().size()));
    QList<TagResult> results;
    results.reserve(sentences.size());
    for (const TaggedSentence &sentence : sentences)
        results.append(decode(sentence, workspace, tokenConfidences ? Confidences::All : Confidences::Entities));
    return results;
}

double PerceptronTagger::uncertainty(double confidence)
{
    return std::clamp(1.0 - confidence, 0.0, 1.0);
}

// --- serialization -------------------------------------------------------------------------
// Blob: magic, format version, payload size, FNV-1a 64 checksum of the compressed payload,
// qCompress'ed payload. Payload: training date, counts, temperature, scheme, options,
// attachment, labels, transitions, then the rows as (key, number of non-zero weights,
// (tag, weight)...).

QByteArray PerceptronTagger::serialize() const
{
    if (!isTrained())
        return {};
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out << m_trainedAt.toString(Qt::ISODate) << qint32(m_sentenceCount) << qint32(m_tokenCount)
            << qint32(m_epochs) << double(m_temperature) << quint8(m_tagSet.scheme())
            << quint8(m_documentHistory ? 1 : 0) << m_attachment;
        out << quint32(m_tagSet.labels().size());
        for (const QString &label : m_tagSet.labels())
            out << label;
        for (const float value : m_transitions)
            out << value;
        const size_t tags = size_t(m_tagSet.size());
        out << quint32(m_rowKeys.size());
        for (size_t row = 0; row < m_rowKeys.size(); ++row) {
            const float *w = &m_weights[row * tags];
            quint8 nonZero = 0;
            for (size_t t = 0; t < tags; ++t)
                nonZero += w[t] != 0.0f ? 1 : 0;
            out << m_rowKeys[row] << nonZero;
            for (size_t t = 0; t < tags; ++t) {
                if (w[t] != 0.0f)
                    out << quint8(t) << w[t];
            }
        }
    }
    const QByteArray compressed = qCompress(payload, 6);
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << quint32(payload.size()) << bytesChecksum(compressed);
    out.writeRawData(compressed.constData(), int(compressed.size()));
    return blob;
}

namespace {

// The payload of a blob whose header, checksum and sizes hold; empty otherwise.
QByteArray checkedPayload(const QByteArray &blob)
{
    constexpr qsizetype headerSize = 4 + 4 + 4 + 8;
    if (blob.size() < headerSize + 4)
        return {};
    QDataStream header(blob);
    header.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, payloadSize = 0;
    quint64 checksum = 0;
    header >> magic >> version >> payloadSize >> checksum;
    if (header.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion
        || qint64(payloadSize) > kMaxPayload || payloadSize == 0) {
        return {};
    }
    const QByteArray compressed = blob.mid(headerSize);
    if (bytesChecksum(compressed) != checksum)
        return {};
    // qCompress stores the size big-endian in front; check it before qUncompress allocates.
    const quint32 declared = (quint32(quint8(compressed[0])) << 24) | (quint32(quint8(compressed[1])) << 16)
        | (quint32(quint8(compressed[2])) << 8) | quint32(quint8(compressed[3]));
    if (declared != payloadSize)
        return {};
    const QByteArray payload = qUncompress(compressed);
    return payload.size() == qsizetype(payloadSize) ? payload : QByteArray();
}

} // namespace

std::optional<PerceptronTagger> PerceptronTagger::deserialize(const QByteArray &blob)
{
    const QByteArray payload = checkedPayload(blob);
    if (payload.isEmpty())
        return std::nullopt;
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    PerceptronTagger tagger;
    QString trainedAt;
    qint32 sentenceCount = 0, tokenCount = 0, epochs = 0;
    quint32 labelCount = 0;
    double temperature = 0;
    quint8 scheme = 0, history = 0;
    in >> trainedAt >> sentenceCount >> tokenCount >> epochs >> temperature >> scheme >> history;
    if (in.status() != QDataStream::Ok || !std::isfinite(temperature) || temperature <= 0
        || scheme > quint8(TagScheme::Bilou) || history > 1) {
        return std::nullopt;
    }
    // An attachment's declared size is checked against what the payload can hold first.
    quint32 attachmentSize = 0;
    {
        QDataStream peek(payload);
        peek.skipRawData(int(in.device()->pos()));
        peek >> attachmentSize;
    }
    if (attachmentSize != 0xffffffffu && (qint64(attachmentSize) > kMaxAttachment
                                          || qint64(attachmentSize) > payload.size() - in.device()->pos())) {
        return std::nullopt;
    }
    in >> tagger.m_attachment >> labelCount;
    if (in.status() != QDataStream::Ok || labelCount == 0 || labelCount > quint32(kMaxLabels))
        return std::nullopt;
    tagger.m_temperature = temperature;
    tagger.m_documentHistory = history == 1;
    QStringList labels;
    QSet<QString> seen;
    for (quint32 i = 0; i < labelCount; ++i) {
        QString label;
        in >> label;
        if (in.status() != QDataStream::Ok || label.isEmpty() || seen.contains(label))
            return std::nullopt;
        seen.insert(label);
        labels.append(label);
    }
    tagger.m_tagSet = TagSet(TagScheme(scheme), labels);
    const size_t tags = size_t(tagger.m_tagSet.size());
    tagger.m_transitions.resize((tags + 1) * tags);
    for (float &value : tagger.m_transitions) {
        in >> value;
        if (!std::isfinite(value))
            return std::nullopt;
    }
    quint32 rowCount = 0;
    in >> rowCount;
    // Each row takes at least 14 bytes: refuse counts the payload cannot hold before
    // reserving memory for them.
    if (in.status() != QDataStream::Ok || qint64(rowCount) * 14 > payload.size())
        return std::nullopt;
    tagger.m_rowKeys.reserve(rowCount);
    tagger.m_weights.assign(size_t(rowCount) * tags, 0.0f);
    for (quint32 row = 0; row < rowCount; ++row) {
        quint64 key = 0;
        quint8 nonZero = 0;
        in >> key >> nonZero;
        if (key == 0 || nonZero == 0 || nonZero > tags)
            return std::nullopt;
        int previous = -1;
        for (quint8 k = 0; k < nonZero; ++k) {
            quint8 tag = 0;
            float weight = 0;
            in >> tag >> weight;
            if (int(tag) <= previous || tag >= tags || !std::isfinite(weight))
                return std::nullopt;
            previous = tag;
            tagger.m_weights[size_t(row) * tags + tag] = weight;
        }
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        tagger.m_rowKeys.push_back(key);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    std::vector<quint64> sorted = tagger.m_rowKeys;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.cbegin(), sorted.cend()) != sorted.cend())
        return std::nullopt; // a key stored twice
    tagger.prepare();
    tagger.m_trainedAt = QDateTime::fromString(trainedAt, Qt::ISODate);
    tagger.m_sentenceCount = sentenceCount;
    tagger.m_tokenCount = tokenCount;
    tagger.m_epochs = epochs;
    return tagger;
}

} // namespace Copydesk
