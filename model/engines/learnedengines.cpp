// The learned engines: the perceptron entity tagger and the string-match recommender.
#include "learnedengines.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSet>

#include "builtinengines.h"
#include "entityfeatures.h"
#include "stringmatchmodel.h"
#include "taggerevaluation.h"
#include "taggertokenizer.h"
#include "wordclusters.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// Each trained model is its own annotator version: the engine version carries the
// model's identity.
QString modelVersion(const QByteArray &blob, const QDateTime &trainedAt)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha1).toHex().left(8));
    if (!trainedAt.isValid())
        return u"1.0.0+"_s + hash;
    return u"1.0.0+%1.%2"_s.arg(trainedAt.toString(u"yyyyMMdd"_s), hash);
}

bool hasLetterOrDigit(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

// What the tagger's blob keeps besides its weights (PerceptronTagger::attachment()): which
// EntityFeatures groups it was trained with, and its word clusters. A tagger without it
// looks at its sentences' words only.
struct TaggerSettings
{
    EntityFeatureSet features;
    WordClusters clusters;
};

constexpr quint32 kSettingsMagic = 0x43444653; // "CDFS"
constexpr quint32 kSettingsVersion = 1;

QByteArray writeSettings(const TaggerSettings &settings)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const EntityFeatureSet &set = settings.features;
    const quint8 flags = (set.rules ? 1 : 0) | (set.gazetteer ? 2 : 0) | (set.clusters ? 4 : 0);
    out << kSettingsMagic << kSettingsVersion << flags;
    if (set.clusters)
        out << settings.clusters.serialize();
    return bytes;
}

std::optional<TaggerSettings> readSettings(const QByteArray &bytes)
{
    TaggerSettings settings;
    if (bytes.isEmpty()) {
        settings.features = {false, false, false};
        return settings;
    }
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    quint8 flags = 0;
    in >> magic >> version >> flags;
    if (in.status() != QDataStream::Ok || magic != kSettingsMagic || version != kSettingsVersion || flags > 7)
        return std::nullopt;
    settings.features = {(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0};
    if (settings.features.clusters) {
        QByteArray clusters;
        in >> clusters;
        std::optional<WordClusters> read = WordClusters::deserialize(clusters);
        if (in.status() != QDataStream::Ok || !read)
            return std::nullopt;
        settings.clusters = std::move(*read);
    }
    if (!in.atEnd())
        return std::nullopt;
    return settings;
}

// The tagger's sentences of a text, with the extra features the settings ask for.
QList<TaggedSentence> taggerInput(QStringView text, const QList<TaggerSentence> &sentences,
                                  const TaggerSettings &settings)
{
    QList<TaggedSentence> input;
    input.reserve(sentences.size());
    for (const TaggerSentence &sentence : sentences) {
        TaggedSentence tokens;
        tokens.tokens.reserve(sentence.size());
        for (const TaggerToken &token : sentence)
            tokens.tokens.append(token.text);
        input.append(std::move(tokens));
    }
    EntityFeatures::add(text, sentences, input, settings.features, &settings.clusters);
    return input;
}

// IOB2 tags of the sentences from labelled spans (see taggedSentencesFromSpans()).
void tagFromSpans(const QList<TaggerSentence> &sentences, const QList<LabelledSpan> &spans,
                  QList<TaggedSentence> &tagged)
{
    // Longer spans first, then earlier: they claim their tokens before overlapping ones.
    QList<LabelledSpan> ordered;
    for (const LabelledSpan &span : spans) {
        if (span.end > span.start && !span.label.isEmpty())
            ordered.append(span);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const LabelledSpan &a, const LabelledSpan &b) {
        const qsizetype lengthA = a.end - a.start, lengthB = b.end - b.start;
        return lengthA != lengthB ? lengthA > lengthB : a.start < b.start;
    });
    for (qsizetype k = 0; k < sentences.size(); ++k) {
        const TaggerSentence &sentence = sentences[k];
        QList<int> owner(sentence.size(), -1); // index into ordered, per token
        for (qsizetype s = 0; s < ordered.size(); ++s) {
            const LabelledSpan &span = ordered[s];
            if (sentence.isEmpty() || span.end <= sentence.first().start || span.start >= sentence.last().end)
                continue;
            bool free = true;
            QList<qsizetype> tokens;
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                if (sentence[i].start >= span.start && sentence[i].start < span.end) {
                    tokens.append(i);
                    free = free && owner[i] < 0;
                }
            }
            if (!free)
                continue;
            for (const qsizetype i : tokens)
                owner[i] = int(s);
        }
        QStringList &tags = tagged[k].tags;
        tags.clear();
        for (qsizetype i = 0; i < sentence.size(); ++i) {
            if (owner[i] < 0)
                tags.append(u"O"_s);
            else
                tags.append((i > 0 && owner[i - 1] == owner[i] ? u"I-"_s : u"B-"_s) + ordered[owner[i]].label);
        }
    }
}

