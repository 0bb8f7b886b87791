#include "articlegenerator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Copydesk::Bench {

namespace {

// --- Pools ------------------------------------------------------------------------------------

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

QString syllables(QRandomGenerator &random, const QStringList &first, const QStringList &rest, int count)
{
    QString word = first.at(int(random.bounded(first.size())));
    for (int i = 1; i < count; ++i)
        word += rest.at(int(random.bounded(rest.size())));
    return capitalised(word);
}

struct Source
{
    QString name;
    QString domain;
    QString header;      // the page's first line, every article
    QString tagline;     // the second, most articles
    QString disclaimer;  // some sources
    QString footer;
    QString idFormat;    // "%1" is the story number; empty: no ID line
    bool wire = false;
    bool share = false;
    bool newsletter = false;
};

struct Pools
{
    QStringList givenNames;
    QStringList surnames;
    QStringList towns;
    QStringList places; // towns, real countries and capitals
    QStringList organisations;
    QStringList roles;
    QList<Source> sources;
    QStringList publications; // cited as sources of quotes
};

const Pools &pools()
{
    static const Pools p = [] {
        Pools pools;
        QRandomGenerator random(7);
        const QStringList onsets{u"ma"_s, u"ra"_s, u"li"_s, u"to"_s, u"ne"_s, u"ka"_s, u"el"_s, u"an"_s, u"jo"_s, u"sa"_s,
                                 u"mi"_s, u"da"_s, u"lu"_s, u"ve"_s, u"or"_s, u"is"_s, u"be"_s, u"ha"_s, u"pe"_s, u"yu"_s};
        const QStringList middles{u"ra"_s, u"na"_s, u"lo"_s, u"mas"_s, u"len"_s, u"ric"_s, u"tin"_s, u"ja"_s, u"vi"_s,
                                  u"ko"_s, u"ne"_s, u"da"_s, u"sen"_s, u"ri"_s, u"le"_s, u"ya"_s};
        for (int i = 0; i < 400; ++i)
            pools.givenNames.append(syllables(random, onsets, middles, 2 + int(random.bounded(2))));
        const QStringList stems{u"kel"_s, u"brand"_s, u"hal"_s, u"mor"_s, u"vas"_s, u"lind"_s, u"stra"_s, u"ber"_s,
                                u"cas"_s, u"dun"_s, u"fen"_s, u"gar"_s, u"hol"_s, u"ivo"_s, u"jen"_s, u"kor"_s,
                                u"lar"_s, u"mel"_s, u"nor"_s, u"oka"_s, u"pel"_s, u"quin"_s, u"ros"_s, u"tam"_s};
        const QStringList endings{u"ling"_s, u"sen"_s, u"ford"_s, u"ova"_s, u"tek"_s, u"berg"_s, u"wick"_s, u"ani"_s,
                                  u"ero"_s, u"stad"_s, u"man"_s, u"ley"_s, u"ski"_s, u"ard"_s, u"is"_s, u"afor"_s};
        for (int i = 0; i < 600; ++i)
            pools.surnames.append(syllables(random, stems, endings, 2));
        const QStringList townEndings{u"haven"_s, u"burg"_s, u"ford"_s, u"port"_s, u"mouth"_s, u"vale"_s, u"ton"_s,
                                      u"field"_s, u"stad"_s, u"wick"_s};
        for (int i = 0; i < 150; ++i)
            pools.towns.append(syllables(random, stems, townEndings, 2));
        pools.places = pools.towns;
        pools.places += {u"France"_s, u"Paris"_s, u"Brazil"_s, u"Kenya"_s, u"Nairobi"_s, u"Japan"_s, u"Tokyo"_s,
                         u"Canada"_s, u"Ottawa"_s, u"Germany"_s, u"Berlin"_s, u"India"_s, u"Chile"_s, u"Norway"_s,
                         u"Egypt"_s, u"Cairo"_s, u"Spain"_s, u"Madrid"_s, u"Peru"_s, u"Lima"_s};
        const QStringList ministries{u"Trade"_s, u"Health"_s, u"Finance"_s, u"Defence"_s, u"Transport"_s,
                                     u"Education"_s, u"Energy"_s, u"Agriculture"_s};
        for (const QString &m : ministries)
            pools.organisations.append(u"Ministry of "_s + m);
        for (int i = 0; i < 60; ++i) {
            const QString town = pools.towns.at(i);
            const QString surname = pools.surnames.at(i * 7);
            switch (i % 6) {
            case 0: pools.organisations.append(town + u" Port Authority"_s); break;
            case 1: pools.organisations.append(surname + u" Group"_s); break;
            case 2: pools.organisations.append(town + u" Institute for Economic Research"_s); break;
            case 3: pools.organisations.append(u"National Union of "_s + town + u" Workers"_s); break;
            case 4: pools.organisations.append(town + u" Chamber of Commerce"_s); break;
            default: pools.organisations.append(surname + u" Holdings"_s); break;
            }
        }
        pools.roles = {u"the minister"_s, u"the chief executive"_s, u"a spokesperson"_s, u"the mayor"_s,
                       u"an economist"_s, u"the chair"_s, u"a senior analyst"_s, u"the director"_s,
                       u"a professor of economics"_s, u"the head of research"_s};
        const QStringList kinds{u"Ledger"_s, u"Courier"_s, u"Gazette"_s, u"Times"_s, u"Herald"_s, u"Post"_s,
                                u"Observer"_s, u"Dispatch"_s, u"Chronicle"_s, u"Tribune"_s};
        for (int i = 0; i < 40; ++i) {
            Source s;
            const QString town = pools.towns.at(60 + i);
            s.wire = i % 8 == 7;
            s.name = s.wire ? town + u" News Agency"_s : u"The "_s + town + u' ' + kinds.at(i % kinds.size());
            s.domain = town.toLower() + (s.wire ? u"-news.example"_s : u"-"_s + kinds.at(i % kinds.size()).toLower() + u".example"_s);
            s.header = s.name + (i % 3 ? u" | "_s : u" — "_s) + (s.wire ? u"Wire service"_s : u"Local news for "_s + town);
            s.tagline = i % 2 ? u"Independent journalism since 19%1"_s.arg(20 + i) : QString();
            if (i % 4 == 1)
                s.disclaimer = u"Disclaimer: %1 receives funding from the %2 for its %3 coverage. Our editorial decisions remain independent."_s
                                   .arg(s.name, pools.organisations.at(8 + i), i % 2 ? u"business"_s : u"maritime"_s);
            s.footer = u"© 2025 %1. All rights reserved."_s.arg(s.name);
            s.idFormat = i % 5 == 4 ? QString() : (i % 2 ? u"ID: %1"_s : u"Story ref. "_s + town.left(2).toUpper() + u"/2025/%1"_s);
            s.share = i % 3 != 2;
            s.newsletter = i % 2 == 0;
            pools.sources.append(s);
        }
        for (int i = 0; i < 12; ++i)
            pools.publications.append(pools.sources.at(i * 3).name);
        return pools;
    }();
    return p;
}

// --- Sentences --------------------------------------------------------------------------------

class Writer
{
public:
    Writer(quint32 seed, int number)
        : m_random(seed ^ (quint32(number) * 2654435761U))
        , m_pools(pools())
    {
    }

