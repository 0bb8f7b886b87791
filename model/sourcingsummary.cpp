#include "sourcingsummary.h"

#include <algorithm>
#include <numeric>

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "textclass.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

const QStringList knownForms{u"direct"_s, u"indirect"_s, u"mixed"_s, u"scare"_s};
const QStringList furnitureLabels{u"DISCLAIMER"_s, u"BOILERPLATE"_s, u"METADATA"_s};

// Speakers that are pronouns ("he", "they", "who"): in one article they stand for someone;
// across articles they are nobody in particular.
bool isPronounKey(const QString &key)
{
    static const QSet<QString> pronouns{u"he"_s,   u"she"_s,   u"they"_s,  u"it"_s,    u"i"_s,
                                        u"we"_s,   u"you"_s,   u"who"_s,   u"which"_s, u"that"_s,
                                        u"him"_s,  u"her"_s,   u"them"_s,  u"this"_s,  u"one"_s};
    return pronouns.contains(key);
}

bool isDash(QChar c)
{
    return c.unicode() >= 0x80 ? c.category() == QChar::Punctuation_Dash : c == u'-';
}

QString formOf(const Annotation &quote)
{
    const QString form = quote.attrs.value(u"form").toString();
    return form.isEmpty() ? u"unspecified"_s : form;
}

struct Span16
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Counts the code points of a text that are not white space (a surrogate pair is one).
qint64 countVisible(QStringView text)
{
    qint64 count = 0;
    for (const QChar c : text)
        count += !(c.isLowSurrogate() || c.isSpace());
    return count;
}

// The same for the characters whose mask is as wanted.
qint64 countVisible(QStringView text, const QList<bool> &mask, bool wanted)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate() || c.isSpace() || mask.at(i) != wanted)
            continue;
        ++count;
    }
    return count;
}

// The words of a text as countWords() counts them, as UTF-16 ranges.
QList<Span16> wordSpans(QStringView text)
{
    QList<Span16> words;
    qsizetype start = -1;
    bool hasContent = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool boundary = i == text.size() || text.at(i).isSpace() || isDash(text.at(i));
        if (boundary) {
            if (start >= 0 && hasContent)
                words.append({start, i});
            start = -1;
            hasContent = false;
            continue;
        }
        if (start < 0)
            start = i;
        hasContent = hasContent || isWordCodePoint(codePointAt(text, i));
    }
    return words;
}

template<typename Group>
Group &groupFor(QList<Group> &groups, QHash<QString, int> &index, const QString &key, const QString &name)
{
    auto it = index.constFind(key);
    if (it != index.constEnd())
        return groups[*it];
    index.insert(key, int(groups.size()));
    Group group;
    group.key = key;
    group.name = name;
    groups.append(group);
    return groups.last();
}

void sortSpeakers(QList<SpeakerSummary> &speakers)
{
    std::stable_sort(speakers.begin(), speakers.end(), [](const SpeakerSummary &a, const SpeakerSummary &b) {
        if (a.words != b.words)
            return a.words > b.words;
        return a.quotes > b.quotes;
    });
}

void sortPublications(QList<PublicationSummary> &publications)
{
    std::stable_sort(publications.begin(), publications.end(),
                     [](const PublicationSummary &a, const PublicationSummary &b) { return a.quotes > b.quotes; });
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

void addShare(KindShare &to, const KindShare &from)
{
    to.quotes += from.quotes;
    to.characters += from.characters;
    to.words += from.words;
}

// Disjoint sets over the SOURCE mentions of a document: the speakers.
class Groups
{
public:
    explicit Groups(qsizetype size) : m_parent(size) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<int> m_parent;
};

} // namespace

namespace {

// summarizeSourcing, phase by phase: what counts, how it is linked, the page and its body
// words, the speakers, the quotes, the claims.
class SummaryBuilder
{
public:
    SummaryBuilder(const QString &text, SourcingScope scope, const AbbreviationLexicon &abbreviations)
        : m_text(text)
        , m_offsets(text)
        , m_abbreviations(abbreviations)
        , m_furnitureMask(text.size(), false)
        , m_bodyMask(text.size(), true)
        , m_quotedMask(text.size(), false)
    {
        m_summary.documents = 1;
        m_summary.scope = scope;
        for (const QString &form : knownForms)
            m_summary.forms.append(QuoteFormCount{form, 0, 0, 0});
    }

