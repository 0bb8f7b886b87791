#include "sourcingsummary.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QSet>

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
    return c.category() == QChar::Punctuation_Dash;
}

SourceKind parseKind(const QJsonObject &attrs)
{
    const QString kind = attrs.value(u"kind").toString();
    if (kind == u"anonymous")
        return SourceKind::Anonymous;
    if (kind == u"publication")
        return SourceKind::Publication;
    // A SOURCE a person marked without choosing a kind is most often a name.
    return SourceKind::Named;
}

QString formOf(const Annotation &quote)
{
    const QString form = quote.attrs.value(u"form").toString();
    return form.isEmpty() ? u"unspecified"_s : form;
}

// Words before a full stop that do not end a sentence ("Mr. Smith", "Gen. Ward").
bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations{
        u"mr"_s,   u"mrs"_s,  u"ms"_s,   u"dr"_s,  u"prof"_s, u"sen"_s, u"rep"_s,  u"gov"_s,  u"gen"_s,
        u"lt"_s,   u"col"_s,  u"capt"_s, u"sgt"_s, u"st"_s,   u"jr"_s,  u"sr"_s,   u"inc"_s,  u"co"_s,
        u"corp"_s, u"ltd"_s,  u"vs"_s,   u"jan"_s,  u"feb"_s, u"mar"_s,  u"apr"_s,  u"jun"_s,
        u"jul"_s,  u"aug"_s,  u"sep"_s,  u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s,  u"rev"_s,  u"hon"_s,
        u"approx"_s, u"etc"_s, u"e.g"_s, u"i.e"_s};
    if (word.size() == 1 && word.front().isLetter())
        return true; // an initial, or the last letter of "U.S."
    return abbreviations.contains(word.toString().toCaseFolded());
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019'
           || c == u'\u00BB';
}

// Whether the terminator at i ends a sentence; *after is then the position after it and any
// closing quotation marks or brackets.
bool endsSentence(QStringView text, qsizetype i, qsizetype *after)
{
    const QChar c = text.at(i);
    if (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026')
        return false;
    qsizetype j = i + 1;
    while (j < text.size() && isClosing(text.at(j)))
        ++j;
    if (j < text.size() && !text.at(j).isSpace())
        return false; // "3.5", "U.S.-led", "example.com"
    qsizetype k = j;
    while (k < text.size() && text.at(k).isSpace() && text.at(k) != u'\n')
        ++k;
    if (k < text.size() && text.at(k).isLower())
        return false; // "Mr. smith" never happens; "approx. ten" does
    if (c == u'.') {
        qsizetype w = i;
        while (w > 0 && (text.at(w - 1).isLetter() || text.at(w - 1) == u'.'))
            --w;
        QStringView word = text.mid(w, i - w);
        const qsizetype lastDot = word.lastIndexOf(u'.');
        if (isAbbreviation(lastDot >= 0 ? word.mid(lastDot + 1) : word))
            return false;
    }
    *after = j;
    return true;
}

// The UTF-16 bounds of the sentence around [from, to): from the end of the previous sentence
// or line to the end of this one, white space trimmed.
QPair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype from, qsizetype to)
{
    qsizetype start = 0;
    for (qsizetype i = from - 1; i >= 0; --i) {
        if (text.at(i) == u'\n') {
            start = i + 1;
            break;
        }
        qsizetype after = 0;
        if (endsSentence(text, i, &after) && after <= from) {
            start = after;
            break;
        }
    }
    qsizetype end = text.size();
    for (qsizetype i = std::max(to, from); i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            end = i;
            break;
        }
        qsizetype after = 0;
        if (endsSentence(text, i, &after)) {
            end = after;
            break;
        }
    }
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

// The most characters between a cue and the source it introduces ("According to the FT").
constexpr qsizetype maxAttributionGap = 8;

