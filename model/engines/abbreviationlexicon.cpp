#include "abbreviationlexicon.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "lexiconfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

Q_LOGGING_CATEGORY(abbreviationLog, "copydesk.lexicon.abbreviations")

quint8 classOfSection(QStringView name)
{
    static const std::pair<QStringView, quint8> sections[] = {
        {u"title", AbbreviationLexicon::Title},     {u"organisation", AbbreviationLexicon::Organisation},
        {u"month", AbbreviationLexicon::Month},     {u"weekday", AbbreviationLexicon::Weekday},
        {u"state", AbbreviationLexicon::State},     {u"other", AbbreviationLexicon::Other}};
    for (const auto &[section, value] : sections) {
        if (name == section)
            return value;
    }
    return 0;
}

} // namespace

const AbbreviationLexicon &AbbreviationLexicon::builtin()
{
    static const AbbreviationLexicon lexicon = [] {
        AbbreviationLexicon built;
        QString error;
        if (!built.add(readLexiconFile(u":/copydesk/lexicons/abbreviations.txt"_s), &error))
            qCWarning(abbreviationLog) << error;
        return built;
    }();
    return lexicon;
}

bool AbbreviationLexicon::add(QStringView text, QString *error)
{
    quint8 current = Other;
    bool ok = true;
    forEachLexiconLine(text, [&](QStringView line, int number) {
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = classOfSection(line.mid(1, line.size() - 2));
            if (current == 0 && ok) {
                ok = false;
                if (error)
                    *error = QCoreApplication::translate("AbbreviationLexicon", "line %1: unknown section %2")
                                 .arg(number)
                                 .arg(line.toString());
            }
            return;
        }
        if (current == 0)
            return;
        const bool ordinary = line.endsWith(u'*');
        const QString word = (ordinary ? line.chopped(1) : line).trimmed().toString().toLower();
        if (word.isEmpty())
            return;
        auto it = m_entries.find(word);
        if (it == m_entries.end()) {
            it = m_entries.insert(word, Entry{});
            m_order.append(word);
        }
        it->classes |= current;
        it->ordinary = it->ordinary || ordinary;
    });
    return ok;
}

bool AbbreviationLexicon::isListed(QStringView word, quint8 classes) const
{
    if (word.isEmpty() || word.size() > 12 || m_entries.isEmpty())
        return false;
    return isListedLower(word.toString().toLower(), word.front().isUpper(), classes);
}

bool AbbreviationLexicon::isListedLower(const QString &lower, bool capitalised, quint8 classes) const
{
    const auto it = m_entries.constFind(lower);
    if (it == m_entries.constEnd() || !(it->classes & classes))
        return false;
    return !it->ordinary || capitalised;
}

bool AbbreviationLexicon::keepsStop(QStringView word) const
{
    return isInitial(word) || isDottedLetters(word) || isListed(word);
}

QStringList AbbreviationLexicon::words(quint8 classes) const
{
    QStringList result;
    for (const QString &word : m_order) {
        if (m_entries.value(word).classes & classes)
            result.append(word);
    }
    return result;
}

bool AbbreviationLexicon::isInitial(QStringView word)
{
    return word.size() == 1 && word.front().isUpper();
}

bool AbbreviationLexicon::isDottedLetters(QStringView word)
{
    if (word.size() < 3 || word.size() % 2 == 0)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (i % 2 == 0 ? !word[i].isLetter() : word[i] != u'.')
            return false;
    }
    return true;
}

} // namespace Copydesk
