// The HTML report: hostile text from documents, schema and annotators is escaped (the pages
// are parsed back with the HTML parser and hold no script, no event handler, no remote
// resource and no link out of the folder); the structure of the pages (index, article lines,
// legend, quotes with speaker and cue, sourcing summary, print styles); the comparison of a
// student with a reference (matches, boundaries, other labels, misses, extras, wrong
// speakers) with its handout; safe and unique page names.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gumbo.h>

#include "exporter.h"
#include "formats/formatregistry.h"
#include "formats/htmlreport.h"
#include "html/htmlnode.h"
#include "html/htmltree.h"
#include "labelschema.h"
#include "projectstore.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

const QString hostileText = u"Hostile <script>alert('x')</script> & \"co\"\n\n"
                            "The minister said \"we will <img src=x onerror=alert(1)> win\" on Monday, officials reported.\n"
                            "</p></div><a href=\"javascript:alert(2)\">click</a> \U0001F600 tail"_s;

struct Span
{
    Span(const QString &spanLabel, const QString &spanText, int spanOccurrence, qint64 spanAnnotator, const QJsonObject &spanAttrs = {})
        : label(spanLabel)
        , text(spanText)
        , occurrence(spanOccurrence)
        , annotator(spanAnnotator)
        , attrs(spanAttrs)
    {
    }
    QString label;
    QString text;
    int occurrence = 0;    // which of the text's occurrences
    qint64 annotator = 0;
    QJsonObject attrs;
};

NewAnnotation at(const QString &documentText, const Span &span)
{
    qsizetype from = -1;
    for (int i = 0; i <= span.occurrence; ++i)
        from = documentText.indexOf(span.text, from + 1);
    if (from < 0)
        qFatal("not in the text: %s", qPrintable(span.text));
    const TextOffsets offsets(documentText);
    NewAnnotation a;
    a.label = span.label;
    a.start = offsets.toCodePoint(from);
    a.end = offsets.toCodePoint(from + span.text.size());
    a.annotatorId = span.annotator;
    a.attrs = span.attrs;
    a.status = AnnotationStatus::Manual;
    return a;
}

// Every element of a page, parsed back by the HTML parser.
struct Parsed
{
    QStringList tags;
    QStringList attributes; // "tag attribute=value"
    QString text;           // all text nodes, joined
};

Parsed parseBack(const QByteArray &html)
{
    Parsed parsed;
    QString error;
    const auto tree = HtmlTree::parse(html, {}, &error);
    if (!tree)
        qFatal("cannot parse the report: %s", qPrintable(error));
    Html::walk(tree->document(), [&](const GumboNode *node, int) {
        if (node->type == GUMBO_NODE_TEXT)
            parsed.text += QString::fromUtf8(node->v.text.text);
        if (!Html::isElement(node))
            return true;
        const QString tag = Html::tagName(node);
        parsed.tags.append(tag);
        const GumboVector &attributes = node->v.element.attributes;
        for (unsigned i = 0; i < attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
            parsed.attributes.append(u"%1 %2=%3"_s.arg(tag, QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value)));
        }
        return true;
    });
    return parsed;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestHtmlReport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registered();
    void escaping();
    void structure();
    void comparison();
    void pageNames();
    void modelFunction();

private:
    QString exportReport(const QStringList &annotators = {});
    qint64 addDocument(const QString &externalId, const QString &text, const QList<Span> &spans,
                       const QList<std::pair<int, int>> &speakers = {}, const QList<std::pair<int, int>> &cues = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_teacher = 0;
    qint64 m_student = 0;
};

void TestHtmlReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(u"p.copydesk"_s), ProjectStore::OpenMode::Create, &error), qPrintable(error));
    m_teacher = m_store->ensureAnnotator(AnnotatorKind::Person, u"teacher"_s);
    m_student = m_store->ensureAnnotator(AnnotatorKind::Person, u"student"_s);
}

qint64 TestHtmlReport::addDocument(const QString &externalId, const QString &text, const QList<Span> &spans,
                                   const QList<std::pair<int, int>> &speakers, const QList<std::pair<int, int>> &cues)
{
    Document document;
    document.externalId = externalId;
    document.text = text;
    document.title = text.left(text.indexOf(u'\n'));
    QList<NewAnnotation> annotations;
    for (const Span &span : spans)
        annotations.append(at(text, span));
    QList<NewRelation> relations;
    for (const auto &[quote, source] : speakers)
        relations.append({u"SPEAKER"_s, quote, source, spans[quote].annotator});
    for (const auto &[quote, cue] : cues)
        relations.append({u"CUE"_s, quote, cue, spans[quote].annotator});
    if (!m_store->addDocument(document, annotations, relations, u"test"_s))
        qFatal("cannot add the document: %s", qPrintable(m_store->lastError()));
    return document.id;
}

