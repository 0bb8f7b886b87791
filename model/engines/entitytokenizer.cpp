#include "entitytokenizer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

bool isWordChar(char32_t c)
{
    if (c < 128)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isWordCharAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    qsizetype length = 0;
    return isWordChar(codePointAt(text, i, &length));
}

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

// The length of a clitic after an apostrophe at i ("'s", "'m", "'re", "'ve", "'ll", "'d"), or 0.
qsizetype cliticLength(QStringView text, qsizetype i)
{
    for (QStringView clitic : {u"s", u"S", u"m", u"re", u"ve", u"ll", u"d"}) {
        const qsizetype end = i + 1 + clitic.size();
        if (end <= text.size() && text.sliced(i + 1, clitic.size()) == clitic
            && (end == text.size() || !(text[end].isLetterOrNumber() || text[end].isMark())))
            return clitic.size() + 1;
    }
    return 0;
}
bool isHyphen(QChar c) { return c == u'-' || c == u'\u2010' || c == u'\u2011'; }

// Abbreviations that keep their full stop ("Mr.", "Inc.", "St.").
bool keepsFullStop(QStringView word)
{
    static const QSet<QString> abbreviations{
        u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Dr"_s, u"St"_s, u"Inc"_s, u"Corp"_s, u"Co"_s, u"Ltd"_s, u"Jr"_s, u"Sr"_s,
        u"Gen"_s, u"Col"_s, u"Lt"_s, u"Sen"_s, u"Rep"_s, u"Gov"_s, u"Prof"_s, u"Rev"_s, u"Mt"_s, u"Capt"_s,
        u"Sgt"_s, u"Adm"_s, u"Maj"_s, u"Ft"_s, u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"Aug"_s, u"Sep"_s,
        u"Sept"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s, u"vs"_s, u"Bros"_s, u"No"_s};
    return abbreviations.contains(word.toString());
}

// "U.S", "U.N", "D.C": single letters joined by full stops.
bool isDottedLetters(QStringView word)
{
    if (word.size() < 3)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if ((i % 2 == 0) != word[i].isLetter())
            return false;
        if (i % 2 == 1 && word[i] != u'.')
            return false;
    }
    return true;
}

EntityToken::Shape shapeOf(QStringView word)
{
    if (word.isEmpty())
        return EntityToken::Other;
    if (word[0].isDigit())
        return EntityToken::Number;
    // Arabic article prefixes: "al-Assad" is written lower-case but is a name.
    qsizetype first = 0;
    const qsizetype dash = word.size() > 3 && word[0].isLower() ? word.indexOf(u'-') : -1;
    for (QStringView prefix : {u"al-", u"el-", u"ad-", u"as-", u"ash-", u"ibn-", u"bin-"}) {
        if (dash != prefix.size() - 1)
            continue;
        if (word.size() > prefix.size() && word.startsWith(prefix) && word[prefix.size()].isUpper()) {
            first = prefix.size();
            break;
        }
    }
    if (!word[first].isUpper()) {
        if (word[first].isLower())
            return EntityToken::Lower;
        return word[first].isLetter() ? EntityToken::Lower : EntityToken::Other;
    }
    int letters = 0;
    bool allUpper = true;
    for (qsizetype i = first; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isLetter()) {
            ++letters;
            if (c.isLower())
                allUpper = false;
        }
    }
    if (letters == 1)
        return EntityToken::Initial;
    return allUpper ? EntityToken::Upper : EntityToken::Capital;
}

} // namespace

std::vector<EntityToken> tokenizeForEntities(QStringView text)
{
    std::vector<EntityToken> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 0;
    bool pendingStart = true;
    bool space = true;
    while (pos < size) {
        const QChar c = text[pos];
        if (c == u'\n') {
            ++line;
            pendingStart = true;
            space = true;
            ++pos;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            ++pos;
            continue;
        }
        qsizetype length = 0;
        const char32_t cp = codePointAt(text, pos, &length);
        EntityToken token;
        token.start = pos;
        token.line = line;
        token.spaceBefore = space;
        if (isWordChar(cp)) {
            qsizetype end = pos + length;
            for (;;) {
                while (end < size) {
                    qsizetype l = 0;
                    if (!isWordChar(codePointAt(text, end, &l)))
                        break;
                    end += l;
                }
                if (end + 1 >= size)
                    break;
                const QChar joiner = text[end];
                if (isHyphen(joiner) && isWordCharAt(text, end + 1)) {
                    end += 1;
                    continue;
                }
                if (isApostrophe(joiner) && text[end + 1].isLetter()) {
                    // The possessive "'s" and "'m", "'re" are tokens of their own; "O'Brien" and
                    // "Shi'ite" stay whole.
                    if (cliticLength(text, end) > 0)
                        break;
                    end += 1;
                    continue;
                }
                if ((joiner == u'.' || joiner == u'&') && isWordCharAt(text, end + 1) && !text[end + 1].isSpace()) {
                    end += 1;
                    continue;
                }
                break;
            }
            QStringView word = text.sliced(pos, end - pos);
            if (end < size && text[end] == u'.') {
                const bool initial = word.size() == 1 && word[0].isUpper();
                if (initial || isDottedLetters(word) || keepsFullStop(word))
                    ++end;
            }
            token.end = end;
            token.text = text.sliced(pos, end - pos).toString();
            token.shape = shapeOf(token.text);
            token.lower = token.text.toLower();
            token.sentenceStart = pendingStart;
            pendingStart = false;
            pos = end;
        } else {
            qsizetype end = pos + length;
            if (isApostrophe(c))
                end = pos + qMax<qsizetype>(1, cliticLength(text, pos)); // "'s", "'m", "'re"
            token.end = end;
            token.text = text.sliced(pos, end - pos).toString();
            token.shape = EntityToken::Other;
            token.lower = token.text;
            if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';' || c == u'\u2026')
                pendingStart = true;
            else if ((c == u'"' || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB') && space)
                pendingStart = true; // an opening quotation starts a sentence of its own
            pos = end;
        }
        space = false;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

QString entityKey(QStringView name)
{
    const std::vector<EntityToken> tokens = tokenizeForEntities(name);
    QString key;
    for (const EntityToken &token : tokens) {
        if (!key.isEmpty())
            key += u' ';
        key += token.text;
    }
    return key;
}

} // namespace Copydesk
