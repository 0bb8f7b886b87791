#include "attributionmodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QDataStream>
#include <QHash>
#include <QIODevice>

#include "builtinengines.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

constexpr quint32 kMagic = 0x4344414d;   // "CDAM"
constexpr quint32 kFormatVersion = 1;    // bump with any change of features or layout
constexpr qint64 kMaxPayload = qint64(1) << 29;
constexpr int kMinDocumentsToCalibrate = 20;
constexpr int kHeldOutEvery = 10;        // calibration holds out every tenth document
constexpr int kMinDocumentsForBias = 8;  // held out, to choose how much to favour each role
// The cue lexicon: words at least this often part of a cue, seen as one this many times.
constexpr float kLexiconMinProbability = 0.05f;
constexpr int kLexiconMinCount = 3;

quint64 bytesChecksum(const QByteArray &bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes)
        hash = (hash ^ quint8(c)) * 0x100000001b3ULL;
    return hash;
}

AttributionRole roleOfLabel(QStringView label)
{
    if (label == u"QUOTE")
        return AttributionRole::Content;
    if (label == u"SOURCE")
        return AttributionRole::Source;
    if (label == u"CUE")
        return AttributionRole::Cue;
    return AttributionRole::None;
}

struct Prepared
{
    AttributionText text;
    AttributionGold gold;
    // What a tagger that did not learn from the document finds in it, with the gold links
    // carried over (when stacked): the linker learns from both.
    std::vector<AttributionChunk> found;
    AttributionLinks foundLinks;
};


CueLexicon learnLexicon(const std::vector<Prepared> &documents, const std::vector<int> &subset)
{
    QHash<quint64, QPair<int, int>> counts; // word -> (in a cue, all)
    for (const int d : subset) {
        const Prepared &document = documents[d];
        for (std::size_t t = 0; t < document.text.word.size(); ++t) {
            QPair<int, int> &count = counts[document.text.word[t]];
            ++count.second;
            if (attributionRole(document.gold.tags[t]) == AttributionRole::Cue)
                ++count.first;
        }
    }
    CueLexicon lexicon;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const float probability = float(it->first) / float(it->second);
        if (it->first >= kLexiconMinCount && probability >= kLexiconMinProbability)
            lexicon.insert(it.key(), probability);
    }
    return lexicon;
}

// Tags a prepared document paragraph by paragraph; marginals: kAttributionTagCount per token.
void tagDocument(const AttributionText &text, const AttributionTagger &tagger, bool withRules,
                 std::vector<quint8> &tags, std::vector<float> *marginals, const AttributionBias *bias = nullptr)
{
    tags.assign(text.size(), TagOutside);
    if (marginals)
        marginals->assign(text.size() * kAttributionTagCount, 0.0f);
    std::vector<quint64> keys;
    std::vector<qsizetype> starts;
    std::vector<quint8> paragraphTags;
    std::vector<float> paragraphMarginals;
    for (int p = 0; p < int(text.paragraphs.size()); ++p) {
        attributionFeatures(text, p, withRules, keys, starts);
        tagger.tag(keys, starts, paragraphTags, marginals ? &paragraphMarginals : nullptr, bias);
        const int first = text.paragraphs[p].first;
        std::copy(paragraphTags.cbegin(), paragraphTags.cend(), tags.begin() + first);
        if (marginals)
            std::copy(paragraphMarginals.cbegin(), paragraphMarginals.cend(), marginals->begin() + first * kAttributionTagCount);
    }
}

// Chunks with their mean tag marginal as raw confidence.
std::vector<AttributionChunk> chunksOf(const std::vector<quint8> &tags, const std::vector<float> &marginals)
{
    std::vector<AttributionChunk> chunks = attributionChunks(tags);
    for (AttributionChunk &chunk : chunks) {
        double sum = 0;
        for (int t = chunk.first; t <= chunk.last; ++t)
            sum += marginals[std::size_t(t) * kAttributionTagCount + tags[t]];
        chunk.confidence = sum / (chunk.last - chunk.first + 1);
    }
    return chunks;
}