    SourcingSummary build(const QList<Annotation> &annotations, const QList<Relation> &relations)
    {
        selectCounted(annotations);
        linkRelations(relations);
        for (const Annotation *a : std::as_const(m_counted)) {
            if (furnitureLabels.contains(a->label) || a->label == u"HEADLINE")
                maskFurniture(*a);
        }
        m_bodyWords = wordSpans(bodyText());
        m_wordClaimed.fill(false, m_bodyWords.size());
        groupSpeakers();
        for (const Annotation *a : std::as_const(m_counted)) {
            if (a->label == u"QUOTE")
                countQuote(*a);
        }
        settleSpeakers();
        m_summary.unattributedClaims = unattributedClaims(m_text, annotations, relations, m_summary.scope, m_abbreviations);
        m_summary.claimCount = int(m_summary.unattributedClaims.size());
        countPage();
        return std::move(m_summary);
    }

private:
    Span16 span16(const Annotation &a) const
    {
        const qsizetype start = m_offsets.toUtf16(a.start);
        return Span16{start, std::max(start, m_offsets.toUtf16(a.end))};
    }
    QStringView covered(const Annotation &a) const
    {
        const Span16 s = span16(a);
        return QStringView(m_text).mid(s.start, s.end - s.start);
    }
    QString bodyText() const;

    void selectCounted(const QList<Annotation> &annotations);
    void linkRelations(const QList<Relation> &relations);
    void maskFurniture(const Annotation &a);
    void groupSpeakers();
    SpeakerSummary &speakerOf(const Annotation &source);
    KindShare claimQuoted(const Annotation &quote);
    void countQuote(const Annotation &quote);
    void countSpeaker(SpeakerSummary &speaker, const Annotation &quote, const QString &form, const KindShare &counted);
    SourceKind viaKind(const Annotation &via) const;
    void addPublication(const QString &name, qint64 sourceId, const Annotation &quote);
    void settleSpeakers();
    void countPage();

    const QString &m_text;
    const TextOffsets m_offsets;
    const AbbreviationLexicon &m_abbreviations;
    SourcingSummary m_summary;
    QList<const Annotation *> m_counted; // in text order, longer first
    QHash<qint64, const Annotation *> m_byId;
    // Relations between counted annotations only; one child per quote and label (the first).
    QHash<qint64, const Annotation *> m_speakerOf, m_viaOf;
    QList<QPair<qint64, qint64>> m_refersTo; // mention -> earlier mention of the same speaker
    QHash<QString, int> m_publicationIndex;
    QList<bool> m_furnitureMask;
    QList<bool> m_bodyMask;
    QList<bool> m_quotedMask;    // body characters already counted in a quote
    QHash<QString, QList<bool>> m_labelMasks;
    QList<Span16> m_bodyWords;
    QList<bool> m_wordClaimed;   // per body word: counted in a quote already
    // Speakers: SOURCE annotation id -> its speaker's place in m_summary.speakers, made when a
    // quote first uses one of its mentions.
    QList<const Annotation *> m_sources;
    QHash<qint64, int> m_sourceNode;
    QList<int> m_nodeGroup;
    QHash<int, int> m_speakerOfGroup;
    QSet<qint64> m_withoutKind;
};

QString SummaryBuilder::bodyText() const
{
    QString body = m_text;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!m_bodyMask.at(i))
            body[i] = u' ';
    }
    return body;
}

