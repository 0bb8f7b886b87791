// The entity rules for names: runs of capitalised words resolved into names by gazetteers,
// titles, heads, first names and aliases.
#include <algorithm>

#include "abbreviationlexicon.h"
#include "entityrecognizer.h"
#include "entitywords.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Entities {

QList<Mention> EntityRecognizer::findNames() const
{
    QList<Mention> mentions;
    const qsizetype n = qsizetype(m_tokens.size());
    qsizetype i = 0;
    while (i < n) {
        if (!isNameToken(i)) {
            ++i;
            continue;
        }
        // A run of capitalised words on one line, with connectors between them.
        qsizetype end = i + 1;
        while (end < n && m_tokens[end].line == m_tokens[i].line) {
            if (isNameToken(end)) {
                ++end;
                continue;
            }
            if (isConnector(m_tokens[end].text) && end + 1 < n && m_tokens[end + 1].line == m_tokens[i].line
                && isNameToken(end + 1)) {
                end += 2;
                continue;
            }
            // "van der", "de la": two particles before a name.
            if (isParticle(m_tokens[end].text) && end + 2 < n && isParticle(m_tokens[end + 1].text)
                && m_tokens[end + 2].line == m_tokens[i].line && isNameToken(end + 2)) {
                end += 3;
                continue;
            }
            if (m_tokens[end].is(u"of") && end + 2 < n && m_tokens[end + 1].is(u"the") && isNameToken(end + 2)) {
                end += 3;
                continue;
            }
            break;
        }
        resolveRun(i, end, mentions);
        i = end;
    }
    return mentions;
}

void EntityRecognizer::resolveRun(qsizetype first, qsizetype end, QList<Mention> &mentions) const
{
    qsizetype start = first;
    for (qsizetype i = first; i <= end; ++i) {
        const bool weak = i < end && isWeak(i, end);
        if (i == end || weak) {
            qsizetype a = start;
            qsizetype b = i;
            while (a < b && isConnector(m_tokens[a].text))
                ++a;
            while (b > a && isConnector(m_tokens[b - 1].text))
                --b;
            if (a < b)
                resolveChunk(a, b, mentions);
            start = i + 1;
        }
    }
}

bool EntityRecognizer::precededByTitle(qsizetype first) const
{
    for (qsizetype length = 1; length <= m_gazetteer.longestTitle(); ++length) {
        const qsizetype start = first - length;
        if (start < 0 || m_tokens[start].line != m_tokens[first].line)
            break;
        if (m_gazetteer.startsTitle(m_tokens[start].lower) && m_gazetteer.isTitle(lowerKeyOf(start, first)))
            return true;
    }
    return false;
}

void EntityRecognizer::resolveChunk(qsizetype a, qsizetype b, QList<Mention> &mentions) const
{
    // The whole run is a known name.
    const Match whole = longestName(a, b);
    if (whole.length == b - a) {
        mentions.append(Mention{a, b, whole.kind, whole.confidence, whole.reason});
        return;
    }
    // "Dynamo Moscow", "Inverness Thistle": in a sports report a town with a word is a team.
    if (m_sports && b - a >= 2 && b - a <= 3 && !titleLength(a, b) && !isFirstName(a)) {
        for (qsizetype i = a; i < b; ++i) {
            const Match town = longestName(i, b);
            if (town.length > 0 && town.kind == EntityKind::Gpe && town.reason != u"gazetteer: country"
                && !town.alias && town.length < b - a) {
                bool others = true;
                for (qsizetype j = a; j < b; ++j) {
                    if ((j < i || j >= i + town.length) && (!isNameToken(j) || longestName(j, j + 1).length > 0))
                        others = false;
                }
                if (others) {
                    mentions.append(Mention{a, b, EntityKind::Org, 0.6, u"sports report: a team named after its town"_s});
                    return;
                }
            }
            break;
        }
    }
    // "Procter & Gamble", "Edwards & Sons": firms.
    for (qsizetype i = a + 1; i + 1 < b; ++i) {
        if (m_tokens[i].is(u"&") && !titleLength(a, b)) {
            mentions.append(Mention{a, b, EntityKind::Org, 0.7, u"name with '&': a firm"_s});
            return;
        }
    }
    // "Ministry of Defence", "Gulf of Mexico": a head word before "of".
    if (b - a >= 3 && m_tokens[a + 1].is(u"of")) {
        const Gazetteer::Head *head = headOf(a);
        if (head && head->first && !titleLength(a, b)) {
            mentions.append(Mention{a, b, head->kind, 0.75, u"name head: '%1 of'"_s.arg(m_tokens[a].text)});
            return;
        }
    }
    // "European Commission", "Acme Inc.", "Italy News Dispatch": a head word at the end of
    // the last part without connectors.
    {
        qsizetype s = b;
        while (s > a && !separatesNames(m_tokens[s - 1].text))
            --s;
        while (s < b && (isConnector(m_tokens[s].text) || titleLength(s, b)))
            s += qMax<qsizetype>(1, isConnector(m_tokens[s].text) ? 1 : titleLength(s, b));
        const Gazetteer::Head *head = b - s >= 2 ? headOf(b - 1) : nullptr;
        const Match known = s > a && s < b ? longestName(s, b) : Match{};
        if (head && head->last && known.length == b - s) {
            splitChunk(a, s, mentions);
            mentions.append(Mention{s, b, known.kind, known.confidence, known.reason});
            return;
        }
        if (head && head->last) {
            // A known name at the end is not a head ("Trump Tower" is; "President Trump" is not).
            const Match tail = longestName(b - 1, b);
            if (tail.length == 0 || m_gazetteer.head(m_tokens[b - 1].text)) {
                if (s > a)
                    splitChunk(a, s, mentions);
                mentions.append(Mention{s, b, head->kind, 0.75, u"name head: '%1'"_s.arg(m_tokens[b - 1].text)});
                return;
            }
        }
    }
    splitChunk(a, b, mentions);
}

