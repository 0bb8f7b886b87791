#include "htmldecoding.h"

#include <zlib.h>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QVarLengthArray>

#include "../formats/documentreader.h"
#include "htmlnode.h"
#include "htmltree.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

bool gunzip(const QByteArray &compressed, QByteArray *out, QString *error, qint64 maxBytes)
{
    out->clear();
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip header and trailer, not a raw zlib stream
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = QCoreApplication::translate("HtmlImport", "cannot start the gzip decoder");
        return false;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    char buffer[64 * 1024];
    int status = Z_OK;
    while (true) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out->append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out->size() > maxBytes) {
            inflateEnd(&stream);
            out->clear();
            *error = QCoreApplication::translate("HtmlImport", "the page unpacks to more than %1 MB; Copydesk does not read pages that large")
                         .arg(maxBytes / (1024 * 1024));
            return false;
        }
        if (status == Z_STREAM_END) {
            // gzip allows several members one after another
            if (stream.avail_in == 0)
                break;
            inflateReset(&stream);
        } else if (stream.avail_in == 0 && stream.avail_out != 0) {
            status = Z_BUF_ERROR; // truncated
            break;
        }
    }
    const qint64 position = qint64(stream.total_in);
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        out->clear();
        *error = QCoreApplication::translate("HtmlImport", "the gzip data is damaged or cut short (at compressed byte %1)").arg(position);
        return false;
    }
    return true;
}

QString encodingForLabel(QStringView label)
{
    const QString name = label.trimmed().toString().toLower();
    if (name.isEmpty())
        return {};
    // The labels whose meaning differs from the name a decoder gives them (WHATWG Encoding).
    static const std::pair<const char16_t *, const char16_t *> aliases[] = {
        {u"utf-8", u"UTF-8"}, {u"utf8", u"UTF-8"}, {u"unicode-1-1-utf-8", u"UTF-8"},
        // a document that says UTF-16 in a <meta> was not read as UTF-16 to find it: UTF-8
        {u"utf-16", u"UTF-8"}, {u"utf-16le", u"UTF-8"}, {u"utf-16be", u"UTF-8"},
        {u"ascii", u"windows-1252"}, {u"us-ascii", u"windows-1252"}, {u"iso-8859-1", u"windows-1252"},
        {u"iso8859-1", u"windows-1252"}, {u"iso_8859-1", u"windows-1252"}, {u"latin1", u"windows-1252"},
        {u"l1", u"windows-1252"}, {u"cp1252", u"windows-1252"}, {u"x-cp1252", u"windows-1252"},
        {u"cp819", u"windows-1252"}, {u"ansi_x3.4-1968", u"windows-1252"}, {u"windows-1252", u"windows-1252"},
        {u"iso-8859-9", u"windows-1254"}, {u"latin5", u"windows-1254"}, {u"iso-8859-11", u"windows-874"},
        {u"tis-620", u"windows-874"}, {u"gb2312", u"GBK"}, {u"gbk", u"GBK"}, {u"x-gbk", u"GBK"},
        {u"chinese", u"GBK"}, {u"csgb2312", u"GBK"}, {u"ks_c_5601-1987", u"EUC-KR"}, {u"x-sjis", u"Shift_JIS"},
        {u"sjis", u"Shift_JIS"}, {u"ms932", u"Shift_JIS"}, {u"windows-31j", u"Shift_JIS"}, {u"x-mac-roman", u"macintosh"},
    };
    for (const auto &[alias, canonical] : aliases) {
        if (name == QStringView(alias))
            return QString::fromUtf16(canonical);
    }
    // Other labels are tried with the decoder (ICU knows the rest of the standard's set).
    const QByteArray latin = name.toLatin1();
    QStringDecoder decoder(latin.constData());
    return decoder.isValid() ? QString::fromLatin1(decoder.name()) : QString();
}

