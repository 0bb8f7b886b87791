#pragma once

#include <functional>
#include <vector>

#include <QtGlobal>

#include "attributionfeatures.h"
#include "attributionkeytable.h"

class QDataStream;

namespace Copydesk {

// A run of tokens with one role (a source, a cue or a content), tokens [first, last].
struct AttributionChunk
{
    AttributionRole role = AttributionRole::None;
    int first = 0;
    int last = 0;
    double confidence = 0.0;
};

// The chunks of a tag sequence over the document's tokens.
std::vector<AttributionChunk> attributionChunks(const std::vector<quint8> &tags);



// Which cue and which source each content chunk is attributed to (chunk indexes, -1 for
// none), by chunk index of the content (other chunks' entries stay -1). In training
// examples kUnknownLink marks a link not to learn from.
constexpr int kUnknownLink = -2;
struct AttributionLinks
{
    std::vector<int> cueOf;
    std::vector<int> sourceOf;
};

// The gold links carried over to predicted chunks, for training the linker on what the
// tagger finds: a predicted content takes the links of the gold content it overlaps by half
// (the first such), to the predicted cue overlapping the gold cue most and the predicted
// source overlapping the gold source most (or with the same text). Links that cannot be
// carried over are kUnknownLink.
AttributionLinks projectAttributionLinks(const AttributionText &text, const std::vector<AttributionChunk> &predicted,
                                         const std::vector<AttributionChunk> &gold, const AttributionLinks &goldLinks);

// Attaches each content to a cue and a source: two averaged ranking perceptrons, one over the
// cues near the content (its paragraph and the two before), one over the sources near the
// chosen cue (or none). Features: direction and distance in tokens, sentences and
// paragraphs, the words between, what lies between (other cues, contents, sources), the
// cue's words, whether the content is in quotation marks, and whether the rule engine linked
// overlapping spans. Immutable in use: link() is const and thread-safe.
class AttributionLinker final
{
public:
    struct Example
    {
        const AttributionText *text = nullptr;
        std::vector<AttributionChunk> chunks;
        AttributionLinks links;
    };
    using Progress = std::function<bool(double fraction)>;

    bool train(const std::vector<Example> &examples, int epochs, bool withRules, const Progress &progress = {});
    AttributionLinks link(const AttributionText &text, const std::vector<AttributionChunk> &chunks) const;

    bool isTrained() const { return m_keys.size() > 0; }
    void write(QDataStream &out) const;
    bool read(QDataStream &in);

private:
    AttributionKeyTable m_keys; // feature key -> index into m_weights
    std::vector<float> m_weights;
    bool m_withRules = true;
};

} // namespace Copydesk
