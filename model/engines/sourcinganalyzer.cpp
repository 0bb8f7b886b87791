#include "sourcinganalyzer.h"

namespace Copydesk {

SourcingAnalyzer::SourcingAnalyzer(const EngineDocument &document, const SourcingLexicon &lexicon,
                                   const WordTokenizer &tokenizer)
    : SourcingSpeakers(document, lexicon, tokenizer)
{
}

EngineResult SourcingAnalyzer::run()
{
    if (m_tokens.isEmpty())
        return {};
    tag();
    seedQuotations();
    findCues();
    attributeTranscripts();
    attributeIndirect();
    dropNestedCues();
    attributeDirect();
    attributeAccording();
    resolveSpeakers();
    return buildResult();
}

} // namespace Copydesk
