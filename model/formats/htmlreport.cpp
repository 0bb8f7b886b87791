#include "htmlreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>

#include "../html/reportcomparison.h"
#include "../html/reportrender.h"
#include "../labelschema.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

using ReportRender::escape;

qint64 ownerOf(const Annotation &annotation)
{
    return annotation.deciderId ? annotation.deciderId : annotation.annotatorId;
}

QString metaLine(const Document &document)
{
    QStringList parts;
    for (const QString &value : {document.source, document.byline, document.published})
        if (!value.trimmed().isEmpty())
            parts.append(u"<span>%1</span>"_s.arg(escape(value.trimmed())));
    if (!document.url.trimmed().isEmpty())
        parts.append(u"<span class=\"url\">%1</span>"_s.arg(escape(document.url.trimmed())));
    parts.append(u"<span>%1</span>"_s.arg(escape(documentStatusDisplayName(document.status))));
    return u"<p class=\"meta\">%1</p>\n"_s.arg(parts.join(QString()));
}

QString titleOf(const Document &document)
{
    if (!document.title.trimmed().isEmpty())
        return document.title.simplified();
    if (!document.externalId.isEmpty())
        return document.externalId;
    return QCoreApplication::translate("HtmlReport", "Document %1").arg(document.id);
}

} // namespace

bool HtmlReportWriter::beginDirectory(const QString &directory, const ExportContext &context, QString *error)
{
    DocumentWriter::beginDirectory(directory, context, error);
    m_names = {u"index"_s};
    m_entries.clear();
    m_corpus = SourcingTotals();
    m_comparing = context.annotatorNames.size() == 2;
    if (m_comparing) {
        m_referenceName = context.annotatorNames[0];
        m_studentName = context.annotatorNames[1];
        for (const Annotator &a : context.annotators) {
            if (a.name == m_referenceName || a.displayName() == m_referenceName)
                m_reference.insert(a.id);
            if (a.name == m_studentName || a.displayName() == m_studentName)
                m_student.insert(a.id);
        }
        if (m_reference == m_student) {
            *error = QCoreApplication::translate("Export", "the reference and the student must be two different annotators");
            return false;
        }
    }
    return true;
}

// A file name from the document's id: letters, digits and "._-" kept, anything else "_",
// made unique without regard to case (file systems that ignore it).
QString HtmlReportWriter::pageName(const Document &document)
{
    QString base;
    const QString id = document.externalId.isEmpty() ? u"document-%1"_s.arg(document.id) : document.externalId;
    for (QChar c : id) {
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c == u'.';
        base += ok ? c : u'_';
    }
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    base = base.left(80);
    if (base.isEmpty())
        base = u"document"_s;
    QString name = base;
    for (int n = 2; m_names.contains(name.toLower()); ++n)
        name = u"%1-%2"_s.arg(base).arg(n);
    m_names.insert(name.toLower());
    m_names.insert((name + u".handout"_s).toLower());
    return name;
}

bool HtmlReportWriter::writeFile(const QString &fileName, const QString &html, QString *error) const
{
    QFile file(QDir(m_directory).filePath(fileName));
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = QCoreApplication::translate("Export", "cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString HtmlReportWriter::comparisonPages(const ExportedDocument &exported, Entry &entry, QString *handoutHtml) const
{
    const Document &doc = exported.document;
    QList<Annotation> reference;
    QList<Annotation> student;
    for (const Annotation &a : exported.annotations) {
        const qint64 owner = ownerOf(a);
        const bool isReference = m_reference.contains(owner) || (!m_student.contains(owner) && m_reference.contains(a.annotatorId));
        (isReference ? reference : student).append(a);
    }
    QSet<qint64> referenceIds;
    for (const Annotation &a : std::as_const(reference))
        referenceIds.insert(a.id);
    QList<Relation> referenceRelations;
    QList<Relation> studentRelations;
    for (const Relation &r : exported.relations)
        (referenceIds.contains(r.headId) ? referenceRelations : studentRelations).append(r);
    const ReportComparison::Result result = ReportComparison::compare(doc.text, reference, referenceRelations, student, studentRelations);
    entry.f1 = result.total.f1();
    const ReportRender::Looks looks(*m_context.schema);
    QString body;
    body += u"<p class=\"note\">%1 <a class=\"noprint\" href=\"%2\">%3</a></p>\n"_s.arg(
        escape(QCoreApplication::translate("HtmlReport", "%1 against the reference %2: F1 %3%.").arg(m_studentName, m_referenceName).arg(qRound(entry.f1 * 100))),
        escape(entry.handout), escape(QCoreApplication::translate("HtmlReport", "The handout")));
    body += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Legend")));
    body += ReportRender::legend(reference + student, looks);
    body += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Answer key")));
    body += ReportComparison::answerKey(doc.text, result, looks, m_referenceName, m_studentName);
    body += u"<h2 class=\"pagebreak\">%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "The reference's quotes")));
    body += ReportRender::quotes(doc.text, reference, referenceRelations);
    entry.quotes = int(std::count_if(reference.begin(), reference.end(), [](const Annotation &a) { return a.label == u"QUOTE"; }));

    *handoutHtml = ReportRender::pageStart(titleOf(doc), doc.language);
    *handoutHtml += u"<h1>%1</h1>\n"_s.arg(escape(titleOf(doc))) + metaLine(doc);
    *handoutHtml += ReportComparison::handout(doc.text, reference, *m_context.schema);
    *handoutHtml += ReportRender::pageEnd();

    const SourcingSummary summary = summarizeSourcing(doc.text, reference, referenceRelations);
    body += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "The reference's sourcing")));
    body += ReportRender::sourcing(summary);
    return body;
}

