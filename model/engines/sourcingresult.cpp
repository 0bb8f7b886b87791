// The last step of the sourcing rules: what the stages found, as suggestions (QUOTE spans with
// their form, SOURCE spans with their kind, CUE spans; SPEAKER, CUE and VIA relations).
#include <algorithm>

#include <QCoreApplication>

#include "sourcinganalyzer.h"
#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

QString SourcingAnalyzer::spanKey(qsizetype start, qsizetype end) const
{
    return m_spanKeys.value(qMakePair(start, end));
}

// The key of the SOURCE span of a mention, made on first use; empty for none.
QString SourcingAnalyzer::sourceKey(int m)
{
    if (m < 0)
        return {};
    if (m_mentionKeys.contains(m))
        return m_mentionKeys.value(m);
    const Mention &mention = m_mentions[m];
    int first = mention.first;
    if (mention.kind == SourceKind::Publication && first < mention.last && has(first, SourcingTag::Determiner))
        ++first; // "the Financial Times": the name without its article
    SuggestedSpan span;
    span.label = u"SOURCE"_s;
    span.start = m_tokens[first].start;
    span.end = m_tokens[mention.last].end;
    if (const QString known = spanKey(span.start, span.end); !known.isEmpty()) {
        m_mentionKeys.insert(m, known);
        return known;
    }
    span.key = u"s%1"_s.arg(m_mentionKeys.size() + 1);
    span.attrs.insert(u"kind"_s, sourceKindName(mention.kind));
    if (mention.pronoun) {
        span.confidence = mention.antecedent >= 0 ? 0.7 : 0.5;
        span.reason = mention.antecedent >= 0
                          ? QCoreApplication::translate("Sourcing", "pronoun standing for %1")
                                .arg(quoted(text(m_mentions[mention.antecedent].first, m_mentions[mention.antecedent].last)))
                          : QCoreApplication::translate("Sourcing", "pronoun; no earlier speaker found");
    } else if (mention.kind == SourceKind::Publication) {
        span.confidence = 0.8;
        span.reason = QCoreApplication::translate("Sourcing", "publication name");
    } else if (mention.kind == SourceKind::Anonymous) {
        span.confidence = 0.75;
        span.reason = QCoreApplication::translate("Sourcing", "description of an unnamed source");
    } else {
        span.confidence = 0.8;
        span.reason = QCoreApplication::translate("Sourcing", "speaker of a reporting cue");
    }
    m_mentionKeys.insert(m, span.key);
    m_spanKeys.insert(qMakePair(span.start, span.end), span.key);
    m_result.spans.append(span);
    return span.key;
}

// The last token of a cue's span: a hedge without the "to" of its infinitive ("is expected
// to" -> "is expected", as news annotation schemes such as PolNeAR mark it).
int SourcingAnalyzer::cueSpanLast(const Cue &cue) const
{
    if (cue.type == CueType::Hedge && cue.last > cue.first && is(cue.last, u"to"))
        return cue.last - 1;
    return cue.last;
}

// The key of the CUE span of a cue, made on first use; empty for none.
QString SourcingAnalyzer::cueKey(int c)
{
    if (c < 0)
        return {};
    if (m_cueKeys.contains(c))
        return m_cueKeys.value(c);
    const Cue &cue = m_cues[c];
    SuggestedSpan span;
    span.label = u"CUE"_s;
    span.start = m_tokens[cue.first].start;
    span.end = m_tokens[cueSpanLast(cue)].end;
    if (const QString known = spanKey(span.start, span.end); !known.isEmpty()) {
        m_cueKeys.insert(c, known);
        return known;
    }
    span.key = u"c%1"_s.arg(m_cueKeys.size() + 1);
    span.confidence = cue.type == CueType::Hedge ? cue.confidence : (cue.used ? 0.8 : 0.5);
    if (cue.type == CueType::Verb && (m_lexicon.verb(cue.entry).classes & CueClass::Belief))
        span.confidence -= 0.1;
    span.reason = cue.reason;
    if (cue.type == CueType::Verb && !cue.used)
        span.reason += QCoreApplication::translate("Sourcing", "; no quoted content found");
    m_cueKeys.insert(c, span.key);
    m_spanKeys.insert(qMakePair(span.start, span.end), span.key);
    m_result.spans.append(span);
    return span.key;
}

EngineResult SourcingAnalyzer::buildResult()
{
    int quoteNumber = 0;
    std::stable_sort(m_quotes.begin(), m_quotes.end(), [](const Quote &a, const Quote &b) { return a.start < b.start; });
    for (const Quote &quote : std::as_const(m_quotes)) {
        if (quote.dropped)
            continue;
        SuggestedSpan span;
        span.key = u"q%1"_s.arg(++quoteNumber);
        span.label = u"QUOTE"_s;
        span.start = quote.start;
        span.end = quote.end;
        span.attrs.insert(u"form"_s, quoteFormName(quote.form));
        span.confidence = quote.confidence;
        span.reason = quote.reason;
        m_result.spans.append(span);
        if (quote.form == QuoteForm::Scare)
            continue;
        const QString source = sourceKey(quote.source);
        if (!source.isEmpty())
            m_result.relations.append({u"SPEAKER"_s, span.key, source});
        const QString cue = cueKey(quote.cue);
        if (!cue.isEmpty())
            m_result.relations.append({u"CUE"_s, span.key, cue});
        if (quote.via >= 0 && quote.via != quote.source)
            m_result.relations.append({u"VIA"_s, span.key, sourceKey(quote.via)});
    }
    // Cues without a quote: unattributed claims, and reporting verbs whose content we did not
    // find (with their speakers).
    for (int c = 0; c < m_cues.size(); ++c) {
        const Cue &cue = m_cues[c];
        if (!cue.valid || m_cueKeys.contains(c))
            continue;
        const bool verb = cue.type == CueType::Verb && (m_lexicon.verb(cue.entry).classes & CueClass::Loose);
        if (cue.type == CueType::Hedge || cue.type == CueType::According || verb) {
            cueKey(c);
            if (cue.subject >= 0)
                sourceKey(cue.subject);
        }
    }
    // Who each speaker is: a mention to the earlier one it stands for (one speaker, however
    // many mentions).
    QList<int> emitted = m_mentionKeys.keys();
    std::sort(emitted.begin(), emitted.end());
    for (int m : std::as_const(emitted)) {
        const int antecedent = m_mentions[m].antecedent;
        if (antecedent < 0)
            continue;
        const QString head = m_mentionKeys.value(m);
        const QString child = sourceKey(antecedent);
        if (!child.isEmpty() && child != head)
            m_result.relations.append({refersToRelation(), head, child});
    }
    return std::move(m_result);
}

} // namespace Copydesk
