#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Copydesk {

class WordTokenizer;

// The entity labels the rule engine writes.
enum class EntityKind : quint8 { None, Person, Org, Gpe, Loc, Norp, Fac, Event, Date };

QString entityLabel(EntityKind kind);

// The lists behind the entity engine: names (generated at build time from iso-codes and tzdata,
// and our own lists in resources/gazetteers), English words from wamerican, titles and name
// heads from resources/lexicons. Loaded once, read-only afterwards, so any thread may use it.
class Gazetteer final
{
public:
    struct Entry
    {
        EntityKind kind = EntityKind::None;
        QString reason;              // "gazetteer: country"
        bool caseSensitive = false;  // never matched in an all-capitals line
    };

    struct Head
    {
        EntityKind kind = EntityKind::None;
        bool first = false;   // may begin a name ("Ministry of ...")
        bool last = false;    // may end a name ("... Commission")
    };

    // Loads the bundled lists; names are keyed as the tokenizer (with the entity conventions)
    // splits them.
    explicit Gazetteer(const WordTokenizer &tokenizer);
    // The bundled lists, loaded once.
    static const Gazetteer &builtin();

    // Names are looked up by entityKey() form: words joined by single spaces.
    const Entry *find(const QString &key) const;        // exact case
    const Entry *findUpper(const QString &key) const;   // the key in capitals, for all-capitals lines
    // Whether some name starts with this word (exact case / capitals); longest name in words.
    bool startsName(const QString &word) const { return m_firstWords.contains(word); }
    bool startsNameUpper(const QString &word) const { return m_firstWordsUpper.contains(word); }
    int longestName() const { return m_longestName; }

    bool isFirstName(const QString &word) const { return m_firstNames.contains(word); }
    bool isFirstNameUpper(const QString &word) const { return m_firstNamesUpper.contains(word); }
    // An ordinary lower-case English word ("trump", "legal"); give the word in lower case.
    bool isCommonWord(const QString &lower) const { return m_commonWords.contains(lower); }
    // A word the dictionary knows only capitalised ("Zyuganov", "Caracas").
    bool isProperWord(const QString &word) const { return m_properWords.contains(word); }
    // Titles in lower case, one or more words joined by single spaces.
    bool isTitle(const QString &lower) const { return m_titles.contains(lower); }
    bool startsTitle(const QString &lower) const { return m_titleFirstWords.contains(lower); }
    int longestTitle() const { return m_longestTitle; }
    const Head *head(const QString &word) const;        // exact case or capitals

    int entryCount() const { return int(m_entries.size()); }

private:
    void loadNames(const QString &path, EntityKind defaultKind, const QString &defaultReason,
                   const WordTokenizer &tokenizer);
    void loadDemonyms(const QString &path, const WordTokenizer &tokenizer);
    void addName(const QString &name, const Entry &entry, const WordTokenizer &tokenizer);

    QHash<QString, Entry> m_entries;
    QHash<QString, Entry> m_upperEntries;
    QSet<QString> m_firstWords;
    QSet<QString> m_firstWordsUpper;
    int m_longestName = 1;
    QSet<QString> m_firstNames;
    QSet<QString> m_firstNamesUpper;
    QSet<QString> m_commonWords;
    QSet<QString> m_properWords;
    QSet<QString> m_titles;
    QSet<QString> m_titleFirstWords;
    int m_longestTitle = 1;
    QHash<QString, Head> m_heads;
};

} // namespace Copydesk