// Trains the parts of a model over subsets of the prepared documents, reporting progress as
// steps of equal length.
class PartTrainer
{
public:
    PartTrainer(std::vector<Prepared> &documents, const AttributionTrainOptions &options,
                const AttributionModel::Progress &progress, double from, int steps)
        : m_documents(documents), m_options(options), m_progress(progress), m_from(from), m_steps(steps)
    {
    }

    void useLexicon(const CueLexicon &lexicon)
    {
        for (Prepared &document : m_documents)
            applyCueLexicon(document.text, lexicon);
    }

    bool trainTagger(const std::vector<int> &subset, AttributionTagger &tagger)
    {
        std::vector<std::pair<int, int>> sequences; // (document, paragraph)
        std::vector<std::vector<quint8>> gold;
        for (const int d : subset) {
            const Prepared &document = m_documents[d];
            for (int p = 0; p < int(document.text.paragraphs.size()); ++p) {
                const auto [first, end] = document.text.paragraphs[p];
                sequences.push_back({d, p});
                gold.emplace_back(document.gold.tags.cbegin() + first, document.gold.tags.cbegin() + end);
            }
        }
        const bool trained = tagger.train(
            [&](qsizetype s, std::vector<quint64> &keys, std::vector<qsizetype> &starts) {
                attributionFeatures(m_documents[sequences[s].first].text, sequences[s].second, m_options.ruleFeatures,
                                    keys, starts);
            },
            gold, m_options.epochs, m_options.minFeatureCount, [&](double fraction) { return report(fraction); });
        ++m_step;
        return trained && report(0);
    }

    // A corpus without links (contents only) still gives a tagger; the linker then stays empty.
    bool trainLinker(const std::vector<int> &subset, AttributionLinker &linker)
    {
        std::vector<AttributionLinker::Example> examples;
        for (const int d : subset) {
            const Prepared &document = m_documents[d];
            examples.push_back({&document.text, document.gold.chunks, document.gold.links});
            if (!document.found.empty())
                examples.push_back({&document.text, document.found, document.foundLinks});
        }
        linker.train(examples, m_options.linkerEpochs, m_options.ruleFeatures, [&](double fraction) { return report(fraction); });
        ++m_step;
        return report(0);
    }

private:
    bool report(double fraction) const
    {
        return !m_progress || m_progress(m_from + (1 - m_from) * (m_step + fraction) / m_steps);
    }

    std::vector<Prepared> &m_documents;
    const AttributionTrainOptions &m_options;
    const AttributionModel::Progress &m_progress;
    double m_from;
    int m_steps;
    int m_step = 0;
};