// The annotations that count, in text order.
void SummaryBuilder::selectCounted(const QList<Annotation> &annotations)
{
    for (const Annotation &a : annotations) {
        if (!isCounted(a, m_summary.scope))
            continue;
        m_counted.append(&a);
        m_byId.insert(a.id, &a);
        if (a.status == AnnotationStatus::Suggested
            && (a.label == u"QUOTE" || a.label == u"SOURCE" || a.label == u"CUE" || furnitureLabels.contains(a.label)
                || a.label == u"HEADLINE"))
            ++m_summary.suggestionsCounted;
    }
    std::stable_sort(m_counted.begin(), m_counted.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
}

void SummaryBuilder::linkRelations(const QList<Relation> &relations)
{
    QList<Relation> sortedRelations = relations;
    std::sort(sortedRelations.begin(), sortedRelations.end(),
              [](const Relation &a, const Relation &b) { return a.id < b.id; });
    const QString refersTo = refersToRelation();
    for (const Relation &r : sortedRelations) {
        const Annotation *head = m_byId.value(r.headId);
        const Annotation *child = m_byId.value(r.childId);
        if (!head || !child || child->label != u"SOURCE")
            continue;
        if (r.label == refersTo && head->label == u"SOURCE")
            m_refersTo.append({head->id, child->id});
        else if (head->label != u"QUOTE")
            continue;
        else if (r.label == u"SPEAKER" && !m_speakerOf.contains(head->id))
            m_speakerOf.insert(head->id, child);
        else if (r.label == u"VIA" && !m_viaOf.contains(head->id))
            m_viaOf.insert(head->id, child);
    }
}

void SummaryBuilder::maskFurniture(const Annotation &a)
{
    const Span16 s = span16(a);
    QList<bool> &labelMask = m_labelMasks[a.label];
    if (labelMask.isEmpty())
        labelMask.resize(m_text.size(), false);
    for (qsizetype i = s.start; i < s.end; ++i) {
        m_bodyMask[i] = false;
        labelMask[i] = true;
        if (a.label != u"HEADLINE")
            m_furnitureMask[i] = true;
    }
}

// One speaker per set of SOURCE mentions linked by REFERS_TO or written the same; pronouns
// nobody linked group by themselves ("he" with "he").
void SummaryBuilder::groupSpeakers()
{
    for (const Annotation *a : std::as_const(m_counted)) {
        if (a->label == u"SOURCE") {
            m_sourceNode.insert(a->id, int(m_sources.size()));
            m_sources.append(a);
        }
    }
    Groups groups(m_sources.size());
    QSet<int> linked;
    for (const auto &[head, child] : std::as_const(m_refersTo)) {
        const int a = m_sourceNode.value(head, -1), b = m_sourceNode.value(child, -1);
        if (a >= 0 && b >= 0 && a != b) {
            groups.join(a, b);
            linked << a << b;
        }
    }
    QHash<QString, int> byKey;
    for (int i = 0; i < m_sources.size(); ++i) {
        const QString key = normalizedSourceKey(covered(*m_sources.at(i)));
        const bool pronoun = isPronounKey(key);
        if (pronoun && linked.contains(i))
            continue; // "he" is whoever it was linked to
        const auto it = byKey.constFind((pronoun ? u"pronoun:"_s : QString()) + key);
        if (it != byKey.constEnd())
            groups.join(*it, i);
        else
            byKey.insert((pronoun ? u"pronoun:"_s : QString()) + key, i);
    }
    m_nodeGroup.resize(m_sources.size());
    for (int i = 0; i < m_sources.size(); ++i)
        m_nodeGroup[i] = groups.find(i);
}

// The speaker a SOURCE stands for, made with all its mentions on first use.
SpeakerSummary &SummaryBuilder::speakerOf(const Annotation &source)
{
    const int group = m_nodeGroup.at(m_sourceNode.value(source.id));
    const auto known = m_speakerOfGroup.constFind(group);
    if (known != m_speakerOfGroup.constEnd())
        return m_summary.speakers[*known];
    SpeakerSummary speaker;
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_nodeGroup.at(i) != group)
            continue;
        const Annotation &a = *m_sources.at(i);
        SpeakerMention mention;
        mention.sourceId = a.id;
        mention.text = covered(a).toString().simplified();
        mention.start = a.start;
        mention.end = a.end;
        mention.pronoun = isPronounKey(normalizedSourceKey(mention.text));
        if (!sourceKindFromName(a.attrs.value(u"kind").toString(), &mention.kind))
            mention.kind = mention.pronoun ? SourceKind::Unresolved : SourceKind::Person;
        speaker.mentions.append(mention);
        speaker.sourceIds.append(a.id);
    }
    // The fullest name: the non-pronoun mention with the most words, then the longest.
    const SpeakerMention *fullest = nullptr;
    for (const SpeakerMention &m : std::as_const(speaker.mentions)) {
        if (m.pronoun)
            continue;
        const qint64 words = countWords(m.text);
        if (!fullest || words > countWords(fullest->text) || (words == countWords(fullest->text) && m.text.size() > fullest->text.size()))
            fullest = &m;
    }
    speaker.pronoun = !fullest;
    speaker.name = fullest ? fullest->text : speaker.mentions.constFirst().text;
    speaker.kind = fullest ? fullest->kind : SourceKind::Unresolved;
    if (speaker.kind == SourceKind::Unresolved && fullest)
        speaker.kind = SourceKind::Person;
    speaker.key = normalizedSourceKey(speaker.name);
    m_speakerOfGroup.insert(group, int(m_summary.speakers.size()));
    m_summary.speakers.append(speaker);
    return m_summary.speakers.last();
}