// Whether the text between a cue and a source holds nothing but white space, punctuation and
// articles.
bool isAttributionGap(QStringView gap)
{
    for (QStringView word : gap.split(u' ', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toString().toCaseFolded();
        if (w == u"the" || w == u"a" || w == u"an")
            continue;
        if (std::any_of(w.cbegin(), w.cend(), [](QChar ch) { return ch.isLetterOrNumber(); }))
            return false;
    }
    return true;
}

struct Span16
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Counts the code points in [start, end) that are not white space (a surrogate pair is one).
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

} // namespace

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Named: return u"named"_s;
    case SourceKind::Anonymous: return u"anonymous"_s;
    case SourceKind::Publication: return u"publication"_s;
    case SourceKind::Unattributed: return u"unattributed"_s;
    }
    return {};
}

QString sourcingScopeName(SourcingScope scope)
{
    return scope == SourcingScope::DecisionsOnly ? u"decisions_only"_s : u"decisions_and_suggestions"_s;
}

qint64 countWords(QStringView text)
{
    qint64 words = 0;
    bool inWord = false;
    bool hasContent = false;
    for (const QChar c : text) {
        if (c.isSpace() || isDash(c)) {
            if (inWord && hasContent)
                ++words;
            inWord = hasContent = false;
            continue;
        }
        inWord = true;
        hasContent = hasContent || c.isLetterOrNumber() || c.isHighSurrogate();
    }
    if (inWord && hasContent)
        ++words;
    return words;
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

void SourcingSummary::add(const SourcingSummary &other)
{
    documents += other.documents;
    suggestionsCounted += other.suggestionsCounted;
    speakersWithoutKind += other.speakersWithoutKind;
    quotes += other.quotes;
    quotedCharacters += other.quotedCharacters;
    quotedWords += other.quotedWords;
    for (const QuoteFormCount &form : other.forms) {
        auto it = std::find_if(forms.begin(), forms.end(), [&](const QuoteFormCount &f) { return f.form == form.form; });
        if (it == forms.end()) {
            forms.append(form);
        } else {
            it->quotes += form.quotes;
            it->characters += form.characters;
            it->words += form.words;
        }
    }
    for (int k = 0; k < sourceKindCount; ++k) {
        byKind[k].quotes += other.byKind[k].quotes;
        byKind[k].characters += other.byKind[k].characters;
        byKind[k].words += other.byKind[k].words;
    }
    QHash<QString, int> speakerIndex;
    for (int i = 0; i < speakers.size(); ++i)
        speakerIndex.insert(speakers.at(i).key, i);
    for (const SpeakerSummary &s : other.speakers) {
        SpeakerSummary &mine = groupFor(speakers, speakerIndex, s.key, s.name);
        if (mine.quotes == 0) {
            mine.kind = s.kind;
            mine.pronoun = s.pronoun;
        }
        mine.quotes += s.quotes;
        mine.direct += s.direct;
        mine.indirect += s.indirect;
        mine.mixed += s.mixed;
        mine.characters += s.characters;
        mine.words += s.words;
        mine.sourceIds += s.sourceIds;
        mine.quoteIds += s.quoteIds;
    }
    sortSpeakers(speakers);
    unattributedClaims += other.unattributedClaims;
    QHash<QString, int> publicationIndex;
    for (int i = 0; i < publications.size(); ++i)
        publicationIndex.insert(publications.at(i).key, i);
    for (const PublicationSummary &p : other.publications) {
        PublicationSummary &mine = groupFor(publications, publicationIndex, p.key, p.name);
        mine.quotes += p.quotes;
        mine.sourceIds += p.sourceIds;
        mine.quoteIds += p.quoteIds;
    }
    sortPublications(publications);
    pageCharacters += other.pageCharacters;
    furnitureCharacters += other.furnitureCharacters;
    for (const auto &[label, characters] : other.furnitureByLabel) {
        auto it = std::find_if(furnitureByLabel.begin(), furnitureByLabel.end(),
                               [&wanted = label](const auto &entry) { return entry.first == wanted; });
        if (it == furnitureByLabel.end())
            furnitureByLabel.append({label, characters});
        else
            it->second += characters;
    }
    headlineCharacters += other.headlineCharacters;
    bodyCharacters += other.bodyCharacters;
    bodyWords += other.bodyWords;
}

SourcingSummary summarizeSourcing(const QString &text, const QList<Annotation> &annotations,
                                  const QList<Relation> &relations, SourcingScope scope)
{
    SourcingSummary summary;
    summary.documents = 1;
    summary.scope = scope;
    const TextOffsets offsets(text);
    auto span16 = [&](const Annotation &a) {
        const qsizetype start = offsets.toUtf16(a.start);
        return Span16{start, std::max(start, offsets.toUtf16(a.end))};
    };
    auto covered = [&](const Annotation &a) {
        const Span16 s = span16(a);
        return QStringView(text).mid(s.start, s.end - s.start);
    };

    // The annotations that count, in text order.
    QList<const Annotation *> counted;
    QHash<qint64, const Annotation *> byId;
    for (const Annotation &a : annotations) {
        if (a.status == AnnotationStatus::Rejected)
            continue;
        if (scope == SourcingScope::DecisionsOnly && a.status == AnnotationStatus::Suggested)
            continue;
        counted.append(&a);
        byId.insert(a.id, &a);
    }
    std::stable_sort(counted.begin(), counted.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });

    // Relations between counted annotations only; one child per quote and label (the first).
    QHash<qint64, const Annotation *> speakerOf, viaOf;
    QSet<qint64> linkedCues;
    QList<Relation> sortedRelations = relations;
    std::sort(sortedRelations.begin(), sortedRelations.end(),
              [](const Relation &a, const Relation &b) { return a.id < b.id; });
    for (const Relation &r : sortedRelations) {
        const Annotation *head = byId.value(r.headId);
        const Annotation *child = byId.value(r.childId);
        if (!head || !child || head->label != u"QUOTE")
            continue;
        if (r.label == u"SPEAKER" && child->label == u"SOURCE" && !speakerOf.contains(head->id))
            speakerOf.insert(head->id, child);
        else if (r.label == u"VIA" && child->label == u"SOURCE" && !viaOf.contains(head->id))
            viaOf.insert(head->id, child);
        else if (r.label == u"CUE" && child->label == u"CUE")
            linkedCues.insert(child->id);
    }

    for (const QString &form : knownForms)
        summary.forms.append(QuoteFormCount{form, 0, 0, 0});
    QHash<QString, int> speakerIndex, publicationIndex;
    // Per speaker: quotes by the kind of the mention (the majority decides the speaker's kind).
    QHash<QString, std::array<int, sourceKindCount>> speakerKindVotes;
    QList<bool> furnitureMask(text.size(), false);
    QList<bool> bodyMask(text.size(), true);
    QHash<QString, QList<bool>> labelMasks;
    QList<const Annotation *> unlinkedCues;

    auto addPublication = [&](const Annotation &source, const Annotation &quote) {
        PublicationSummary &p = groupFor(summary.publications, publicationIndex,
                                         normalizedSourceKey(covered(source)), covered(source).toString().simplified());
        if (!p.quoteIds.contains(quote.id)) {
            p.quoteIds.append(quote.id);
            ++p.quotes;
        }
        if (!p.sourceIds.contains(source.id))
            p.sourceIds.append(source.id);
    };

    for (const Annotation *a : counted) {
        if (a->status == AnnotationStatus::Suggested
            && (a->label == u"QUOTE" || a->label == u"SOURCE" || a->label == u"CUE"
                || furnitureLabels.contains(a->label) || a->label == u"HEADLINE"))
            ++summary.suggestionsCounted;

        if (a->label == u"QUOTE") {
            const QStringView quoted = covered(*a);
            const qint64 characters = std::max<qint64>(0, a->end - a->start);
            const qint64 words = countWords(quoted);
            const QString form = formOf(*a);
            ++summary.quotes;
            summary.quotedCharacters += characters;
            summary.quotedWords += words;
            auto formIt = std::find_if(summary.forms.begin(), summary.forms.end(),
                                       [&](const QuoteFormCount &f) { return f.form == form; });
            if (formIt == summary.forms.end()) {
                summary.forms.append(QuoteFormCount{form, 0, 0, 0});
                formIt = summary.forms.end() - 1;
            }
            ++formIt->quotes;
            formIt->characters += characters;
            formIt->words += words;
            if (form == u"scare")
                continue;

            const Annotation *speaker = speakerOf.value(a->id);
            const Annotation *via = viaOf.value(a->id);
            // A quote with no speaker but a publication that carried it rests on that publication.
            const SourceKind kind = speaker ? parseKind(speaker->attrs)
                                            : (via ? SourceKind::Publication : SourceKind::Unattributed);
            KindShare &share = summary.byKind[std::size_t(kind)];
            ++share.quotes;
            share.characters += characters;
            share.words += words;

            if (speaker) {
                const QString key = normalizedSourceKey(covered(*speaker));
                SpeakerSummary &s = groupFor(summary.speakers, speakerIndex, key, covered(*speaker).toString().simplified());
                ++s.quotes;
                s.direct += form == u"direct" ? 1 : 0;
                s.indirect += form == u"indirect" ? 1 : 0;
                s.mixed += form == u"mixed" ? 1 : 0;
                s.characters += characters;
                s.words += words;
                s.quoteIds.append(a->id);
                if (!s.sourceIds.contains(speaker->id)) {
                    s.sourceIds.append(speaker->id);
                    if (!speaker->attrs.contains(u"kind"))
                        ++summary.speakersWithoutKind;
                }
                ++speakerKindVotes[key][std::size_t(parseKind(speaker->attrs))];
                if (kind == SourceKind::Publication)
                    addPublication(*speaker, *a);
            }
            if (via)
                addPublication(*via, *a);
        } else if (a->label == u"CUE") {
            if (!linkedCues.contains(a->id))
                unlinkedCues.append(a);
        } else if (furnitureLabels.contains(a->label) || a->label == u"HEADLINE") {
            const Span16 s = span16(*a);
            QList<bool> &labelMask = labelMasks[a->label];
            if (labelMask.isEmpty())
                labelMask.resize(text.size(), false);
            for (qsizetype i = s.start; i < s.end; ++i) {
                bodyMask[i] = false;
                labelMask[i] = true;
                if (a->label != u"HEADLINE")
                    furnitureMask[i] = true;
            }
        }
    }

    for (SpeakerSummary &s : summary.speakers) {
        const auto &votes = speakerKindVotes.value(s.key);
        const auto best = std::max_element(votes.begin(), votes.end()); // the first of equals wins
        s.kind = SourceKind(best - votes.begin());
        s.pronoun = isPronounKey(s.key);
    }
    sortSpeakers(summary.speakers);
    sortPublications(summary.publications);

    // A cue right next to a source a quote is linked to belongs to that attribution even
    // without its own link: "According to the Financial Times, X said" links the quote to
    // "said" and, by VIA, to the publication; "According to" attributes too.
    QList<const Annotation *> linkedSources = speakerOf.values() + viaOf.values();
    auto nextToLinkedSource = [&](const Annotation &cue) {
        const Span16 c = span16(cue);
        for (const Annotation *source : std::as_const(linkedSources)) {
            const Span16 s = span16(*source);
            const qsizetype gapStart = s.start >= c.end ? c.end : s.end;
            const qsizetype gapEnd = s.start >= c.end ? s.start : c.start;
            if (gapEnd < gapStart || gapEnd - gapStart > maxAttributionGap)
                continue;
            if (isAttributionGap(QStringView(text).mid(gapStart, gapEnd - gapStart)))
                return true;
        }
        return false;
    };

    // Claims: the sentences of cues no quote is linked to, one claim per sentence.
    for (const Annotation *cue : unlinkedCues) {
        if (nextToLinkedSource(*cue))
            continue;
        const Span16 s = span16(*cue);
        const auto [start, end] = sentenceAround(text, s.start, s.end);
        const qint64 startCp = offsets.toCodePoint(start);
        const qint64 endCp = offsets.toCodePoint(end);
        if (!summary.unattributedClaims.isEmpty() && summary.unattributedClaims.last().start == startCp
            && summary.unattributedClaims.last().end == endCp) {
            summary.unattributedClaims.last().cueIds.append(cue->id);
            summary.unattributedClaims.last().cues.append(covered(*cue).toString());
            continue;
        }
        UnattributedClaim claim;
        claim.documentId = cue->documentId;
        claim.start = startCp;
        claim.end = endCp;
        claim.sentence = QStringView(text).mid(start, end - start).toString().simplified();
        claim.cueIds.append(cue->id);
        claim.cues.append(covered(*cue).toString());
        summary.unattributedClaims.append(claim);
    }

    summary.pageCharacters = countVisible(text, QList<bool>(text.size(), true), true);
    summary.furnitureCharacters = countVisible(text, furnitureMask, true);
    for (const QString &label : furnitureLabels)
        summary.furnitureByLabel.append({label, labelMasks.contains(label) ? countVisible(text, labelMasks.value(label), true) : 0});
    if (labelMasks.contains(u"HEADLINE"_s))
        summary.headlineCharacters = countVisible(text, labelMasks.value(u"HEADLINE"_s), true);
    summary.bodyCharacters = countVisible(text, bodyMask, true);
    // Body words: the text with furniture and headline blanked out, so a word cut by a span
    // boundary is not counted twice.
    QString body = text;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!bodyMask.at(i))
            body[i] = u' ';
    }
    summary.bodyWords = countWords(body);
    return summary;
}

