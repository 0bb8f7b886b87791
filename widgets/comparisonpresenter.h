#pragma once

#include <QList>

#include "teaching.h"
#include "viewspan.h"

namespace Copydesk {

class LabelSchema;
class TextOffsets;

// The article's spans as the teaching comparison colours them: each of the student's spans and
// each reference span they missed, in the colour of its kind (match, other bounds, other label,
// missed, extra, other speaker: see teachingColor()), drawn as its layer draws it; missed
// spans dashed (they are the reference's, not the student's). Tooltips say what the kind means
// and give the label's guideline.
QList<ViewSpan> comparisonSpans(const TeachingComparison &comparison, const TextOffsets &offsets, const LabelSchema &schema);

} // namespace Copydesk