// Counts the body words and characters of a quote that no quote before it counted: a passage
// inside another counts once, and quotes in the headline or furniture count nothing.
KindShare SummaryBuilder::claimQuoted(const Annotation &quote)
{
    KindShare counted;
    counted.quotes = 1;
    const Span16 s = span16(quote);
    for (qsizetype i = s.start; i < s.end; ++i) {
        if (!m_bodyMask.at(i) || m_quotedMask.at(i))
            continue;
        m_quotedMask[i] = true;
        const QChar c = m_text.at(i);
        counted.characters += !(c.isLowSurrogate() || c.isSpace());
    }
    auto word = std::lower_bound(m_bodyWords.cbegin(), m_bodyWords.cend(), s.start,
                                 [](const Span16 &w, qsizetype start) { return w.start < start; });
    for (; word != m_bodyWords.cend() && word->start < s.end; ++word) {
        const qsizetype index = word - m_bodyWords.cbegin();
        if (!m_wordClaimed.at(index)) {
            m_wordClaimed[index] = true;
            ++counted.words;
        }
    }
    return counted;
}

void SummaryBuilder::countQuote(const Annotation &quote)
{
    const QStringView quoted = covered(quote);
    if (isStageDirection(quoted))
        return; // "(CROSSTALK)": nobody's words
    const QString form = formOf(quote);
    const bool scare = form == u"scare";
    const KindShare counted = scare ? KindShare{1, countVisible(quoted), countWords(quoted)}
                                    : claimQuoted(quote);
    ++m_summary.quotes;
    auto formIt = std::find_if(m_summary.forms.begin(), m_summary.forms.end(),
                               [&](const QuoteFormCount &f) { return f.form == form; });
    if (formIt == m_summary.forms.end()) {
        m_summary.forms.append(QuoteFormCount{form, 0, 0, 0});
        formIt = m_summary.forms.end() - 1;
    }
    ++formIt->quotes;
    formIt->characters += counted.characters;
    formIt->words += counted.words;
    if (scare)
        return;
    m_summary.quotedCharacters += counted.characters;
    m_summary.quotedWords += counted.words;

    const Annotation *source = m_speakerOf.value(quote.id);
    const Annotation *via = m_viaOf.value(quote.id);
    SourceKind kind = SourceKind::Unattributed;
    if (source) {
        SpeakerSummary &speaker = speakerOf(*source);
        kind = speaker.kind;
        countSpeaker(speaker, quote, form, counted);
        if (!source->attrs.contains(u"kind") && !m_withoutKind.contains(source->id)) {
            m_withoutKind.insert(source->id);
            ++m_summary.speakersWithoutKind;
        }
        if (kind == SourceKind::Publication)
            addPublication(speaker.name, source->id, quote);
    } else if (via) {
        // A quote with no speaker but a publication or document that carried it rests on that.
        kind = viaKind(*via);
    }
    addShare(m_summary.byKind[std::size_t(kind)], counted);
    if (via && viaKind(*via) == SourceKind::Publication)
        addPublication(covered(*via).toString().simplified(), via->id, quote);
}

