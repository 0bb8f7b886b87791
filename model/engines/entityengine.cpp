// The rule-and-gazetteer entity engine: capitalised sequences, titles, name heads, gazetteers,
// dates, and within a document the short forms of names seen in full.
#include <algorithm>
#include <vector>

#include <QHash>

#include "builtinengines.h"
#include "engine.h"
#include "abbreviationlexicon.h"
#include "entitytokens.h"
#include "gazetteer.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

using Tokens = std::vector<EntityToken>;

// A proposed entity over tokens [first, last).
struct Mention
{
    qsizetype first = 0;
    qsizetype last = 0;
    EntityKind kind = EntityKind::None;
    double confidence = 0.5;
    QString reason;
};

// What is known about a name in this document: from a full mention, from a person's decision,
// or a short form of a longer name.
struct Alias
{
    EntityKind kind = EntityKind::None;
    QString reason;
    qsizetype origin = -1;       // the token where the full mention starts
    QString originReason;        // why the full mention was found
    double originConfidence = 0.8;
};

enum class LineKind : quint8 { Normal, TitleCase, AllCaps };

// Lower-case words allowed inside a name ("Bank of England", "Charles de Gaulle").
bool isConnector(const QString &word)
{
    static const QSet<QString> connectors{
        u"of"_s, u"de"_s, u"da"_s, u"do"_s, u"dos"_s, u"das"_s, u"del"_s, u"della"_s, u"di"_s, u"du"_s,
        u"des"_s, u"van"_s, u"von"_s, u"der"_s, u"den"_s, u"ter"_s, u"la"_s, u"le"_s, u"al"_s, u"el"_s,
        u"bin"_s, u"ibn"_s, u"y"_s, u"e"_s, u"and"_s, u"&"_s, u"for"_s, u"upon"_s, u"on"_s, u"the"_s,
        u"al-"_s, u"d'"_s, u"St"_s};
    return connectors.contains(word);
}

// Particles inside persons' names ("Joost van der Westhuizen", "Charles de Gaulle").
bool isParticle(const QString &word)
{
    static const QSet<QString> particles{u"de"_s, u"da"_s, u"do"_s, u"dos"_s, u"das"_s, u"del"_s, u"della"_s,
                                         u"di"_s, u"du"_s, u"des"_s, u"van"_s, u"von"_s, u"der"_s, u"den"_s,
                                         u"ter"_s, u"la"_s, u"le"_s, u"al"_s, u"el"_s, u"bin"_s, u"ibn"_s};
    return particles.contains(word);
}

// Connectors that end a name at a split: "Trump and Putin" are two names.
bool separatesNames(const QString &word)
{
    return word == u"and" || word == u"for" || word == u"on" || word == u"upon" || word == u"the" || word == u"of";
}

const QStringList &monthNames()
{
    static const QStringList months{u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s,
                                    u"July"_s, u"August"_s, u"September"_s, u"October"_s, u"November"_s,
                                    u"December"_s};
    return months;
}

// Month abbreviations ("Sept 30", "Jan. 5"), written capitalised; the stop is optional.
bool isMonthAbbreviation(QStringView word, const AbbreviationLexicon &abbreviations)
{
    if (word.endsWith(u'.'))
        word.chop(1);
    return word.size() >= 3 && word[0].isUpper() && word.sliced(1).toString().isLower()
           && abbreviations.isListed(word, AbbreviationLexicon::Month);
}

bool isBareMonthAbbreviation(const QString &word, const AbbreviationLexicon &abbreviations)
{
    return !word.endsWith(u'.') && isMonthAbbreviation(word, abbreviations);
}

bool isMonth(const EntityToken &token, const AbbreviationLexicon &abbreviations)
{
    if (isBareMonthAbbreviation(token.text, abbreviations))
        return true;
    QString title = token.text;
    if (token.shape == EntityToken::Upper)
        title = token.text.left(1) + token.text.mid(1).toLower();
    else if (token.shape != EntityToken::Capital)
        return false;
    return monthNames().contains(title) || (title.endsWith(u'.') && isMonthAbbreviation(title, abbreviations));
}

bool isWeekday(const EntityToken &token)
{
    static const QSet<QString> days{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
                                    u"saturday"_s, u"sunday"_s, u"mondays"_s, u"fridays"_s, u"weekends"_s};
    return (token.shape == EntityToken::Capital || token.shape == EntityToken::Upper)
        && days.contains(token.lower);
}

