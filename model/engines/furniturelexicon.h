#pragma once

#include <array>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include "furnituretokenizer.h"

namespace Copydesk {

// The phrase lists of the furniture engine (resources/lexicons/furniture-*.txt): phrases
// of disclaimers, boilerplate and metadata, English stop words and the words of date lines.
// Phrases are kept as sequences of word hashes so a line is matched in one pass over its
// words, with one hash look-up per word. Immutable once built, so safe to share between
// threads.
class FurnitureLexicon final
{
public:
    enum Label : quint8 { Boilerplate, Metadata, Disclaimer, LabelCount };
    enum class Match : quint8 { Line, Start, End, Any }; // strongest first

    struct Group
    {
        QString id;              // as written in the file: "signup", "legal", ...
        bool longLines = false;  // "+long": phrases count in lines of any length
        bool outsideOnly = false; // "+outside": only outside the article body
        bool endOnly = false;    // "+end": only in the closing lines (notes about the author)
        bool heading = false;    // "+heading": a short heading late in the page, with its paragraph
    };

    struct Hit
    {
        bool found = false;
        Match match = Match::Any;
        int group = -1;
        int firstToken = 0; // relative to the tokens passed in
        int endToken = 0;   // exclusive
    };
    using Hits = std::array<Hit, LabelCount>;

    // The lexicons shipped in the resources, loaded once (thread-safe).
    static const FurnitureLexicon &builtin();

    FurnitureLexicon() = default;
    // Reads a phrase file (format in furniture-disclaimer.txt). Returns false and names the
    // first bad line in *error when the text has lines it cannot read (the rest still loads).
    bool addPhrases(Label label, QStringView text, QString *error = nullptr);
    void addStopWords(QStringView text);
    void addDateWords(QStringView text);

    // The best hit of each label among the words tokens[0, count) of a line of text that has
    // that many words: a whole-line match beats a match at the start, which beats one
    // anywhere; longer beats shorter. Phrases of groups without "+long" count only in lines
    // of up to maxShortWords(label) words, those of "+end" groups only in closing lines.
    Hits match(QStringView text, const FurnitureToken *tokens, int count, int words, bool closing = false) const;
    static int maxShortWords(Label label) { return label == Metadata ? 15 : 30; }

    bool isStopWord(quint64 hash) const { return m_stopWords.contains(hash); }
    // 0: not a date word, 1: may appear in a date line ("updated", "pm"), 2: makes one ("May").
    int dateWord(quint64 hash) const { return m_dateWords.value(hash, 0); }
    const Group &group(int index) const { return m_groups.at(index); }
    int groupCount() const { return int(m_groups.size()); }
    int groupIndex(QStringView id) const;
    int phraseCount() const { return int(m_phrases.size()); }

private:
    static constexpr quint64 anyWords = 1;  // "*": up to four words
    static constexpr quint64 aNumber = 2;   // "#": a number

    struct Phrase
    {
        QList<quint64> words;
        Label label = Boilerplate;
        Match match = Match::Any;
        int group = -1;
        bool colon = false; // needs ":" after the last word
    };

    int matchFrom(const Phrase &phrase, int word, const FurnitureToken *tokens, int at, int count,
                  int requiredEnd) const;

    QList<Phrase> m_phrases;
    QHash<quint64, QList<int>> m_byFirstWord;
    // one bit per first-word hash bucket: most words of a line start no phrase
    std::array<quint64, 1024> m_firstWordBits{};
    static quint32 bucket(quint64 hash) { return quint32((hash ^ (hash >> 29)) & 0xffff); }
    QList<Group> m_groups;
    QSet<quint64> m_stopWords;
    QHash<quint64, int> m_dateWords;
};

} // namespace Copydesk