void SummaryBuilder::countSpeaker(SpeakerSummary &s, const Annotation &quote, const QString &form, const KindShare &counted)
{
    ++s.quotes;
    s.direct += form == u"direct" ? 1 : 0;
    s.indirect += form == u"indirect" ? 1 : 0;
    s.mixed += form == u"mixed" ? 1 : 0;
    s.characters += counted.characters;
    s.words += counted.words;
    s.quoteIds.append(quote.id);
    const Annotation *source = m_speakerOf.value(quote.id);
    for (SpeakerMention &m : s.mentions)
        m.speaks = m.speaks || (source && m.sourceId == source->id);
}

// A VIA source is a publication unless it says it is a document ("according to a statement").
SourceKind SummaryBuilder::viaKind(const Annotation &via) const
{
    SourceKind kind = SourceKind::Publication;
    return sourceKindFromName(via.attrs.value(u"kind").toString(), &kind) && kind == SourceKind::Document
               ? SourceKind::Document
               : SourceKind::Publication;
}

void SummaryBuilder::addPublication(const QString &name, qint64 sourceId, const Annotation &quote)
{
    PublicationSummary &p = groupFor(m_summary.publications, m_publicationIndex, normalizedSourceKey(name), name);
    if (!p.quoteIds.contains(quote.id)) {
        p.quoteIds.append(quote.id);
        ++p.quotes;
    }
    if (!p.sourceIds.contains(sourceId))
        p.sourceIds.append(sourceId);
}

void SummaryBuilder::settleSpeakers()
{
    sortSpeakers(m_summary.speakers);
    sortPublications(m_summary.publications);
}

void SummaryBuilder::countPage()
{
    m_summary.pageCharacters = countVisible(m_text);
    m_summary.furnitureCharacters = countVisible(m_text, m_furnitureMask, true);
    for (const QString &label : furnitureLabels) {
        m_summary.furnitureByLabel.append(
            {label, m_labelMasks.contains(label) ? countVisible(m_text, m_labelMasks.value(label), true) : 0});
    }
    if (m_labelMasks.contains(u"HEADLINE"_s))
        m_summary.headlineCharacters = countVisible(m_text, m_labelMasks.value(u"HEADLINE"_s), true);
    m_summary.bodyCharacters = countVisible(m_text, m_bodyMask, true);
    // Body words: the text with furniture and headline blanked out, so a word cut by a span
    // boundary is not counted twice.
    m_summary.bodyWords = m_bodyWords.size();
}

} // namespace

SourcingSummary summarizeSourcing(const QString &text, const QList<Annotation> &annotations,
                                  const QList<Relation> &relations, SourcingScope scope,
                                  const AbbreviationLexicon &abbreviations)
{
    return SummaryBuilder(text, scope, abbreviations).build(annotations, relations);
}

qint64 countWords(QStringView text)
{
    return wordSpans(text).size();
}

QString normalizedSourceKey(QStringView text)
{
    QString key = text.toString().toCaseFolded().simplified();
    auto isEdge = [](QChar c) { return c.isPunct() || c.isSymbol() || c.isSpace(); };
    while (!key.isEmpty() && isEdge(key.front()))
        key.remove(0, 1);
    while (!key.isEmpty() && isEdge(key.back()))
        key.chop(1);
    if (key.endsWith(u"'s") || key.endsWith(u"\u2019s"))
        key.chop(2);
    if (key.startsWith(u"the ") && key.size() > 4)
        key.remove(0, 4);
    return key.trimmed();
}

QList<int> wholePercentages(const QList<qint64> &values)
{
    QList<int> result(values.size(), 0);
    qint64 total = 0;
    for (qint64 value : values)
        total += std::max<qint64>(value, 0);
    if (total <= 0)
        return result;
    QList<QPair<qint64, int>> remainders; // (remainder, index)
    int given = 0;
    for (int i = 0; i < values.size(); ++i) {
        const qint64 scaled = std::max<qint64>(values.at(i), 0) * 100;
        result[i] = int(scaled / total);
        given += result[i];
        remainders.append({scaled % total, i});
    }
    // A share above zero that rounded down to 0% gets its point first: "0% anonymous" would hide
    // an anonymous quote.
    auto hidden = [&](int i) { return result.at(i) == 0 && values.at(i) > 0; };
    std::stable_sort(remainders.begin(), remainders.end(), [&](const auto &a, const auto &b) {
        if (hidden(a.second) != hidden(b.second))
            return hidden(a.second);
        return a.first > b.first;
    });
    for (int k = 0; given < 100 && k < remainders.size(); ++k, ++given)
        ++result[remainders.at(k).second];
    return result;
}

