#include <algorithm>

#include "abbreviationlexicon.h"
#include "entityrecognizer.h"
#include "entitywords.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Entities {

QList<Mention> EntityRecognizer::run()
{
    QList<Mention> first = findNames();
    learnAliases(first);
    QList<Mention> names = findNames();
    if (m_sports)
        applySportsConventions(names);
    QList<Mention> all = m_dates;
    all.append(names);
    std::sort(all.begin(), all.end(), [](const Mention &a, const Mention &b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    return all;
}

bool EntityRecognizer::isSportsReport() const
{
    static const QSet<QString> cues{
        u"soccer"_s, u"football"_s, u"cricket"_s, u"rugby"_s, u"tennis"_s, u"golf"_s, u"baseball"_s,
        u"basketball"_s, u"hockey"_s, u"athletics"_s, u"cycling"_s, u"innings"_s, u"wicket"_s,
        u"wickets"_s, u"goal"_s, u"goals"_s, u"striker"_s, u"midfielder"_s, u"goalkeeper"_s, u"league"_s,
        u"standings"_s, u"halftime"_s, u"half-time"_s, u"penalty"_s, u"scorers"_s, u"seeded"_s,
        u"match"_s, u"tournament"_s, u"championship"_s, u"coach"_s, u"playoff"_s, u"playoffs"_s,
        u"pitcher"_s, u"inning"_s, u"quarter-final"_s, u"semi-final"_s, u"semifinal"_s, u"drew"_s,
        u"beat"_s, u"defeated"_s, u"season"_s, u"club"_s, u"squad"_s, u"stadium"_s, u"fixtures"_s,
        u"runs"_s, u"batting"_s, u"bowling"_s, u"touchdown"_s, u"race"_s, u"lap"_s, u"points"_s,
        u"division"_s, u"cup"_s, u"champions"_s, u"score"_s, u"scored"_s, u"win"_s, u"won"_s};
    QSet<QString> seen;
    for (const EntityToken &token : m_tokens) {
        if (token.shape != EntityToken::Lower && token.shape != EntityToken::Upper && token.shape != EntityToken::Capital)
            continue;
        const QString &lower = token.lower;
        if (cues.contains(lower)) {
            seen.insert(lower);
            if (seen.size() >= 4)
                return true;
        }
    }
    return false;
}

void EntityRecognizer::applySportsConventions(QList<Mention> &mentions) const
{
    QSet<qsizetype> dateStarts;
    for (const Mention &date : m_dates)
        dateStarts.insert(date.first);
    for (Mention &m : mentions) {
        if (m.kind != EntityKind::Gpe || m.reason == u"gazetteer: country")
            continue;
        const EntityToken &first = m_tokens[m.first];
        const bool lineStart = m.first == 0 || m_tokens[m.first - 1].line != first.line;
        qsizetype next = m.last;
        if (next < qsizetype(m_tokens.size()) && m_tokens[next].is(u","))
            ++next;
        while (next < qsizetype(m_tokens.size()) && m_tokens[next].line == first.line
               && m_tokens[next].isCapitalised() && !dateStarts.contains(next))
            ++next;
        const bool lineEnd = next >= qsizetype(m_tokens.size()) || m_tokens[next].line != first.line;
        if (lineStart && (lineEnd || dateStarts.contains(next)))
            continue; // the dateline
        if (m.first > 0 && (lowerIs(m.first - 1, {u"in", u"at", u"near", u"outside", u"to"})))
            continue; // a venue
        m.kind = EntityKind::Org;
        m.confidence = qMin(m.confidence, 0.6);
        m.reason = u"sports report: a town's team (%1)"_s.arg(m.reason);
    }
    // In a results table ("Ruch 2 Petofi 1") a lone unknown name is a team.
    for (Mention &m : mentions) {
        if (m.kind == EntityKind::Person && m.last - m.first == 1 && m.reason == u"capitalised word"
            && isTableRow(m_tokens[m.first].line)) {
            m.kind = EntityKind::Org;
            m.reason = u"sports report: a team in a results table"_s;
        }
    }
}

void EntityRecognizer::classifyLines()
{
    int lines = m_tokens.empty() ? 0 : m_tokens.back().line + 1;
    std::vector<int> lettered(lines, 0), upper(lines, 0), initials(lines, 0), capital(lines, 0),
        commonCapital(lines, 0), lower(lines, 0);
    for (const EntityToken &token : m_tokens) {
        switch (token.shape) {
        case EntityToken::Upper: ++upper[token.line]; ++lettered[token.line]; break;
        case EntityToken::Capital:
            ++capital[token.line];
            ++lettered[token.line];
            if (m_gazetteer.isCommonWord(token.lower))
                ++commonCapital[token.line];
            break;
        case EntityToken::Initial: ++initials[token.line]; ++lettered[token.line]; break;
        case EntityToken::Lower:
            ++lettered[token.line];
            if (!isSmallWord(token.text))
                ++lower[token.line];
            break;
        default: break;
        }
    }
    // A table row: figures and names, no running words ("Ruch 2 Petofi 1").
    std::vector<int> numbers(lines, 0), words(lines, 0);
    for (const EntityToken &token : m_tokens) {
        if (token.shape == EntityToken::Number)
            ++numbers[token.line];
        else if (token.shape == EntityToken::Lower && token.text != u"v" && token.text != u"vs" && token.text != u"at")
            ++words[token.line];
    }
    m_tableRows.assign(lines, false);
    for (int line = 0; line < lines; ++line)
        m_tableRows[line] = numbers[line] >= 1 && words[line] == 0;
    m_lineKinds.assign(lines, LineKind::Normal);
    for (int line = 0; line < lines; ++line) {
        // Headlines in capitals; title case where most capitalised words are ordinary words
        // (a list of names is not a headline).
        if (upper[line] >= 2 && (upper[line] + initials[line]) * 10 >= lettered[line] * 7)
            m_lineKinds[line] = LineKind::AllCaps;
        else if (lettered[line] >= 3 && lettered[line] <= 20 && lower[line] == 0 && capital[line] >= 2
                 && commonCapital[line] * 2 >= capital[line])
            m_lineKinds[line] = LineKind::TitleCase;
    }
}

bool EntityRecognizer::isSmallWord(const QString &word)
{
    static const QSet<QString> small{u"a"_s, u"an"_s, u"the"_s, u"of"_s, u"in"_s, u"on"_s, u"at"_s, u"to"_s,
                                     u"for"_s, u"and"_s, u"or"_s, u"but"_s, u"by"_s, u"with"_s, u"from"_s,
                                     u"as"_s, u"vs"_s, u"vs."_s, u"v"_s, u"de"_s, u"is"_s};
    return small.contains(word);
}

bool EntityRecognizer::capitalIsWeak(qsizetype i) const
{
    return m_tokens[i].sentenceStart || lineKind(i) != LineKind::Normal;
}

bool EntityRecognizer::isCommon(qsizetype i) const
{
    if (m_common[i] < 0)
        m_common[i] = computeCommon(i) ? 1 : 0;
    return m_common[i] == 1;
}

bool EntityRecognizer::computeCommon(qsizetype i) const
{
    const EntityToken &token = m_tokens[i];
    if (token.shape == EntityToken::Upper && lineKind(i) == LineKind::Normal && !token.sentenceStart)
        return false; // "NATO", "IT" in running text are written that way on purpose
    QString lower = token.lower;
    if (lower.endsWith(u'.'))
        lower.chop(1);
    if (m_gazetteer.isCommonWord(lower))
        return true;
    // "Re-education", "Quarter-final": every part an ordinary word.
    if (lower.contains(u'-')) {
        const QStringList parts = lower.split(u'-', Qt::SkipEmptyParts);
        bool all = !parts.isEmpty();
        for (const QString &part : parts)
            all = all && (m_gazetteer.isCommonWord(part) || isNumberWordText(part) || part.front().isDigit());
        if (all)
            return true;
    }
    // "Automakers": a plural the list does not hold.
    if (lower.size() > 4 && lower.endsWith(u's') && m_gazetteer.isCommonWord(lower.chopped(1)))
        return true;
    // The word list is American: "organisers", "centre", "colour" are ordinary words too.
    for (const auto &[british, american] : {std::pair{u"is"_s, u"iz"_s}, std::pair{u"our"_s, u"or"_s},
                                            std::pair{u"tre"_s, u"ter"_s}, std::pair{u"ys"_s, u"yz"_s}}) {
        const qsizetype at = lower.lastIndexOf(british);
        if (at > 0) {
            QString other = lower;
            other.replace(at, british.size(), american);
            if (m_gazetteer.isCommonWord(other))
                return true;
        }
    }
    return false;
}

void EntityRecognizer::addDate(qsizetype first, qsizetype last, const QString &reason, double confidence)
{
    for (qsizetype i = first; i < last; ++i)
        m_dateTaken[i] = true;
    m_dates.append(Mention{first, last, EntityKind::Date, confidence, reason});
}

bool EntityRecognizer::sameLine(qsizetype a, qsizetype b) const
{
    return b >= 0 && b < qsizetype(m_tokens.size()) && m_tokens[a].line == m_tokens[b].line;
}

bool EntityRecognizer::lowerIs(qsizetype i, std::initializer_list<QStringView> words) const
{
    if (i < 0 || i >= qsizetype(m_tokens.size()))
        return false;
    const EntityToken &token = m_tokens[i];
    if (token.shape == EntityToken::Upper)
        return false; // "TODAY" in a banner is not a date
    const QString &lower = token.lower;
    for (QStringView word : words) {
        if (lower == word)
            return true;
    }
    return false;
}

void EntityRecognizer::findDates()
{
    const qsizetype n = qsizetype(m_tokens.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (m_dateTaken[i])
            continue;
        const EntityToken &token = m_tokens[i];
        const auto modifier = [&](qsizetype at) {
            return sameLine(i, at) && lowerIs(at, {u"last", u"next", u"this", u"early", u"late", u"mid",
                                                    u"earlier", u"previous", u"coming", u"past"});
        };
        if (isWeekday(token)) {
            qsizetype first = i, last = i + 1;
            if (modifier(i - 1))
                first = i - 1;
            if (sameLine(i, i + 1) && lowerIs(i + 1, {u"morning", u"afternoon", u"evening", u"night"}))
                ++last;
            addDate(first, last, u"date: day of the week"_s);
            continue;
        }
        if (isMonth(token, m_abbreviations)) {
            // "May" and "March" are also words and names: want a day, a year or a time word.
            const bool ambiguous = token.text == u"May" || token.text == u"March" || token.text == u"MAY"
                || token.text == u"MARCH" || isBareMonthAbbreviation(token.text, m_abbreviations);
            qsizetype first = i, last = i + 1;
            if (sameLine(i, i - 1) && isDayNumber(m_tokens[i - 1]))
                first = i - 1;
            else if (modifier(i - 1))
                first = i - 1;
            if (sameLine(i, i + 1) && isDayNumber(m_tokens[i + 1]))
                ++last;
            if (sameLine(i, last) && m_tokens[last].text == u"," && sameLine(i, last + 1) && isYear(m_tokens[last + 1]))
                last += 2;
            else if (sameLine(i, last) && isYear(m_tokens[last]))
                ++last;
            const bool anchored = first < i || last > i + 1
                || lowerIs(i - 1, {u"in", u"since", u"until", u"by", u"from", u"through", u"of", u"to", u"during"});
            if (ambiguous && !anchored)
                continue;
            addDate(first, last, u"date: month"_s);
            continue;
        }
        if (isDateNumber(token)) {
            qsizetype first = i;
            if (lowerIs(i - 1, {u"the"}) && token.text.endsWith(u's'))
                first = i - 1;
            addDate(first, i + 1, u"date: written date"_s);
            continue;
        }
        if (isYear(token) && lowerIs(i - 1, {u"in", u"since", u"until", u"by", u"from", u"of", u"year",
                                               u"early", u"late", u"mid", u"before", u"after", u"during"})) {
            addDate(i, i + 1, u"date: year"_s, 0.7);
            continue;
        }
        if (isHyphenatedPeriod(token)) {
            addDate(i, i + 1, u"date: period"_s);
            continue;
        }
        if (lowerIs(i, {u"yesterday", u"today", u"tomorrow"})) {
            addDate(i, i + 1, u"date: relative day"_s, 0.75);
            continue;
        }
        if (lowerIs(i, {u"last", u"next", u"this", u"past", u"previous", u"coming", u"recent", u"earlier"})
            && sameLine(i, i + 1)) {
            qsizetype unit = i + 1;
            if (isNumberWord(m_tokens[unit]) && sameLine(i, unit + 1) && !m_tokens[unit].is(u"a"))
                ++unit;
            if (m_tokens[unit].shape == EntityToken::Lower && isTimeUnit(m_tokens[unit].text)) {
                qsizetype first = i;
                if (lowerIs(i - 1, {u"the"}) && (unit > i + 1 || lowerIs(i, {u"past", u"previous", u"coming"})))
                    first = i - 1;
                addDate(first, unit + 1, u"date: relative"_s, 0.8);
                i = unit;
                continue;
            }
        }
        if (isNumberWord(token) && !token.is(u"a") && !token.is(u"A") && sameLine(i, i + 1)
            && m_tokens[i + 1].shape == EntityToken::Lower && isPeriodUnit(m_tokens[i + 1].text)
            && lowerIs(i + 2, {u"ago", u"earlier", u"later", u"before"})) {
            addDate(i, i + 3, u"date: relative"_s, 0.8);
            i += 2;
            continue;
        }
    }
}

QString EntityRecognizer::keyOf(qsizetype first, qsizetype last) const
{
    QString key;
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            key += u' ';
        key += m_tokens[i].text;
    }
    return key;
}

QString EntityRecognizer::lowerKeyOf(qsizetype first, qsizetype last) const
{
    QString key = m_tokens[first].lower;
    for (qsizetype i = first + 1; i < last; ++i) {
        key += u' ';
        key += m_tokens[i].lower;
    }
    return key;
}

bool EntityRecognizer::allUpper(qsizetype first, qsizetype last) const
{
    for (qsizetype i = first; i < last; ++i) {
        const EntityToken::Shape shape = m_tokens[i].shape;
        if (shape != EntityToken::Upper && shape != EntityToken::Initial && shape != EntityToken::Other
            && shape != EntityToken::Number)
            return false;
    }
    return true;
}

void EntityRecognizer::addAlias(const QString &key, const Alias &alias)
{
    if (key.isEmpty() || m_aliases.contains(key))
        return;
    m_aliases.insert(key, alias);
    m_aliasesUpper.insert(key.toUpper(), alias);
    const qsizetype space = key.indexOf(u' ');
    m_aliasStarts.insert(space < 0 ? key : key.left(space));
    m_aliasStarts.insert((space < 0 ? key : key.left(space)).toUpper());
    m_longestAlias = qMax(m_longestAlias, int(key.count(u' ')) + 1);
}

void EntityRecognizer::seedAliases(const QList<SuggestedSpan> &existing)
{
    for (const SuggestedSpan &span : existing) {
        EntityKind kind = EntityKind::None;
        for (EntityKind k : {EntityKind::Person, EntityKind::Org, EntityKind::Gpe, EntityKind::Loc,
                             EntityKind::Norp, EntityKind::Fac, EntityKind::Event}) {
            if (entityLabel(k) == span.label)
                kind = k;
        }
        if (kind == EntityKind::None || span.start < 0 || span.end > m_text.size() || span.end <= span.start)
            continue;
        const QString name = m_text.sliced(span.start, span.end - span.start).toString();
        addAlias(entityKey(name, m_tokenizer), Alias{kind, u"same as a name already marked"_s, -1, {}, 0.8});
    }
}

void EntityRecognizer::learnAliases(const QList<Mention> &mentions)
{
    for (const Mention &m : mentions) {
        if (m.confidence < 0.6 || m.kind == EntityKind::Date)
            continue;
        const QString full = keyOf(m.first, m.last);
        const qsizetype words = m.last - m.first;
        if (words >= 2 && !m.reason.startsWith(u"gazetteer"))
            addAlias(full, Alias{m.kind, u"same as '%1' above"_s.arg(full), m.first, m.reason, m.confidence});
        if (m.kind == EntityKind::Person && words >= 2) {
            // The family name alone: "Trump" after "Donald Trump".
            const EntityToken &family = m_tokens[m.last - 1];
            if (family.shape == EntityToken::Capital || family.shape == EntityToken::Upper)
                addAlias(family.text, Alias{EntityKind::Person, u"alias of '%1'"_s.arg(full), -1, {}, 0.8});
            if (words >= 3 && !isConnector(m_tokens[m.last - 2].text))
                addAlias(keyOf(m.last - 2, m.last), Alias{EntityKind::Person, u"alias of '%1'"_s.arg(full), -1, {}, 0.8});
        }
        if (m.kind == EntityKind::Org && words >= 2) {
            // "the Commission" after "the European Commission"; "WHO" for "World Health Organization".
            const Gazetteer::Head *head = m_gazetteer.head(m_tokens[m.last - 1].text);
            if (head && head->last && !m_headAliases.contains(m_tokens[m.last - 1].text))
                m_headAliases.insert(m_tokens[m.last - 1].text, full);
            // "Ruch" after "Ruch SA": a firm without its legal suffix.
            static const QSet<QString> legal{u"Inc"_s, u"Inc."_s, u"Corp"_s, u"Corp."_s, u"Ltd"_s, u"Ltd."_s,
                                             u"plc"_s, u"PLC"_s, u"AG"_s, u"SA"_s, u"S.A."_s, u"NV"_s,
                                             u"N.V."_s, u"SpA"_s, u"GmbH"_s, u"Co"_s, u"Co."_s, u"LLC"_s,
                                             u"Group"_s, u"Holdings"_s, u"Corporation"_s};
            if (legal.contains(m_tokens[m.last - 1].text) && !allCommon(m.first, m.last - 1))
                addAlias(keyOf(m.first, m.last - 1), Alias{EntityKind::Org, u"short for '%1'"_s.arg(full), -1, {}, 0.8});
            QString acronym;
            for (qsizetype i = m.first; i < m.last; ++i) {
                if (m_tokens[i].shape == EntityToken::Capital)
                    acronym += m_tokens[i].text[0];
            }
            if (acronym.size() >= 2)
                addAlias(acronym, Alias{EntityKind::Org, u"short for '%1'"_s.arg(full), -1, {}, 0.8});
            // "Organisation for Security and Co-operation in Europe (OSCE)": the bracketed
            // capitals name the same thing when they start with its initial.
            if (m.last + 2 < qsizetype(m_tokens.size()) && m_tokens[m.last].is(u"(")
                && m_tokens[m.last + 1].shape == EntityToken::Upper && m_tokens[m.last + 2].is(u")")
                && !acronym.isEmpty() && m_tokens[m.last + 1].text.startsWith(acronym[0])
                && !m_gazetteer.find(m_tokens[m.last + 1].text))
                addAlias(m_tokens[m.last + 1].text, Alias{EntityKind::Org, u"short for '%1'"_s.arg(full), -1, {}, 0.8});
        }
    }
}

const Alias *EntityRecognizer::findAlias(const QString &key, bool upper) const
{
    auto it = m_aliases.constFind(key);
    if (it != m_aliases.cend())
        return &it.value();
    if (!upper)
        return nullptr;
    it = m_aliasesUpper.constFind(key);
    return it != m_aliasesUpper.cend() ? &it.value() : nullptr;
}

EntityRecognizer::Match EntityRecognizer::longestName(qsizetype i, qsizetype end) const
{
    Match best;
    const EntityToken &token = m_tokens[i];
    const bool upper = token.shape == EntityToken::Upper || token.shape == EntityToken::Initial;
    const bool aliasStart = m_aliasStarts.contains(token.text);
    const bool gazetteerStart = m_gazetteer.startsName(token.text)
        || (upper && m_gazetteer.startsNameUpper(token.text));
    if (!aliasStart && !gazetteerStart)
        return best;
    const qsizetype longest = qMin<qsizetype>(end - i, qMax(m_longestAlias, m_gazetteer.longestName()));
    for (qsizetype length = longest; length >= 1; --length) {
        const QString key = keyOf(i, i + length);
        if (aliasStart) {
            const Alias *alias = findAlias(key, allUpper(i, i + length));
            if (alias && alias->origin == i)
                return Match{length, alias->kind, alias->originReason, false, alias->originConfidence};
            if (alias)
                return Match{length, alias->kind, alias->reason, true, 0.8};
        }
        if (gazetteerStart) {
            const Gazetteer::Entry *entry = m_gazetteer.find(key);
            if (!entry && allUpper(i, i + length))
                entry = m_gazetteer.findUpper(key);
            if (entry)
                return Match{length, entry->kind, entry->reason, false, 0.85};
        }
    }
    return best;
}

qsizetype EntityRecognizer::titleLength(qsizetype i, qsizetype end) const
{
    if (!m_gazetteer.startsTitle(m_tokens[i].lower))
        return 0;
    const qsizetype longest = qMin<qsizetype>(end - i, m_gazetteer.longestTitle());
    for (qsizetype length = longest; length >= 1; --length) {
        if (m_gazetteer.isTitle(lowerKeyOf(i, i + length)))
            return length;
    }
    return 0;
}

bool EntityRecognizer::isFirstName(qsizetype i) const
{
    const EntityToken &token = m_tokens[i];
    return m_gazetteer.isFirstName(token.text) || (token.shape == EntityToken::Upper && m_gazetteer.isFirstNameUpper(token.text));
}

const Gazetteer::Head *EntityRecognizer::headOf(qsizetype i) const
{
    const EntityToken &token = m_tokens[i];
    if (token.shape != EntityToken::Capital && token.shape != EntityToken::Upper)
        return nullptr;
    return m_gazetteer.head(token.text);
}

bool EntityRecognizer::isNameToken(qsizetype i) const
{
    if (m_nameToken[i] < 0)
        m_nameToken[i] = computeNameToken(i) ? 1 : 0;
    return m_nameToken[i] == 1;
}

bool EntityRecognizer::computeNameToken(qsizetype i) const
{
    const EntityToken &token = m_tokens[i];
    if (m_dateTaken[i] || !token.isCapitalised())
        return false;
    if (token.text == u"I" && token.shape == EntityToken::Initial)
        return false;
    if (isBareMonthAbbreviation(token.text, m_abbreviations))
        return false;
    // "Boston-based", "Communist-led": an adjective made from a name is not the name.
    const qsizetype dash = token.text.lastIndexOf(u'-');
    if (dash > 0 && dash + 1 < token.text.size() && token.text[dash + 1].isLower()) {
        static const QSet<QString> suffixes{u"based"_s, u"led"_s, u"born"_s, u"owned"_s, u"controlled"_s,
                                            u"backed"_s, u"era"_s, u"style"_s, u"run"_s, u"made"_s,
                                            u"funded"_s, u"linked"_s, u"bound"_s, u"registered"_s};
        if (suffixes.contains(token.text.mid(dash + 1)))
            return false;
    }
    // "Chg", "Shrs", "Pct": table abbreviations without a vowel are not names.
    if (token.shape == EntityToken::Capital && token.text.size() <= 5) {
        bool vowel = false;
        for (QChar c : token.lower)
            vowel = vowel || c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y' || c.unicode() > 127;
        if (!vowel)
            return false;
    }
    return true;
}

bool EntityRecognizer::isWeak(qsizetype i, qsizetype end) const
{
    if (!capitalIsWeak(i) || !isCommon(i))
        return false;
    if (longestName(i, end).length > 0 || titleLength(i, end) > 0 || headOf(i))
        return false;
    if (isFirstName(i) && i + 1 < end && isNameToken(i + 1))
        return false;
    return true;
}

} // namespace Copydesk::Entities
