// The shared character classes (model/textclass.h), the abbreviation lexicon and the word
// tokenizer both rule engines read text through.
#include <QTest>

#include "engines/abbreviationlexicon.h"
#include "engines/entitytokens.h"
#include "engines/wordtokenizer.h"
#include "textclass.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

QString joined(const QString &text, const TokenizedText &tokenized)
{
    QStringList parts;
    for (const Token &token : tokenized.tokens)
        parts.append(text.mid(token.start, token.length()));
    return parts.join(u'|');
}

const TokenConventions sourcingConventions{};

} // namespace

Q_DECLARE_METATYPE(TokenKind)

class TestWordTokenizer final : public QObject
{
    Q_OBJECT

private slots:
    void codePoints();
    void wordCharacters_data();
    void wordCharacters();
    void tokens_data();
    void tokens();
    void symbolsAreNotWords_data();
    void symbolsAreNotWords();
    void abbreviations_data();
    void abbreviations();
    void abbreviationsOfYourOwn();
    void sentences_data();
    void sentences();
    void entityTokensMarkSentenceStarts();
};

void TestWordTokenizer::codePoints()
{
    const QString text = u"a😀b"_s; // 😀 is a surrogate pair
    QCOMPARE(codePointAt(text, 0), U'a');
    QCOMPARE(codePointAt(text, 1), U'\U0001F600');
    QCOMPARE(codePointAt(text, 3), U'b');
    QCOMPARE(codePointAt(text, 4), char32_t(0)); // past the end
    QCOMPARE(codePointAt(text, -1), char32_t(0));
    QCOMPARE(codePointBefore(text, 3), U'\U0001F600');
    QCOMPARE(codePointBefore(text, 1), U'a');
    QCOMPARE(codePointBefore(text, 0), char32_t(0));
    QCOMPARE(utf16Length(U'\U0001F600'), qsizetype(2));
    QCOMPARE(utf16Length(U'a'), qsizetype(1));
    // A lone surrogate stands for itself.
    const QString lone = QString(QChar(0xD83D)) + u"x"_s;
    QCOMPARE(codePointAt(lone, 0), char32_t(0xD83D));
}

void TestWordTokenizer::wordCharacters_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("word");
    QTest::newRow("ascii letter") << uint(U'q') << true;
    QTest::newRow("digit") << uint(U'7') << true;
    QTest::newRow("accented") << uint(U'é') << true;
    QTest::newRow("combining acute") << uint(0x0301) << true;
    QTest::newRow("cjk") << uint(U'東') << true;
    QTest::newRow("letter outside the BMP") << uint(0x1D49C) << true; // 𝒜
    QTest::newRow("emoji") << uint(0x1F600) << false;
    QTest::newRow("skin tone") << uint(0x1F3FD) << false;
    QTest::newRow("hyphen") << uint(U'-') << false;
    QTest::newRow("apostrophe") << uint(0x2019) << false;
}

void TestWordTokenizer::wordCharacters()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, word);
    QCOMPARE(isWordCodePoint(char32_t(codePoint)), word);
}

void TestWordTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("entities"); // the entity conventions, else the sourcing ones
    QTest::addColumn<QString>("expected");
    QTest::newRow("possessive kept") << u"Trump's plan"_s << false << u"Trump's|plan"_s;
    QTest::newRow("possessive split") << u"Trump's plan"_s << true << u"Trump|'s|plan"_s;
    QTest::newRow("contraction split") << u"they’re here"_s << true << u"they|’re|here"_s;
    QTest::newRow("inner apostrophe") << u"O'Brien said"_s << true << u"O'Brien|said"_s;
    QTest::newRow("title stop apart") << u"Mr. Smith"_s << false << u"Mr|.|Smith"_s;
    QTest::newRow("title stop kept") << u"Mr. Smith"_s << true << u"Mr.|Smith"_s;
    QTest::newRow("initial kept") << u"Julie A. Diaz"_s << true << u"Julie|A.|Diaz"_s;
    QTest::newRow("initialism") << u"the U.S. said"_s << false << u"the|U.S.|said"_s;
    QTest::newRow("initialism after hyphen") << u"Graham, R-S.C., said"_s << false << u"Graham|,|R-S.C.|,|said"_s;
    QTest::newRow("ampersand") << u"AT&T shares"_s << false << u"AT&T|shares"_s;
    QTest::newRow("decimal and thousands") << u"3.5 and 12,000"_s << true << u"3.5|and|12,000"_s;
    QTest::newRow("domain") << u"at example.com today"_s << false << u"at|example.com|today"_s;
    QTest::newRow("missing space") << u"he said.The end"_s << false << u"he|said|.|The|end"_s;
    QTest::newRow("hyphenated") << u"a 30-day ex-wife"_s << false << u"a|30-day|ex-wife"_s;
    QTest::newRow("dashes") << u"yes — no -- maybe - so"_s << false << u"yes|—|no|--|maybe|-|so"_s;
    QTest::newRow("ellipsis") << u"wait... now"_s << false << u"wait|...|now"_s;
    QTest::newRow("doubled marks") << u"``Hi,'' he"_s << false << u"``|Hi|,|''|he"_s;
}

void TestWordTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(bool, entities);
    QFETCH(QString, expected);
    const WordTokenizer tokenizer(AbbreviationLexicon::builtin(), entities ? entityConventions : sourcingConventions);
    QCOMPARE(joined(text, tokenizer.tokenize(text)), expected);
}