bool overlapsHalf(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
{
    const qsizetype inter = std::min(aEnd, bEnd) - std::max(aStart, bStart);
    const qsizetype longer = std::max({aEnd - aStart, bEnd - bStart, qsizetype(1)});
    return inter > 0 && inter * 2 >= longer;
}

// Logistic regression of `correct` on x (two parameters, a little L2 towards a = 1, b = 0):
// Newton's method with backtracking, so that clustered x cannot make it diverge.
void fitPlatt(const std::vector<std::pair<double, bool>> &samples, double &a, double &b)
{
    a = 1.0;
    b = 0.0;
    if (samples.size() < 20)
        return;
    const double lambda = 1.0;
    auto loss = [&](double pa, double pb) {
        double sum = lambda * 0.5 * ((pa - 1) * (pa - 1) + pb * pb);
        for (const auto &[x, y] : samples) {
            const double z = pa * x + pb;
            // log(1 + exp(-z)) for y, log(1 + exp(z)) otherwise, computed stably
            const double m = y ? -z : z;
            sum += m > 0 ? m + std::log1p(std::exp(-m)) : std::log1p(std::exp(m));
        }
        return sum;
    };
    double current = loss(a, b);
    for (int iteration = 0; iteration < 100; ++iteration) {
        double ga = lambda * (a - 1), gb = lambda * b, haa = lambda, hab = 0, hbb = lambda;
        for (const auto &[x, y] : samples) {
            const double p = 1 / (1 + std::exp(-(a * x + b)));
            const double r = p - (y ? 1 : 0), w = p * (1 - p);
            ga += r * x;
            gb += r;
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        const double det = haa * hbb - hab * hab;
        if (!(det > 1e-12))
            break;
        const double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
        double step = 1.0, next = loss(a - da, b - db);
        while (next > current && step > 1e-4) {
            step /= 2;
            next = loss(a - step * da, b - step * db);
        }
        if (next > current)
            break;
        a -= step * da;
        b -= step * db;
        const bool converged = current - next < 1e-9;
        current = next;
        if (converged)
            break;
    }
    if (!std::isfinite(a) || !std::isfinite(b)) {
        a = 1.0;
        b = 0.0;
    }
}

double logit(double p)
{
    p = std::clamp(p, 1e-4, 1 - 1e-4);
    return std::log(p / (1 - p));
}

// Whether a predicted chunk matches a gold one as the scorer matches them (cues exactly,
// the others by half the longer).
bool sameChunk(const AttributionText &text, const AttributionChunk &predicted, const AttributionChunk &gold)
{
    if (predicted.role != gold.role)
        return false;
    const qsizetype start = text.tokens[predicted.first].start, end = text.tokens[predicted.last].end;
    const qsizetype goldStart = text.tokens[gold.first].start, goldEnd = text.tokens[gold.last].end;
    return predicted.role == AttributionRole::Cue ? goldStart == start && goldEnd == end
                                                  : overlapsHalf(start, end, goldStart, goldEnd);
}

// A held-out document's emission scores, paragraph by paragraph, to decode with any bias.
struct Scored
{
    const Prepared *document = nullptr;
    std::vector<std::vector<float>> paragraphs;
};

std::vector<AttributionChunk> decodeScored(const Scored &scored, const AttributionTagger &tagger,
                                           const AttributionBias &bias, std::vector<float> *marginals)
{
    const AttributionText &text = scored.document->text;
    std::vector<quint8> tags(text.size(), TagOutside), paragraphTags;
    std::vector<float> all(marginals ? text.size() * kAttributionTagCount : 0), paragraphMarginals;
    for (std::size_t p = 0; p < scored.paragraphs.size(); ++p) {
        tagger.decode(scored.paragraphs[p], paragraphTags, marginals ? &paragraphMarginals : nullptr, &bias);
        const int first = text.paragraphs[p].first;
        std::copy(paragraphTags.cbegin(), paragraphTags.cend(), tags.begin() + first);
        if (marginals)
            std::copy(paragraphMarginals.cbegin(), paragraphMarginals.cend(), all.begin() + first * kAttributionTagCount);
    }
    if (!marginals)
        return attributionChunks(tags);
    *marginals = std::move(all);
    return chunksOf(tags, *marginals);
}

// The sum of the three roles' F1 (one-to-one matching in order, as the scorer's).
double objective(const std::vector<Scored> &scored, const AttributionTagger &tagger, const AttributionBias &bias)
{
    int counts[3][3] = {}; // per role: true positives, predicted, gold
    for (const Scored &item : scored) {
        const std::vector<AttributionChunk> predicted = decodeScored(item, tagger, bias, nullptr);
        const std::vector<AttributionChunk> &gold = item.document->gold.chunks;
        std::vector<bool> used(predicted.size(), false);
        for (const AttributionChunk &truth : gold) {
            ++counts[int(truth.role) - 1][2];
            for (std::size_t p = 0; p < predicted.size(); ++p) {
                if (!used[p] && sameChunk(item.document->text, predicted[p], truth)) {
                    used[p] = true;
                    ++counts[int(truth.role) - 1][0];
                    break;
                }
            }
        }
        for (const AttributionChunk &chunk : predicted)
            ++counts[int(chunk.role) - 1][1];
    }
    double sum = 0;
    for (const auto &count : counts)
        sum += count[1] + count[2] > 0 ? 2.0 * count[0] / (count[1] + count[2]) : 0.0;
    return sum;
}

// Fits, on held-out documents the tagger did not learn from, how much to favour each role
// (the perceptron finds fewer spans than there are: biases chosen by the sum of the roles'
// F1, by coordinate ascent over a coarse grid), then the per-role calibration of confidences.
void calibrate(const std::vector<Prepared> &documents, const std::vector<int> &heldOut, AttributionTagger &tagger,
               bool withRules, AttributionBias &bias, double calibration[3][2])
{
    std::vector<Scored> scored;
    std::vector<quint64> keys;
    std::vector<qsizetype> starts;
    for (const int d : heldOut) {
        Scored item;
        item.document = &documents[d];
        for (int p = 0; p < int(item.document->text.paragraphs.size()); ++p) {
            attributionFeatures(item.document->text, p, withRules, keys, starts);
            item.paragraphs.emplace_back();
            tagger.emissions(keys, starts, item.paragraphs.back());
        }
        scored.push_back(std::move(item));
    }
    bias = {0.0f, 0.0f, 0.0f, 0.0f};
    if (int(heldOut.size()) >= kMinDocumentsForBias) {
        static constexpr float grid[] = {0.0f, 5.0f, 10.0f, 20.0f, 30.0f, 45.0f, 60.0f, 90.0f, 120.0f};
        double best = objective(scored, tagger, bias);
        for (int round = 0; round < 2; ++round) {
            for (const std::size_t role : {std::size_t(AttributionRole::Content), std::size_t(AttributionRole::Source),
                                           std::size_t(AttributionRole::Cue)}) {
                AttributionBias trial = bias;
                for (const float value : grid) {
                    trial[role] = value;
                    const double score = objective(scored, tagger, trial);
                    if (score > best + 1e-9) {
                        best = score;
                        bias = trial;
                    }
                }
            }
        }
    }
    // The temperature that makes the marginals likeliest on the gold tags.
    {
        static constexpr double temperatures[] = {2, 4, 8, 16, 32, 64, 128, 256, 512};
        double bestLikelihood = -std::numeric_limits<double>::infinity(), best = tagger.temperature();
        for (const double temperature : temperatures) {
            tagger.setTemperature(temperature);
            double likelihood = 0;
            std::vector<float> marginals;
            for (const Scored &item : scored) {
                decodeScored(item, tagger, bias, &marginals);
                const std::vector<quint8> &gold = item.document->gold.tags;
                for (std::size_t t = 0; t < gold.size(); ++t)
                    likelihood += std::log(std::max(1e-6f, marginals[t * kAttributionTagCount + gold[t]]));
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = temperature;
            }
        }
        tagger.setTemperature(best);
    }
    std::vector<std::pair<double, bool>> samples[3];
    std::vector<float> marginals;
    for (const Scored &item : scored) {
        const AttributionText &text = item.document->text;
        for (const AttributionChunk &chunk : decodeScored(item, tagger, bias, &marginals)) {
            bool correct = false;
            for (const AttributionChunk &truth : item.document->gold.chunks)
                correct = correct || sameChunk(text, chunk, truth);
            samples[int(chunk.role) - 1].push_back({logit(chunk.confidence), correct});
        }
    }
    for (int role = 0; role < 3; ++role)
        fitPlatt(samples[role], calibration[role][0], calibration[role][1]);
}

bool isOpeningMark(QChar c) { return QStringView(u"\"'\u201C\u2018\u00AB\u201E").contains(c); }
bool isClosingMark(QChar c) { return QStringView(u"\"'\u201D\u2019\u00BB").contains(c); }

} // namespace

QList<SuggestedSpan> attributionFurniture(const QList<SuggestedSpan> &spans)
{
    QList<SuggestedSpan> furniture;
    for (const SuggestedSpan &span : spans) {
        if (span.label == u"DISCLAIMER" || span.label == u"BOILERPLATE" || span.label == u"METADATA"
            || span.label == u"HEADLINE")
            furniture.append(span);
    }
    return furniture;
}

EngineResult runAttributionRules(const Engine &rules, const QString &text, const QList<SuggestedSpan> &furniture)
{
    EngineDocument document;
    document.text = text;
    document.existing = furniture;
    return rules.annotate(document, nullptr);
}

AttributionGold attributionGold(const AttributionText &text, const EngineResult &gold)
{
    AttributionGold result;
    const int n = int(text.size());
    std::vector<int> owner(n, -1);
    for (int s = 0; s < int(gold.spans.size()); ++s) {
        const SuggestedSpan &span = gold.spans[s];
        if (roleOfLabel(span.label) == AttributionRole::None || span.attrs.value(u"form").toString() == u"scare")
            continue;
        const auto from = std::lower_bound(text.tokens.cbegin(), text.tokens.cend(), span.start,
                                           [](const TaggerToken &token, qsizetype at) { return token.start < at; });
        for (auto it = from; it != text.tokens.cend() && it->start < span.end; ++it) {
            int &current = owner[it - text.tokens.cbegin()];
            if (current < 0 || gold.spans[current].end - gold.spans[current].start > span.end - span.start)
                current = s;
        }
    }
    result.tags.assign(n, TagOutside);
    for (int t = 0; t < n; ++t) {
        if (owner[t] < 0)
            continue;
        const AttributionRole role = roleOfLabel(gold.spans[owner[t]].label);
        result.tags[t] = quint8(t > 0 && owner[t - 1] == owner[t] ? insideTag(role) : beginTag(role));
    }
    result.chunks = attributionChunks(result.tags);
    QHash<QString, int> chunkOfKey;
    for (int c = 0; c < int(result.chunks.size()); ++c) {
        const QString &key = gold.spans[owner[result.chunks[c].first]].key;
        if (!chunkOfKey.contains(key))
            chunkOfKey.insert(key, c);
    }
    result.links.cueOf.assign(result.chunks.size(), -1);
    result.links.sourceOf.assign(result.chunks.size(), -1);
    for (const SuggestedRelation &relation : gold.relations) {
        const int head = chunkOfKey.value(relation.head, -1), child = chunkOfKey.value(relation.child, -1);
        if (head < 0 || child < 0 || result.chunks[head].role != AttributionRole::Content)
            continue;
        if (relation.label == u"CUE" && result.chunks[child].role == AttributionRole::Cue)
            result.links.cueOf[head] = child;
        else if (relation.label == u"SPEAKER" && result.chunks[child].role == AttributionRole::Source)
            result.links.sourceOf[head] = child;
    }
    return result;
}

std::optional<AttributionModel> AttributionModel::train(const QList<AttributionDocument> &documents,
                                                        const AttributionTrainOptions &options, const Progress &progress)
{
    AttributionModel model;
    model.m_ruleFeatures = options.ruleFeatures;
    const std::unique_ptr<Engine> rules = options.ruleFeatures ? createSourcingEngine() : nullptr;
    std::vector<Prepared> prepared;
    prepared.reserve(documents.size());
    const double preparing = 0.05;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        if (progress && d % 16 == 0 && !progress(preparing * double(d) / double(documents.size())))
            return std::nullopt;
        const AttributionDocument &document = documents[d];
        EngineResult found = rules ? runAttributionRules(*rules, document.text, document.furniture) : EngineResult();
        Prepared item;
        item.text = prepareAttributionText(document.text, std::move(found), document.furniture, {});
        item.gold = attributionGold(item.text, document.gold);
        for (const AttributionChunk &chunk : item.gold.chunks) {
            model.m_quotes += chunk.role == AttributionRole::Content;
            model.m_sources += chunk.role == AttributionRole::Source;
            model.m_cues += chunk.role == AttributionRole::Cue;
        }
        prepared.push_back(std::move(item));
    }
    model.m_documents = int(documents.size());
    if (model.m_quotes + model.m_sources + model.m_cues == 0)
        return std::nullopt;

    const int count = int(prepared.size());
    const bool stacked = options.stacked && options.folds >= 2 && count >= 2 * options.folds;
    const bool calibrating = options.calibrate && count >= kMinDocumentsToCalibrate;
    PartTrainer trainer(prepared, options, progress, preparing, (stacked ? options.folds + 1 : 0) + (calibrating ? 1 : 0) + 2);
    std::vector<int> all;
    for (int d = 0; d < count; ++d)
        all.push_back(d);
    auto except = [&](int every, int which, std::vector<int> *left) {
        std::vector<int> kept;
        for (int d = 0; d < count; ++d)
            (d % every == which ? *left : kept).push_back(d);
        return kept;
    };
    if (stacked) {
        // The first tagger's output on each document comes from a tagger that did not learn
        // from it (jackknife), so the second learns how far to trust it on unseen text.
        std::vector<std::vector<quint8>> tags(count);
        std::vector<std::vector<float>> marginals(count);
        for (int fold = 0; fold < options.folds; ++fold) {
            std::vector<int> heldOut;
            const std::vector<int> fitting = except(options.folds, fold, &heldOut);
            trainer.useLexicon(learnLexicon(prepared, fitting));
            AttributionTagger tagger;
            if (!trainer.trainTagger(fitting, tagger))
                return std::nullopt;
            for (const int d : heldOut)
                tagDocument(prepared[d].text, tagger, options.ruleFeatures, tags[d], &marginals[d]);
        }
        trainer.useLexicon(learnLexicon(prepared, all));
        if (!trainer.trainTagger(all, model.m_first))
            return std::nullopt;
        for (int d = 0; d < count; ++d) {
            Prepared &document = prepared[d];
            applyFirstPass(document.text, tags[d], marginals[d]);
            document.found = attributionChunks(tags[d]);
            document.foundLinks = projectAttributionLinks(document.text, document.found, document.gold.chunks, document.gold.links);
        }
        model.m_stacked = true;
    }
    double temperature = AttributionTagger().temperature();
    if (calibrating) {
        std::vector<int> heldOut;
        const std::vector<int> fitting = except(kHeldOutEvery, kHeldOutEvery - 1, &heldOut);
        trainer.useLexicon(learnLexicon(prepared, fitting));
        AttributionTagger tagger;
        if (!trainer.trainTagger(fitting, tagger))
            return std::nullopt;
        calibrate(prepared, heldOut, tagger, options.ruleFeatures, model.m_bias, model.m_calibration);
        temperature = tagger.temperature();
    }
    model.m_lexicon = learnLexicon(prepared, all);
    model.m_tagger.setTemperature(temperature);
    trainer.useLexicon(model.m_lexicon);
    if (!trainer.trainTagger(all, model.m_tagger) || !trainer.trainLinker(all, model.m_linker))
        return std::nullopt;
    model.m_trainedAt = QDateTime::currentDateTimeUtc();
    return model;
}

