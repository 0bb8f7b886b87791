#include "htmlevidence.h"

#include <QJsonArray>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace HtmlHint {

namespace {

constexpr std::pair<quint32, char> letterOf[] = {
    {Comments, 'c'}, {Share, 's'}, {Related, 'r'}, {Navigation, 'n'}, {Ads, 'a'}, {Subscribe, 'u'},
    {Header, 'h'}, {Footer, 'f'}, {Sidebar, 'd'}, {Meta, 'm'}, {Caption, 'p'}, {Content, 'b'},
    {ArticleBody, 'B'}, {Headline, 'H'}, {Time, 't'}, {Control, 'k'}, {Author, 'A'}, {Entry, 'e'},
};

struct Word
{
    const char16_t *word;
    quint32 hint;
    bool prefix; // also the start of a longer word ("comment" in "commentlist")
};

// The words of class and id names that front-end developers use for page furniture and for
// the article, the ideas of Readability's and trafilatura's class-name heuristics. Brand names
// (twitter, facebook) are left out: an embedded post ("twitter-tweet") is part of the article,
// and share buttons are named share or social.
constexpr Word words[] = {
    {u"comment", Comments, true}, {u"disqus", Comments, true}, {u"respond", Comments, false},
    {u"reply", Comments, false}, {u"replies", Comments, false}, {u"discussion", Comments, false},
    {u"share", Share, true}, {u"sharing", Share, false}, {u"social", Share, true}, {u"sociable", Share, false},
    {u"addthis", Share, true}, {u"addtoany", Share, true}, {u"follow", Share, true},
    {u"print", Share, false}, {u"tool", Share, false}, {u"tools", Share, false}, {u"toolbar", Share, false},
    {u"related", Related, true}, {u"recommend", Related, true}, {u"popular", Related, false}, {u"trending", Related, false},
    {u"more", Related, false}, {u"readmore", Related, false}, {u"outbrain", Related, true}, {u"taboola", Related, true},
    {u"teaser", Related, true}, {u"most", Related, false}, {u"also", Related, false}, {u"latest", Related, false},
    {u"headlines", Related, false}, {u"suggested", Related, false}, {u"upnext", Related, false}, {u"recirc", Related, true},
    {u"nav", Navigation, true}, {u"menu", Navigation, true}, {u"breadcrumb", Navigation, true}, {u"pagination", Navigation, false},
    {u"pager", Navigation, false}, {u"skip", Navigation, false}, {u"subnav", Navigation, false}, {u"search", Navigation, false},
    {u"ad", Ads, false}, {u"ads", Ads, false}, {u"adv", Ads, false}, {u"advert", Ads, true}, {u"dfp", Ads, false},
    {u"gpt", Ads, false}, {u"sponsor", Ads, true}, {u"promo", Ads, true}, {u"banner", Ads, false}, {u"commercial", Ads, false},
    {u"billboard", Ads, false}, {u"leaderboard", Ads, false}, {u"skyscraper", Ads, false}, {u"mpu", Ads, false},
    {u"affiliate", Ads, true}, {u"adslot", Ads, false}, {u"adunit", Ads, false},
    {u"newsletter", Subscribe, true}, {u"subscri", Subscribe, true}, {u"signup", Subscribe, false}, {u"login", Subscribe, false},
    {u"signin", Subscribe, false}, {u"register", Subscribe, false}, {u"registration", Subscribe, false}, {u"paywall", Subscribe, true},
    {u"cookie", Subscribe, true}, {u"consent", Subscribe, false}, {u"gdpr", Subscribe, false}, {u"modal", Subscribe, false},
    {u"popup", Subscribe, false}, {u"overlay", Subscribe, false}, {u"optin", Subscribe, false}, {u"cta", Subscribe, false},
    {u"donate", Subscribe, false}, {u"donation", Subscribe, false},
    {u"header", Header, true}, {u"masthead", Header, false}, {u"branding", Header, false}, {u"logo", Header, false},
    {u"footer", Footer, true}, {u"foot", Footer, false}, {u"colophon", Footer, false}, {u"copyright", Footer, false},
    {u"sidebar", Sidebar, true}, {u"side", Sidebar, false}, {u"rail", Sidebar, false}, {u"aside", Sidebar, false},
    {u"widget", Sidebar, true},
    {u"byline", Meta, true}, {u"author", Meta, true}, {u"dateline", Meta, false}, {u"date", Meta, true},
    {u"time", Meta, false}, {u"timestamp", Meta, false}, {u"publish", Meta, true}, {u"updated", Meta, false},
    {u"meta", Meta, false}, {u"metadata", Meta, false}, {u"tags", Meta, false}, {u"tag", Meta, false},
    {u"categor", Meta, true}, {u"contributor", Meta, true}, {u"bio", Meta, false},
    {u"caption", Caption, true}, {u"credit", Caption, true}, {u"figcaption", Caption, false}, {u"gallery", Caption, false},
    {u"photo", Caption, true}, {u"video", Caption, true}, {u"media", Caption, false}, {u"slideshow", Caption, false},
    {u"article", Content, true}, {u"body", Content, false}, {u"content", Content, false}, {u"main", Content, false},
    {u"entry", Entry, true}, {u"post", Entry, false}, {u"story", Entry, true}, {u"text", Entry, false},
    {u"blog", Entry, false}, {u"prose", Entry, false}, {u"richtext", Entry, false}, {u"hentry", Entry, false},
    {u"headline", Headline, false},
};

quint32 hintOfWord(QStringView word)
{
    quint32 hints = 0;
    for (const Word &entry : words) {
        const QStringView candidate(entry.word);
        if (word == candidate || (entry.prefix && word.startsWith(candidate)))
            hints |= entry.hint;
    }
    return hints;
}

} // namespace

