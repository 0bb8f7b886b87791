// The page-furniture rules that read the page as a whole: where the article body is, the
// headline, disclaimer paragraphs, menus, smoothing between furniture lines, credits.
#include <algorithm>
#include <climits>

#include <QCoreApplication>

#include "furnitureanalysis.h"

using namespace Qt::StringLiterals;

namespace Copydesk::Furniture {

void FurnitureAnalysis::findBody()
{
    qint64 best = 0;
    qint64 sum = 0;
    int start = 0;
    m_bodyStart = int(m_units.size());
    m_bodyEnd = -1;
    for (int i = 0; i < m_units.size(); ++i) {
        const FurnitureUnit &unit = m_units[i];
        qint64 score = 0;
        // weak evidence counts against the body too: inside it the prose around outweighs it
        if (labelled(i) && !m_labels[i].outsideOnly) {
            score = -10 - (m_labels[i].kind == Kind::Boilerplate ? unit.length() / 4 : 0);
        } else {
            switch (unit.shape) {
            case Shape::Prose: score = firstLineTitle(i) ? -20 : unit.length(); break;
            case Shape::Sentence: score = firstLineTitle(i) ? -20 : unit.length() / 2; break;
            case Shape::Title: score = -20; break;
            case Shape::Short: score = -20 - unit.length() / 2; break;
            }
        }
        if (sum <= 0) {
            sum = 0;
            start = i;
        }
        sum += score;
        if (sum > best) {
            best = sum;
            m_bodyStart = start;
            m_bodyEnd = i;
        }
    }
}

void FurnitureAnalysis::dropWeakEvidenceInBody()
{
    // Weak evidence at the edges of the body ("Read the rest here." as its last line) is
    // furniture after all: the body is what lies between.
    while (m_bodyEnd >= m_bodyStart && labelled(m_bodyEnd))
        --m_bodyEnd;
    while (m_bodyStart <= m_bodyEnd && labelled(m_bodyStart))
        ++m_bodyStart;
    if (m_bodyEnd < m_bodyStart) {
        m_bodyStart = int(m_units.size());
        m_bodyEnd = -1;
    }
    for (int i = m_bodyStart; i <= m_bodyEnd; ++i) {
        Label &label = m_labels[i];
        if (m_fromPerson[i])
            continue;
        // a section name between paragraphs is a subheading; a widget phrase opening a
        // sentence there is the article's sentence
        if (label.outsideOnly || label.weakInBody)
            label = Label();
    }
}

void FurnitureAnalysis::findHeadline()
{
    if (m_headline >= 0)
        return;
    const int count = int(m_units.size());
    const QString title = m_document.meta.value(u"title").toString().simplified();
    if (!title.isEmpty()) {
        const int limit = m_bodyEnd >= 0 ? m_bodyEnd : count - 1;
        for (int i = 0; i <= limit; ++i) {
            if (!labelled(i) && !m_protected[i] && textOf(i).toString().simplified().compare(title, Qt::CaseInsensitive) == 0) {
                setLabel(i, Kind::Headline, Rule::HeadlineTitle, 0.95);
                m_headline = i;
                return;
            }
        }
    }
    if (m_bodyEnd < 0)
        return;
    const auto candidate = [&](int i) {
        const FurnitureUnit &unit = m_units[i];
        if (labelled(i) || m_protected[i] || unit.colon || (unit.shape == Shape::Prose && !firstLineTitle(i)))
            return false;
        if (unit.words < 2 || unit.words > 30 || unit.length() > 250 || unit.lines > 2 || isNameLine(unit))
            return false;
        const QStringView text = textOf(i);
        if (text.front().isLower() || text.back() == u',')
            return false;
        // a score line or a table row
        int numbers = 0;
        const FurnitureToken *tokens = m_page.tokensOf(unit);
        for (int t = 0; t < unit.tokenCount; ++t)
            numbers += tokens[t].has(FurnitureToken::AllDigits);
        if (numbers * 3 > unit.words)
            return false;
        // A sentence ends with a full stop; a headline only when it is title-cased or the
        // page's first line (some feeds add the stop).
        if (unit.terminal && !unit.titleLike() && !(i == 0 && unit.words <= 20))
            return false;
        return true;
    };
    int chosen = -1;
    // the same line twice above the body (page title and heading) is the headline; a
    // line of a menu may recur more often
    for (int i = 0; i < m_bodyStart && chosen < 0; ++i) {
        if (!candidate(i) || m_units[i].words < 4)
            continue;
        int copies = 0;
        for (int j = 0; j < m_bodyStart; ++j)
            copies += j != i && textOf(j) == textOf(i);
        if (copies == 1)
            chosen = i;
    }
    if (chosen < 0) {
        // else the nearest candidate above the body, passing bylines, dates, a deck and up
        // to two short labels ("Key points", a section name)
        int labels = 0;
        for (int i = m_bodyStart - 1; i >= 0; --i) {
            const bool label = !labelled(i) && m_units[i].words <= 3 && !m_units[i].terminal;
            if (candidate(i) && !(label && labels < 2 && i > 0)) {
                chosen = i;
                break;
            }
            if (label && labels < 2) {
                ++labels;
                continue;
            }
            if (!labelled(i))
                break;
        }
        // a headline with a deck under it: the deck is longer, or the headline title-cased
        if (chosen > 0 && candidate(chosen - 1) && !m_units[chosen].titleLike()
            && ((m_units[chosen].words >= 12 && m_units[chosen - 1].words < m_units[chosen].words)
                || m_units[chosen - 1].titleLike()))
            chosen = chosen - 1;
    }
    if (chosen < 0)
        return;
    m_headline = chosen;
    // a first line with a full stop may be a short first paragraph after all
    const FurnitureUnit &line = m_units[chosen];
    setLabel(chosen, Kind::Headline, Rule::Headline, line.shape == Shape::Title ? 0.8 : line.terminal ? 0.5 : 0.7);
    for (int j = chosen + 1; j < m_bodyStart; ++j) {
        if (!labelled(j) && textOf(j) == textOf(chosen))
            setLabel(j, Kind::Headline, Rule::Headline, m_labels[chosen].confidence);
    }
}

// "Legal Disclaimer:" takes the paragraph after it; a disclaimer sentence takes the rest of
// its paragraph. A lone "Disclaimer" among links is a link. Boilerplate headings ("About
// Acme Corp.") take their paragraph too.
void FurnitureAnalysis::extendDisclaimers()
{
    const int count = int(m_units.size());
    for (int i = 0; i < count; ++i) {
        if (m_labels[i].rule != Rule::Phrase || m_labels[i].spanKey != i)
            continue;
        const Kind kind = m_labels[i].kind;
        const FurnitureUnit &unit = m_units[i];
        const bool heading = unit.colon || unit.words <= 4;
        int last = i;
        if (heading) {
            const int next = i + 1;
            const bool free = next < count && !m_protected[next]
                              && (!labelled(next) || (m_labels[next].kind == kind && m_labels[next].rule == Rule::Phrase));
            const bool prose = free && (m_units[next].shape == Shape::Prose || m_units[next].shape == Shape::Sentence);
            if (!prose) {
                if (kind == Kind::Disclaimer && !unit.colon) {
                    setLabel(i, Kind::Boilerplate, Rule::SectionLink, 0.6, m_navigationGroup);
                    m_labels[i].spanKey = -1;
                }
                continue;
            }
            last = next;
            // a heading over a paragraph with its own disclaimer words: two signs, not one
            if (labelled(next)) {
                const double both = qMin(0.95, qMax(m_labels[i].confidence, m_labels[next].confidence) + 0.1);
                m_labels[i].confidence = both;
                m_labels[next].confidence = both;
            }
        }
        // the rest of the paragraph (lines without a blank line between)
        while (last + 1 < count && m_units[last + 1].block == m_units[last].block && !labelled(last + 1)
               && !m_protected[last + 1])
            ++last;
        for (int j = i + 1; j <= last; ++j) {
            if (!labelled(j))
                setLabel(j, kind, Rule::DisclaimerText, m_labels[i].confidence, m_labels[i].group);
            m_labels[j].spanKey = i;
        }
        i = last;
    }
}

// Above the headline sit the site's name, its tagline and menus.
void FurnitureAnalysis::markAboveHeadline()
{
    // a few lines only: below a long head the headline found is likelier wrong
    if (m_headline <= 0 || m_headline > 6 || m_labels[m_headline].rule == Rule::Existing)
        return;
    for (int i = 0; i < m_headline; ++i) {
        const FurnitureUnit &unit = m_units[i];
        if (labelled(i) || m_protected[i] || unit.terminal || unit.words > 8 || unit.shape == Shape::Prose)
            continue;
        setLabel(i, Kind::Boilerplate, Rule::AboveHeadline, 0.45);
    }
}

// Outside the body, four or more short lines in a row are a menu or a list of links: lines
// of a few words each, apart from the body (a list straight after the last paragraph may
// still be the article's).
void FurnitureAnalysis::markMenus()
{
    const int count = int(m_units.size());
    const auto menuLine = [&](int i) {
        const Shape shape = m_units[i].shape;
        return !labelled(i) && !m_protected[i] && !insideBody(i) && (shape == Shape::Short || shape == Shape::Title);
    };
    int i = 0;
    while (i < count) {
        if (!menuLine(i)) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < count && menuLine(last + 1))
            ++last;
        int terse = 0;
        for (int j = i; j <= last; ++j)
            terse += m_units[j].words <= 5;
        const bool touchesBody = (m_bodyEnd >= 0 && i == m_bodyEnd + 1) || last + 1 == m_bodyStart;
        if (last - i >= 3 && terse * 4 >= (last - i + 1) * 3 && !touchesBody) {
            for (int j = i; j <= last; ++j)
                setLabel(j, Kind::Boilerplate, Rule::Menu, 0.5, m_navigationGroup);
        }
        i = last + 1;
    }
}