    template<typename List>
    const auto &pick(const List &list) { return list.at(qsizetype(m_random.bounded(int(list.size())))); }
    int number(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QString person() { return pick(m_pools.givenNames) + u' ' + pick(m_pools.surnames); }
    QString place() { return pick(m_pools.places); }
    QString organisation() { return pick(m_pools.organisations); }

    QString weekday()
    {
        static const QStringList days{u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s,
                                      u"Saturday"_s, u"Sunday"_s};
        return pick(days);
    }
    QString month()
    {
        static const QStringList months{u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s,
                                        u"July"_s, u"August"_s, u"September"_s, u"October"_s, u"November"_s,
                                        u"December"_s};
        return pick(months);
    }

    // A clause that can follow "said that" or stand after "According to X,".
    QString clause()
    {
        static const QStringList subjects{u"the talks"_s, u"the plan"_s, u"prices"_s, u"the new terminal"_s,
                                          u"exports"_s, u"the agreement"_s, u"unemployment"_s, u"the budget"_s,
                                          u"the dredging works"_s, u"the reform"_s, u"investment"_s, u"the strike"_s,
                                          u"rents in the city"_s, u"the harvest"_s, u"the inquiry"_s};
        static const QStringList verbs{u"would resume"_s, u"could climb further"_s, u"was expected to cost"_s,
                                       u"had fallen by"_s, u"would be delayed until"_s, u"was likely to pass"_s,
                                       u"had risen by"_s, u"might be scrapped before"_s, u"would create"_s,
                                       u"could end by"_s};
        const QString verb = pick(verbs);
        QString object;
        if (verb.endsWith(u"until") || verb.endsWith(u"before") || verb.endsWith(u"end by"))
            object = month();
        else if (verb.endsWith(u"by"))
            object = u"%1 percent"_s.arg(number(2, 40));
        else if (verb.endsWith(u"cost"))
            object = u"about €%1 million"_s.arg(number(5, 900));
        else if (verb.endsWith(u"create"))
            object = u"%1 jobs in %2"_s.arg(number(50, 4000)).arg(place());
        else
            object = pick(QStringList{u"next week"_s, u"in the coming months"_s, u"despite the protests"_s,
                                      u"after the election"_s, u"this year"_s});
        return pick(subjects) + u' ' + verb + u' ' + object;
    }

    QString quoteText()
    {
        static const QStringList openings{u"We cannot keep"_s, u"This is about"_s, u"Nobody expected"_s,
                                          u"We will not accept"_s, u"It is too early to say whether"_s,
                                          u"Our members are worried that"_s, u"The figures show that"_s,
                                          u"I am confident that"_s};
        return pick(openings) + u' ' + clause();
    }

    QString attributedDirect(QString *speaker)
    {
        *speaker = person();
        const QString role = pick(m_pools.roles);
        const QString org = organisation();
        switch (number(0, 3)) {
        case 0: return u"“%1,” said %2, %3 of the %4."_s.arg(quoteText(), *speaker, role, org);
        case 1: return u"“%1,” %2 said. “%3.”"_s.arg(quoteText(), *speaker, capitalised(clause()));
        case 2: return u"%1, %2 at the %3, said: “%4.”"_s.arg(*speaker, role, org, quoteText());
        default: return u"“%1,” %2 told %3."_s.arg(quoteText(), *speaker, pick(m_pools.publications));
        }
    }

    QString sentence(const QString &lastSpeaker)
    {
        const int kind = number(0, 99);
        QString speaker;
        if (kind < 22)
            return attributedDirect(&speaker);
        if (kind < 36)
            return u"%1 said that %2."_s.arg(person(), clause());
        if (kind < 44)
            return u"According to %1, %2."_s.arg(chance(50) ? u"a report by the "_s + organisation() : person(), clause());
        if (kind < 50)
            return u"The %1 said in a statement that %2."_s.arg(organisation(), clause());
        if (kind < 56)
            return pick(QStringList{u"A senior official, who spoke on condition of anonymity, said %1."_s,
                                    u"Sources close to the negotiations said %1."_s,
                                    u"People familiar with the matter said %1."_s})
                .arg(clause());
        if (kind < 61)
            return u"%1 reported that %2, citing two people briefed on the talks."_s.arg(pick(m_pools.publications), clause());
        if (kind < 66)
            return pick(QStringList{u"%1, reportedly."_s, u"It is understood that %1."_s, u"%1, it is claimed."_s})
                .arg(capitalised(clause()));
        if (kind < 70 && !lastSpeaker.isEmpty())
            return u"“%1,” %2 added."_s.arg(quoteText(), lastSpeaker.section(QChar(u' '), 1));
        if (kind < 82)
            return u"On %1, the %2 approved a €%3 million plan for %4, which %5."_s.arg(weekday(), organisation())
                .arg(number(3, 500))
                .arg(place(), clause());
        if (kind < 90)
            return u"Exports from %1 rose %2 percent in %3, while %4."_s.arg(place()).arg(number(1, 30)).arg(month(), clause());
        return u"%1 of the %2 visited %3 on %4 to meet %5."_s.arg(person(), organisation(), place(), weekday(), person());
    }

private:
    QRandomGenerator m_random;
    const Pools &m_pools;
};

} // namespace

ArticleGenerator::ArticleGenerator(quint32 seed)
    : m_seed(seed)
{
}

GeneratedArticle ArticleGenerator::article(int number) const
{
    const Pools &p = pools();
    Writer w(m_seed, number);
    GeneratedArticle a;
    const Source &source = w.pick(p.sources);
    a.id = u"gen-%1"_s.arg(number, 6, 10, QChar(u'0'));
    a.source = source.name;
    const QString town = w.pick(p.towns);
    static const QStringList headlines{u"%1 approves €%2 million plan despite protests"_s,
                                       u"Talks in %1 stall as %2 unions walk out"_s,
                                       u"%1 braces for price rises, officials say"_s,
                                       u"Inquiry into %1 port contract widens"_s,
                                       u"Exports from %1 climb for a %2th month"_s};
    a.title = w.pick(headlines).arg(town);
    if (a.title.contains(u"%2"))
        a.title = a.title.arg(w.number(3, 90));
    const int day = w.number(1, 28);
    const QString month = w.month();
    a.published = u"2025-%1-%2"_s.arg(w.number(1, 12), 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    a.byline = source.wire ? QString() : w.person();
    a.url = u"https://%1/news/%2"_s.arg(source.domain, a.title.toLower().replace(u' ', u'-').remove(u'€'));

    QStringList lines;
    lines << source.header;
    if (!source.tagline.isEmpty() && w.chance(80))
        lines << source.tagline;
    lines << QString() << a.title << QString();
    lines << (a.byline.isEmpty() ? u"%1 %2, 2025"_s.arg(day).arg(month)
                                 : u"By %1 · %2 %3 2025 · %4 min read"_s.arg(a.byline).arg(day).arg(month).arg(w.number(2, 9)));
    lines << QString();
    // The dateline opens the first paragraph.
    QString speaker;
    QString first = u"%1 — The %2 on %3 %4."_s.arg(town.toUpper(), w.organisation(), w.weekday(),
                                                   w.pick(QStringList{u"approved a new plan"_s, u"rejected the offer"_s,
                                                                       u"announced an inquiry"_s, u"raised its forecast"_s}));
    first += u' ' + w.sentence(speaker);
    lines << first << QString();
    const int target = w.number(3300, 4300);
    int size = int(lines.join(u'\n').size());
    while (size < target) {
        QString paragraph;
        const int sentences = w.number(1, 4);
        for (int s = 0; s < sentences; ++s) {
            if (!paragraph.isEmpty())
                paragraph += u' ';
            QString next = w.sentence(speaker);
            if (next.contains(u" said"))
                speaker = next.section(u" said"_s, 0, 0).section(u',', 0, 0).remove(u'“');
            paragraph += next;
        }
        lines << paragraph << QString();
        size += int(paragraph.size()) + 2;
    }
    if (source.wire || w.chance(10))
        lines << u"(Reporting by %1; editing by %2)"_s.arg(w.person(), w.person()) << QString();
    if (!source.wire && w.chance(15))
        lines << u"This article was originally published by %1 and is republished under licence."_s.arg(w.pick(p.publications));
    if (!source.disclaimer.isEmpty())
        lines << source.disclaimer;
    if (source.share)
        lines << u"Share this article: Facebook · X · Email · Copy link"_s;
    if (source.newsletter)
        lines << u"Sign up for our morning newsletter"_s;
    if (!source.idFormat.isEmpty())
        lines << source.idFormat.arg(number + 100000);
    lines << source.footer;
    a.text = lines.join(u'\n');
    return a;
}

QByteArray ArticleGenerator::jsonLine(int number) const
{
    const GeneratedArticle a = article(number);
    QJsonObject meta{{u"title"_s, a.title}, {u"source"_s, a.source}, {u"url"_s, a.url}, {u"date"_s, a.published}};
    if (!a.byline.isEmpty())
        meta.insert(u"byline"_s, a.byline);
    return QJsonDocument(QJsonObject{{u"id"_s, a.id}, {u"text"_s, a.text}, {u"meta"_s, meta}}).toJson(QJsonDocument::Compact);
}

bool ArticleGenerator::writeJsonl(const QString &path, int count, qint64 *textBytes, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const GeneratedArticle a = article(i);
        bytes += a.text.toUtf8().size();
        QJsonObject meta{{u"title"_s, a.title}, {u"source"_s, a.source}, {u"url"_s, a.url}, {u"date"_s, a.published}};
        if (!a.byline.isEmpty())
            meta.insert(u"byline"_s, a.byline);
        QByteArray line = QJsonDocument(QJsonObject{{u"id"_s, a.id}, {u"text"_s, a.text}, {u"meta"_s, meta}}).toJson(QJsonDocument::Compact);
        line += '\n';
        if (file.write(line) != line.size()) {
            *error = file.errorString();
            return false;
        }
    }
    if (textBytes)
        *textBytes = bytes;
    return file.flush();
}

} // namespace Copydesk::Bench