QString TestHtmlReport::exportReport(const QStringList &annotators)
{
    const QString folder = m_dir->filePath(u"report"_s);
    ExportOptions options;
    options.annotators = annotators;
    ExportReport report;
    QString error;
    if (!exportHtmlReport(*m_store, folder, options, &report, &error))
        qFatal("export failed: %s", qPrintable(error));
    return folder;
}

void TestHtmlReport::registered()
{
    QVERIFY(writerNames().contains(u"html"_s));
    const auto writer = createWriter(u"html"_s);
    QVERIFY(writer->writesDirectory());
}

void TestHtmlReport::escaping()
{
    // a schema whose label name and colour try to break out too
    LabelSchema schema = m_store->schema();
    LabelDefinition evil;
    evil.layer = u"entities<script>"_s;
    evil.name = u"EVIL\"><script>alert(3)</script>"_s;
    evil.color = u"red;}</style><script>alert(4)</script>"_s;
    evil.key = u"Z"_s;
    schema.addLabel(evil);
    QVERIFY(m_store->setSchema(schema));
    const qint64 id = addDocument(u"../../etc/<evil>"_s, hostileText,
                                  {{u"QUOTE"_s, u"we will <img src=x onerror=alert(1)> win"_s, 0, m_teacher, {{u"form"_s, u"direct"_s}}},
                                   {u"SOURCE"_s, u"The minister"_s, 0, m_teacher, {{u"kind"_s, u"named\"><b>x</b>"_s}}},
                                   {u"CUE"_s, u"said"_s, 0, m_teacher},
                                   {evil.name, u"<script>alert('x')</script>"_s, 0, m_teacher},
                                   {u"BOILERPLATE"_s, u"</p></div><a href=\"javascript:alert(2)\">click</a> \U0001F600 tail"_s, 0, m_teacher}},
                                  {{0, 1}}, {{0, 2}});
    QVERIFY(m_store->document(id));
    const QString folder = exportReport();
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &file : files) {
        const QByteArray html = readFile(QDir(folder).filePath(file));
        const Parsed parsed = parseBack(html);
        QVERIFY2(!parsed.tags.contains(u"script"_s), qPrintable(file));
        QVERIFY2(!parsed.tags.contains(u"img"_s), qPrintable(file));
        QVERIFY2(!parsed.tags.contains(u"link"_s) && !parsed.tags.contains(u"iframe"_s), qPrintable(file));
        QCOMPARE(parsed.tags.count(u"style"_s), 1);
        for (const QString &attribute : parsed.attributes) {
            const QString name = attribute.section(u' ', 1).section(u'=', 0, 0);
            QVERIFY2(!name.startsWith(u"on"_s), qPrintable(attribute));
            QVERIFY2(name != u"src"_s, qPrintable(attribute));
            if (name == u"href") {
                const QString target = attribute.section(u'=', 1);
                QVERIFY2(target.endsWith(u".html"_s) && !target.contains(u'/') && !target.contains(u':'), qPrintable(attribute));
            }
            if (name == u"style")
                QVERIFY2(!attribute.contains(u"</"_s) && !attribute.contains(u"url("_s), qPrintable(attribute));
        }
        QVERIFY(!html.contains("url("));
        QVERIFY(!html.contains("@import"));
    }
    const QString page = QDir(folder).filePath(files.at(files.first() == u"index.html" ? 1 : 0));
    const Parsed parsed = parseBack(readFile(page));
    // the article's text is there, as text
    QVERIFY(parsed.text.contains(u"<script>alert('x')</script>"_s));
    QVERIFY(parsed.text.contains(u"we will <img src=x onerror=alert(1)> win"_s));
    QVERIFY(parsed.text.contains(u"<a href=\"javascript:alert(2)\">click</a> \U0001F600 tail"_s));
    QVERIFY(parsed.text.contains(u"EVIL\"><script>alert(3)</script>"_s));
    // the bad colour became grey
    QVERIFY(parsed.attributes.filter(u"#888888"_s).size() > 0);
    QVERIFY(parsed.attributes.filter(u"alert(4)"_s).isEmpty());
}

