#include "furniturelexicon.h"

#include <QLoggingCategory>

#include "lexiconfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

Q_LOGGING_CATEGORY(lexiconLog, "copydesk.furniture.lexicon")

} // namespace

const FurnitureLexicon &FurnitureLexicon::builtin()
{
    static const FurnitureLexicon lexicon = [] {
        FurnitureLexicon built;
        const std::pair<Label, const char16_t *> files[] = {
            {Disclaimer, u":/copydesk/lexicons/furniture-disclaimer.txt"},
            {Boilerplate, u":/copydesk/lexicons/furniture-boilerplate.txt"},
            {Metadata, u":/copydesk/lexicons/furniture-metadata.txt"},
        };
        for (const auto &[label, path] : files) {
            QString error;
            if (!built.addPhrases(label, readLexiconFile(QString::fromUtf16(path)), &error))
                qCWarning(lexiconLog) << QString::fromUtf16(path) << error;
        }
        built.addStopWords(readLexiconFile(u":/copydesk/lexicons/furniture-stopwords.txt"_s));
        built.addDateWords(readLexiconFile(u":/copydesk/lexicons/furniture-dates.txt"_s));
        return built;
    }();
    return lexicon;
}

int FurnitureLexicon::groupIndex(QStringView id) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == id)
            return i;
    }
    return -1;
}

bool FurnitureLexicon::addPhrases(Label label, QStringView text, QString *error)
{
    bool ok = true;
    int group = -1;
    std::vector<FurnitureToken> tokens;
    forEachLexiconLine(text, [&](QStringView line, int number) {
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            Group entry;
            const QList<QStringView> parts = line.mid(1, line.size() - 2).split(u' ', Qt::SkipEmptyParts);
            if (parts.isEmpty())
                return;
            entry.id = parts.constFirst().toString();
            entry.longLines = parts.contains(u"+long");
            entry.outsideOnly = parts.contains(u"+outside");
            entry.endOnly = parts.contains(u"+end");
            entry.heading = parts.contains(u"+heading");
            // the same name with other flags is another group; the name is what users see
            m_groups.append(entry);
            group = int(m_groups.size()) - 1;
            return;
        }
        Phrase phrase;
        phrase.label = label;
        phrase.group = group;
        QStringView rest;
        static constexpr std::pair<Match, QStringView> kinds[] = {
            {Match::Line, u"line:"}, {Match::Start, u"start:"}, {Match::End, u"end:"}, {Match::Any, u"any:"}};
        for (const auto &[match, prefix] : kinds) {
            if (line.startsWith(prefix)) {
                phrase.match = match;
                rest = line.mid(prefix.size()).trimmed();
                break;
            }
        }
        if (rest.endsWith(u':')) {
            phrase.colon = true;
            rest.chop(1);
        }
        for (QStringView part : rest.tokenize(u' ', Qt::SkipEmptyParts)) {
            if (part == u"*") {
                phrase.words.append(anyWords);
                continue;
            }
            if (part == u"#") {
                phrase.words.append(aNumber);
                continue;
            }
            tokens.clear();
            FurnitureTokenizer::tokenize(part, 0, part.size(), tokens);
            for (const FurnitureToken &token : tokens)
                phrase.words.append(token.hash);
        }
        if (rest.isEmpty() || phrase.words.isEmpty() || phrase.words.constFirst() == anyWords
            || phrase.words.constFirst() == aNumber || group < 0) {
            if (ok && error)
                *error = u"line %1: cannot read \"%2\""_s.arg(number).arg(line.toString());
            ok = false;
            return;
        }
        m_byFirstWord[phrase.words.constFirst()].append(int(m_phrases.size()));
        const quint32 bits = bucket(phrase.words.constFirst());
        m_firstWordBits[bits >> 6] |= quint64(1) << (bits & 63);
        m_phrases.append(phrase);
    });
    return ok;
}

void FurnitureLexicon::addStopWords(QStringView text)
{
    std::vector<FurnitureToken> tokens;
    forEachLexiconLine(text, [&](QStringView line, int) {
        tokens.clear();
        FurnitureTokenizer::tokenize(line, 0, line.size(), tokens);
        for (const FurnitureToken &token : tokens)
            m_stopWords.insert(token.hash);
    });
}

