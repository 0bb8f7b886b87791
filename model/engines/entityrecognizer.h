#pragma once

#include <initializer_list>
#include <vector>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include "engine.h"
#include "entitytokens.h"
#include "gazetteer.h"

namespace Copydesk {

class AbbreviationLexicon;

namespace Entities {

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

// The entity rules over one document: dates, names from gazetteers, titles, heads and
// capitalised sequences, and the short forms of names seen in full. One object per document
// and call. entityrecognizer.cpp reads lines, dates and aliases; entitynames.cpp names.
class EntityRecognizer final
{
public:
    EntityRecognizer(QStringView text, const Tokens &tokens, const QList<SuggestedSpan> &existing,
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

    QList<Mention> run();

private:
    // --- sports ----------------------------------------------------------------------------
    // Sports reports name teams after their towns: "Leicestershire beat Somerset".
    bool isSportsReport() const;

    // A town or region in a sports report is its team, unless it is the dateline or a venue.
    void applySportsConventions(QList<Mention> &mentions) const;

    bool isTableRow(int line) const { return m_tableRows[line]; }

    // --- lines -----------------------------------------------------------------------------
    void classifyLines();

    static bool isSmallWord(const QString &word);

    LineKind lineKind(qsizetype i) const { return m_lineKinds[m_tokens[i].line]; }

    // Whether the capital letter of a token tells nothing: sentence starts, headlines.
    bool capitalIsWeak(qsizetype i) const;

    bool isCommon(qsizetype i) const;

    bool computeCommon(qsizetype i) const;

    // --- dates -----------------------------------------------------------------------------
    void addDate(qsizetype first, qsizetype last, const QString &reason, double confidence = 0.85);

    bool sameLine(qsizetype a, qsizetype b) const;

    bool lowerIs(qsizetype i, std::initializer_list<QStringView> words) const;

    void findDates();

    // --- aliases ---------------------------------------------------------------------------
    QString keyOf(qsizetype first, qsizetype last) const;

    QString lowerKeyOf(qsizetype first, qsizetype last) const;

    bool allUpper(qsizetype first, qsizetype last) const;

    void addAlias(const QString &key, const Alias &alias);

    // Names people already marked in this document teach the engine their short forms too.
    void seedAliases(const QList<SuggestedSpan> &existing);

    void learnAliases(const QList<Mention> &mentions);

    // The longest known name (alias or gazetteer) starting at i and ending by `end`.
    struct Match
    {
        qsizetype length = 0;
        EntityKind kind = EntityKind::None;
        QString reason;
        bool alias = false;
        double confidence = 0.85;
    };

    const Alias *findAlias(const QString &key, bool upper) const;

    Match longestName(qsizetype i, qsizetype end) const;

    // The longest title starting at i ("Prime Minister", "spokesman"), in words.
    qsizetype titleLength(qsizetype i, qsizetype end) const;

    bool isFirstName(qsizetype i) const;

    const Gazetteer::Head *headOf(qsizetype i) const;

    bool isNameToken(qsizetype i) const;

    bool computeNameToken(qsizetype i) const;

    // A capitalised word that says nothing about a name here: "The" starting a sentence, "News"
    // in a headline, unless a list knows it.
    bool isWeak(qsizetype i, qsizetype end) const;

    // --- names -----------------------------------------------------------------------------
    QList<Mention> findNames() const;

    // Splits a run at weak words (headlines, sentence starts) and resolves each part.
    void resolveRun(qsizetype first, qsizetype end, QList<Mention> &mentions) const;

    bool precededByTitle(qsizetype first) const;

    void resolveChunk(qsizetype a, qsizetype b, QList<Mention> &mentions) const;

    // Left to right: titles, known names, first names, and the unknown parts between them.
    void splitChunk(qsizetype a, qsizetype b, QList<Mention> &mentions) const;

    // "NationsBank", "PepsiCo" (but not "McDonald", "DiCaprio", "MacArthur").
    static bool isMixedCase(const QString &word);

    static bool isCompass(const QString &word);

    bool allCommon(qsizetype a, qsizetype b) const;

    void classifyUnknown(qsizetype a, qsizetype b, bool afterTitle, QList<Mention> &mentions) const;

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

} // namespace Entities
} // namespace Copydesk