// jusText's context rule: a run of short lines takes the label of the furniture around it.
// Outside the body the page's edges and the headline count as furniture; inside the body a
// run needs furniture on both sides and sentences never change.
void FurnitureAnalysis::smooth()
{
    const int count = int(m_units.size());
    const auto smoothable = [&](int i) {
        if (labelled(i) || m_protected[i])
            return false;
        const Shape shape = m_units[i].shape;
        if (shape == Shape::Short || shape == Shape::Title)
            return true;
        return shape == Shape::Sentence && !insideBody(i);
    };
    int i = 0;
    while (i < count) {
        if (!smoothable(i)) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < count && smoothable(last + 1))
            ++last;
        const int before = i - 1;
        const int after = last + 1;
        const auto kindAt = [&](int j) { return j < 0 || j >= count ? Kind::None : m_labels[j].kind; };
        const auto edge = [&](int j) { return j < 0 || j >= count; };
        const Kind left = kindAt(before);
        const Kind right = kindAt(after);
        const bool inBody = insideBody(i) && insideBody(last);
        Kind kind = Kind::None;
        double confidence = 0.6;
        int group = -1;
        const auto shortRun = [&] {
            for (int j = i; j <= last; ++j) {
                if (m_units[j].words > 6)
                    return false;
            }
            return last - i < 2;
        };
        if (left == Kind::Boilerplate && right == Kind::Boilerplate) {
            kind = left;
            group = m_labels[before].group;
        } else if (left == Kind::Metadata && right == Kind::Metadata && shortRun()) {
            kind = left; // "Nov 18, 2019" "at" "9:24 pm ET"
            group = m_labels[before].group;
        } else if (!inBody && (left == Kind::Boilerplate || right == Kind::Boilerplate)
                   && (edge(before) || edge(after))) {
            kind = Kind::Boilerplate;
            confidence = 0.5;
            group = left == Kind::Boilerplate ? m_labels[before].group : m_labels[after].group;
        } else if (!inBody && last == i && (left == Kind::Metadata || right == Kind::Metadata)
                   && (left == Kind::Headline || right == Kind::Headline || left == right)
                   && isNameLine(m_units[i])) {
            kind = Kind::Metadata; // the author's name between the headline and a date line
            confidence = 0.5;
        }
        if (kind != Kind::None) {
            for (int j = i; j <= last; ++j)
                setLabel(j, kind, Rule::Smoothed, confidence, group);
        }
        i = last + 1;
    }
    // the name after a lone "By"
    for (int j = 0; j + 1 < count; ++j) {
        if (m_labels[j].kind == Kind::Metadata && m_units[j].tokenCount == 1
            && m_page.tokensOf(m_units[j])[0].hash == m_byHash && !labelled(j + 1) && !m_protected[j + 1]
            && isNameLine(m_units[j + 1]))
            setLabel(j + 1, Kind::Metadata, Rule::BylineName, 0.7);
    }
}

