#pragma once

#include <atomic>
#include <functional>

#include <QList>
#include <QSet>

#include "../exporter.h"
#include "../sourcingsummary.h"
#include "documentwriter.h"

namespace Copydesk {

// The HTML report ("html", written to a folder): one self-contained page per document and an
// index.html, to read in a browser, send or print. Inline CSS only: no scripts, no fonts,
// images or style sheets from anywhere, and no links out of the folder (a document's URL is
// shown as text). A document's page shows its metadata, the labels used with their colours
// (the project schema's), the article with its annotations drawn as the window draws them,
// its quotes with speaker, cue and publication, and its sourcing summary. Every piece of text
// from the documents, the schema and the annotators is escaped: an article holding "<script>"
// shows those characters. Print styles keep colours and drop the navigation.
//
// Asked for two annotators (--annotators REFERENCE,STUDENT), each page is an answer key for
// the student against the reference (html/reportcomparison.h) and a second page per document,
// <name>.handout.html, is the article without annotations, lines numbered, to hand out.
// Page names are made from the documents' ids (letters, digits, "._-"; made unique).
class HtmlReportWriter final : public DocumentWriter
{
public:
    bool writesDirectory() const override { return true; }
    bool beginDirectory(const QString &directory, const ExportContext &context, QString *error) override;
    bool write(const ExportedDocument &document, QString *error) override;
    bool finish(QString *error) override;

private:
    struct Entry
    {
        QString file;
        QString handout;
        QString title;
        QString source;
        QString published;
        QString status;
        int annotations = 0;
        int quotes = 0;
        double f1 = -1;        // the student's, when comparing
    };

    QString pageName(const Document &document);
    bool writeFile(const QString &name, const QString &html, QString *error) const;
    QString comparisonPages(const ExportedDocument &document, Entry &entry, QString *handoutHtml) const;

    QSet<QString> m_names;
    QList<Entry> m_entries;
    SourcingTotals m_corpus;
    bool m_comparing = false;
    QString m_referenceName;
    QString m_studentName;
    QSet<qint64> m_reference;   // annotator ids
    QSet<qint64> m_student;
};

// What File > Export Report runs: the report of the chosen documents and annotations into a
// new or empty folder (written beside it and renamed into place, as every folder export).
// options.annotators with two names compares the second (a student) with the first (a
// reference).
bool exportHtmlReport(ProjectStore &store, const QString &directory, const ExportOptions &options, ExportReport *report,
                      QString *error, const std::function<void(int done, int total)> &progress = {},
                      const std::atomic_bool *cancel = nullptr);

} // namespace Copydesk
