#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace Copydesk {

// A text people labelled, with the label it had most often.
struct StringMatchEntry
{
    QString text;   // exactly as labelled, trimmed
    QString label;  // the most frequent label of the text (ties: alphabetical first)
    int count = 0;  // times the text had that label
    int total = 0;  // times the text was labelled at all

    // How consistently the text had its label, by the rule of succession:
    // (count + 1) / (total + 2). One labelling gives 0.67, five out of five 0.86.
    double confidence() const { return (count + 1.0) / (total + 2.0); }
};

// An occurrence of an entry's text in a document: UTF-16 positions, end exclusive.
struct StringMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype entry = 0; // index into StringMatchModel::entries()
};

// The model of the string-match recommender: the texts people labelled in the project, to
// be suggested wherever the same text recurs. Matching is case-sensitive and whole-word
// (a match that begins or ends with a letter or digit is not next to another), longest
// first, without overlaps; candidates are found through a hash of the first word.
class StringMatchModel final
{
public:
    // The blob for (label, text) pairs, one per labelled span: kept under
    // stringMatchModelName(). Empty texts are skipped; the result does not depend on the
    // order of the pairs.
    static QByteArray build(const QList<QPair<QString, QString>> &labelledTexts);
    // Nullopt for a blob this version did not write (foreign, corrupt, truncated).
    static std::optional<StringMatchModel> read(const QByteArray &blob);

    const QList<StringMatchEntry> &entries() const { return m_entries; }
    QList<StringMatch> find(QStringView text) const;

private:
    void buildIndex();

    QList<StringMatchEntry> m_entries; // sorted by text
    // First-word hash -> entries starting with that word, longest first.
    std::unordered_map<quint64, std::vector<qsizetype>> m_byFirstWord;
};

} // namespace Copydesk