// "(HWIRE) Harbour officials...", "OSLOBY (AP) — The...", "PORT MERIDIAN — Ingrid Vale...":
// the wire credit and dateline at the start of the article's first paragraph.
void FurnitureAnalysis::findLeadCredits()
{
    // the first paragraph (or its first line: "OSLOBY (AP) — What we know so far:"), which
    // may come after a deck or a caption between the headline and the body
    const int first = qMax(0, m_headline + 1);
    const int last = qMax(first, m_bodyStart);
    for (int i = first; i < m_units.size() && i <= last; ++i) {
        if (labelled(i) || m_protected[i] || m_units[i].shape == Shape::Title || m_units[i].words < 4)
            continue;
        if (findLeadCredit(i))
            return;
    }
}

bool FurnitureAnalysis::findLeadCredit(int lead)
{
    const FurnitureUnit &unit = m_units[lead];
    const QStringView text = m_page.text();
    const FurnitureToken *tokens = m_page.tokensOf(unit);
    // "(Agency)" first
    if (text[unit.start] == u'(') {
        const qsizetype close = text.indexOf(u')', unit.start);
        if (close > unit.start + 1 && close - unit.start <= 40) {
            int inner = 0;
            bool caps = true;
            while (inner < unit.tokenCount && tokens[inner].end <= close) {
                caps = caps && tokens[inner].has(FurnitureToken::AllCaps);
                ++inner;
            }
            bool agency = inner > 0 && inner <= 4 && caps;
            if (!agency && inner > 0 && inner <= 6) {
                const Lexicon::Hits hits = m_lexicon.match(text, tokens, inner, inner);
                const Lexicon::Hit &hit = hits[Lexicon::Metadata];
                agency = hit.found && hit.match == Lexicon::Match::Line && hit.group == m_creditGroup;
            }
            if (agency && (close + 1 >= unit.end || text[close + 1].isSpace() || isDashOrHyphen(text[close + 1]))) {
                m_inline.append({unit.start, close + 1, Kind::Metadata, QCoreApplication::translate("FurnitureEngine", "wire credit at the start of the first paragraph"), 0.85});
                return true;
            }
        }
    }
    // "CITY[, State][, Date] [(Agency)] — "
    if (unit.tokenCount < 2 || !tokens[0].has(FurnitureToken::AllCaps) || tokens[0].end - tokens[0].start < 3)
        return false;
    const qsizetype limit = qMin(unit.end, unit.start + 90);
    for (qsizetype p = unit.start + 2; p + 1 < limit; ++p) {
        if (!isDashOrHyphen(text[p]))
            continue;
        // a dash with a space after it ("- ", "— ", "-- "), not inside a word
        qsizetype dashEnd = p + 1;
        while (dashEnd < limit && isDashOrHyphen(text[dashEnd]))
            ++dashEnd;
        if (dashEnd >= unit.end || !text[dashEnd].isSpace())
            continue;
        if (!text[p - 1].isSpace() && text[p] == u'-')
            continue;
        // the city in capitals ("NEW YORK", not "FBI Director James Comey"), then names,
        // numbers, dates, abbreviations and "(Agency)"
        bool ok = true;
        bool city = true;
        int words = 0;
        for (int t = 0; t < unit.tokenCount && tokens[t].end <= p; ++t) {
            const FurnitureToken &token = tokens[t];
            ++words;
            if (t > 0 && (text[tokens[t - 1].end] == u',' || text.mid(tokens[t - 1].end, token.start - tokens[t - 1].end).contains(u'(')))
                city = false;
            const bool capitals = token.has(FurnitureToken::AllCaps)
                                  || (token.end - token.start == 1 && token.has(FurnitureToken::Capitalized));
            if (city && !capitals)
                ok = false;
            if (!token.has(FurnitureToken::Capitalized) && !token.has(FurnitureToken::AllCaps)
                && !token.has(FurnitureToken::AllDigits) && m_lexicon.dateWord(token.hash) == 0)
                ok = false;
        }
        if (!ok || words < 1 || words > 10)
            return false;
        m_inline.append({unit.start, dashEnd, Kind::Metadata, QCoreApplication::translate("FurnitureEngine", "dateline"), 0.75});
        return true;
    }
    return false;
}