namespace {

// Reads "text/html; charset=windows-1252" as the HTML standard's algorithm for extracting a
// character encoding from a meta element does.
QString charsetFromContentType(QStringView content)
{
    qsizetype at = 0;
    while (true) {
        at = content.indexOf(u"charset", at, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        at += 7;
        while (at < content.size() && content[at].isSpace())
            ++at;
        if (at < content.size() && content[at] == u'=')
            break;
    }
    ++at;
    while (at < content.size() && content[at].isSpace())
        ++at;
    if (at >= content.size())
        return {};
    const QChar quote = content[at];
    if (quote == u'"' || quote == u'\'') {
        const qsizetype end = content.indexOf(quote, at + 1);
        return end < 0 ? QString() : content.mid(at + 1, end - at - 1).toString();
    }
    qsizetype end = at;
    while (end < content.size() && !content[end].isSpace() && content[end] != u';')
        ++end;
    return content.mid(at, end - at).toString();
}

// Where decoding fails: the text before the chunk that failed decodes in one go, then the
// chunk a byte at a time, so the decoder's state carries across and the first bad byte shows.
qsizetype firstDecodingError(const QByteArray &bytes, const QByteArray &encoding, qsizetype chunkStart)
{
    QStringDecoder decoder(encoding.constData());
    QString decoded = decoder.decode(QByteArrayView(bytes.constData(), chunkStart));
    for (qsizetype at = chunkStart; at < bytes.size(); ++at) {
        decoded = decoder.decode(QByteArrayView(bytes.constData() + at, 1));
        if (decoder.hasError())
            return at;
    }
    return chunkStart;
}

} // namespace

QString declaredCharset(const GumboNode *document)
{
    QString found;
    Html::walk(document, [&](const GumboNode *node, int) {
        if (!found.isEmpty())
            return false;
        if (Html::tagOf(node) != GUMBO_TAG_META)
            return true;
        const QString charset = Html::attribute(node, "charset");
        if (!charset.isNull()) {
            found = charset.trimmed();
        } else if (Html::attribute(node, "http-equiv").trimmed().compare(u"content-type", Qt::CaseInsensitive) == 0) {
            found = charsetFromContentType(Html::attribute(node, "content"));
        }
        return false;
    });
    return found;
}

bool hasByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

bool decodeHtmlBytes(const QByteArray &bytes, QByteArray *utf8, HtmlEncoding *encoding, QString *error, const QString *declaredLabel)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = {u"UTF-8"_s, u"bom"_s};
        *utf8 = bytes.mid(3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        *encoding = {little ? u"UTF-16LE"_s : u"UTF-16BE"_s, u"bom"_s};
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError()) {
            *error = QCoreApplication::translate("HtmlImport", "the page starts with a UTF-16 byte order mark but is not valid UTF-16");
            return false;
        }
        *utf8 = text.toUtf8();
        return true;
    } else {
        QString declared;
        if (declaredLabel) {
            declared = *declaredLabel;
        } else {
            // the start of the page, parsed as it is, for its <meta>
            QString ignored;
            if (const auto tree = HtmlTree::parse(bytes.left(64 * 1024), {}, &ignored))
                declared = declaredCharset(tree->document());
        }
        QString name = encodingForLabel(declared);
        if (!declared.isEmpty() && name.isEmpty()) {
            *error = QCoreApplication::translate("HtmlImport", "the page declares the encoding \"%1\", which Copydesk does not know; "
                                                               "save it as UTF-8 and import it again").arg(declared);
            return false;
        }
        *encoding = {name.isEmpty() ? u"UTF-8"_s : name, declared.isEmpty() ? u"default"_s : u"meta"_s};
        if (encoding->name != u"UTF-8") {
            const QByteArray latin = encoding->name.toLatin1();
            QStringDecoder decoder(latin.constData());
            constexpr qsizetype chunk = 16 * 1024;
            QString text;
            text.reserve(bytes.size());
            // decoded in chunks so an error can be placed
            for (qsizetype at = 0; at < bytes.size(); at += chunk) {
                text += decoder.decode(QByteArrayView(bytes.constData() + at, qMin(chunk, bytes.size() - at)));
                if (decoder.hasError()) {
                    *error = QCoreApplication::translate("HtmlImport", "the bytes at byte %1 are not valid %2, the encoding the page "
                                                                       "declares; fix the declaration or save the page as UTF-8")
                                 .arg(firstDecodingError(bytes, latin, at)).arg(encoding->name);
                    return false;
                }
            }
            *utf8 = text.toUtf8();
            return true;
        }
        *utf8 = bytes;
    }
    const qsizetype bad = firstInvalidUtf8(*utf8);
    if (bad >= 0) {
        const qsizetype offset = bad + (encoding->declaredBy == u"bom" ? 3 : 0);
        *error = encoding->declaredBy == u"default"
            ? QCoreApplication::translate("HtmlImport", "invalid UTF-8 at byte %1, and the page declares no other encoding (no byte order "
                                                        "mark, no <meta charset>); add the right <meta charset> or save the page as UTF-8")
                  .arg(offset)
            : QCoreApplication::translate("HtmlImport", "invalid UTF-8 at byte %1, though the page declares UTF-8; save the page as "
                                                        "UTF-8 or declare its real encoding").arg(offset);
        return false;
    }
    return true;
}

} // namespace Copydesk