// Spans an earlier engine or a person already gave, so they are not suggested again.
QSet<QString> existingSpans(const EngineDocument &document)
{
    QSet<QString> keys;
    for (const SuggestedSpan &span : document.existing)
        keys.insert(u"%1:%2:%3"_s.arg(span.start).arg(span.end).arg(span.label));
    return keys;
}

class LearnedEntityEngine final : public Engine
{
public:
    LearnedEntityEngine(PerceptronTagger tagger, TaggerSettings settings, QString version)
        : m_tagger(std::move(tagger)), m_settings(std::move(settings)), m_version(std::move(version))
    {
        m_reason = QCoreApplication::translate("Copydesk::LearnedEngines", "learned tagger (trained %1 on %n sentence(s))",
                                               nullptr, m_tagger.trainingSentenceCount())
                       .arg(m_tagger.trainedAt().isValid() ? m_tagger.trainedAt().toString(u"yyyy-MM-dd"_s) : u"?"_s);
    }

    QString name() const override { return u"copydesk-tagger"_s; }
    QString version() const override { return m_version; }
    QStringList layers() const override { return {u"entities"_s}; }

    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        EngineResult result;
        const QSet<QString> existing = existingSpans(document);
        const QList<TaggerSentence> sentences = TaggerTokenizer::sentences(document.text);
        const QList<TagResult> tagged = m_tagger.tagDocument(taggerInput(document.text, sentences, m_settings));
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            const TaggerSentence &sentence = sentences[s];
            for (const TaggedEntity &entity : tagged[s].entities) {
                // Names and dates have letters or digits; a chunk of emoji or dashes is noise.
                const bool wordy = std::any_of(sentence.cbegin() + entity.start, sentence.cbegin() + entity.end,
                                               [](const TaggerToken &token) { return hasLetterOrDigit(token.text); });
                if (!wordy)
                    continue;
                SuggestedSpan span;
                // CoNLL-2003 models say PER where the default schema says PERSON.
                span.label = entity.label == u"PER" ? u"PERSON"_s : entity.label;
                span.start = sentence[entity.start].start;
                span.end = sentence[entity.end - 1].end;
                if (existing.contains(u"%1:%2:%3"_s.arg(span.start).arg(span.end).arg(span.label)))
                    continue;
                span.confidence = entity.confidence;
                span.reason = m_reason;
                span.key = u"tagger-%1"_s.arg(result.spans.size());
                result.spans.append(span);
            }
        }
        return result;
    }

private:
    PerceptronTagger m_tagger;
    TaggerSettings m_settings;
    QString m_version;
    QString m_reason;
};

class StringMatchEngine final : public Engine
{
public:
    StringMatchEngine(StringMatchModel model, QString version)
        : m_model(std::move(model)), m_version(std::move(version))
    {
    }