// "... on the quay at dawn. (Jane Doe/Picture Desk)": the credit at the end of a caption.
void FurnitureAnalysis::findPhotoCredits()
{
    const QStringView text = m_page.text();
    for (int i = 0; i < m_units.size(); ++i) {
        const FurnitureUnit &unit = m_units[i];
        if (labelled(i) || m_protected[i] || unit.words > 80)
            continue;
        qsizetype end = unit.end;
        if (text[end - 1] == u'.')
            --end;
        if (end - unit.start < 5 || text[end - 1] != u')')
            continue;
        const qsizetype open = text.lastIndexOf(u'(', end - 1);
        if (open < unit.start || end - open > 60 || open == unit.start)
            continue;
        const QStringView inner = text.mid(open + 1, end - open - 2);
        if (!inner.contains(u'/') || inner.isEmpty() || !inner.front().isUpper())
            continue;
        int words = 0;
        bool capitals = true;
        const FurnitureToken *tokens = m_page.tokensOf(unit);
        for (int t = 0; t < unit.tokenCount; ++t) {
            if (tokens[t].start <= open || tokens[t].end >= end)
                continue;
            ++words;
            if (!tokens[t].has(FurnitureToken::Capitalized) && !tokens[t].has(FurnitureToken::AllCaps)
                && !m_lexicon.isStopWord(tokens[t].hash))
                capitals = false;
        }
        if (words >= 2 && words <= 8 && capitals)
            m_inline.append({open, end, Kind::Metadata, QCoreApplication::translate("FurnitureEngine", "photo credit"), 0.7});
    }
}