qint64 SourcingSummary::attributableWords() const
{
    qint64 words = 0;
    for (const KindShare &s : byKind)
        words += s.words;
    return words;
}

double SourcingSummary::kindShare(SourceKind kind) const
{
    return ratio(share(kind).words, attributableWords());
}

double SourcingSummary::furnitureShare() const
{
    return ratio(furnitureCharacters, pageCharacters);
}

double SourcingSummary::quotedShareOfBody() const
{
    return ratio(attributableWords(), bodyWords);
}

SourcingTotals::SourcingTotals(SourcingScope scope)
{
    m_total.scope = scope;
}

void SourcingTotals::add(const SourcingSummary &other)
{
    SourcingSummary &t = m_total;
    t.documents += other.documents;
    t.suggestionsCounted += other.suggestionsCounted;
    t.speakersWithoutKind += other.speakersWithoutKind;
    t.quotes += other.quotes;
    t.quotedCharacters += other.quotedCharacters;
    t.quotedWords += other.quotedWords;
    for (const QuoteFormCount &form : other.forms) {
        auto it = std::find_if(t.forms.begin(), t.forms.end(), [&](const QuoteFormCount &f) { return f.form == form.form; });
        if (it == t.forms.end()) {
            t.forms.append(form);
        } else {
            it->quotes += form.quotes;
            it->characters += form.characters;
            it->words += form.words;
        }
    }
    for (int k = 0; k < sourceKindCount; ++k)
        addShare(t.byKind[k], other.byKind[k]);
    // Across documents a pronoun is nobody in particular: speakers nobody resolved are counted,
    // not listed.
    for (const SpeakerSummary &s : other.speakers) {
        if (s.pronoun || s.kind == SourceKind::Unresolved) {
            t.unresolvedQuotes += s.quotes;
            continue;
        }
        const bool known = m_speakerIndex.contains(s.key);
        SpeakerSummary &mine = groupFor(t.speakers, m_speakerIndex, s.key, s.name);
        if (!known) {
            mine.kind = s.kind;
            mine.documents = 0;
        }
        mine.quotes += s.quotes;
        mine.direct += s.direct;
        mine.indirect += s.indirect;
        mine.mixed += s.mixed;
        mine.characters += s.characters;
        mine.words += s.words;
        mine.documents += s.documents;
    }
    t.unresolvedQuotes += other.unresolvedQuotes;
    t.claimCount += other.claimCount;
    for (const PublicationSummary &p : other.publications)
        groupFor(t.publications, m_publicationIndex, p.key, p.name).quotes += p.quotes;
    t.pageCharacters += other.pageCharacters;
    t.furnitureCharacters += other.furnitureCharacters;
    for (const QPair<QString, qint64> &theirs : other.furnitureByLabel) {
        auto it = std::find_if(t.furnitureByLabel.begin(), t.furnitureByLabel.end(),
                               [&](const auto &entry) { return entry.first == theirs.first; });
        if (it == t.furnitureByLabel.end())
            t.furnitureByLabel.append(theirs);
        else
            it->second += theirs.second;
    }
    t.headlineCharacters += other.headlineCharacters;
    t.bodyCharacters += other.bodyCharacters;
    t.bodyWords += other.bodyWords;
}

SourcingSummary SourcingTotals::finish()
{
    sortSpeakers(m_total.speakers);
    sortPublications(m_total.publications);
    m_speakerIndex.clear();
    m_publicationIndex.clear();
    return std::move(m_total);
}

