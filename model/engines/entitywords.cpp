#include "entitywords.h"

#include <QSet>

#include "abbreviationlexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Entities {

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


} // namespace Copydesk::Entities