QJsonObject toJson(const SourcingSummary &summary)
{
    QJsonObject forms;
    for (const QuoteFormCount &f : summary.forms)
        forms.insert(f.form, QJsonObject{{u"quotes"_s, f.quotes}, {u"characters"_s, f.characters}, {u"words"_s, f.words}});

    QJsonObject kinds;
    const QList<qint64> words{summary.byKind[0].words, summary.byKind[1].words, summary.byKind[2].words,
                              summary.byKind[3].words};
    const QList<int> percentages = wholePercentages(words);
    for (int k = 0; k < sourceKindCount; ++k) {
        const KindShare &s = summary.byKind[k];
        kinds.insert(sourceKindName(SourceKind(k)),
                     QJsonObject{{u"quotes"_s, s.quotes}, {u"characters"_s, s.characters}, {u"words"_s, s.words},
                                 {u"share"_s, summary.kindShare(SourceKind(k))}, {u"percent"_s, percentages.at(k)}});
    }

    QJsonArray speakers;
    for (const SpeakerSummary &s : summary.speakers) {
        speakers.append(QJsonObject{{u"name"_s, s.name}, {u"key"_s, s.key}, {u"kind"_s, sourceKindName(s.kind)},
                                    {u"quotes"_s, s.quotes}, {u"direct"_s, s.direct}, {u"indirect"_s, s.indirect},
                                    {u"mixed"_s, s.mixed}, {u"characters"_s, s.characters}, {u"words"_s, s.words},
                                    {u"pronoun"_s, s.pronoun},
                                    {u"source_ids"_s, idArray(s.sourceIds)}, {u"quote_ids"_s, idArray(s.quoteIds)}});
    }

    QJsonArray claims;
    for (const UnattributedClaim &c : summary.unattributedClaims) {
        claims.append(QJsonObject{{u"document_id"_s, c.documentId}, {u"start"_s, c.start}, {u"end"_s, c.end},
                                  {u"sentence"_s, c.sentence}, {u"cues"_s, QJsonArray::fromStringList(c.cues)},
                                  {u"cue_ids"_s, idArray(c.cueIds)}});
    }

    QJsonArray publications;
    for (const PublicationSummary &p : summary.publications) {
        publications.append(QJsonObject{{u"name"_s, p.name}, {u"key"_s, p.key}, {u"quotes"_s, p.quotes},
                                        {u"source_ids"_s, idArray(p.sourceIds)}, {u"quote_ids"_s, idArray(p.quoteIds)}});
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
        {u"unattributed_claims"_s, claims},
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
