#include "furnitureanalysis.h"

#include <algorithm>
#include <climits>

#include <QCoreApplication>

#include "textclass.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Furniture {

QString labelName(Kind kind)
{
    switch (kind) {
    case Kind::Boilerplate: return u"BOILERPLATE"_s;
    case Kind::Metadata: return u"METADATA"_s;
    case Kind::Disclaimer: return u"DISCLAIMER"_s;
    case Kind::Headline: return u"HEADLINE"_s;
    case Kind::None: break;
    }
    return {};
}

Kind kindOf(Lexicon::Label label)
{
    switch (label) {
    case Lexicon::Boilerplate: return Kind::Boilerplate;
    case Lexicon::Metadata: return Kind::Metadata;
    case Lexicon::Disclaimer: return Kind::Disclaimer;
    case Lexicon::LabelCount: break;
    }
    return Kind::None;
}

// What users read for a lexicon group (the group ids are those of the lexicon files).
QString groupName(QStringView id)
{
    static const std::pair<const char16_t *, const char *> names[] = {
        {u"legal", QT_TRANSLATE_NOOP("FurnitureEngine", "legal disclaimer")},
        {u"investment", QT_TRANSLATE_NOOP("FurnitureEngine", "investment disclaimer")},
        {u"views", QT_TRANSLATE_NOOP("FurnitureEngine", "opinion disclaimer")},
        {u"notice", QT_TRANSLATE_NOOP("FurnitureEngine", "editor's note or correction")},
        {u"credit", QT_TRANSLATE_NOOP("FurnitureEngine", "wire credit")},
        {u"byline", QT_TRANSLATE_NOOP("FurnitureEngine", "byline")},
        {u"contrib", QT_TRANSLATE_NOOP("FurnitureEngine", "reporting credit")},
        {u"photo", QT_TRANSLATE_NOOP("FurnitureEngine", "photo credit")},
        {u"readtime", QT_TRANSLATE_NOOP("FurnitureEngine", "reading time")},
        {u"bio", QT_TRANSLATE_NOOP("FurnitureEngine", "note about the author")},
        {u"embed", QT_TRANSLATE_NOOP("FurnitureEngine", "embedded post")},
        {u"about", QT_TRANSLATE_NOOP("FurnitureEngine", "about the company or author")},
        {u"contact", QT_TRANSLATE_NOOP("FurnitureEngine", "press contact")},
        {u"site", QT_TRANSLATE_NOOP("FurnitureEngine", "site name or tagline")},
        {u"share", QT_TRANSLATE_NOOP("FurnitureEngine", "share widget")},
        {u"follow", QT_TRANSLATE_NOOP("FurnitureEngine", "follow widget")},
        {u"signup", QT_TRANSLATE_NOOP("FurnitureEngine", "sign-up widget")},
        {u"cookie", QT_TRANSLATE_NOOP("FurnitureEngine", "cookie notice")},
        {u"terms", QT_TRANSLATE_NOOP("FurnitureEngine", "terms and policies")},
        {u"copyright", QT_TRANSLATE_NOOP("FurnitureEngine", "copyright line")},
        {u"navigation", QT_TRANSLATE_NOOP("FurnitureEngine", "navigation")},
        {u"comments", QT_TRANSLATE_NOOP("FurnitureEngine", "comments widget")},
        {u"ads", QT_TRANSLATE_NOOP("FurnitureEngine", "advertising")},
        {u"sections", QT_TRANSLATE_NOOP("FurnitureEngine", "section links")},
    };
    for (const auto &[key, name] : names) {
        if (id == QStringView(key))
            return QCoreApplication::translate("FurnitureEngine", name);
    }
    return id.toString();
}

QString quoted(QStringView text)
{
    QString simple = text.toString().simplified();
    if (simple.size() > 48)
        simple = simple.left(45).trimmed() + u'\u2026';
    return simple;
}

bool isDashOrHyphen(QChar c)
{
    return c == u'-' || isDash(c.unicode());
}

// Joins a few lexicon group names in order of appearance.
QString groupList(const Lexicon &lexicon, const QList<int> &groups)
{
    QStringList names;
    for (int group : groups) {
        const QString name = group >= 0 ? groupName(lexicon.group(group).id) : QString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
        if (names.size() == 3)
            break;
    }
    return names.join(u", ");
}