bool HtmlReportWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    Entry entry;
    const QString name = pageName(doc);
    entry.file = name + u".html"_s;
    entry.title = titleOf(doc);
    entry.source = doc.source;
    entry.published = doc.published;
    entry.status = documentStatusDisplayName(doc.status);
    entry.annotations = int(exported.annotations.size());

    QString html = ReportRender::pageStart(entry.title, doc.language);
    html += u"<nav class=\"noprint ui\"><a href=\"index.html\">%1</a></nav>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "\u2190 All documents")));
    html += u"<h1>%1</h1>\n"_s.arg(escape(entry.title)) + metaLine(doc);
    if (m_comparing) {
        entry.handout = name + u".handout.html"_s;
        QString handoutHtml;
        html += comparisonPages(exported, entry, &handoutHtml);
        if (!writeFile(entry.handout, handoutHtml, error))
            return false;
    } else {
        const ReportRender::Looks looks(*m_context.schema);
        html += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Legend")));
        html += ReportRender::legend(exported.annotations, looks);
        html += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Article")));
        html += ReportRender::article(doc.text, exported.annotations, looks);
        html += u"<h2 class=\"pagebreak\">%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Quotes")));
        html += ReportRender::quotes(doc.text, exported.annotations, exported.relations);
        const SourcingSummary summary = summarizeSourcing(doc.text, exported.annotations, exported.relations);
        m_corpus.add(summary);
        html += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Sourcing")));
        html += ReportRender::sourcing(summary);
        entry.quotes = summary.quotes;
    }
    html += ReportRender::pageEnd();
    if (!writeFile(entry.file, html, error))
        return false;
    m_entries.append(entry);
    return true;
}

bool HtmlReportWriter::finish(QString *error)
{
    QString html = ReportRender::pageStart(QCoreApplication::translate("HtmlReport", "Copydesk report"), QLocale().bcp47Name());
    html += u"<h1>%1</h1>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Copydesk report")));
    QString about = QCoreApplication::translate("HtmlReport", "%n document(s)", nullptr, int(m_entries.size()));
    if (m_comparing)
        about += u", "_s + QCoreApplication::translate("HtmlReport", "%1 against the reference %2").arg(m_studentName, m_referenceName);
    about += u", "_s + QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    html += u"<p class=\"meta\">%1</p>\n"_s.arg(escape(about));
    html += u"<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th class=\"n\">%5</th><th class=\"n\">%6</th>%7</tr></thead>\n<tbody>\n"_s
                .arg(escape(QCoreApplication::translate("HtmlReport", "Document")), escape(QCoreApplication::translate("HtmlReport", "Source")), escape(QCoreApplication::translate("HtmlReport", "Date")), escape(QCoreApplication::translate("HtmlReport", "Status")), escape(QCoreApplication::translate("HtmlReport", "Annotations")),
                     escape(QCoreApplication::translate("HtmlReport", "Quotes")),
                     m_comparing ? u"<th class=\"n\">%1</th><th class=\"noprint\">%2</th>"_s.arg(escape(QCoreApplication::translate("HtmlReport", "F1")), escape(QCoreApplication::translate("HtmlReport", "Handout")))
                                 : QString());
    for (const Entry &entry : std::as_const(m_entries)) {
        html += u"<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td><td>%5</td><td class=\"n\">%6</td><td class=\"n\">%7</td>"_s
                    .arg(escape(entry.file), escape(entry.title), escape(entry.source), escape(entry.published), escape(entry.status))
                    .arg(entry.annotations).arg(entry.quotes);
        if (m_comparing)
            html += u"<td class=\"n\">%1%</td><td class=\"noprint\"><a href=\"%2\">%3</a></td>"_s.arg(qRound(entry.f1 * 100)).arg(
                escape(entry.handout), escape(QCoreApplication::translate("HtmlReport", "handout")));
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
    const SourcingSummary corpus = m_corpus.finish();
    if (!m_comparing && corpus.documents > 0) {
        html += u"<h2>%1</h2>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Sourcing across the documents")));
        html += ReportRender::sourcing(corpus);
    }
    html += ReportRender::pageEnd();
    return writeFile(u"index.html"_s, html, error);
}

bool exportHtmlReport(ProjectStore &store, const QString &directory, const ExportOptions &options, ExportReport *report,
                      QString *error, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    HtmlReportWriter writer;
    return exportProjectToDirectory(store, writer, directory, options, report, error, progress, cancel);
}

} // namespace Copydesk