void TestHtmlReport::structure()
{
    const QString text = u"Harbour plan approved\n\nThe mayor said \"the harbour will reopen\" on Tuesday.\nReportedly, costs rose.\n\nShare this"_s;
    addDocument(u"harbour"_s, text,
                {{u"QUOTE"_s, u"\"the harbour will reopen\""_s, 0, m_teacher, {{u"form"_s, u"direct"_s}}},
                 {u"SOURCE"_s, u"The mayor"_s, 0, m_teacher, {{u"kind"_s, u"named"_s}}},
                 {u"CUE"_s, u"said"_s, 0, m_teacher},
                 {u"HEADLINE"_s, u"Harbour plan approved"_s, 0, m_teacher},
                 {u"BOILERPLATE"_s, u"Share this"_s, 0, m_teacher},
                 {u"DATE"_s, u"Tuesday"_s, 0, m_teacher},
                 {u"CUE"_s, u"Reportedly"_s, 0, m_teacher}},
                {{0, 1}}, {{0, 2}});
    addDocument(u"second"_s, u"Another story\n\nNothing marked here."_s, {});
    const QString folder = exportReport();
    QCOMPARE(QDir(folder).entryList(QDir::Files), (QStringList{u"harbour.html"_s, u"index.html"_s, u"second.html"_s}));
    const QByteArray index = readFile(QDir(folder).filePath(u"index.html"_s));
    const Parsed indexParsed = parseBack(index);
    QVERIFY(indexParsed.attributes.contains(u"a href=harbour.html"_s));
    QVERIFY(indexParsed.attributes.contains(u"a href=second.html"_s));
    QVERIFY(indexParsed.text.contains(u"Harbour plan approved"_s));
    const QByteArray html = readFile(QDir(folder).filePath(u"harbour.html"_s));
    QVERIFY(html.contains("@media print"));
    QVERIFY(html.contains("print-color-adjust: exact"));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    const Parsed parsed = parseBack(html);
    QCOMPARE(parsed.tags.count(u"h1"_s), 1);
    // one paragraph per non-empty line, in the article
    int paragraphs = 0;
    for (const QString &line : text.split(u'\n'))
        paragraphs += line.trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(html.count("<p class=\"furniture") + html.count("<p>"), qsizetype(paragraphs));
    // the headline and the share line are drawn as furniture blocks in their colours
    QVERIFY(parsed.attributes.contains(u"p data-label=HEADLINE"_s));
    QVERIFY(parsed.attributes.contains(u"p data-label=BOILERPLATE"_s));
    QVERIFY(parsed.attributes.filter(u"--c:#332288"_s).size() == 1);
    // the legend names the labels used
    for (const QString &label : {u"QUOTE"_s, u"SOURCE"_s, u"CUE"_s, u"DATE"_s, u"HEADLINE"_s})
        QVERIFY2(parsed.text.contains(label), qPrintable(label));
    // the quote with its speaker and cue, in one row of the quotes table
    QVERIFY(html.contains("<td>&quot;the harbour will reopen&quot;</td><td>direct</td><td>The mayor <span class=\"note\">(named)</span></td><td>said</td>"));
    // the sourcing summary: one named quote, the unattributed claim
    QVERIFY(parsed.text.contains(u"Quoted words"_s));
    QVERIFY(parsed.text.contains(u"Reportedly, costs rose."_s));
    QVERIFY(html.contains("<div class=\"bar\""));
}

