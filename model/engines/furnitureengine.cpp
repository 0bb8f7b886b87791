// The page-furniture engine: marks what is not the article on a news page (site names,
// navigation, share and sign-up widgets, legal disclaimers, IDs, bylines, datelines,
// credits, the headline) with plain-text rules: phrase lists, the shape of each line, its
// place around the article body, its neighbours (as jusText smooths short lines between
// boilerplate) and how often it recurs in other documents of the same source. The rules are
// FurnitureAnalysis (furnitureanalysis.h).
#include "builtinengines.h"
#include "engine.h"
#include "furnitureanalysis.h"
#include "htmlfurniture.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

class FurnitureEngine final : public Engine
{
public:
    explicit FurnitureEngine(const FurnitureLexicon &lexicon)
        : m_lexicon(lexicon)
    {
    }

    QString name() const override { return u"copydesk-furniture"_s; }
    QString version() const override { return u"1.0.0"_s; }
    QStringList layers() const override { return {u"furniture"_s}; }
    EngineResult annotate(const EngineDocument &document, const CorpusContext *corpus) const override
    {
        if (document.text.isEmpty())
            return {};
        // Pages imported from HTML bring their structure (htmlfurniture.cpp); plain text, and
        // pages whose structure does not fit their text, go through the text rules.
        if (document.meta.contains(u"html")) {
            if (std::optional<EngineResult> result = annotateHtmlFurniture(document, corpus, m_lexicon))
                return *result;
        }
        Furniture::FurnitureAnalysis analysis(document, corpus, m_lexicon);
        return analysis.run();
    }

private:
    const FurnitureLexicon &m_lexicon;
};

} // namespace

std::unique_ptr<Engine> createFurnitureEngine(const FurnitureLexicon &lexicon)
{
    return std::make_unique<FurnitureEngine>(lexicon);
}

std::unique_ptr<Engine> createFurnitureEngine()
{
    return createFurnitureEngine(FurnitureLexicon::builtin());
}

} // namespace Copydesk