    QString name() const override { return u"copydesk-string-match"_s; }
    QString version() const override { return m_version; }
    QStringList layers() const override { return {u"entities"_s}; }

    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        EngineResult result;
        const QSet<QString> existing = existingSpans(document);
        for (const StringMatch &match : m_model.find(document.text)) {
            const StringMatchEntry &entry = m_model.entries()[match.entry];
            if (existing.contains(u"%1:%2:%3"_s.arg(match.start).arg(match.end).arg(entry.label)))
                continue;
            SuggestedSpan span;
            span.key = u"match-%1"_s.arg(result.spans.size());
            span.label = entry.label;
            span.start = match.start;
            span.end = match.end;
            span.confidence = entry.confidence();
            span.reason = QCoreApplication::translate("Copydesk::LearnedEngines",
                                                      "same text labelled %1 %n time(s) in the project", nullptr,
                                                      entry.count)
                              .arg(entry.label);
            result.spans.append(span);
        }
        return result;
    }

private:
    StringMatchModel m_model;
    QString m_version;
};

} // namespace

QList<TaggedSentence> taggedSentencesFromSpans(QStringView text, const QList<LabelledSpan> &spans)
{
    const QList<TaggerSentence> sentences = TaggerTokenizer::sentences(text);
    QList<TaggedSentence> tagged(sentences.size());
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        for (const TaggerToken &token : sentences[s])
            tagged[s].tokens.append(token.text);
    }
    tagFromSpans(sentences, spans, tagged);
    return tagged;
}

QByteArray trainLearnedEntityModel(const QList<LabelledDocument> &documents, int epochs,
                                   const PerceptronTagger::Progress &progress)
{
    LearnedTaggerOptions options;
    options.epochs = epochs;
    return trainLearnedEntityModel(documents, options, progress);
}

QByteArray trainLearnedEntityModel(const QList<LabelledDocument> &documents, const LearnedTaggerOptions &options,
                                   const PerceptronTagger::Progress &progress)
{
    TaggerSettings settings;
    settings.features = {options.rules, options.gazetteer, options.clusters};
    QList<QList<TaggerSentence>> tokens;
    for (const LabelledDocument &document : documents)
        tokens.append(TaggerTokenizer::sentences(document.text));
    if (settings.features.clusters) {
        QList<QStringList> words;
        for (const QList<TaggerSentence> &document : std::as_const(tokens)) {
            for (const TaggerSentence &sentence : document) {
                QStringList texts;
                for (const TaggerToken &token : sentence)
                    texts.append(token.text);
                words.append(texts);
            }
        }
        settings.clusters = WordClusters::learn(words);
    }
    QList<QList<TaggedSentence>> sentences;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        QList<TaggedSentence> tagged = taggerInput(documents[d].text, tokens[d], settings);
        tagFromSpans(tokens[d], documents[d].spans, tagged);
        sentences.append(std::move(tagged));
    }
    PerceptronTagger::Options taggerOptions;
    taggerOptions.epochs = options.epochs;
    taggerOptions.scheme = options.bilou ? TagScheme::Bilou : TagScheme::Iob2;
    taggerOptions.documentHistory = options.documentHistory;
    PerceptronTagger tagger;
    if (!tagger.train(sentences, taggerOptions, progress))
        return {};
    tagger.setAttachment(writeSettings(settings));
    return tagger.serialize();
}

void sortByUncertainty(QList<SuggestedSpan> &spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const SuggestedSpan &a, const SuggestedSpan &b) {
        return PerceptronTagger::uncertainty(a.confidence) > PerceptronTagger::uncertainty(b.confidence);
    });
}

std::unique_ptr<Engine> createLearnedEntityEngine(const QByteArray &model)
{
    std::optional<PerceptronTagger> tagger = PerceptronTagger::deserialize(model);
    if (!tagger)
        return nullptr;
    std::optional<TaggerSettings> settings = readSettings(tagger->attachment());
    if (!settings)
        return nullptr;
    const QString version = modelVersion(model, tagger->trainedAt());
    return std::make_unique<LearnedEntityEngine>(std::move(*tagger), std::move(*settings), version);
}

std::unique_ptr<Engine> createStringMatchEngine(const QByteArray &model)
{
    std::optional<StringMatchModel> matcher = StringMatchModel::read(model);
    if (!matcher)
        return nullptr;
    return std::make_unique<StringMatchEngine>(std::move(*matcher), modelVersion(model, {}));
}

QString learnedEntityModelName() { return u"entity-tagger"_s; }
QString stringMatchModelName() { return u"string-match"_s; }

} // namespace Copydesk