void FurnitureLexicon::addDateWords(QStringView text)
{
    int strength = 1;
    std::vector<FurnitureToken> tokens;
    forEachLexiconLine(text, [&](QStringView line, int) {
        if (line == u"[strong]") {
            strength = 2;
            return;
        }
        if (line == u"[weak]") {
            strength = 1;
            return;
        }
        tokens.clear();
        FurnitureTokenizer::tokenize(line, 0, line.size(), tokens);
        // "a.m" is two words; each alone is only weak evidence
        const int value = tokens.size() == 1 ? strength : 1;
        for (const FurnitureToken &token : tokens)
            m_dateWords[token.hash] = qMax(m_dateWords.value(token.hash, 0), value);
    });
}

int FurnitureLexicon::matchFrom(const Phrase &phrase, int word, const FurnitureToken *tokens, int at,
                                int count, int requiredEnd) const
{
    for (; word < phrase.words.size(); ++word) {
        const quint64 wanted = phrase.words.at(word);
        if (wanted == anyWords) {
            for (int skip = 0; skip <= 4 && at + skip <= count; ++skip) {
                const int end = matchFrom(phrase, word + 1, tokens, at + skip, count, requiredEnd);
                if (end >= 0)
                    return end;
            }
            return -1;
        }
        if (at >= count)
            return -1;
        if (wanted == aNumber ? !tokens[at].has(FurnitureToken::AllDigits) : tokens[at].hash != wanted)
            return -1;
        ++at;
    }
    return requiredEnd < 0 || at == requiredEnd ? at : -1;
}

FurnitureLexicon::Hits FurnitureLexicon::match(QStringView text, const FurnitureToken *tokens, int count, int words,
                                                bool closing) const
{
    Hits hits;
    if (count <= 0)
        return hits;
    // A whole-line phrase may be followed by numbers and symbols ("Comments 12", "Share ›").
    int lineEnd = count;
    while (lineEnd > 1 && (tokens[lineEnd - 1].has(FurnitureToken::AllDigits) || tokens[lineEnd - 1].has(FurnitureToken::Symbol)))
        --lineEnd;
    // ...and preceded by symbols ("© 2024" is not a line phrase but "› Share" is)
    int lineStart = 0;
    while (lineStart < lineEnd - 1 && tokens[lineStart].has(FurnitureToken::Symbol))
        ++lineStart;
    for (int at = 0; at < count; ++at) {
        const quint32 bits = bucket(tokens[at].hash);
        if (!(m_firstWordBits[bits >> 6] & (quint64(1) << (bits & 63))))
            continue;
        const auto found = m_byFirstWord.constFind(tokens[at].hash);
        if (found == m_byFirstWord.cend())
            continue;
        for (int index : *found) {
            const Phrase &phrase = m_phrases.at(index);
            if ((phrase.match == Match::Line || phrase.match == Match::Start) && at != lineStart && at != 0)
                continue;
            const Group &group = m_groups.at(phrase.group);
            if (phrase.match != Match::Line && words > maxShortWords(phrase.label) && !group.longLines)
                continue;
            if (group.endOnly && !closing)
                continue;
            const int required = phrase.match == Match::Line ? lineEnd : phrase.match == Match::End ? count : -1;
            const int end = matchFrom(phrase, 1, tokens, at + 1, count, required);
            if (end < 0)
                continue;
            if (phrase.colon) {
                qsizetype position = tokens[end - 1].end;
                while (position < text.size() && (text[position] == u' ' || text[position] == u'\u00a0'))
                    ++position;
                if (position >= text.size() || text[position] != u':')
                    continue;
            }
            Hit &hit = hits[phrase.label];
            const bool better = !hit.found || phrase.match < hit.match
                                || (phrase.match == hit.match && end - at > hit.endToken - hit.firstToken);
            if (better) {
                hit.found = true;
                hit.match = phrase.match;
                hit.group = phrase.group;
                hit.firstToken = at;
                hit.endToken = end;
            }
        }
    }
    return hits;
}

} // namespace Copydesk
