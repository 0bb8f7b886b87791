#include "htmlformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "../html/htmldecoding.h"
#include "../html/htmlmetadata.h"
#include "../html/htmltext.h"
#include "../html/htmltree.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Pages larger than this (after gunzip) are refused before parsing.
constexpr qint64 maxPageBytes = 256LL * 1024 * 1024;

const QStringList &pageExtensions()
{
    static const QStringList extensions{u"html"_s, u"htm"_s, u"xhtml"_s, u"html.gz"_s, u"htm.gz"_s, u"xhtml.gz"_s};
    return extensions;
}

// The id: the path relative to the imported folder, without ".html" or ".html.gz".
QString documentId(const QString &path, const QString &root)
{
    const QFileInfo info(path);
    QString id = root.isEmpty() ? info.fileName() : QDir(root).relativeFilePath(info.absoluteFilePath());
    for (const QString &extension : pageExtensions()) {
        if (id.endsWith(u'.' + extension, Qt::CaseInsensitive)) {
            id.chop(extension.size() + 1);
            break;
        }
    }
    return id;
}

} // namespace

bool HtmlReader::readBytes(const QByteArray &raw, ImportedDocument *document, QString *error)
{
    QByteArray bytes = raw;
    if (raw.startsWith("\x1f\x8b") && !gunzip(raw, &bytes, error, maxPageBytes))
        return false;
    if (bytes.size() > maxPageBytes) {
        *error = QCoreApplication::translate("HtmlImport", "the page is larger than %1 MB; Copydesk does not read pages that large")
                     .arg(maxPageBytes / (1024 * 1024));
        return false;
    }
    if (bytes.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("HtmlImport", "the file is empty; nothing to import");
        return false;
    }
    QByteArray utf8;
    HtmlEncoding encoding;
    std::unique_ptr<HtmlTree> tree;
    if (hasByteOrderMark(bytes)) {
        if (!decodeHtmlBytes(bytes, &utf8, &encoding, error))
            return false;
    } else {
        // Parsed as UTF-8 first, as most pages are; a page that declares another encoding is
        // decoded and parsed again (as a browser reloads on a late <meta charset>).
        tree = HtmlTree::parse(bytes, HtmlParseLimits::forInput(bytes.size()), error);
        if (!tree)
            return false;
        const QString declared = declaredCharset(tree->document());
        if (!decodeHtmlBytes(bytes, &utf8, &encoding, error, &declared))
            return false;
        if (encoding.name != u"UTF-8")
            tree.reset();
    }
    bytes.clear();
    if (!tree)
        tree = HtmlTree::parse(utf8, HtmlParseLimits::forInput(utf8.size()), error);
    if (!tree)
        return false;
    HtmlText page = extractHtmlText(tree->document());
    if (page.text.isEmpty()) {
        *error = QCoreApplication::translate("HtmlImport", "the page has no visible text");
        return false;
    }
    const HtmlMetadata metadata = readHtmlMetadata(tree->document());
    Document &doc = document->document;
    doc.text = std::move(page.text);
    doc.title = metadata.title.left(300);
    if (doc.title.isEmpty())
        doc.title = doc.text.left(doc.text.indexOf(u'\n')).left(300);
    doc.byline = metadata.byline;
    doc.source = metadata.source;
    doc.published = metadata.published;
    doc.url = metadata.url;
    doc.language = metadata.language;
    doc.meta = metadata.toJson();
    doc.meta.insert(u"format"_s, u"html"_s);
    doc.meta.insert(u"encoding"_s, encoding.name);
    doc.meta.insert(HtmlEvidence::metaKey(), page.evidence.toJson());
    return true;
}

bool HtmlReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                      QList<ImportProblem> *problems) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(file.errorString())});
        return false;
    }
    if (file.size() > maxPageBytes) {
        problems->append({path, 0, QCoreApplication::translate("HtmlImport", "the page is larger than %1 MB; Copydesk does not read "
                                                                             "pages that large").arg(maxPageBytes / (1024 * 1024))});
        return false;
    }
    ImportedDocument document;
    QString error;
    if (!readBytes(file.readAll(), &document, &error)) {
        problems->append({path, 0, error});
        return false;
    }
    const QFileInfo info(path);
    document.document.externalId = documentId(path, options.rootDirectory);
    document.document.meta.insert(u"file"_s, info.fileName());
    document.annotator = info.fileName();
    document.file = path;
    sink(std::move(document));
    return true;
}

} // namespace Copydesk