EngineResult FurnitureAnalysis::run()
{
    const int count = int(m_units.size());
    m_protected.fill(false, count);
    m_fromPerson.fill(false, count);
    respectExisting();
    for (int i = 0; i < count; ++i) {
        if (!labelled(i) && !m_protected[i])
            findEvidence(i);
    }
    frequencyEvidence();
    findBody();
    dropWeakEvidenceInBody();
    findHeadline();
    extendDisclaimers();
    markAboveHeadline();
    markMenus();
    smooth();
    findLeadCredits();
    findPhotoCredits();
    return spans();
}

void FurnitureAnalysis::respectExisting()
{
    for (const SuggestedSpan &span : m_document.existing) {
        Kind kind = Kind::None;
        if (span.label == u"BOILERPLATE")
            kind = Kind::Boilerplate;
        else if (span.label == u"METADATA")
            kind = Kind::Metadata;
        else if (span.label == u"DISCLAIMER")
            kind = Kind::Disclaimer;
        else if (span.label == u"HEADLINE")
            kind = Kind::Headline;
        else if (span.label != u"QUOTE")
            continue;
        for (int i = 0; i < m_units.size(); ++i) {
            const FurnitureUnit &unit = m_units[i];
            if (unit.end <= span.start || unit.start >= span.end)
                continue;
            if (kind == Kind::None) {
                m_protected[i] = true;
            } else {
                // inside or overlapping a person's furniture span: no second suggestion
                m_fromPerson[i] = true;
                if (span.start <= unit.start && span.end >= unit.end) {
                    setLabel(i, kind, Rule::Existing, 1.0);
                    if (kind == Kind::Headline)
                        m_headline = i;
                }
            }
        }
    }
}

void FurnitureAnalysis::findEvidence(int index)
{
    if (phraseEvidence(index))
        return;
    shapeEvidence(index);
}

bool FurnitureAnalysis::phraseEvidence(int index)
{
    const FurnitureUnit &unit = m_units[index];
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    const bool closing = index >= m_units.size() - 2;
    const Lexicon::Hits hits = m_lexicon.match(m_page.text(), tokens, unit.tokenCount, unit.words, closing);
    // strongest match first; on a tie disclaimers, then metadata, then boilerplate
    static constexpr Lexicon::Label order[] = {Lexicon::Disclaimer, Lexicon::Metadata, Lexicon::Boilerplate};
    const Lexicon::Hit *best = nullptr;
    Lexicon::Label bestLabel = Lexicon::Boilerplate;
    for (const Lexicon::Label label : order) {
        const Lexicon::Hit &hit = hits[label];
        if (!hit.found)
            continue;
        // "...in New York. Jane Doe/Getty Images" ends a caption; "...he told Reuters." a sentence
        if (hit.match == Lexicon::Match::End && unit.terminal)
            continue;
        if (!best || hit.match < best->match) {
            best = &hit;
            bestLabel = label;
        }
    }
    if (!best)
        return false;
    const Lexicon::Group &group = m_lexicon.group(best->group);
    if (group.heading) {
        // "About Acme Corp." over the company's standard paragraph, near the end of a release
        if (unit.words > 6 || unit.terminal || unit.start * 5 < m_page.text().size() * 2)
            return false;
    }
    if (group.endOnly) {
        // "Jane Doe is a columnist for...": only as the page's closing lines
        const bool name = unit.tokenCount >= 2 && tokens[0].has(FurnitureToken::Capitalized)
                          && tokens[1].has(FurnitureToken::Capitalized);
        if (!name)
            return false;
    }
    double confidence = best->match == Lexicon::Match::Line ? 0.9 : best->match == Lexicon::Match::Start ? 0.8 : 0.7;
    if (group.heading)
        confidence = 0.55; // a release's "About" paragraph: some keep it as part of the story
    setLabel(index, kindOf(bestLabel), Rule::Phrase, confidence, best->group);
    Label &label = m_labels[index];
    label.matchStart = tokens[best->firstToken].start;
    label.matchEnd = tokens[best->endToken - 1].end;
    label.outsideOnly = group.outsideOnly;
    // "Sign up for..." opening a sentence between paragraphs of the article is likelier
    // the article's own sentence than a widget; whole-line phrases and +long groups stay.
    label.weakInBody = bestLabel == Lexicon::Boilerplate && best->match != Lexicon::Match::Line && !group.longLines
                       && unit.shape != Shape::Short && unit.shape != Shape::Title;
    if (bestLabel == Lexicon::Disclaimer || group.heading)
        label.spanKey = index;
    return true;
}

