#pragma once

#include <QHash>

#include "documentreader.h"
#include "documentwriter.h"

namespace Copydesk {

// CoNLL-2003 style column files ("token POS chunk NER"): one token a line, the token in the
// first column and an IOB1 or IOB2 tag in the last, columns separated by spaces or tabs, a
// blank line after each sentence, a "-DOCSTART-" line before each document.
//
// Reading: each document (the lines from one -DOCSTART- to the next; lines before the first
// -DOCSTART- are a document of their own) becomes a text of its tokens joined by single
// spaces, one sentence a line, and gets the id "<file base name>-<n>" (n counts the file's
// documents from 1). Tag chunks are read the conlleval way (an I- tag that does not continue
// a chunk of its type opens one) and become spans whose labels go through the label map:
// the one given (ReadOptions::labelMap, --label-map) or, when none is given,
// defaultLabelMap(); labels the map does not name stay as they are. A line with a single
// column is a token without a tag. A tag that is not O, B-TYPE or I-TYPE, or a line whose
// column count differs from the document's first line, is reported with its file and line
// and its document is not imported; the file's other documents are. With textOnly the tags
// are neither read nor checked.
//
// So that an export reproduces the file's token lines, the document's meta keeps
// "conll": {"columns": N, "docstart": the -DOCSTART- line, "middle": [per token, the text
// between the token and the tag exactly as in the file]} ("middle" is left out when every
// line has two columns separated by one space, or one column). Whitespace before the token
// and after the tag is not kept.
class ConllReader final : public DocumentReader
{
public:
    bool read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems) const override;

    // PER=PERSON, LOC=GPE, ORG=ORG, MISC=NORP: CoNLL-2003's classes in the default schema.
    static QHash<QString, QString> defaultLabelMap();
};

// IOB2 with the project's labels ("B-PERSON", "I-GPE"); only labels of the schema's
// "entities" layer become tags. A document imported from CoNLL is written as its imported
// token lines with the last column replaced by the tags; any other document is split into
// sentences and tokens by TaggerTokenizer and written "token TAG". Each document starts with
// its -DOCSTART- line (its own when it came from a CoNLL file that had one, else
// "-DOCSTART- -X- -X- O"; none for a first document from a file without them), then a blank
// line, then its sentences each followed by a blank line.
//
// Spans IOB cannot hold are left out and counted in warnings(), per document: overlapping
// or nested spans (the longer, then the earlier, is kept), spans whose ends are not token
// boundaries, spans across sentences. Identical spans (same label and bounds, say from two
// annotators) are written once, without a warning.
class ConllWriter final : public DocumentWriter
{
public:
    bool write(const ExportedDocument &document, QString *error) override;

private:
    bool m_first = true;
};

} // namespace Copydesk