QString letters(quint32 hints)
{
    QString out;
    for (const auto &[hint, letter] : letterOf) {
        if (hints & hint)
            out += QLatin1Char(letter);
    }
    return out;
}

quint32 fromLetters(QStringView text)
{
    quint32 hints = 0;
    for (QChar c : text) {
        for (const auto &[hint, letter] : letterOf) {
            if (c == QLatin1Char(letter))
                hints |= hint;
        }
    }
    return hints;
}

quint32 fromNames(QStringView names)
{
    // Words are runs of letters; an upper-case letter after a lower-case one starts a word
    // ("shareBar"), digits and punctuation separate words ("share-bar_2").
    quint32 hints = 0;
    QVarLengthArray<char16_t, 32> word;
    auto finish = [&] {
        if (!word.isEmpty())
            hints |= hintOfWord(QStringView(word.constData(), word.size()));
        word.clear();
    };
    QChar previous;
    for (QChar c : names) {
        if (!c.isLetter()) {
            finish();
        } else {
            if (c.isUpper() && previous.isLower())
                finish();
            word.append(c.toLower().unicode());
        }
        previous = c;
    }
    finish();
    return hints;
}

} // namespace HtmlHint

QString HtmlEvidence::metaKey()
{
    return u"html"_s;
}

QJsonObject HtmlEvidence::toJson() const
{
    QJsonArray nodeArray;
    for (const HtmlNodeEvidence &node : nodes) {
        QString entry = QString::number(node.parent) + u' ' + node.tag;
        if (node.hints)
            entry += u' ' + HtmlHint::letters(node.hints);
        nodeArray.append(entry);
    }
    QJsonArray lineArray;
    for (const HtmlLineEvidence &line : lines) {
        QString entry = QString::number(line.node) + u' ' + QString::number(line.linkCharacters);
        if (line.hints)
            entry += u' ' + HtmlHint::letters(line.hints);
        lineArray.append(entry);
    }
    return QJsonObject{{u"version"_s, 1}, {u"nodes"_s, nodeArray}, {u"lines"_s, lineArray}};
}

std::optional<HtmlEvidence> HtmlEvidence::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.value(u"version").toInt() != 1)
        return std::nullopt;
    HtmlEvidence evidence;
    const QJsonArray nodeArray = object.value(u"nodes").toArray();
    evidence.nodes.reserve(nodeArray.size());
    for (const QJsonValue &entry : nodeArray) {
        const QString text = entry.toString();
        const QList<QStringView> fields = QStringView(text).split(u' ');
        if (fields.size() < 2)
            return std::nullopt;
        HtmlNodeEvidence node;
        bool ok = false;
        node.parent = fields[0].toInt(&ok);
        if (!ok || node.parent < -1 || node.parent >= evidence.nodes.size())
            return std::nullopt; // parents come first
        node.tag = fields[1].toString();
        if (fields.size() > 2)
            node.hints = HtmlHint::fromLetters(fields[2]);
        evidence.nodes.append(node);
    }
    const QJsonArray lineArray = object.value(u"lines").toArray();
    evidence.lines.reserve(lineArray.size());
    for (const QJsonValue &entry : lineArray) {
        const QString text = entry.toString();
        const QList<QStringView> fields = QStringView(text).split(u' ');
        if (fields.size() < 2)
            return std::nullopt;
        HtmlLineEvidence line;
        bool ok = false;
        bool ok2 = false;
        line.node = fields[0].toInt(&ok);
        line.linkCharacters = fields[1].toInt(&ok2);
        if (!ok || !ok2 || line.node < -1 || line.node >= evidence.nodes.size())
            return std::nullopt;
        if (fields.size() > 2)
            line.hints = HtmlHint::fromLetters(fields[2]);
        evidence.lines.append(line);
    }
    return evidence;
}

} // namespace Copydesk