bool FurnitureAnalysis::isDateLine(const FurnitureUnit &unit) const
{
    if (unit.words == 0 || unit.words > 14 || unit.shape == Shape::Prose)
        return false;
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    const QStringView text = m_page.text();
    int strong = 0;
    int weak = 0;
    int numbers = 0;
    bool time = false;
    for (int i = 0; i < unit.tokenCount; ++i) {
        const FurnitureToken &token = tokens[i];
        if (token.has(FurnitureToken::Symbol))
            continue;
        if (token.has(FurnitureToken::AllDigits)) {
            ++numbers;
            if (token.end < unit.end && text[token.end] == u':' && i + 1 < unit.tokenCount
                && tokens[i + 1].start == token.end + 1 && tokens[i + 1].has(FurnitureToken::AllDigits))
                time = true;
            continue;
        }
        const int date = m_lexicon.dateWord(token.hash);
        if (date == 2) {
            ++strong;
            continue;
        }
        if (date == 1) {
            ++weak;
            continue;
        }
        if (m_lexicon.isStopWord(token.hash))
            continue;
        // "19th", "2pm", "21/05/2025" pieces
        if (token.has(FurnitureToken::HasDigit) && token.end - token.start <= 6)
            continue;
        return false;
    }
    // "May 21, 2025", "9:24 pm ET", "Updated an hour ago"; not a lone "Monday"
    return time || (strong > 0 && numbers > 0) || (strong > 0 && strong + weak >= 2);
}

// "Jane Doe", "JOHN SMITH": two to five capitalised words and no sentence.
bool FurnitureAnalysis::isNameLine(const FurnitureUnit &unit) const
{
    if (unit.words < 2 || unit.words > 5 || unit.terminal || unit.colon || unit.letterWords != unit.words)
        return false;
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    for (int i = 0; i < unit.tokenCount; ++i) {
        if (!tokens[i].has(FurnitureToken::Capitalized) && !tokens[i].has(FurnitureToken::AllCaps)
            && !m_lexicon.isStopWord(tokens[i].hash))
            return false;
    }
    return unit.stopWords <= 1;
}

