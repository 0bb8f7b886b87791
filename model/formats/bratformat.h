#pragma once

#include <QHash>
#include <QMap>
#include <QSet>

#include "documentreader.h"
#include "documentwriter.h"
#include "formatsupport.h"

namespace Copydesk {

// brat standoff (https://brat.nlplab.org/standoff.html): a document is a pair X.txt (the text)
// and X.ann (its annotations, one a line, fields separated by tabs).
//
// Reading: chosen by the .ann extension, or for every file with --format brat (then X.txt is
// read through its X.ann: alone when named on its own, skipped in a folder where X.ann is read
// anyway; a .txt without an .ann is a text without annotations; brat's *.conf files are not
// documents and are passed over without a word; an annotation.conf Copydesk wrote makes the
// fragments of spans split at line breaks one span again). The document's id is the .txt's path relative to the imported folder (or its file
// name) without extension; its annotator is the folder that holds the pair (brat's collection).
// Offsets count the characters of the .txt as it is: code points, a CR of CRLF and a byte order
// mark included. The text is kept with LF line ends and the offsets are moved accordingly.
//   T (text-bound) "T1<TAB>Label START END<TAB>text": a span. A discontinuous span
//     "START END;START END" becomes one span per fragment, ids T1.0, T1.1, ... (a covering span
//     would take in the words between the fragments); attributes and notes of T1 apply to
//     every fragment; a relation of T1 relates its first fragment to every fragment of the
//     other annotation and every fragment to the other's first (as many relations as
//     fragments, never their square; ReadLimits::relations a document at most). The text after the second tab must equal the text at the
//     offsets (fragments joined by a space, a line break in the text matching a space); else
//     the file's line is reported and the document is not imported. A file whose offsets only
//     fit when counted in UTF-16 units (brat on a narrow Python build) is read that way.
//   R "R1<TAB>Label Arg1:T1 Arg2:T2": a relation, Arg1 the head, Arg2 the child.
//   E "E1<TAB>Type:T3 Role:T1 Role2:T2": an event. An attribution event (one with a Content
//     role, the source-cue-content scheme of PARC 3.0 and PolNeAR) becomes relations from each
//     Content argument: SPEAKER to Source arguments, CUE to Cue arguments, the role's name to
//     others. Any other event becomes relations from its trigger to each argument, labelled
//     with the role. Digits ending a role (Theme2) are dropped; an argument that is an event
//     stands for that event's trigger.
//   A/M "A1<TAB>Name T1 [Value]": attrs {"Name": "Value"} (true when there is no value) of the
//     span (of the trigger for an event; attributes of relations are not kept).
//   N "N1<TAB>Reference T1 DB:ID<TAB>text": attrs "normalizations": [{"ref", "text"}].
//   # "#1<TAB>AnnotatorNotes T1<TAB>text": the span's note.
//   * "*<TAB>Equiv T1 T2 T3": relations Equiv from the first to each other.
// Labels, relation labels and roles go through the label map; a label mapped to nothing
// ("Discuss=") leaves its spans out, with what refers to them. Any line that cannot be read,
// or that refers to an id the file lacks, is reported with its line; the document is then not
// imported.
class BratReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;
};

// Writes a folder: per document <id>.txt (UTF-8, LF) and <id>.ann (file names from
// FormatSupport::FileNames), an annotation.conf with the project's labels, relations (with
// the labels they connect) and the attributes written, allowing overlapping spans, and a
// visual.conf with the labels' colours, as the window shows them. Spans become T lines (T1,
// T2, ... in text order); a span across line breaks is written as fragments split at each
// line break ("T1<TAB>QUOTE 0 12;13 20<TAB>first line second"), as brat itself writes it;
// relations R lines, string, number and true attributes A lines, notes AnnotatorNotes lines.
// brat cannot hold statuses and engine confidences (suggestions are written as plain
// annotations; the exporter reports them, from the format table); warnings() count spans
// without text (left out), attributes that are lists, objects or false, and labels or values
// changed to fit brat's names (whitespace and separators as "_").
class BratWriter final : public DocumentWriter
{
public:
    bool writesDirectory() const override { return true; }
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

    // The first line of the annotation.conf and visual.conf Copydesk writes; reading a
    // collection whose annotation.conf starts with it joins again the fragments of spans
    // Copydesk split at line breaks.
    static constexpr const char *copydeskConfMarker()
    {
        return "# Written by Copydesk: the project's labels; spans across line breaks are fragments split at them.";
    }

private:
    QString nameInBrat(const QString &name);
    QString attributeLines(const Annotation &annotation, const QString &id);
    QString annotationConf(const QStringList &entities) const;
    QString visualConf(const QStringList &entities, const QHash<QString, QString> &colours) const;
    bool reportWarnings();

    FormatSupport::FileNames m_fileNames;
    QStringList m_labels;             // in order of first use
    QMap<QString, QSet<QString>> m_relationHeads;
    QMap<QString, QSet<QString>> m_relationChildren;
    QMap<QString, QSet<QString>> m_attributeValues; // name -> values (empty: binary)
    QMap<QString, QString> m_renamed; // label or value as the project has it -> as written
    int m_emptySpans = 0;
    int m_attributesLeftOut = 0;
    int m_noteNumber = 0;             // in the document being written
    int m_attributeNumber = 0;
};

} // namespace Copydesk
