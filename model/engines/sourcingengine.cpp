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
    SourcingEngine() { SourcingLexicon::instance(); } // load the lexicons up front
    QString name() const override { return u"copydesk-sourcing"_s; }
    QString version() const override { return u"1.0.0"_s; }
    QStringList layers() const override { return {u"sourcing"_s}; }
    EngineResult annotate(const EngineDocument &document, const CorpusContext *) const override
    {
        SourcingAnalyzer analyzer(document);
        return analyzer.run();
    }
};

} // namespace

std::unique_ptr<Engine> createSourcingEngine() { return std::make_unique<SourcingEngine>(); }

} // namespace Copydesk
