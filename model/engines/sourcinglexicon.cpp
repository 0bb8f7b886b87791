#include "sourcinglexicon.h"

#include "lexiconfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"aeiou").contains(c);
}

} // namespace

const SourcingLexicon &SourcingLexicon::builtin()
{
    static const SourcingLexicon lexicon(u":/copydesk/lexicons"_s); // initialised once, thread-safe since C++11
    return lexicon;
}

// The lines of one of the lexicon files, without comments and blank lines.
QStringList SourcingLexicon::fileLines(const QString &name) const
{
    const QString content = readLexiconFile(m_folder + u'/' + name);
    QStringList result;
    for (QStringView line : lexiconLines(content))
        result.append(line.toString());
    return result;
}

SourcingLexicon::SourcingLexicon(const QString &folder, const QString &gazetteerFolder)
    : m_folder(folder)
{
    loadGrammar();
    loadList(u"sourcing-titles.txt"_s, SourcingTag::Title);
    loadList(u"sourcing-anonymous.txt"_s, SourcingTag::AnonymousNoun);
    loadSections(u"sourcing-nouns.txt"_s, {{u"person"_s, SourcingTag::PersonNoun},
                                           {u"organisation"_s, SourcingTag::OrganisationNoun},
                                           {u"document"_s, SourcingTag::DocumentNoun}});
    loadPublications();
    loadNationalities(gazetteerFolder + u"/demonyms.txt"_s);
    loadVerbs();
    loadPhrases();
}

QString SourcingLexicon::thirdPerson(const QString &base)
{
    if (base.endsWith(u's') || base.endsWith(u'x') || base.endsWith(u'z') || base.endsWith(u"ch")
        || base.endsWith(u"sh") || base.endsWith(u'o'))
        return base + u"es"_s;
    if (base.size() > 1 && base.endsWith(u'y') && !isVowel(base.at(base.size() - 2)))
        return base.chopped(1) + u"ies"_s;
    return base + u's';
}

QString SourcingLexicon::past(const QString &base, bool doubleFinal)
{
    if (base.endsWith(u'e'))
        return base + u'd';
    if (base.size() > 1 && base.endsWith(u'y') && !isVowel(base.at(base.size() - 2)))
        return base.chopped(1) + u"ied"_s;
    if (doubleFinal)
        return base + base.back() + u"ed"_s;
    return base + u"ed"_s;
}

QString SourcingLexicon::ing(const QString &base, bool doubleFinal)
{
    if (base.endsWith(u"ie"))
        return base.chopped(2) + u"ying"_s;
    if (base.endsWith(u'e') && !base.endsWith(u"ee") && !base.endsWith(u"ye") && !base.endsWith(u"oe")
        && base.size() > 2)
        return base.chopped(1) + u"ing"_s;
    if (doubleFinal)
        return base + base.back() + u"ing"_s;
    return base + u"ing"_s;
}

void SourcingLexicon::addTag(const QString &lower, quint32 tag)
{
    m_words[lower].tags |= tag;
}

void SourcingLexicon::loadList(const QString &name, quint32 tag)
{
    const QStringList lines = fileLines(name);
    for (const QString &line : lines)
        addTag(line.toLower(), tag);
}

void SourcingLexicon::loadSections(const QString &name, const QHash<QString, quint32> &tagBySection)
{
    quint32 tag = 0;
    const QStringList lines = fileLines(name);
    for (const QString &line : lines) {
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            tag = tagBySection.value(line.mid(1, line.size() - 2));
            continue;
        }
        if (tag)
            addTag(line.toLower(), tag);
    }
}

void SourcingLexicon::loadGrammar()
{
    using namespace SourcingTag;
    loadSections(u"sourcing-grammar.txt"_s,
                 {{u"pronoun-person"_s, PronounPerson}, {u"pronoun-plural"_s, PronounPlural},
                  {u"pronoun-thing"_s, PronounThing}, {u"relative"_s, Relative},
                  {u"object-pronoun"_s, ObjectPronoun}, {u"determiner"_s, Determiner},
                  {u"be"_s, Be}, {u"auxiliary"_s, Auxiliary}, {u"group-adverb"_s, GroupAdverb},
                  {u"preposition"_s, Preposition}, {u"conjunction"_s, Conjunction},
                  {u"clause-break"_s, ClauseBreak}, {u"time"_s, Time}, {u"calendar"_s, Time | Calendar},
                  {u"not-speaker"_s, NotSpeaker}});
}

void SourcingLexicon::loadPublications()
{
    quint32 tag = 0;
    const QStringList lines = fileLines(u"sourcing-publications.txt"_s);
    for (const QString &line : lines) {
        if (line == u"[heads]") {
            tag = SourcingTag::PublicationHead;
            continue;
        }
        if (line == u"[names]") {
            tag = SourcingTag::PublicationName;
            continue;
        }
        if (line.contains(u' ')) {
            addPhrase(line.toLower(), LexiconPhrase::Publication);
            continue;
        }
        addTag(line.toLower(), tag);
    }
}

