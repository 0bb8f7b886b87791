// Placeholder until the learned engines land.
#include "builtinengines.h"
#include "engine.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
std::unique_ptr<Engine> createLearnedEntityEngine(const QByteArray &) { return nullptr; }
std::unique_ptr<Engine> createStringMatchEngine(const QByteArray &) { return nullptr; }
QString learnedEntityModelName() { return u"entity-tagger"_s; }
QString stringMatchModelName() { return u"string-match"_s; }
} // namespace Copydesk
