#include "gazetteer.h"

#include <QStringList>

#include "abbreviationlexicon.h"
#include "entitytokens.h"
#include "lexiconfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// The lines of a resource, without comments and blank lines.
QStringList readLines(const QString &path)
{
    QStringList lines;
    const QString content = readLexiconFile(path);
    for (QStringView line : lexiconLines(content))
        lines.append(line.toString());
    return lines;
}

EntityKind kindFromLabel(QStringView label)
{
    if (label == u"PERSON")
        return EntityKind::Person;
    if (label == u"ORG")
        return EntityKind::Org;
    if (label == u"GPE")
        return EntityKind::Gpe;
    if (label == u"LOC")
        return EntityKind::Loc;
    if (label == u"NORP")
        return EntityKind::Norp;
    if (label == u"FAC")
        return EntityKind::Fac;
    if (label == u"EVENT")
        return EntityKind::Event;
    if (label == u"DATE")
        return EntityKind::Date;
    return EntityKind::None;
}

int wordCount(const QString &key) { return int(key.count(u' ')) + 1; }

} // namespace

QString entityLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person: return u"PERSON"_s;
    case EntityKind::Org: return u"ORG"_s;
    case EntityKind::Gpe: return u"GPE"_s;
    case EntityKind::Loc: return u"LOC"_s;
    case EntityKind::Norp: return u"NORP"_s;
    case EntityKind::Fac: return u"FAC"_s;
    case EntityKind::Event: return u"EVENT"_s;
    case EntityKind::Date: return u"DATE"_s;
    case EntityKind::None: break;
    }
    return {};
}

const Gazetteer &Gazetteer::builtin()
{
    static const WordTokenizer tokenizer(AbbreviationLexicon::builtin(), entityConventions);
    static const Gazetteer gazetteer(tokenizer); // thread-safe initialisation, read-only afterwards
    return gazetteer;
}

Gazetteer::Gazetteer(const WordTokenizer &tokenizer)
{
    // Ordinary English words first: names that are also ordinary words need them.
    for (const QString &word : readLines(u":/copydesk/generated/common-words.txt"_s))
        m_commonWords.insert(word);
    for (const QString &word : readLines(u":/copydesk/generated/proper-words.txt"_s))
        m_properWords.insert(word);

    // Our own lists first: where a name is in two lists, the first one read decides.
    loadNames(u":/copydesk/gazetteers/organisations.tsv"_s, EntityKind::Org, u"gazetteer: organisation"_s, tokenizer);
    loadNames(u":/copydesk/gazetteers/news-organisations.tsv"_s, EntityKind::Org, u"gazetteer: news organisation"_s, tokenizer);
    loadNames(u":/copydesk/gazetteers/events.tsv"_s, EntityKind::Event, u"gazetteer: event"_s, tokenizer);
    loadNames(u":/copydesk/gazetteers/places.tsv"_s, EntityKind::Gpe, u"gazetteer: place"_s, tokenizer);
    loadDemonyms(u":/copydesk/gazetteers/demonyms.txt"_s, tokenizer);
    loadNames(u":/copydesk/generated/gazetteer-iso.tsv"_s, EntityKind::Gpe, u"gazetteer: place"_s, tokenizer);

    for (const QString &line : readLines(u":/copydesk/gazetteers/first-names.txt"_s)) {
        for (QStringView name : QStringView(line).split(u' ', Qt::SkipEmptyParts)) {
            m_firstNames.insert(name.toString());
            m_firstNamesUpper.insert(name.toString().toUpper());
        }
    }
    for (const QString &line : readLines(u":/copydesk/lexicons/entities-titles.txt"_s)) {
        const QString title = line.toLower();
        m_titles.insert(entityKey(title, tokenizer));
        m_titleFirstWords.insert(entityKey(title, tokenizer).section(u' ', 0, 0));
        m_longestTitle = qMax(m_longestTitle, wordCount(entityKey(title, tokenizer)));
    }
    for (const QString &line : readLines(u":/copydesk/lexicons/entities-heads.tsv"_s)) {
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 3)
            continue;
        Head head;
        head.kind = kindFromLabel(columns[0]);
        head.first = columns[2] == u"first" || columns[2] == u"any";
        head.last = columns[2] == u"last" || columns[2] == u"any";
        if (head.kind == EntityKind::None)
            continue;
        m_heads.insert(columns[1], head);
        m_heads.insert(columns[1].toUpper(), head);
    }
}

void Gazetteer::addName(const QString &name, const Entry &entry, const WordTokenizer &tokenizer)
{
    const QString key = entityKey(name, tokenizer);
    if (key.isEmpty() || m_entries.contains(key))
        return;
    m_entries.insert(key, entry);
    const qsizetype space = key.indexOf(u' ');
    const QString first = space < 0 ? key : key.left(space);
    m_firstWords.insert(first);
    m_longestName = qMax(m_longestName, wordCount(key));
    // In an all-capitals line "US" could be the pronoun and "WHO" the question word: names that
    // are ordinary words, or marked case-sensitive, match only in their own case.
    // Nationalities are kept: "POLISH" and "ENGLISH" in a headline are nationalities.
    if (entry.caseSensitive
        || (wordCount(key) == 1 && entry.kind != EntityKind::Norp && m_commonWords.contains(key.toLower())))
        return;
    const QString upper = key.toUpper();
    if (!m_upperEntries.contains(upper)) {
        m_upperEntries.insert(upper, entry);
        m_firstWordsUpper.insert(first.toUpper());
    }
}

void Gazetteer::loadNames(const QString &path, EntityKind defaultKind, const QString &defaultReason,
                          const WordTokenizer &tokenizer)
{
    for (const QString &line : readLines(path)) {
        const QStringList columns = line.split(u'\t');
        Entry entry;
        QString name;
        if (columns.size() >= 2) {
            entry.kind = kindFromLabel(columns[0]);
            name = columns[1];
        } else {
            entry.kind = defaultKind;
            name = columns[0];
        }
        if (entry.kind == EntityKind::None)
            entry.kind = defaultKind;
        entry.reason = defaultReason;
        if (columns.size() >= 3) {
            if (columns[2] == u"cs")
                entry.caseSensitive = true;
            else if (!columns[2].isEmpty())
                entry.reason = columns[2];
        }
        if (entry.kind == EntityKind::Loc && entry.reason == u"gazetteer: place")
            entry.reason = u"gazetteer: region"_s;
        addName(name, entry, tokenizer);
    }
}

void Gazetteer::loadDemonyms(const QString &path, const WordTokenizer &tokenizer)
{
    Entry entry;
    entry.kind = EntityKind::Norp;
    entry.reason = u"gazetteer: nationality or group"_s;
    for (const QString &line : readLines(path)) {
        if (line.endsWith(u"+s")) {
            const QString singular = line.chopped(2);
            addName(singular, entry, tokenizer);
            addName(singular + u's', entry, tokenizer);
        } else {
            addName(line, entry, tokenizer);
        }
    }
}

const Gazetteer::Entry *Gazetteer::find(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? nullptr : &it.value();
}

const Gazetteer::Entry *Gazetteer::findUpper(const QString &key) const
{
    const auto it = m_upperEntries.constFind(key);
    return it == m_upperEntries.cend() ? nullptr : &it.value();
}

const Gazetteer::Head *Gazetteer::head(const QString &word) const
{
    const auto it = m_heads.constFind(word);
    return it == m_heads.cend() ? nullptr : &it.value();
}

} // namespace Copydesk
