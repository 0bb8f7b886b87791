// Placeholder until the entity engine lands: finds nothing.
#include "builtinengines.h"
#include "engine.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {
class EntityEngine final : public Engine
{
public:
    QString name() const override { return u"copydesk-entities"_s; }
    QString version() const override { return u"0.0.0"_s; }
    QStringList layers() const override { return {u"entities"_s}; }
    EngineResult annotate(const EngineDocument &, const CorpusContext *) const override { return {}; }
};
} // namespace

std::unique_ptr<Engine> createEntityEngine() { return std::make_unique<EntityEngine>(); }
} // namespace Copydesk