bool isDayNumber(const EntityToken &token)
{
    if (token.shape != EntityToken::Number)
        return false;
    QString digits = token.text;
    for (QStringView suffix : {u"st", u"nd", u"rd", u"th"}) {
        if (digits.endsWith(suffix))
            digits.chop(suffix.size());
    }
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok && value >= 1 && value <= 31;
}

bool isYearText(QStringView text)
{
    if (text.size() != 4)
        return false;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1800 && value <= 2199;
}

bool isYear(const EntityToken &token)
{
    return token.shape == EntityToken::Number && isYearText(token.text);
}

// "1990s", "1996-08-30", "21/05/2025".
bool isDateNumber(const EntityToken &token)
{
    if (token.shape != EntityToken::Number)
        return false;
    const QString &t = token.text;
    if (t.size() == 5 && t.endsWith(u's') && isYearText(QStringView(t).left(4)))
        return true;
    if (t.size() == 10 && t[4] == u'-' && t[7] == u'-')
        return true;
    return t.count(u'/') == 2 && t.size() >= 8 && t.size() <= 10;
}

bool isTimeUnit(const QString &lower)
{
    static const QSet<QString> units{u"day"_s, u"days"_s, u"week"_s, u"weeks"_s, u"month"_s, u"months"_s,
                                     u"year"_s, u"years"_s, u"decade"_s, u"decades"_s, u"century"_s,
                                     u"centuries"_s, u"weekend"_s, u"quarter"_s, u"quarters"_s,
                                     u"season"_s, u"summer"_s, u"winter"_s, u"spring"_s, u"autumn"_s,
                                     u"fall"_s, u"morning"_s, u"afternoon"_s, u"evening"_s, u"night"_s};
    return units.contains(lower);
}

bool isPeriodUnit(const QString &lower)
{
    static const QSet<QString> units{u"day"_s, u"days"_s, u"week"_s, u"weeks"_s, u"month"_s, u"months"_s,
                                     u"year"_s, u"years"_s, u"decade"_s, u"decades"_s, u"century"_s,
                                     u"centuries"_s};
    return units.contains(lower);
}

bool isNumberWordText(const QString &lower)
{
    static const QSet<QString> numbers{u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s,
                                       u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s, u"eleven"_s,
                                       u"twelve"_s, u"fifteen"_s, u"twenty"_s, u"thirty"_s, u"fifty"_s,
                                       u"hundred"_s, u"several"_s, u"few"_s, u"a"_s, u"couple"_s};
    return numbers.contains(lower);
}

bool isNumberWord(const EntityToken &token)
{
    if (token.shape == EntityToken::Number) {
        bool ok = false;
        token.text.toInt(&ok);
        return ok;
    }
    return isNumberWordText(token.lower);
}

// "30-day", "two-year", "six-month".
bool isHyphenatedPeriod(const EntityToken &token)
{
    const qsizetype dash = token.text.lastIndexOf(u'-');
    if (dash <= 0)
        return false;
    const QString unit = token.text.mid(dash + 1).toLower();
    if (unit != u"day" && unit != u"week" && unit != u"month" && unit != u"year" && unit != u"decade")
        return false;
    const QString count = token.text.left(dash);
    bool ok = false;
    count.toInt(&ok);
    return ok || isNumberWordText(count.toLower());
}

class Recognizer
{
public:
    Recognizer(QStringView text, const Tokens &tokens, const QList<SuggestedSpan> &existing,
               const Gazetteer &gazetteer, const WordTokenizer &tokenizer)
        : m_text(text)
        , m_tokens(tokens)
        , m_gazetteer(gazetteer)
        , m_tokenizer(tokenizer)
        , m_abbreviations(tokenizer.abbreviations())
    {
        classifyLines();
        m_dateTaken.assign(m_tokens.size(), false);
        m_common.assign(m_tokens.size(), -1);
        m_nameToken.assign(m_tokens.size(), -1);
        findDates();
        seedAliases(existing);
        m_sports = isSportsReport();
    }

    QList<Mention> run()
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

private:
    // --- sports ----------------------------------------------------------------------------
    // Sports reports name teams after their towns: "Leicestershire beat Somerset".
    bool isSportsReport() const
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

    // A town or region in a sports report is its team, unless it is the dateline or a venue.
    void applySportsConventions(QList<Mention> &mentions) const
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

    bool isTableRow(int line) const { return m_tableRows[line]; }

    // --- lines -----------------------------------------------------------------------------
    void classifyLines()
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

