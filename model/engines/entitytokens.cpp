#include "entitytokens.h"

#include "textclass.h"
#include "wordtokenizer.h"

namespace Copydesk {
namespace {

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

std::vector<EntityToken> entityTokens(QStringView text, const WordTokenizer &tokenizer)
{
    const TokenizedText tokenized = tokenizer.tokenize(text);
    std::vector<EntityToken> tokens;
    tokens.reserve(tokenized.tokens.size());
    bool pendingStart = true;
    int line = -1;
    for (const Token &source : tokenized.tokens) {
        if (source.paragraph != line) {
            line = source.paragraph;
            pendingStart = true;
        }
        EntityToken token;
        token.start = source.start;
        token.end = source.end;
        token.line = line;
        token.spaceBefore = source.spaceBefore;
        token.text = text.sliced(source.start, source.length()).toString();
        if (isWordCharAt(text, source.start)) {
            token.shape = shapeOf(token.text);
            token.lower = token.text.toLower();
            token.sentenceStart = pendingStart;
            pendingStart = false;
        } else {
            token.shape = EntityToken::Other;
            token.lower = token.text;
            const QChar c = token.text.front();
            if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';' || c == u'\u2026')
                pendingStart = true;
            else if ((c == u'"' || c == u'\u201C' || c == u'\u2018' || c == u'\u00AB') && token.spaceBefore)
                pendingStart = true; // an opening quotation starts a sentence of its own
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
}

QString entityKey(QStringView name, const WordTokenizer &tokenizer)
{
    const TokenizedText tokenized = tokenizer.tokenize(name);
    QString key;
    for (const Token &token : tokenized.tokens) {
        if (!key.isEmpty())
            key += u' ';
        key += name.sliced(token.start, token.length());
    }
    return key;
}

} // namespace Copydesk