void EntityRecognizer::splitChunk(qsizetype a, qsizetype b, QList<Mention> &mentions) const
{
    bool afterTitle = precededByTitle(a);
    qsizetype i = a;
    qsizetype unknown = -1;
    const auto flush = [&](qsizetype end) {
        if (unknown >= 0 && unknown < end)
            classifyUnknown(unknown, end, afterTitle, mentions);
        unknown = -1;
    };
    while (i < b) {
        if (isConnector(m_tokens[i].text) && !isNameToken(i)) {
            // "and", "of" between names end the part before; "de", "van" stay inside names.
            if (separatesNames(m_tokens[i].text)) {
                flush(i);
                afterTitle = false;
            } else if (unknown < 0) {
                // a particle before a name begins nothing by itself
            }
            ++i;
            continue;
        }
        const Match name = longestName(i, b);
        qsizetype title = titleLength(i, b);
        // "John Major", "Bill King": a capitalised title word right after a given name is a name.
        if (title > 0 && unknown >= 0 && unknown == i - 1 && isFirstName(unknown) && m_tokens[i].shape == EntityToken::Capital)
            title = 0;
        if (title > name.length) {
            flush(i);
            i += title;
            afterTitle = i < b;
            continue;
        }
        // "West Indian", "South Korean": a compass word before a nationality.
        if (name.length <= 1 && i + 1 < b && isCompass(m_tokens[i].text)) {
            const Match norp = longestName(i + 1, b);
            if (norp.length > 0 && norp.kind == EntityKind::Norp) {
                flush(i);
                mentions.append(Mention{i, i + 1 + norp.length, EntityKind::Norp, 0.8, u"compass + nationality"_s});
                i += 1 + norp.length;
                afterTitle = false;
                continue;
            }
        }
        // "Naina Yeltsin" when "Yeltsin" is a person here: the unknown words are her given names.
        if (name.length > 0 && name.kind == EntityKind::Person && unknown >= 0 && name.alias) {
            mentions.append(Mention{unknown, i + name.length, EntityKind::Person, 0.75,
                                    u"capitalised name + %1"_s.arg(name.reason)});
            unknown = -1;
            i += name.length;
            afterTitle = false;
            continue;
        }
        // "Iraqi Kurds", "Bosnian Serbs": one group.
        if (name.length > 0 && name.kind == EntityKind::Norp && !mentions.isEmpty() && unknown < 0
            && mentions.last().kind == EntityKind::Norp && mentions.last().last == i && mentions.last().first >= a) {
            mentions.last().last = i + name.length;
            mentions.last().reason = u"nationality + group"_s;
            i += name.length;
            continue;
        }
        // "Carla Sacramento", "Anthony Washington": a given name before a place name.
        if (name.length == 1 && !name.alias && unknown >= 0 && unknown == i - 1 && isFirstName(unknown)
            && (name.kind == EntityKind::Gpe || name.kind == EntityKind::Loc)) {
            mentions.append(Mention{unknown, i + 1, EntityKind::Person, 0.6, u"given name + capitalised name"_s});
            unknown = -1;
            ++i;
            continue;
        }
        if (name.length > 0) {
            // "Jordan Henderson": a given name that is also a place, followed by a name.
            const bool person = isFirstName(i) && name.length == 1 && name.kind != EntityKind::Person
                && i + 1 < b && isNameToken(i + 1) && longestName(i + 1, b).length == 0 && !titleLength(i + 1, b);
            if (!person) {
                flush(i);
                Mention m{i, i + name.length, name.kind, name.confidence, name.reason};
                if (afterTitle && name.kind == EntityKind::Person && !name.reason.startsWith(u"title"))
                    m.reason = u"title + %1"_s.arg(name.reason);
                mentions.append(m);
                i += name.length;
                afterTitle = false;
                continue;
            }
        }
        if (unknown < 0)
            unknown = i;
        ++i;
    }
    flush(b);
}

bool EntityRecognizer::isMixedCase(const QString &word)
{
    for (QStringView prefix : {u"Mc", u"Mac", u"Di", u"De", u"Da", u"Le", u"La", u"Van", u"Von", u"Du"}) {
        if (word.startsWith(prefix) && word.size() > prefix.size() && word[prefix.size()].isUpper())
            return false;
    }
    for (qsizetype i = 2; i < word.size(); ++i) {
        if (word[i].isUpper() && word[i - 1].isLower())
            return true;
    }
    return false;
}

