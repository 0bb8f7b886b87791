// Placeholder until the sourcing engine lands: finds nothing.
#include "builtinengines.h"
#include "engine.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {
class SourcingEngine final : public Engine
{
public:
    QString name() const override { return u"copydesk-sourcing"_s; }
    QString version() const override { return u"0.0.0"_s; }
    QStringList layers() const override { return {u"sourcing"_s}; }
    EngineResult annotate(const EngineDocument &, const CorpusContext *) const override { return {}; }
};
} // namespace

std::unique_ptr<Engine> createSourcingEngine() { return std::make_unique<SourcingEngine>(); }
} // namespace Copydesk
