#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Copydesk {

// Words written with a full stop that does not end the sentence: "Mr.", "Inc.", "Jan.",
// "Calif." (resources/lexicons/abbreviations.txt), plus initials ("J.") and letters joined by
// stops ("U.S.", "e.g.") by rule. One list for every tokenizer and sentence splitter; read-only
// once built, so any number of threads may share it.
class AbbreviationLexicon final
{
public:
    enum Class : quint8 {
        Title = 0x01,        // mr, sen, gov
        Organisation = 0x02, // inc, corp, ltd
        Month = 0x04,        // jan, sept
        Weekday = 0x08,      // mon, thurs
        State = 0x10,        // calif, wash
        Other = 0x20,        // vs, etc, no
        AnyClass = 0x3f,
    };

    AbbreviationLexicon() = default; // empty: only the rules for initials and letters
    // The bundled list, read once.
    static const AbbreviationLexicon &builtin();

    // Adds the entries of a text in the bundled file's format: "[section]" lines naming a
    // class, one lower-case word a line, "*" after a word that is also an ordinary word.
    // Returns false and names the line in *error when a section is unknown.
    bool add(QStringView text, QString *error = nullptr);

    // Whether a word (without its stop) keeps the full stop after it: a listed word (one marked
    // ordinary only with a capital: "No. 5" but "said no."), an initial (one capital letter)
    // or letters joined by stops ("U.S", "e.g").
    bool keepsStop(QStringView word) const;
    // Whether a word is listed in one of the classes, by the same rule of case.
    bool isListed(QStringView word, quint8 classes = AnyClass) const;
    // The same for a word already in lower case (no allocation), written capitalised or not.
    bool isListedLower(const QString &lower, bool capitalised, quint8 classes = AnyClass) const;
    // The listed words of the classes, lower case, in file order.
    QStringList words(quint8 classes) const;

    static bool isInitial(QStringView word);
    static bool isDottedLetters(QStringView word);

private:
    struct Entry
    {
        quint8 classes = 0;
        bool ordinary = false; // also an ordinary word: counts only capitalised
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace Copydesk