bool EntityRecognizer::isCompass(const QString &word)
{
    return word == u"West" || word == u"East" || word == u"North" || word == u"South" || word == u"Northern"
        || word == u"Southern" || word == u"Eastern" || word == u"Western" || word == u"Central";
}

bool EntityRecognizer::allCommon(qsizetype a, qsizetype b) const
{
    for (qsizetype i = a; i < b; ++i) {
        if (isConnector(m_tokens[i].text))
            continue;
        if (!isCommon(i) || m_gazetteer.isProperWord(m_tokens[i].text))
            return false;
    }
    return true;
}

void EntityRecognizer::classifyUnknown(qsizetype a, qsizetype b, bool afterTitle, QList<Mention> &mentions) const
{
    while (b > a && isConnector(m_tokens[b - 1].text))
        --b;
    if (a >= b)
        return;
    const qsizetype words = b - a;
    const Gazetteer::Head *head = words >= 2 ? headOf(b - 1) : nullptr;
    if (head && head->last) {
        mentions.append(Mention{a, b, head->kind, 0.7, u"name head: '%1'"_s.arg(m_tokens[b - 1].text)});
        return;
    }
    // "the Commission" after "the European Commission".
    if (words == 1 && a > 0 && (m_tokens[a - 1].is(u"the") || m_tokens[a - 1].is(u"The"))
        && m_headAliases.contains(m_tokens[a].text)) {
        mentions.append(Mention{a, b, EntityKind::Org, 0.7,
                                u"alias of '%1'"_s.arg(m_headAliases.value(m_tokens[a].text))});
        return;
    }
    // "Major League" is no person: a lone head word after a title-like word.
    const bool loneHead = words == 1 && headOf(a);
    if (afterTitle && words <= 4 && !loneHead && !(lineKind(a) == LineKind::AllCaps && allCommon(a, b))) {
        mentions.append(Mention{a, b, EntityKind::Person, 0.8, u"title + capitalised name"_s});
        return;
    }
    if (isFirstName(a) && words >= 2 && words <= 4) {
        mentions.append(Mention{a, b, EntityKind::Person, 0.8, u"given name + capitalised name"_s});
        return;
    }
    if (m_tokens[a].shape == EntityToken::Initial && m_tokens[a].text.endsWith(u'.') && words >= 2
        && words <= 4 && m_tokens[b - 1].shape == EntityToken::Capital) {
        mentions.append(Mention{a, b, EntityKind::Person, 0.75, u"initial + capitalised name"_s});
        return;
    }
    // "the province of Hubei", "the town of Tuzla".
    if (a >= 2 && m_tokens[a - 1].is(u"of") && words <= 3 && m_tokens[a - 2].shape == EntityToken::Lower) {
        static const QSet<QString> places{u"province"_s, u"state"_s, u"city"_s, u"town"_s, u"village"_s,
                                          u"region"_s, u"district"_s, u"county"_s, u"capital"_s,
                                          u"island"_s, u"republic"_s, u"port"_s, u"suburb"_s,
                                          u"municipality"_s, u"outskirts"_s, u"prefecture"_s};
        if (places.contains(m_tokens[a - 2].text)) {
            mentions.append(Mention{a, b, EntityKind::Gpe, 0.7, u"'%1 of' + capitalised name"_s.arg(m_tokens[a - 2].text)});
            return;
        }
    }
    if (lineKind(a) != LineKind::Normal && allCommon(a, b))
        return;
    bool acronym = false;
    for (qsizetype i = a; i < b; ++i) {
        const EntityToken &token = m_tokens[i];
        if (token.shape == EntityToken::Upper && lineKind(i) == LineKind::Normal && !token.text.contains(u'.')) {
            bool digits = false;
            for (QChar c : token.text)
                digits = digits || c.isDigit();
            if (!digits && !isCommon(i))
                acronym = true;
        }
    }
    if (acronym) {
        mentions.append(Mention{a, b, EntityKind::Org, 0.5, u"unknown capitals: an organisation"_s});
        return;
    }
    for (qsizetype i = a; i < b; ++i) {
        if (isMixedCase(m_tokens[i].text)) {
            mentions.append(Mention{a, b, EntityKind::Org, 0.5, u"mixed-case word: an organisation"_s});
            return;
        }
    }
    if (allCommon(a, b))
        return;
    if (lineKind(a) != LineKind::Normal)
        return;
    if (words >= 2) {
        mentions.append(Mention{a, b, EntityKind::Person, 0.5, u"capitalised name"_s});
        return;
    }
    const EntityToken &token = m_tokens[a];
    if (token.shape != EntityToken::Capital || token.text.size() < 2)
        return;
    if (isMixedCase(token.text)) {
        mentions.append(Mention{a, b, EntityKind::Org, 0.5, u"mixed-case word: an organisation"_s});
        return;
    }
    mentions.append(Mention{a, b, EntityKind::Person, 0.4, u"capitalised word"_s});
}

} // namespace Copydesk::Entities
