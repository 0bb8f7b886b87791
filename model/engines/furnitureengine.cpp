// Placeholder until the furniture engine lands: finds nothing.
#include "builtinengines.h"
#include "engine.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {
class FurnitureEngine final : public Engine
{
public:
    QString name() const override { return u"copydesk-furniture"_s; }
    QString version() const override { return u"0.0.0"_s; }
    QStringList layers() const override { return {u"furniture"_s}; }
    EngineResult annotate(const EngineDocument &, const CorpusContext *) const override { return {}; }
};
} // namespace

std::unique_ptr<Engine> createFurnitureEngine() { return std::make_unique<FurnitureEngine>(); }
} // namespace Copydesk