QString AttributionModel::reasonFor(AttributionRole role) const
{
    const QString trained = m_trainedAt.isValid() ? m_trainedAt.toString(u"yyyy-MM-dd"_s) : u"?"_s;
    switch (role) {
    case AttributionRole::Content:
        return QCoreApplication::translate("Copydesk::Attribution", "learned attribution model: attributed content (trained %1 on %n document(s))",
                                           nullptr, m_documents).arg(trained);
    case AttributionRole::Source:
        return QCoreApplication::translate("Copydesk::Attribution", "learned attribution model: source (trained %1 on %n document(s))",
                                           nullptr, m_documents).arg(trained);
    case AttributionRole::Cue:
        return QCoreApplication::translate("Copydesk::Attribution", "learned attribution model: cue (trained %1 on %n document(s))",
                                           nullptr, m_documents).arg(trained);
    case AttributionRole::None:
        break;
    }
    return {};
}

EngineResult AttributionModel::annotate(const QString &text, const QList<SuggestedSpan> &furniture,
                                        const EngineResult &rules) const
{
    AttributionText prepared = prepareAttributionText(text, m_ruleFeatures ? rules : EngineResult(), furniture, m_lexicon);
    std::vector<quint8> tags;
    std::vector<float> marginals;
    if (m_stacked) {
        tagDocument(prepared, m_first, m_ruleFeatures, tags, &marginals);
        applyFirstPass(prepared, tags, marginals);
    }
    tagDocument(prepared, m_tagger, m_ruleFeatures, tags, &marginals, &m_bias);
    std::vector<AttributionChunk> chunks = chunksOf(tags, marginals);
    for (AttributionChunk &chunk : chunks) {
        const double *platt = m_calibration[int(chunk.role) - 1];
        chunk.confidence = 1 / (1 + std::exp(-(platt[0] * logit(chunk.confidence) + platt[1])));
    }
    const AttributionLinks links = m_linker.isTrained() ? m_linker.link(prepared, chunks) : AttributionLinks();

    EngineResult result;
    std::vector<QString> keys(chunks.size());
    const QString reasons[3] = {reasonFor(AttributionRole::Source), reasonFor(AttributionRole::Cue),
                                reasonFor(AttributionRole::Content)};
    int counts[3] = {0, 0, 0};
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        const AttributionChunk &chunk = chunks[c];
        const int role = int(chunk.role) - 1;
        SuggestedSpan span;
        span.start = prepared.tokens[chunk.first].start;
        span.end = prepared.tokens[chunk.last].end;
        span.confidence = chunk.confidence;
        span.reason = reasons[role];
        if (chunk.role == AttributionRole::Content) {
            span.label = u"QUOTE"_s;
            const QStringView content = QStringView(text).mid(span.start, span.end - span.start).trimmed();
            const bool direct = content.size() >= 2 && isOpeningMark(content.front()) && isClosingMark(content.back());
            span.attrs.insert(u"form"_s, direct ? u"direct"_s : u"indirect"_s);
            span.key = u"a-q%1"_s.arg(++counts[role]);
        } else if (chunk.role == AttributionRole::Source) {
            span.label = u"SOURCE"_s;
            for (int t = chunk.first; t <= chunk.last && !span.attrs.contains(u"kind"); ++t) {
                const int rule = prepared.ruleOther.empty() ? -1 : prepared.ruleOther[t];
                if (rule >= 0 && prepared.rules.spans[rule].label == u"SOURCE" && prepared.rules.spans[rule].attrs.contains(u"kind"))
                    span.attrs.insert(u"kind"_s, prepared.rules.spans[rule].attrs.value(u"kind"));
            }
            span.key = u"a-s%1"_s.arg(++counts[role]);
        } else {
            span.label = u"CUE"_s;
            span.key = u"a-c%1"_s.arg(++counts[role]);
        }
        keys[c] = span.key;
        result.spans.append(span);
    }
    for (std::size_t c = 0; c < chunks.size() && !links.cueOf.empty(); ++c) {
        if (links.sourceOf[c] >= 0)
            result.relations.append({u"SPEAKER"_s, keys[c], keys[links.sourceOf[c]]});
        if (links.cueOf[c] >= 0)
            result.relations.append({u"CUE"_s, keys[c], keys[links.cueOf[c]]});
    }
    return result;
}

