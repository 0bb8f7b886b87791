#pragma once

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

// Label Studio JSON (https://labelstud.io): a JSON array of tasks
// {"data": {"text", ...}, "annotations": [{"result": [...]}], "predictions": [{"model_version",
// "score", "result": [...]}]} as Label Studio exports and imports them, for a labelling config
// <Text name="text" value="$text"/> with <Labels name="label" toName="text">. Chosen only with
// --format label-studio.
//
// Offsets ("start", "end" of a region's value) count code points, as Label Studio has since
// 2022 (its tests "NER - Emoji": an emoji counts one); earlier versions counted UTF-16 units
// (issue #1347). Reading checks each region's "text" against the text at its offsets
// (whitespace and escaped line breaks aside): when code points do not fit a task and UTF-16
// units do, the task is read in UTF-16 units; when neither fits, it is reported and not
// imported. CRLF in a text becomes LF, the offsets moving with it.
//
// Reading: the text is data.text (or data's only string); the document's id data.id, else
// "<file>:<task id>" or "<file>:<n>"; data.meta and data's other keys go to the document's meta.
// Regions ({"type": "labels", "value": {"start", "end", "labels": [...]}}, one span per label;
// "start" and "end" must be whole numbers, else the task is reported) of annotations become decisions (annotator "<file> user <completed_by>", or the file), those
// of predictions suggestions (annotator the model_version; confidence the region's score, or
// the prediction's when none of its regions has one); cancelled annotations are left out.
// {"type": "relation", "from_id", "to_id", "labels"} becomes a relation per label, from_id the
// head ("direction": "left" turns it round); between regions of several labels the first span of
// each relates to every span of the other (FormatSupport::relateSpans; at most
// ReadLimits::relations a document). A per-region result with the id of a region
// ("choices": attrs {from_name: choice}, "textarea": the note) goes to the region's spans, as
// does the region's "meta": {"text"} note. Other results (whole-text choices, ratings) are kept
// in the document's meta under "label_studio_results". Labels go through the label map
// (mapped to nothing: left out). A task that cannot be read is reported with the line it starts
// on and not imported; the file's other tasks are.
class LabelStudioReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
};

// One task a document: data {"text", "id", "meta" with the document's title, source, ...};
// one annotation holding the decisions (accepted and manual annotations), one prediction per
// engine or file holding its suggestions (score: the region's confidence, the prediction's the
// mean). Regions {"id", "from_name": "label", "to_name": "text", "type": "labels", "value":
// {"start", "end", "text", "labels"}}, a note as the region's "meta": {"text": [note]}, a text
// or number attribute as a per-region {"type": "choices", "from_name": the attribute}.
// Relations {"type": "relation", "from_id", "to_id", "direction": "right", "labels"}.
// warnings() count what Label Studio cannot hold: rejected annotations, relations between a
// decision and a suggestion (or two engines' suggestions), attributes that are not text or
// numbers, and documents whose decisions came from several people (merged into one annotation).
class LabelStudioWriter final : public DocumentWriter
{
public:
    bool begin(QIODevice *device, const ExportContext &context, QString *error) override;
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

private:
    bool m_first = true;
    int m_rejected = 0;
    int m_relationsLeftOut = 0;
    int m_attributesLeftOut = 0;
    int m_mergedDocuments = 0;
};

} // namespace Copydesk