bool FurnitureAnalysis::shapeEvidence(int index)
{
    const FurnitureUnit &unit = m_units[index];
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    const QStringView text = textOf(index);

    // One word of letters and many digits: a syndication or story ID.
    if (unit.tokenCount == 1 && tokens[0].digits >= 8 && !tokens[0].has(FurnitureToken::Handle) && tokens[0].end - tokens[0].start >= 10
        && tokens[0].end - tokens[0].start + 2 >= unit.length()) {
        setLabel(index, Kind::Metadata, Rule::SyndicationId, 0.9);
        return true;
    }
    if (!text.contains(u' ')) {
        if (text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u"www.")) {
            // in the body, a link is a source the article cites
            setLabel(index, Kind::Boilerplate, Rule::Link, 0.6);
            m_labels[index].outsideOnly = true;
            return true;
        }
        if (unit.tokenCount == 1 && tokens[0].has(FurnitureToken::Handle)) {
            // in the body it signs a reader's letter or a quoted post
            setLabel(index, Kind::Metadata, Rule::Handle, 0.6);
            m_labels[index].outsideOnly = true;
            return true;
        }
        const qsizetype at = text.indexOf(u'@');
        if (at > 0 && text.indexOf(u'.', at) > at + 1 && unit.tokenCount >= 3) {
            setLabel(index, Kind::Metadata, Rule::Email, 0.6);
            return true;
        }
    }
    // "By Jane Doe", "By JOHN SMITH, Associated Press", "By Jane Doe and John Roe"
    if (unit.tokenCount >= 2 && unit.words <= 12 && tokens[0].hash == m_byHash && !unit.colon
        && (tokens[0].has(FurnitureToken::Capitalized) || tokens[0].has(FurnitureToken::AllCaps))) {
        int names = 0;
        bool ok = true;
        for (int i = 1; i < unit.tokenCount && ok; ++i) {
            const FurnitureToken &token = tokens[i];
            if (token.has(FurnitureToken::Capitalized) || token.has(FurnitureToken::AllCaps))
                ++names;
            else if (!m_lexicon.isStopWord(token.hash) && !token.has(FurnitureToken::Handle)
                     && !token.has(FurnitureToken::Symbol) && m_lexicon.dateWord(token.hash) == 0
                     && !token.has(FurnitureToken::AllDigits))
                ok = false;
        }
        if (ok && names >= 1 && (!unit.terminal || unit.words <= 6)) {
            setLabel(index, Kind::Metadata, Rule::Byline, 0.8, m_lexicon.groupIndex(u"byline"));
            return true;
        }
    }
    if (isDateLine(unit)) {
        // in the body, times head the entries of a live blog
        setLabel(index, Kind::Metadata, Rule::DateLine, 0.75);
        m_labels[index].outsideOnly = true;
        return true;
    }
    // "Jane Doe/Picture Desk": a short credit of capitalised names with a slash
    if (unit.words >= 2 && unit.words <= 6 && text.contains(u'/') && unit.capitalized + 1 >= unit.letterWords
        && unit.letterWords == unit.words) {
        setLabel(index, Kind::Metadata, Rule::SlashCredit, 0.6, m_lexicon.groupIndex(u"photo"));
        return true;
    }
    return false;
}

void FurnitureAnalysis::frequencyEvidence()
{
    if (!m_corpus)
        return;
    const QStringView source = m_document.source;
    const int documents = m_corpus->documentCount(source);
    if (documents < 3)
        return;
    // Short lines recur as widgets and menus; a sentence of the article only when the
    // article itself recurs (an update, a duplicate), so sentences must recur in many.
    const int shortLimit = qMax(3, qMin((documents + 19) / 20, 50));
    const int proseLimit = qMax(3, (documents * 3 + 9) / 10);
    const QStringView text = m_page.text();
    QList<int> frequencies(m_units.size(), 0);
    qsizetype proseLength = 0;
    qsizetype repeatedProse = 0;
    for (int i = 0; i < m_units.size(); ++i) {
        const FurnitureUnit &unit = m_units[i];
        int frequency = INT_MAX;
        qsizetype lineStart = unit.start;
        while (lineStart < unit.end) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0 || lineEnd > unit.end)
                lineEnd = unit.end;
            const QStringView line = text.mid(lineStart, lineEnd - lineStart).trimmed();
            if (!line.isEmpty())
                frequency = qMin(frequency, m_corpus->lineDocumentFrequency(source, line));
            lineStart = lineEnd + 1;
        }
        frequencies[i] = frequency == INT_MAX ? 0 : frequency;
        if (unit.shape == Shape::Prose) {
            proseLength += unit.length();
            if (frequencies[i] >= shortLimit)
                repeatedProse += unit.length();
        }
    }
    // most of the prose recurs: this document is a copy of another, not a template
    const bool copy = proseLength > 0 && repeatedProse * 2 >= proseLength;
    for (int i = 0; i < m_units.size(); ++i) {
        if (labelled(i) || m_protected[i])
            continue;
        const FurnitureUnit &unit = m_units[i];
        const bool sentence = unit.shape == Shape::Prose || unit.shape == Shape::Sentence;
        if (sentence && copy)
            continue;
        const int frequency = frequencies[i];
        if (frequency < (sentence ? proseLimit : shortLimit))
            continue;
        const double share = double(frequency) / documents;
        setLabel(i, Kind::Boilerplate, Rule::Repeated, qMin(0.95, 0.6 + 0.4 * share));
        m_labels[i].frequency = frequency;
        m_labels[i].documents = documents;
    }
}

// The article body: the stretch of units where running text outweighs menus and widgets
// (the largest-sum run, prose counting for its length and short lines against it).

} // namespace Copydesk::Furniture