QString FurnitureAnalysis::reasonOf(int first, int last) const
{
    const Label &label = m_labels[first];
    if (first == last || (label.kind == Kind::Disclaimer && label.rule == Rule::Phrase)) {
        const QString group = label.group >= 0 ? groupName(m_lexicon.group(label.group).id) : QString();
        const QString words = quoted(m_page.text().mid(label.matchStart, label.matchEnd - label.matchStart));
        switch (label.rule) {
        case Rule::Phrase:
            switch (label.kind) {
            case Kind::Disclaimer: return QCoreApplication::translate("FurnitureEngine", "disclaimer phrase: '%1'").arg(words);
            case Kind::Metadata: return QCoreApplication::translate("FurnitureEngine", "metadata phrase (%1): '%2'").arg(group, words);
            default: return QCoreApplication::translate("FurnitureEngine", "boilerplate phrase (%1): '%2'").arg(group, words);
            }
        case Rule::SyndicationId: return QCoreApplication::translate("FurnitureEngine", "syndication ID");
        case Rule::Byline: return QCoreApplication::translate("FurnitureEngine", "byline");
        case Rule::BylineName: return QCoreApplication::translate("FurnitureEngine", "byline: name after \"by\"");
        case Rule::DateLine: return QCoreApplication::translate("FurnitureEngine", "date or time line");
        case Rule::Handle: return QCoreApplication::translate("FurnitureEngine", "social media handle");
        case Rule::Email: return QCoreApplication::translate("FurnitureEngine", "e-mail address");
        case Rule::Link: return QCoreApplication::translate("FurnitureEngine", "bare link");
        case Rule::SlashCredit: return QCoreApplication::translate("FurnitureEngine", "photo credit");
        case Rule::Repeated:
            return QCoreApplication::translate("FurnitureEngine", "repeated in %1 of %2 documents of this source").arg(label.frequency).arg(label.documents);
        case Rule::AboveHeadline: return QCoreApplication::translate("FurnitureEngine", "head cluster: short line above the headline");
        case Rule::SectionLink: return QCoreApplication::translate("FurnitureEngine", "navigation: '%1' among links").arg(words);
        case Rule::Headline: return QCoreApplication::translate("FurnitureEngine", "headline: title line above the article body");
        case Rule::HeadlineTitle: return QCoreApplication::translate("FurnitureEngine", "headline: matches the document's title");
        case Rule::Menu: return QCoreApplication::translate("FurnitureEngine", "navigation: run of short lines outside the article");
        case Rule::DisclaimerText:
        case Rule::Smoothed:
        case Rule::Existing:
        case Rule::None:
            break;
        }
    }
    QList<int> groups;
    bool repeated = false;
    bool aboveHeadline = false;
    for (int i = first; i <= last; ++i) {
        groups.append(m_labels[i].group);
        repeated = repeated || m_labels[i].rule == Rule::Repeated;
        aboveHeadline = aboveHeadline || m_labels[i].rule == Rule::AboveHeadline;
    }
    QString what = groupList(m_lexicon, groups);
    if (repeated)
        what = what.isEmpty() ? QCoreApplication::translate("FurnitureEngine", "lines repeated in other documents of this source")
                              : QCoreApplication::translate("FurnitureEngine", "%1; lines repeated in other documents of this source").arg(what);
    if (what.isEmpty())
        what = label.kind == Kind::Metadata ? QCoreApplication::translate("FurnitureEngine", "bylines and dates")
               : aboveHeadline              ? QCoreApplication::translate("FurnitureEngine", "short lines above the headline")
                                            : QCoreApplication::translate("FurnitureEngine", "short lines");
    if (last < m_bodyStart)
        return QCoreApplication::translate("FurnitureEngine", "head cluster: %1").arg(what);
    if (first > m_bodyEnd)
        return QCoreApplication::translate("FurnitureEngine", "tail cluster: %1").arg(what);
    return QCoreApplication::translate("FurnitureEngine", "furniture lines: %1").arg(what);
}