// "Israeli+s": the adjective and, with the plural, a group of people.
void SourcingLexicon::loadNationalities(const QString &path)
{
    const QString content = readLexiconFile(path);
    for (QStringView line : lexiconLines(content)) {
        const bool plural = line.endsWith(u"+s");
        const QString word = (plural ? line.chopped(2) : line).toString().toLower();
        if (word.contains(u' '))
            continue;
        addTag(word, SourcingTag::Nationality);
        if (plural)
            addTag(word + u's', SourcingTag::NationalityGroup);
    }
}

void SourcingLexicon::loadVerbs()
{
    const QStringList lines = fileLines(u"sourcing-cue-verbs.txt"_s);
    for (const QString &line : lines) {
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        CueVerbEntry entry;
        entry.base = parts.value(0).toLower();
        QString pastForm, partForm, sForm, ingForm;
        bool doubleFinal = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString &option = parts.at(i);
            if (option.startsWith(u"past="))
                pastForm = option.mid(5);
            else if (option.startsWith(u"part="))
                partForm = option.mid(5);
            else if (option.startsWith(u"s="))
                sForm = option.mid(2);
            else if (option.startsWith(u"ing="))
                ingForm = option.mid(4);
            else if (option.startsWith(u"particles="))
                entry.particles = option.mid(10).split(u',', Qt::SkipEmptyParts);
            else if (option == u"double")
                doubleFinal = true;
            else if (option == u"loose")
                entry.classes |= CueClass::Loose;
            else if (option == u"strict")
                entry.classes |= CueClass::Strict;
            else if (option == u"np")
                entry.classes |= CueClass::NounPhrase;
            else if (option == u"belief")
                entry.classes |= CueClass::Belief;
            else if (option == u"doc")
                entry.classes |= CueClass::Document;
            else if (option == u"intent")
                entry.classes |= CueClass::Intent;
            else if (option == u"tell")
                entry.tell = true;
            else if (option == u"particle-only")
                entry.particleOnly = true;
            else
                qWarning("sourcing-cue-verbs.txt: unknown option %s", qPrintable(option));
        }
        if (entry.base.isEmpty())
            continue;
        if (pastForm.isEmpty())
            pastForm = past(entry.base, doubleFinal);
        if (partForm.isEmpty())
            partForm = pastForm;
        if (sForm.isEmpty())
            sForm = thirdPerson(entry.base);
        if (ingForm.isEmpty())
            ingForm = ing(entry.base, doubleFinal);
        const qint16 index = qint16(m_verbs.size());
        m_verbs.append(entry);
        const QList<QPair<QString, quint8>> forms{{entry.base, VerbForm::Base},
                                                  {sForm, VerbForm::ThirdPerson},
                                                  {pastForm, VerbForm::Past},
                                                  {partForm, VerbForm::Participle},
                                                  {ingForm, VerbForm::Ing}};
        for (const auto &[form, bit] : forms) {
            LexiconWord &word = m_words[form];
            if (word.entry >= 0 && word.entry != index)
                continue; // the first verb listed keeps a shared form
            word.tags |= SourcingTag::CueVerb;
            word.entry = index;
            word.forms |= bit;
        }
    }
}

void SourcingLexicon::addPhrase(const QString &line, LexiconPhrase::Kind kind)
{
    LexiconPhrase phrase;
    phrase.kind = kind;
    phrase.words = line.split(u' ', Qt::SkipEmptyParts);
    if (phrase.words.isEmpty())
        return;
    QStringList firsts;
    const QString &first = phrase.words.constFirst();
    if (first == u"BE")
        firsts = {u"is"_s, u"are"_s, u"was"_s, u"were"_s, u"be"_s, u"been"_s, u"being"_s, u"'s"_s};
    else
        firsts = {first.toLower()};
    for (int i = 0; i < phrase.words.size(); ++i) {
        if (phrase.words[i] != u"BE" && phrase.words[i] != u"ADV?")
            phrase.words[i] = phrase.words[i].toLower();
    }
    for (const QString &word : std::as_const(firsts)) {
        m_phrases[word].append(phrase);
        addTag(word, SourcingTag::PhraseStart);
    }
}

void SourcingLexicon::loadPhrases()
{
    const QStringList hedges = fileLines(u"sourcing-hedges.txt"_s);
    for (const QString &line : hedges)
        addPhrase(line, LexiconPhrase::Hedge);
    LexiconPhrase::Kind kind = LexiconPhrase::According;
    const QStringList cues = fileLines(u"sourcing-cue-phrases.txt"_s);
    for (const QString &line : cues) {
        if (line == u"[according]")
            kind = LexiconPhrase::According;
        else if (line == u"[channel]")
            kind = LexiconPhrase::Channel;
        else
            addPhrase(line, kind);
    }
    // Longest patterns first so "it is understood" wins over shorter ones.
    for (auto it = m_phrases.begin(); it != m_phrases.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const LexiconPhrase &a, const LexiconPhrase &b) {
            return a.words.size() > b.words.size();
        });
    }
}

const QList<LexiconPhrase> &SourcingLexicon::phrasesStartingWith(const QString &lower) const
{
    static const QList<LexiconPhrase> none;
    const auto it = m_phrases.constFind(lower);
    return it == m_phrases.constEnd() ? none : *it;
}

} // namespace Copydesk