QJsonObject toJson(const SourcingSummary &summary)
{
    QJsonObject forms;
    for (const QuoteFormCount &f : summary.forms)
        forms.insert(f.form, QJsonObject{{u"quotes"_s, f.quotes}, {u"characters"_s, f.characters}, {u"words"_s, f.words}});

    QJsonObject kinds;
    QList<qint64> words;
    for (const KindShare &share : summary.byKind)
        words.append(share.words);
    const QList<int> percentages = wholePercentages(words);
    for (int k = 0; k < sourceKindCount; ++k) {
        const KindShare &s = summary.byKind[k];
        kinds.insert(sourceKindName(SourceKind(k)),
                     QJsonObject{{u"quotes"_s, s.quotes}, {u"characters"_s, s.characters}, {u"words"_s, s.words},
                                 {u"share"_s, summary.kindShare(SourceKind(k))}, {u"percent"_s, percentages.at(k)}});
    }

    QJsonArray speakers;
    for (const SpeakerSummary &s : summary.speakers) {
        QJsonArray mentions;
        for (const SpeakerMention &m : s.mentions) {
            mentions.append(QJsonObject{{u"source_id"_s, m.sourceId}, {u"text"_s, m.text}, {u"start"_s, m.start},
                                        {u"end"_s, m.end}, {u"kind"_s, sourceKindName(m.kind)},
                                        {u"pronoun"_s, m.pronoun}, {u"speaks"_s, m.speaks}});
        }
        QJsonObject speaker{{u"name"_s, s.name}, {u"key"_s, s.key}, {u"kind"_s, sourceKindName(s.kind)},
                            {u"quotes"_s, s.quotes}, {u"direct"_s, s.direct}, {u"indirect"_s, s.indirect},
                            {u"mixed"_s, s.mixed}, {u"characters"_s, s.characters}, {u"words"_s, s.words},
                            {u"pronoun"_s, s.pronoun}, {u"documents"_s, s.documents}};
        if (summary.documents <= 1) {
            speaker.insert(u"mentions"_s, mentions);
            speaker.insert(u"source_ids"_s, idArray(s.sourceIds));
            speaker.insert(u"quote_ids"_s, idArray(s.quoteIds));
        }
        speakers.append(speaker);
    }

    QJsonArray claims;
    for (const UnattributedClaim &c : summary.unattributedClaims) {
        claims.append(QJsonObject{{u"document_id"_s, c.documentId}, {u"start"_s, c.start}, {u"end"_s, c.end},
                                  {u"sentence"_s, c.sentence}, {u"cues"_s, QJsonArray::fromStringList(c.cues)},
                                  {u"cue_ids"_s, idArray(c.cueIds)}});
    }

    QJsonArray publications;
    for (const PublicationSummary &p : summary.publications) {
        QJsonObject publication{{u"name"_s, p.name}, {u"key"_s, p.key}, {u"quotes"_s, p.quotes}};
        if (summary.documents <= 1) {
            publication.insert(u"source_ids"_s, idArray(p.sourceIds));
            publication.insert(u"quote_ids"_s, idArray(p.quoteIds));
        }
        publications.append(publication);
    }

    QJsonObject byLabel;
    for (const auto &[label, characters] : summary.furnitureByLabel)
        byLabel.insert(label, characters);

    return QJsonObject{
        {u"documents"_s, summary.documents},
        {u"scope"_s, sourcingScopeName(summary.scope)},
        {u"suggestions_counted"_s, summary.suggestionsCounted},
        {u"speakers_without_kind"_s, summary.speakersWithoutKind},
        {u"quotes"_s, QJsonObject{{u"total"_s, summary.quotes}, {u"characters"_s, summary.quotedCharacters},
                                  {u"words"_s, summary.quotedWords}, {u"by_form"_s, forms}}},
        {u"quoted_words_by_kind"_s, kinds},
        {u"quoted_share_of_body"_s, summary.quotedShareOfBody()},
        {u"speakers"_s, speakers},
        {u"unresolved_speaker_quotes"_s, summary.unresolvedQuotes},
        {u"unattributed_claims"_s, claims},
        {u"unattributed_claim_count"_s, summary.claimCount},
        {u"publications"_s, publications},
        {u"furniture"_s, QJsonObject{{u"characters"_s, summary.furnitureCharacters},
                                     {u"share"_s, summary.furnitureShare()},
                                     {u"by_label"_s, byLabel},
                                     {u"page_characters"_s, summary.pageCharacters},
                                     {u"headline_characters"_s, summary.headlineCharacters}}},
        {u"body"_s, QJsonObject{{u"characters"_s, summary.bodyCharacters}, {u"words"_s, summary.bodyWords}}},
    };
}

} // namespace Copydesk