// Emoji used to be read as letters (any surrogate was a word character), so "wow😀" was one
// word and a capitalised name followed by an emoji took it along.
void TestWordTokenizer::symbolsAreNotWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("symbol"); // index of the symbol token
    QTest::newRow("emoji after a word") << u"wow😀 great"_s << u"wow|😀|great"_s << 1;
    QTest::newRow("emoji with skin tone") << u"Smith 👍🏽 said"_s << u"Smith|👍🏽|said"_s << 1;
    QTest::newRow("zwj sequence") << u"a 👩‍👩‍👧 b"_s << u"a|👩‍👩‍👧|b"_s << 1;
    QTest::newRow("variation selector") << u"I ❤️ it"_s << u"I|❤️|it"_s << 1;
    QTest::newRow("letter outside the BMP") << u"𝒜lpha 😀"_s << u"𝒜lpha|😀"_s << 1;
}

void TestWordTokenizer::symbolsAreNotWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, symbol);
    const WordTokenizer tokenizer(AbbreviationLexicon::builtin());
    const TokenizedText tokenized = tokenizer.tokenize(text);
    QCOMPARE(joined(text, tokenized), expected);
    QCOMPARE(tokenized.tokens.at(symbol).kind, TokenKind::Punct);
    QCOMPARE(tokenized.tokens.at(0).kind, TokenKind::Word);
}

void TestWordTokenizer::abbreviations_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("keepsStop");
    QTest::newRow("title") << u"Mr"_s << true;
    QTest::newRow("title in capitals") << u"SEN"_s << true;
    QTest::newRow("company") << u"Inc"_s << true;
    QTest::newRow("month") << u"Sept"_s << true;
    QTest::newRow("state") << u"Calif"_s << true;
    QTest::newRow("ordinary word capitalised") << u"No"_s << true;
    QTest::newRow("ordinary word in lower case") << u"no"_s << false;
    QTest::newRow("verb that is a state") << u"wash"_s << false;
    QTest::newRow("initial") << u"J"_s << true;
    QTest::newRow("lower-case letter") << u"j"_s << false;
    QTest::newRow("letters and stops") << u"U.S"_s << true;
    QTest::newRow("e.g") << u"e.g"_s << true;
    QTest::newRow("ordinary word") << u"said"_s << false;
}

void TestWordTokenizer::abbreviations()
{
    QFETCH(QString, word);
    QFETCH(bool, keepsStop);
    QCOMPARE(AbbreviationLexicon::builtin().keepsStop(word), keepsStop);
}

void TestWordTokenizer::abbreviationsOfYourOwn()
{
    AbbreviationLexicon lexicon;
    QString error;
    QVERIFY(lexicon.add(u"# mine\n[title]\nzz\n[month]\nfoo*\n"_s, &error));
    QVERIFY(lexicon.keepsStop(u"Zz"));
    QVERIFY(lexicon.keepsStop(u"Foo"));
    QVERIFY(!lexicon.keepsStop(u"foo"));
    QVERIFY(!lexicon.keepsStop(u"Mr")); // not in this list
    QCOMPARE(lexicon.words(AbbreviationLexicon::Month), QStringList{u"foo"_s});
    QVERIFY(!lexicon.add(u"[nonsense]\nx\n"_s, &error));
    QVERIFY(error.contains(u"line 1"));

    // A tokenizer reads with the list it is given.
    const WordTokenizer tokenizer(lexicon, entityConventions);
    const QString text = u"Zz. Mr. Foo."_s;
    QCOMPARE(joined(text, tokenizer.tokenize(text)), u"Zz.|Mr|.|Foo."_s);
}

void TestWordTokenizer::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("two") << u"He left. She stayed."_s << 2;
    QTest::newRow("title") << u"Mr. Smith left. She stayed."_s << 2;
    // An abbreviation that ends a sentence cannot be told from one inside it: one sentence.
    QTest::newRow("state") << u"He lives in Sacramento, Calif. He said so."_s << 1;
    QTest::newRow("initial") << u"Julie A. Diaz left."_s << 1;
    QTest::newRow("said no") << u"He said no. Then he left."_s << 2;
    QTest::newRow("number sign") << u"He is the No. 2 seed."_s << 1;
    QTest::newRow("lower-case after stop") << u"It cost approx. ten dollars."_s << 1;
    QTest::newRow("question") << u"Why? Because."_s << 2;
}

void TestWordTokenizer::sentences()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const WordTokenizer tokenizer(AbbreviationLexicon::builtin());
    TokenizedText tokenized = tokenizer.tokenize(text);
    tokenizer.splitSentences(text, tokenized, {});
    QCOMPARE(tokenized.sentences.size(), count);
    for (const Token &token : tokenized.tokens)
        QVERIFY(token.sentence >= 0);
}

void TestWordTokenizer::entityTokensMarkSentenceStarts()
{
    const WordTokenizer tokenizer(AbbreviationLexicon::builtin(), entityConventions);
    const QString text = u"Mr. Smith left. \u201CGo,\u201D said Jones's aide.\nNew line"_s;
    const std::vector<EntityToken> tokens = entityTokens(text, tokenizer);
    QStringList starts;
    for (const EntityToken &token : tokens) {
        if (token.sentenceStart)
            starts.append(token.text);
    }
    QCOMPARE(starts, (QStringList{u"Mr."_s, u"Go"_s, u"New"_s}));
    QCOMPARE(tokens.front().shape, EntityToken::Capital);
    QCOMPARE(tokens.back().line, 1);
    QCOMPARE(entityKey(u"Sen.  Elizabeth   Warren's", tokenizer), u"Sen. Elizabeth Warren 's"_s);
}

QTEST_GUILESS_MAIN(TestWordTokenizer)
#include "tst_wordtokenizer.moc"
