#include "sourcekinds.h"

#include <algorithm>

#include "sourcinglexicon.h"
#include "sourcingspeakers.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// The sourcing stages up to speakers, over a document whose mentions are given.
class GivenMentions final : public SourcingSpeakers
{
public:
    GivenMentions(const EngineDocument &document, const SourcingLexicon &lexicon, const WordTokenizer &tokenizer)
        : SourcingSpeakers(document, lexicon, tokenizer)
    {
        tag();
    }

    // The mention over the tokens of [start, end), or -1 when no word is there.
    int mentionOf(qsizetype start, qsizetype end)
    {
        int first = -1;
        int last = -1;
        for (int t = 0; t < m_tokens.size(); ++t) {
            if (m_tokens[t].end <= start || m_tokens[t].start >= end)
                continue;
            if (first < 0)
                first = t;
            last = t;
        }
        if (first < 0)
            return -1;
        // The head: the last name or noun before an apposition or a bracket ("Clinton, the
        // former secretary of State"; "Rep. G.K. Butterfield (D-N.C.)").
        int head = -1;
        for (int t = first; t <= last && !isPunct(t, u',') && !isPunct(t, u'('); ++t) {
            if (isWord(t))
                head = t;
        }
        return addMention(first, last, head >= 0 ? head : last, u"given"_s);
    }

    void resolve(const QList<int> &mentions) { resolveMentions(mentions); }
    const Mention &mention(int index) const { return m_mentions.at(index); }
};

} // namespace

SourceKindClassifier::SourceKindClassifier(const SourcingLexicon &lexicon, const AbbreviationLexicon &abbreviations)
    : m_lexicon(lexicon)
    , m_tokenizer(abbreviations)
{
}

QList<SourceKindClassifier::Verdict> SourceKindClassifier::classify(const QString &text, const QList<Span> &spans) const
{
    QList<Verdict> verdicts(spans.size());
    EngineDocument document;
    document.text = text;
    GivenMentions reader(document, m_lexicon, m_tokenizer);
    QList<int> mentionOfSpan(spans.size(), -1);
    QList<int> order; // mentions in text order, each once
    for (int i = 0; i < spans.size(); ++i) {
        mentionOfSpan[i] = reader.mentionOf(spans[i].start, spans[i].end);
        if (mentionOfSpan[i] >= 0 && !order.contains(mentionOfSpan[i]))
            order.append(mentionOfSpan[i]);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return reader.mention(a).first < reader.mention(b).first; });
    reader.resolve(order);
    for (int i = 0; i < spans.size(); ++i) {
        const int m = mentionOfSpan[i];
        if (m < 0)
            continue;
        verdicts[i].kind = reader.mention(m).kind;
        const int antecedent = reader.mention(m).antecedent;
        if (antecedent >= 0)
            verdicts[i].refersTo = int(mentionOfSpan.indexOf(antecedent));
    }
    return verdicts;
}

} // namespace Copydesk