    static bool isSmallWord(const QString &word)
    {
        static const QSet<QString> small{u"a"_s, u"an"_s, u"the"_s, u"of"_s, u"in"_s, u"on"_s, u"at"_s, u"to"_s,
                                         u"for"_s, u"and"_s, u"or"_s, u"but"_s, u"by"_s, u"with"_s, u"from"_s,
                                         u"as"_s, u"vs"_s, u"vs."_s, u"v"_s, u"de"_s, u"is"_s};
        return small.contains(word);
    }

    LineKind lineKind(qsizetype i) const { return m_lineKinds[m_tokens[i].line]; }

    // Whether the capital letter of a token tells nothing: sentence starts, headlines.
    bool capitalIsWeak(qsizetype i) const
    {
        return m_tokens[i].sentenceStart || lineKind(i) != LineKind::Normal;
    }

    bool isCommon(qsizetype i) const
    {
        if (m_common[i] < 0)
            m_common[i] = computeCommon(i) ? 1 : 0;
        return m_common[i] == 1;
    }

    bool computeCommon(qsizetype i) const
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

    // --- dates -----------------------------------------------------------------------------
    void addDate(qsizetype first, qsizetype last, const QString &reason, double confidence = 0.85)
    {
        for (qsizetype i = first; i < last; ++i)
            m_dateTaken[i] = true;
        m_dates.append(Mention{first, last, EntityKind::Date, confidence, reason});
    }

    bool sameLine(qsizetype a, qsizetype b) const
    {
        return b >= 0 && b < qsizetype(m_tokens.size()) && m_tokens[a].line == m_tokens[b].line;
    }

    bool lowerIs(qsizetype i, std::initializer_list<QStringView> words) const
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

    void findDates()
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

    // --- aliases ---------------------------------------------------------------------------
    QString keyOf(qsizetype first, qsizetype last) const
    {
        QString key;
        for (qsizetype i = first; i < last; ++i) {
            if (i > first)
                key += u' ';
            key += m_tokens[i].text;
        }
        return key;
    }

    QString lowerKeyOf(qsizetype first, qsizetype last) const
    {
        QString key = m_tokens[first].lower;
        for (qsizetype i = first + 1; i < last; ++i) {
            key += u' ';
            key += m_tokens[i].lower;
        }
        return key;
    }

    bool allUpper(qsizetype first, qsizetype last) const
    {
        for (qsizetype i = first; i < last; ++i) {
            const EntityToken::Shape shape = m_tokens[i].shape;
            if (shape != EntityToken::Upper && shape != EntityToken::Initial && shape != EntityToken::Other
                && shape != EntityToken::Number)
                return false;
        }
        return true;
    }

    void addAlias(const QString &key, const Alias &alias)
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

    // Names people already marked in this document teach the engine their short forms too.
    void seedAliases(const QList<SuggestedSpan> &existing)
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

    void learnAliases(const QList<Mention> &mentions)
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

    // The longest known name (alias or gazetteer) starting at i and ending by `end`.
    struct Match
    {
        qsizetype length = 0;
        EntityKind kind = EntityKind::None;
        QString reason;
        bool alias = false;
        double confidence = 0.85;
    };

    const Alias *findAlias(const QString &key, bool upper) const
    {
        auto it = m_aliases.constFind(key);
        if (it != m_aliases.cend())
            return &it.value();
        if (!upper)
            return nullptr;
        it = m_aliasesUpper.constFind(key);
        return it != m_aliasesUpper.cend() ? &it.value() : nullptr;
    }

    Match longestName(qsizetype i, qsizetype end) const
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

    // The longest title starting at i ("Prime Minister", "spokesman"), in words.
    qsizetype titleLength(qsizetype i, qsizetype end) const
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

    bool isFirstName(qsizetype i) const
    {
        const EntityToken &token = m_tokens[i];
        return m_gazetteer.isFirstName(token.text) || (token.shape == EntityToken::Upper && m_gazetteer.isFirstNameUpper(token.text));
    }

    const Gazetteer::Head *headOf(qsizetype i) const
    {
        const EntityToken &token = m_tokens[i];
        if (token.shape != EntityToken::Capital && token.shape != EntityToken::Upper)
            return nullptr;
        return m_gazetteer.head(token.text);
    }

    bool isNameToken(qsizetype i) const
    {
        if (m_nameToken[i] < 0)
            m_nameToken[i] = computeNameToken(i) ? 1 : 0;
        return m_nameToken[i] == 1;
    }

