// The rule-and-gazetteer entity engine: capitalised sequences, titles, name heads, gazetteers,
// dates, and within a document the short forms of names seen in full (EntityRecognizer).
#include <vector>

#include "abbreviationlexicon.h"
#include "builtinengines.h"
#include "engine.h"
#include "entityrecognizer.h"
#include "entitytokens.h"
#include "gazetteer.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

using Entities::EntityRecognizer;
using Entities::Mention;
using Entities::Tokens;

class EntityEngine final : public Engine
{
public:
    EntityEngine(const Gazetteer &gazetteer, const AbbreviationLexicon &abbreviations)
        : m_gazetteer(gazetteer)
        , m_tokenizer(abbreviations, entityConventions)
    {
    }
    QString name() const override { return u"copydesk-entities"_s; }
    QString version() const override { return u"1.0.0"_s; }
    QStringList layers() const override { return {u"entities"_s}; }

    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        const Tokens tokens = entityTokens(document.text, m_tokenizer);
        EntityRecognizer recognizer(document.text, tokens, document.existing, m_gazetteer, m_tokenizer);
        const QList<Mention> mentions = recognizer.run();
        EngineResult result;
        qsizetype lastEnd = -1;
        int number = 0;
        for (const Mention &m : mentions) {
            const qsizetype start = tokens[m.first].start;
            const qsizetype end = tokens[m.last - 1].end;
            if (start < lastEnd)
                continue; // overlaps an earlier, longer mention
            SuggestedSpan span;
            span.key = u"e%1"_s.arg(++number);
            span.label = entityLabel(m.kind);
            span.start = start;
            span.end = end;
            span.confidence = m.confidence;
            span.reason = m.reason;
            result.spans.append(span);
            lastEnd = end;
        }
        return result;
    }

private:
    const Gazetteer &m_gazetteer;
    WordTokenizer m_tokenizer;
};

} // namespace

std::unique_ptr<Engine> createEntityEngine(const Gazetteer &gazetteer, const AbbreviationLexicon &abbreviations)
{
    return std::make_unique<EntityEngine>(gazetteer, abbreviations);
}

std::unique_ptr<Engine> createEntityEngine()
{
    return createEntityEngine(Gazetteer::builtin(), AbbreviationLexicon::builtin());
}

} // namespace Copydesk

