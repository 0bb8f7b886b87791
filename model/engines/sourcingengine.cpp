#include "abbreviationlexicon.h"
#include "builtinengines.h"
#include "engine.h"
#include "sourcinganalyzer.h"
#include "sourcinglexicon.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// Quotes, reporting cues, speakers and unattributed claims by rules over a light tokenizer
// (no parser model): see SourcingAnalyzer for the rules and resources/lexicons/sourcing-*.txt
// for the word lists.
class SourcingEngine final : public Engine
{
public:
    SourcingEngine(const SourcingLexicon &lexicon, const AbbreviationLexicon &abbreviations)
        : m_lexicon(lexicon)
        , m_tokenizer(abbreviations)
    {
    }
    QString name() const override { return u"copydesk-sourcing"_s; }
    QString version() const override { return u"1.0.0"_s; }
    QStringList layers() const override { return {u"sourcing"_s}; }
    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        SourcingAnalyzer analyzer(document, m_lexicon, m_tokenizer);
        return analyzer.run();
    }

private:
    const SourcingLexicon &m_lexicon;
    WordTokenizer m_tokenizer;
};

} // namespace

std::unique_ptr<Engine> createSourcingEngine(const SourcingLexicon &lexicon, const AbbreviationLexicon &abbreviations)
{
    return std::make_unique<SourcingEngine>(lexicon, abbreviations);
}

std::unique_ptr<Engine> createSourcingEngine()
{
    return createSourcingEngine(SourcingLexicon::builtin(), AbbreviationLexicon::builtin());
}

} // namespace Copydesk