    bool computeNameToken(qsizetype i) const
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

    // A capitalised word that says nothing about a name here: "The" starting a sentence, "News"
    // in a headline, unless a list knows it.
    bool isWeak(qsizetype i, qsizetype end) const
    {
        if (!capitalIsWeak(i) || !isCommon(i))
            return false;
        if (longestName(i, end).length > 0 || titleLength(i, end) > 0 || headOf(i))
            return false;
        if (isFirstName(i) && i + 1 < end && isNameToken(i + 1))
            return false;
        return true;
    }

    // --- names -----------------------------------------------------------------------------
    QList<Mention> findNames() const
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

    // Splits a run at weak words (headlines, sentence starts) and resolves each part.
    void resolveRun(qsizetype first, qsizetype end, QList<Mention> &mentions) const
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

    bool precededByTitle(qsizetype first) const
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

    void resolveChunk(qsizetype a, qsizetype b, QList<Mention> &mentions) const
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

    // Left to right: titles, known names, first names, and the unknown parts between them.
    void splitChunk(qsizetype a, qsizetype b, QList<Mention> &mentions) const
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

    // "NationsBank", "PepsiCo" (but not "McDonald", "DiCaprio", "MacArthur").
    static bool isMixedCase(const QString &word)
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

    static bool isCompass(const QString &word)
    {
        return word == u"West" || word == u"East" || word == u"North" || word == u"South" || word == u"Northern"
            || word == u"Southern" || word == u"Eastern" || word == u"Western" || word == u"Central";
    }

    bool allCommon(qsizetype a, qsizetype b) const
    {
        for (qsizetype i = a; i < b; ++i) {
            if (isConnector(m_tokens[i].text))
                continue;
            if (!isCommon(i) || m_gazetteer.isProperWord(m_tokens[i].text))
                return false;
        }
        return true;
    }

    void classifyUnknown(qsizetype a, qsizetype b, bool afterTitle, QList<Mention> &mentions) const
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

    QStringView m_text;
    const Tokens &m_tokens;
    const Gazetteer &m_gazetteer;
    const WordTokenizer &m_tokenizer;
    const AbbreviationLexicon &m_abbreviations;
    std::vector<LineKind> m_lineKinds;
    std::vector<bool> m_tableRows;
    mutable std::vector<qint8> m_common; // per token: -1 unknown, 0 no, 1 an ordinary word
    mutable std::vector<qint8> m_nameToken; // per token: -1 unknown, 0 no, 1 may be part of a name
    std::vector<bool> m_dateTaken;
    QList<Mention> m_dates;
    QHash<QString, Alias> m_aliases;
    QHash<QString, Alias> m_aliasesUpper;
    QSet<QString> m_aliasStarts;
    int m_longestAlias = 1;
    QHash<QString, QString> m_headAliases; // "Commission" -> "European Commission"
    bool m_sports = false;
};

class EntityEngine final : public Engine
{
public:
    EntityEngine(const Gazetteer &gazetteer, const AbbreviationLexicon &abbreviations)
        : m_gazetteer(gazetteer)
        , m_tokenizer(abbreviations, entityConventions)
    {
    }
    QString name() const override { return u"copydesk-entities"_s; }
    QString version() const override { return u"1.0.0"_s; }
    QStringList layers() const override { return {u"entities"_s}; }

    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        const Tokens tokens = entityTokens(document.text, m_tokenizer);
        Recognizer recognizer(document.text, tokens, document.existing, m_gazetteer, m_tokenizer);
        const QList<Mention> mentions = recognizer.run();
        EngineResult result;
        qsizetype lastEnd = -1;
        int number = 0;
        for (const Mention &m : mentions) {
            const qsizetype start = tokens[m.first].start;
            const qsizetype end = tokens[m.last - 1].end;
            if (start < lastEnd)
                continue; // overlaps an earlier, longer mention
            SuggestedSpan span;
            span.key = u"e%1"_s.arg(++number);
            span.label = entityLabel(m.kind);
            span.start = start;
            span.end = end;
            span.confidence = m.confidence;
            span.reason = m.reason;
            result.spans.append(span);
            lastEnd = end;
        }
        return result;
    }

private:
    const Gazetteer &m_gazetteer;
    WordTokenizer m_tokenizer;
};

} // namespace

std::unique_ptr<Engine> createEntityEngine()
{
    return std::make_unique<EntityEngine>(Gazetteer::builtin(), AbbreviationLexicon::builtin());
}

} // namespace Copydesk
