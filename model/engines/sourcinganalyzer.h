#pragma once

#include <QHash>
#include <QPair>

#include "sourcingspeakers.h"

namespace Copydesk {

class SourcingLexicon;

// The sourcing rules over one document: quotations and their speakers, reporting cues,
// indirect and mixed quotes, unattributed claims. The last stage of SourcingTagging's chain:
// runs the stages in order and turns what they found into suggestions.
class SourcingAnalyzer final : public SourcingSpeakers
{
public:
    SourcingAnalyzer(const EngineDocument &document, const SourcingLexicon &lexicon, const WordTokenizer &tokenizer);
    EngineResult run();

private:
    EngineResult buildResult();
    QString sourceKey(int mention);
    QString cueKey(int cue);
    int cueSpanLast(const Cue &cue) const;
    QString spanKey(qsizetype start, qsizetype end) const;

    EngineResult m_result;
    QHash<int, QString> m_mentionKeys;
    QHash<int, QString> m_cueKeys;
    QHash<QPair<qsizetype, qsizetype>, QString> m_spanKeys;
};

} // namespace Copydesk
