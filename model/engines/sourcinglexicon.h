#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Copydesk {

// Word classes the sourcing rules look at (Token::tags).
namespace SourcingTag {
enum : quint32 {
    PronounPerson = 1u << 0,   // he, she, I, you
    PronounPlural = 1u << 1,   // they, we
    PronounThing = 1u << 2,    // it
    Relative = 1u << 3,        // who, which
    ObjectPronoun = 1u << 4,   // him, them
    Determiner = 1u << 5,
    Be = 1u << 6,
    Auxiliary = 1u << 7,
    GroupAdverb = 1u << 8,     // adverbs that may sit inside a verb group ("also said")
    Preposition = 1u << 9,
    Conjunction = 1u << 10,
    ClauseBreak = 1u << 11,    // words that start a new clause after a comma
    Time = 1u << 12,
    Abbreviation = 1u << 13,   // takes a full stop that does not end a sentence (AbbreviationLexicon)
    NotSpeaker = 1u << 14,     // "Note:", "Update:" are labels, not speakers
    Title = 1u << 15,
    PersonNoun = 1u << 16,
    OrganisationNoun = 1u << 17,
    DocumentNoun = 1u << 18,
    AnonymousNoun = 1u << 19,
    PublicationHead = 1u << 20, // capitalised: "Times", "Post"
    PublicationName = 1u << 21, // capitalised: "Reuters" (first word of a multi-word name)
    CueVerb = 1u << 22,
    PhraseStart = 1u << 23,     // first word of a hedge or cue phrase
    Calendar = 1u << 24,        // weekdays and months (also Time)
    Nationality = 1u << 25,     // "Israeli", "Arab": an adjective, no speaker on its own
    NationalityGroup = 1u << 26, // "Israelis", "Democrats": a group of people
};
constexpr quint32 Pronoun = PronounPerson | PronounPlural | PronounThing;
constexpr quint32 Noun = PersonNoun | OrganisationNoun | DocumentNoun | AnonymousNoun;
// Words that hold a sentence together rather than name anything.
constexpr quint32 Function = Determiner | Preposition | Conjunction | Pronoun | Relative | Auxiliary | Time
                             | GroupAdverb | Be | ObjectPronoun;
} // namespace SourcingTag

// How a cue verb is used (CueVerbEntry::classes).
namespace CueClass {
enum : quint8 {
    Loose = 1u << 0,     // clause with or without "that"
    Strict = 1u << 1,    // needs "that", a colon or quotation, or a closing position
    NounPhrase = 1u << 2, // content is a noun phrase
    Belief = 1u << 3,
    Document = 1u << 4,  // only after a document subject ("the poll shows")
    Intent = 1u << 5,    // an intention; content may be a "to" clause
};
} // namespace CueClass

// Verb forms (Token::form, a bit set: "said" is past and participle).
namespace VerbForm {
enum : quint8 {
    Base = 1u << 0,
    ThirdPerson = 1u << 1,
    Past = 1u << 2,
    Participle = 1u << 3,
    Ing = 1u << 4,
};
} // namespace VerbForm

struct CueVerbEntry
{
    QString base;
    quint8 classes = 0;
    bool tell = false;          // takes an addressee
    bool particleOnly = false;  // a cue only with a particle
    QStringList particles;
};

// A multi-word pattern: lower-case words, "BE" for a form of to be, "ADV?" for an optional
// adverb.
struct LexiconPhrase
{
    enum Kind : quint8 { Hedge, According, Channel, Publication };
    QStringList words;
    Kind kind = Hedge;
};

struct LexiconWord
{
    quint32 tags = 0;
    qint16 entry = -1;  // CueVerbEntry index
    quint8 forms = 0;   // VerbForm bits
};

// The word lists of the sourcing engine (resources/lexicons/sourcing-*.txt), loaded once and
// read-only afterwards, so any number of threads may use it.
class SourcingLexicon final
{
public:
    // Loads the lists from a folder of lexicon files named as in resources/lexicons (tests can
    // give their own), and the nationalities from the entity gazetteers' demonyms.txt.
    explicit SourcingLexicon(const QString &folder, const QString &gazetteerFolder = QStringLiteral(":/copydesk/gazetteers"));
    // The bundled lists, loaded once.
    static const SourcingLexicon &builtin();

    // Lower-case lookup.
    LexiconWord word(const QString &lower) const { return m_words.value(lower); }
    const CueVerbEntry &verb(int entry) const { return m_verbs.at(entry); }
    const QList<LexiconPhrase> &phrasesStartingWith(const QString &lower) const;
    bool isKnownForm(const QString &lower) const { return m_words.contains(lower); }

    int verbCount() const { return int(m_verbs.size()); }

    // Generated inflections of a regular verb (exposed for tests).
    static QString thirdPerson(const QString &base);
    static QString past(const QString &base, bool doubleFinal);
    static QString ing(const QString &base, bool doubleFinal);

private:
    QStringList fileLines(const QString &name) const;
    void loadGrammar();
    void loadVerbs();
    void loadPhrases();
    void loadList(const QString &name, quint32 tag);
    void loadSections(const QString &name, const QHash<QString, quint32> &tagBySection);
    void loadPublications();
    void loadNationalities(const QString &path);
    void addTag(const QString &lower, quint32 tag);
    void addPhrase(const QString &line, LexiconPhrase::Kind kind);

    QHash<QString, LexiconWord> m_words;
    QList<CueVerbEntry> m_verbs;
    QHash<QString, QList<LexiconPhrase>> m_phrases;
    QString m_folder;
};

} // namespace Copydesk