EngineResult FurnitureAnalysis::spans() const
{
    EngineResult result;
    const int count = int(m_units.size());
    const auto mergeKey = [&](int i) {
        const Label &label = m_labels[i];
        switch (label.kind) {
        case Kind::Disclaimer: return 1000000 + label.spanKey;
        case Kind::Headline: return 2000000 + i;
        default: return int(label.kind);
        }
    };
    QList<SuggestedSpan> spans;
    int i = 0;
    while (i < count) {
        if (!labelled(i) || m_fromPerson[i]) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < count && labelled(last + 1) && !m_fromPerson[last + 1] && mergeKey(last + 1) == mergeKey(i))
            ++last;
        double weighted = 0;
        qsizetype length = 0;
        for (int j = i; j <= last; ++j) {
            weighted += m_labels[j].confidence * m_units[j].length();
            length += m_units[j].length();
        }
        SuggestedSpan span;
        span.label = labelName(m_labels[i].kind);
        span.start = m_units[i].start;
        span.end = m_units[last].end;
        span.confidence = length ? weighted / length : m_labels[i].confidence;
        span.reason = reasonOf(i, last);
        spans.append(span);
        i = last + 1;
    }
    for (const InlineSpan &found : m_inline) {
        SuggestedSpan span;
        span.label = labelName(found.kind);
        span.start = found.start;
        span.end = found.end;
        span.confidence = found.confidence;
        span.reason = found.reason;
        spans.append(span);
    }
    std::sort(spans.begin(), spans.end(), [](const SuggestedSpan &a, const SuggestedSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    int key = 0;
    for (SuggestedSpan &span : spans)
        span.key = u"f%1"_s.arg(++key);
    result.spans = spans;
    return result;
}

} // namespace Copydesk::Furniture