void TestHtmlReport::comparison()
{
    const QString text = u"Talks stall\n\nThe envoy said \"no deal yet\" and a source added \"maybe soon\" in Geneva.\nPrices rose."_s;
    addDocument(u"talks"_s, text,
                {// the teacher's reference
                 {u"QUOTE"_s, u"\"no deal yet\""_s, 0, m_teacher}, {u"SOURCE"_s, u"The envoy"_s, 0, m_teacher},
                 {u"QUOTE"_s, u"\"maybe soon\""_s, 0, m_teacher}, {u"SOURCE"_s, u"a source"_s, 0, m_teacher},
                 {u"GPE"_s, u"Geneva"_s, 0, m_teacher}, {u"CUE"_s, u"said"_s, 0, m_teacher},
                 // the student's: one match, one quote with another speaker and other boundaries,
                 // Geneva as LOC, the cue missed, an extra
                 {u"QUOTE"_s, u"\"no deal yet\""_s, 0, m_student}, {u"SOURCE"_s, u"The envoy"_s, 0, m_student},
                 {u"QUOTE"_s, u"maybe soon"_s, 0, m_student}, {u"LOC"_s, u"Geneva"_s, 0, m_student},
                 {u"ORG"_s, u"Prices"_s, 0, m_student}},
                {{0, 1}, {2, 3}, {6, 7}, {8, 7}});
    const QString folder = exportReport({u"teacher"_s, u"student"_s});
    QCOMPARE(QDir(folder).entryList(QDir::Files), (QStringList{u"index.html"_s, u"talks.handout.html"_s, u"talks.html"_s}));
    const QByteArray html = readFile(QDir(folder).filePath(u"talks.html"_s));
    const Parsed parsed = parseBack(html);
    // scores: 6 reference spans; found 2 (quote, envoy); boundary 1; other label 1; missed 2
    // (the cue, "a source"); extras 1 (Prices)
    QVERIFY2(html.contains("<tr style=\"font-weight:600\"><td>All labels</td><td class=\"n\">6</td><td class=\"n\">2</td><td class=\"n\">1</td>"
                           "<td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">1</td>"),
             html.mid(html.indexOf("All labels") - 40, 300).constData());
    QVERIFY(parsed.text.contains(u"Wrong speakers"_s));
    QVERIFY(html.contains("<td>&quot;maybe soon&quot;</td><td>a source</td><td>The envoy</td>"));
    QVERIFY(html.contains("class=\"tag mark-miss\""));
    QVERIFY(html.contains("class=\"extra\""));
    QVERIFY(parsed.attributes.contains(u"a href=talks.handout.html"_s));
    // the handout: the article without a mark, lines numbered
    const QByteArray handout = readFile(QDir(folder).filePath(u"talks.handout.html"_s));
    QVERIFY(handout.contains("<div class=\"article numbered\">"));
    QVERIFY(!handout.contains("class=\"tag"));
    QVERIFY(!handout.contains("outline:1.5px"));
    QVERIFY(!handout.contains("background-color:rgba"));
    QVERIFY(parseBack(handout).text.contains(u"The envoy said \"no deal yet\""_s));
    // the index gives the student's F1 per document
    const QByteArray index = readFile(QDir(folder).filePath(u"index.html"_s));
    QVERIFY(index.contains("<td class=\"n\">36%</td>"));
    // one name only: an ordinary report of that annotator's spans
    QDir(folder).removeRecursively();
    exportReport({u"student"_s});
    QVERIFY(!QFile::exists(QDir(folder).filePath(u"talks.handout.html"_s)));
}

void TestHtmlReport::pageNames()
{
    addDocument(u"../up/and away"_s, u"One\n\ntext one"_s, {});
    addDocument(u"..-up-and_away"_s, u"Two\n\ntext two"_s, {});
    addDocument(u"INDEX"_s, u"Three\n\ntext three"_s, {});
    addDocument(QString(), u"Four\n\ntext four"_s, {});
    const QString folder = exportReport();
    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(files.size(), 5);
    QVERIFY(files.contains(u"index.html"_s));
    QVERIFY(files.contains(u"INDEX-2.html"_s));
    for (const QString &file : files) {
        QVERIFY2(!file.startsWith(u'.'), qPrintable(file));
        QVERIFY2(QFileInfo(QDir(folder).filePath(file)).isFile(), qPrintable(file));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"up"_s)));
}

void TestHtmlReport::modelFunction()
{
    addDocument(u"a"_s, u"A\n\ntext"_s, {});
    const QString folder = m_dir->filePath(u"full"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile stray(QDir(folder).filePath(u"keep.txt"_s));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    ExportReport report;
    QString error;
    QVERIFY(!exportHtmlReport(*m_store, folder, {}, &report, &error));
    QVERIFY2(error.contains(u"not empty"_s), qPrintable(error));
    // a reference and a student must be two annotators
    ExportOptions same;
    same.annotators = {u"teacher"_s, u"teacher"_s};
    QVERIFY(!exportHtmlReport(*m_store, m_dir->filePath(u"same"_s), same, &report, &error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"same"_s)));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