QByteArray AttributionModel::serialize() const
{
    if (!m_tagger.isTrained())
        return {};
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out << m_trainedAt.toString(Qt::ISODate) << qint32(m_documents) << qint32(m_quotes) << qint32(m_sources)
            << qint32(m_cues) << bool(m_ruleFeatures) << bool(m_stacked);
        for (const auto &platt : m_calibration)
            out << platt[0] << platt[1];
        for (const float value : m_bias)
            out << value;
        QList<quint64> words = m_lexicon.keys();
        std::sort(words.begin(), words.end()); // the same model gives the same bytes
        out << quint32(words.size());
        for (const quint64 word : std::as_const(words))
            out << word << m_lexicon.value(word);
        if (m_stacked)
            m_first.write(out);
        m_tagger.write(out);
        m_linker.write(out);
    }
    const QByteArray compressed = qCompress(payload, 6);
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << quint32(payload.size()) << bytesChecksum(compressed);
    out.writeRawData(compressed.constData(), int(compressed.size()));
    return blob;
}

std::optional<AttributionModel> AttributionModel::deserialize(const QByteArray &blob)
{
    constexpr qsizetype headerSize = 4 + 4 + 4 + 8;
    if (blob.size() < headerSize + 4)
        return std::nullopt;
    QDataStream header(blob);
    header.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, payloadSize = 0;
    quint64 checksum = 0;
    header >> magic >> version >> payloadSize >> checksum;
    if (header.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion || qint64(payloadSize) > kMaxPayload)
        return std::nullopt;
    const QByteArray compressed = blob.mid(headerSize);
    if (bytesChecksum(compressed) != checksum)
        return std::nullopt;
    // qCompress stores the size big-endian in front; check it before qUncompress allocates.
    const quint32 declared = (quint32(quint8(compressed[0])) << 24) | (quint32(quint8(compressed[1])) << 16)
        | (quint32(quint8(compressed[2])) << 8) | quint32(quint8(compressed[3]));
    if (declared != payloadSize)
        return std::nullopt;
    const QByteArray payload = qUncompress(compressed);
    if (payload.size() != qsizetype(payloadSize))
        return std::nullopt;

    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    AttributionModel model;
    QString trainedAt;
    qint32 documents = 0, quotes = 0, sources = 0, cues = 0;
    quint32 lexiconSize = 0;
    in >> trainedAt >> documents >> quotes >> sources >> cues >> model.m_ruleFeatures >> model.m_stacked;
    for (auto &platt : model.m_calibration)
        in >> platt[0] >> platt[1];
    for (float &value : model.m_bias)
        in >> value;
    in >> lexiconSize;
    if (in.status() != QDataStream::Ok || lexiconSize > (1u << 22))
        return std::nullopt;
    for (quint32 i = 0; i < lexiconSize; ++i) {
        quint64 key = 0;
        float probability = 0;
        in >> key >> probability;
        model.m_lexicon.insert(key, std::isfinite(probability) ? probability : 0.0f);
    }
    for (const auto &platt : model.m_calibration) {
        if (!std::isfinite(platt[0]) || !std::isfinite(platt[1]))
            return std::nullopt;
    }
    for (const float value : model.m_bias) {
        if (!std::isfinite(value))
            return std::nullopt;
    }
    if (in.status() != QDataStream::Ok || (model.m_stacked && !model.m_first.read(in)) || !model.m_tagger.read(in) || !model.m_linker.read(in) || !in.atEnd())
        return std::nullopt;
    model.m_trainedAt = QDateTime::fromString(trainedAt, Qt::ISODate);
    model.m_documents = documents;
    model.m_quotes = quotes;
    model.m_sources = sources;
    model.m_cues = cues;
    return model;
}

} // namespace Copydesk
