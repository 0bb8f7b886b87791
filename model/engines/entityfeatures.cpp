#include "entityfeatures.h"

#include <algorithm>
#include <memory>

#include <QHash>

#include "builtinengines.h"
#include "engine.h"
#include "gazetteer.h"
#include "wordclusters.h"

using namespace Qt::StringLiterals;

namespace Copydesk::EntityFeatures {
namespace {

quint64 feature(QStringView name)
{
    return PerceptronTagger::extraFeature(name);
}

quint64 feature(quint64 group, quint64 value)
{
    return PerceptronTagger::combineFeatures(group, value);
}

// A token's place in an entity of `count` tokens: unit, begin, inside, last.
quint64 place(qsizetype index, qsizetype count)
{
    return count == 1 ? 1 : index == 0 ? 2 : index + 1 == count ? 4 : 3;
}

bool isCapitalised(QStringView word)
{
    for (const QChar c : word) {
        if (c.isLetter())
            return c.isUpper() || c.isTitleCase();
    }
    return false;
}

// A line in capitals ("RUSSIA SAYS TALKS STALL"): capitals tell nothing there.
bool isAllCaps(const TaggerSentence &sentence)
{
    int letters = 0;
    for (const TaggerToken &token : sentence) {
        for (const QChar c : token.text) {
            if (c.isLower())
                return false;
            letters += c.isLetter() ? 1 : 0;
        }
    }
    return letters >= 2;
}

// Where a token is in the document.
struct Place
{
    qsizetype sentence = 0;
    qsizetype index = 0;
    qsizetype start = 0;
};

const Engine &ruleEngine()
{
    static const std::unique_ptr<Engine> engine = createEntityEngine(); // thread-safe, const afterwards
    return *engine;
}

// What kind of rule found an entity, without the names some reasons quote: "gazetteer:
// country", "title", "same as", "capitalised name".
QString kindOfRule(const QString &reason)
{
    if (reason.startsWith(u"gazetteer"))
        return reason.left(40);
    qsizetype cut = reason.size();
    for (const QChar c : {QChar(u':'), QChar(u'+'), QChar(u'('), QChar(u'\'')}) {
        const qsizetype at = reason.indexOf(c);
        if (at >= 0)
            cut = std::min(cut, at);
    }
    return reason.left(std::min<qsizetype>(cut, 40)).trimmed();
}

void addRules(QStringView text, const std::vector<Place> &places, QList<TaggedSentence> &sentences)
{
    EngineDocument document;
    document.text = text.toString();
    const EngineResult found = ruleEngine().annotate(document, nullptr);
    static const quint64 rule = feature(u"rule");
    static const quint64 ruleLabel = feature(u"rule-label");
    static const quint64 ruleWhy = feature(u"rule-why");
    for (const SuggestedSpan &span : found.spans) {
        auto first = std::lower_bound(places.cbegin(), places.cend(), span.start,
                                      [](const Place &p, qsizetype start) { return p.start < start; });
        auto last = first;
        while (last != places.cend() && last->start < span.end && last->sentence == first->sentence)
            ++last;
        const qsizetype count = last - first;
        const quint64 label = feature(span.label);
        const quint64 why = feature(ruleWhy, feature(feature(kindOfRule(span.reason)), label));
        for (auto token = first; token != last; ++token) {
            QList<quint64> &extras = sentences[token->sentence].extras[token->index];
            extras.append(feature(rule, feature(label, place(token - first, count))));
            extras.append(feature(ruleLabel, label));
            extras.append(why);
        }
    }
}

bool hasLetter(QStringView word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
}

void addGazetteer(const QList<TaggerSentence> &tokens, QList<TaggedSentence> &sentences)
{
    const Gazetteer &gazetteer = Gazetteer::builtin();
    static const quint64 firstName = feature(u"gaz-first-name");
    static const quint64 common = feature(u"gaz-common-word");
    static const quint64 proper = feature(u"gaz-proper-word");
    static const quint64 title = feature(u"gaz-title");
    static const quint64 headOf = feature(u"gaz-head");
    static const quint64 name = feature(u"gaz");
    static const quint64 nameWhy = feature(u"gaz-why");
    for (qsizetype s = 0; s < tokens.size(); ++s) {
        const TaggerSentence &sentence = tokens[s];
        QList<QList<quint64>> &extras = sentences[s].extras;
        const bool caps = isAllCaps(sentence);
        const qsizetype n = sentence.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QString &word = sentence[i].text;
            if (!hasLetter(word))
                continue;
            const bool capitalised = isCapitalised(word);
            const QString lower = word.toLower();
            if (capitalised && (caps ? gazetteer.isFirstNameUpper(word) : gazetteer.isFirstName(word)))
                extras[i].append(firstName);
            if (!caps && capitalised && gazetteer.isCommonWord(lower))
                extras[i].append(common);
            if (capitalised && gazetteer.isProperWord(word))
                extras[i].append(proper);
            if (gazetteer.isTitle(lower))
                extras[i].append(title);
            if (const Gazetteer::Head *head = capitalised ? gazetteer.head(word) : nullptr) {
                extras[i].append(feature(headOf, quint64(head->kind) * 4 + (head->first ? 1 : 0) + (head->last ? 2 : 0)));
            }
        }
        // Names: the longest match from the left, then on after it.
        for (qsizetype i = 0; i < n;) {
            qsizetype length = 0;
            const Gazetteer::Entry *match = nullptr;
            if (caps ? gazetteer.startsNameUpper(sentence[i].text) : gazetteer.startsName(sentence[i].text)) {
                QString key;
                for (qsizetype j = i; j < n && j - i < gazetteer.longestName(); ++j) {
                    if (j > i)
                        key += u' ';
                    key += sentence[j].text;
                    const Gazetteer::Entry *entry = caps ? gazetteer.findUpper(key) : gazetteer.find(key);
                    if (entry && entry->kind != EntityKind::None) {
                        length = j - i + 1;
                        match = entry;
                    }
                }
            }
            if (!match) {
                ++i;
                continue;
            }
            const quint64 why = feature(nameWhy, feature(match->reason));
            for (qsizetype k = 0; k < length; ++k) {
                extras[i + k].append(feature(name, quint64(match->kind) * 8 + place(k, length)));
                extras[i + k].append(why);
            }
            i += length;
        }
    }
}

void addClusters(const QList<TaggerSentence> &tokens, QList<TaggedSentence> &sentences, const WordClusters &clusters)
{
    for (qsizetype s = 0; s < tokens.size(); ++s) {
        for (qsizetype i = 0; i < tokens[s].size(); ++i)
            clusters.addFeatures(tokens[s][i].text, sentences[s].extras[i]);
    }
}

} // namespace

void add(QStringView text, const QList<TaggerSentence> &tokens, QList<TaggedSentence> &sentences,
         const EntityFeatureSet &set, const WordClusters *clusters)
{
    std::vector<Place> places;
    for (qsizetype s = 0; s < tokens.size(); ++s) {
        sentences[s].extras.resize(tokens[s].size());
        for (qsizetype i = 0; i < tokens[s].size(); ++i)
            places.push_back({s, i, tokens[s][i].start});
    }
    if (set.rules)
        addRules(text, places, sentences);
    if (set.gazetteer)
        addGazetteer(tokens, sentences);
    if (set.clusters && clusters)
        addClusters(tokens, sentences, *clusters);
}

} // namespace Copydesk::EntityFeatures
