#include "conllformat.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QSet>

#include "../engines/taggertokenizer.h"
#include "../labelschema.h"
#include "../textoffsets.h"
#include "formatsupport.h"
#include "inputfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

constexpr QStringView kDocstart = u"-DOCSTART-";
constexpr QStringView kDefaultDocstartLine = u"-DOCSTART- -X- -X- O";

// Where the first and last whitespace-separated fields of a line are, and how many there are.
struct LineFields
{
    int count = 0;
    qsizetype firstStart = 0;
    qsizetype firstEnd = 0;
    qsizetype lastStart = 0;
    qsizetype lastEnd = 0;
};

LineFields splitFields(QStringView line)
{
    LineFields fields;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (true) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !line[i].isSpace())
            ++i;
        if (fields.count == 0) {
            fields.firstStart = start;
            fields.firstEnd = i;
        }
        fields.lastStart = start;
        fields.lastEnd = i;
        ++fields.count;
    }
    return fields;
}

// "O", "B-TYPE" or "I-TYPE"; false for anything else.
bool parseTag(QStringView tag, QChar *prefix, QStringView *type)
{
    if (tag == u"O") {
        *prefix = u'O';
        return true;
    }
    if (tag.size() > 2 && (tag[0] == u'B' || tag[0] == u'I') && tag[1] == u'-') {
        *prefix = tag[0];
        *type = tag.sliced(2);
        return true;
    }
    return false;
}

// One document of the file as it is being read.
class DocumentBuilder
{
public:
    DocumentBuilder(int number, qint64 line, QString docstart, const QHash<QString, QString> *labelMap, bool textOnly)
        : m_number(number), m_line(line), m_docstart(std::move(docstart)), m_labelMap(labelMap), m_textOnly(textOnly)
    {
    }

    int number() const { return m_number; }
    qint64 line() const { return m_line; }
    bool failed() const { return m_failed; }
    bool isEmpty() const { return m_tokenCount == 0; }
    void fail() { m_failed = true; }

    // Adds a token line; false with *error when it does not fit the document.
    bool addToken(QStringView line, const LineFields &fields, QString *error)
    {
        if (m_columns == 0) {
            m_columns = fields.count;
        } else if (fields.count != m_columns) {
            *error = QCoreApplication::translate("Import", "this line has %1 columns where the document's first line has %2; "
                        "this document was not imported").arg(fields.count).arg(m_columns);
            return false;
        }
        const QStringView token = line.sliced(fields.firstStart, fields.firstEnd - fields.firstStart);
        QChar prefix = u'O';
        QStringView type;
        if (fields.count > 1 && !m_textOnly) {
            const QStringView tag = line.sliced(fields.lastStart, fields.lastEnd - fields.lastStart);
            if (!parseTag(tag, &prefix, &type)) {
                *error = QCoreApplication::translate("Import", "the tag \"%1\" is not O, B-TYPE or I-TYPE (IOB1 or IOB2); this document was not imported")
                             .arg(tag);
                return false;
            }
        }
        if (fields.count > 1) {
            const QStringView middle = line.sliced(fields.firstEnd, fields.lastStart - fields.firstEnd);
            if (middle != u" ")
                m_plainMiddles = false;
            m_middles.append(middle.toString());
        } else {
            m_middles.append(QString());
        }

        if (m_sentenceTokens > 0) {
            m_text += u' ';
            ++m_position;
        } else if (m_tokenCount > 0) {
            m_text += u'\n';
            ++m_position;
        }
        const qint64 start = m_position;
        m_text += token;
        m_position += TextOffsets::countCodePoints(token);
        ++m_sentenceTokens;
        ++m_tokenCount;

        // The conlleval reading, which holds for IOB1 and IOB2 alike: B- always opens a chunk,
        // I- continues a chunk of its type or else opens one.
        if (prefix == u'O') {
            closeChunk();
        } else if (prefix == u'I' && m_chunkOpen && m_chunkType == type) {
            m_chunkEnd = m_position;
        } else {
            closeChunk();
            m_chunkOpen = true;
            m_chunkType = type.toString();
            m_chunkStart = start;
            m_chunkEnd = m_position;
        }
        return true;
    }

    void endSentence()
    {
        closeChunk();
        m_sentenceTokens = 0;
    }

    ImportedDocument take(const QString &path, const QString &baseName, const QString &fileName)
    {
        endSentence();
        ImportedDocument doc;
        doc.document.externalId = u"%1-%2"_s.arg(baseName).arg(m_number);
        doc.document.text = std::move(m_text);
        QJsonObject conll{{u"columns"_s, m_columns}};
        if (!m_docstart.isEmpty())
            conll.insert(u"docstart"_s, m_docstart);
        if (m_columns > 2 || !m_plainMiddles)
            conll.insert(u"middle"_s, QJsonArray::fromStringList(m_middles));
        doc.document.meta.insert(u"file"_s, fileName);
        doc.document.meta.insert(u"conll"_s, conll);
        FormatSupport::fillDocumentColumns(doc.document);
        doc.spans = std::move(m_spans);
        doc.annotator = fileName;
        doc.file = path;
        doc.line = m_line;
        return doc;
    }

private:
    void closeChunk()
    {
        if (!m_chunkOpen)
            return;
        m_chunkOpen = false;
        ImportedSpan span;
        span.label = m_chunkType;
        if (!FormatSupport::mapLabel(*m_labelMap, &span.label))
            return;
        span.start = m_chunkStart;
        span.end = m_chunkEnd;
        m_spans.append(span);
    }

    int m_number;
    qint64 m_line;
    QString m_docstart;
    const QHash<QString, QString> *m_labelMap;
    bool m_textOnly;
    bool m_failed = false;
    int m_columns = 0;
    QString m_text;
    qint64 m_position = 0;  // code points
    int m_tokenCount = 0;
    int m_sentenceTokens = 0;
    QStringList m_middles;
    bool m_plainMiddles = true;
    QList<ImportedSpan> m_spans;
    bool m_chunkOpen = false;
    QString m_chunkType;
    qint64 m_chunkStart = 0;
    qint64 m_chunkEnd = 0;
};

} // namespace

QHash<QString, QString> ConllReader::defaultLabelMap()
{
    return {{u"PER"_s, u"PERSON"_s}, {u"LOC"_s, u"GPE"_s}, {u"ORG"_s, u"ORG"_s}, {u"MISC"_s, u"NORP"_s}};
}

namespace {

// A CoNLL file read a line at a time into documents, each passed on when the next begins.
class ConllFile
{
public:
    ConllFile(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
              QList<ImportProblem> *problems)
        : m_path(path), m_options(options), m_sink(sink), m_problems(problems)
        , m_labelMap(options.labelMap.isEmpty() ? ConllReader::defaultLabelMap() : options.labelMap)
    {
        const QFileInfo info(path);
        m_baseName = info.completeBaseName();
        m_fileName = info.fileName();
    }

    // Reads one line (bytes: its size in the file); false when the sink wants no more.
    bool addLine(QStringView line, qint64 lineNumber, qint64 bytes);
    // Reports a line that cannot be read; its document is not imported.
    void failLine(qint64 lineNumber, const QString &message)
    {
        if (!m_current)
            m_current.emplace(++m_documents, lineNumber, QString(), &m_labelMap, m_options.textOnly);
        if (!m_current->failed() && !message.isEmpty())
            m_problems->append({m_path, lineNumber, message});
        m_current->fail();
    }
    // Passes the last document on; false when the file held no token lines.
    bool finish()
    {
        flush();
        return m_anyTokens;
    }

private:
    // Passes the current document on; false when the sink wants no more.
    bool flush()
    {
        bool more = true;
        if (m_current && !m_current->failed() && !m_current->isEmpty())
            more = m_sink(m_current->take(m_path, m_baseName, m_fileName));
        m_current.reset();
        m_bytes = 0;
        return more;
    }

    QString m_path;
    const ReadOptions &m_options;
    const std::function<bool(ImportedDocument &&)> &m_sink;
    QList<ImportProblem> *m_problems;
    QHash<QString, QString> m_labelMap;
    QString m_baseName;
    QString m_fileName;
    std::optional<DocumentBuilder> m_current;
    int m_documents = 0;      // documents begun, for numbering
    qint64 m_bytes = 0;       // the current document's, in the file
    bool m_anyTokens = false;
};

bool ConllFile::addLine(QStringView line, qint64 lineNumber, qint64 bytes)
{
    const LineFields fields = splitFields(line);
    if (fields.count == 0) {
        if (m_current)
            m_current->endSentence();
        return true;
    }
    if (line.sliced(fields.firstStart, fields.firstEnd - fields.firstStart) == kDocstart) {
        if (!flush())
            return false;
        m_current.emplace(++m_documents, lineNumber, line.toString(), &m_labelMap, m_options.textOnly);
        return true;
    }
    m_anyTokens = true;
    if (!m_current)
        m_current.emplace(++m_documents, lineNumber, QString(), &m_labelMap, m_options.textOnly);
    if (m_current->failed())
        return true;
    m_bytes += bytes;
    QString error;
    if (m_bytes > m_options.limits.documentBytes) {
        failLine(lineNumber, QCoreApplication::translate("Import", "the document is %1; this document was not imported")
                                 .arg(tooLargeMessage(m_options.limits.documentBytes)));
    } else if (!m_current->addToken(line, fields, &error)) {
        failLine(lineNumber, error);
    }
    return true;
}

} // namespace

bool ConllReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                       QList<ImportProblem> *problems) const
{
    InputFile file(path);
    if (!file.open(problems))
        return false;
    ConllFile conll(path, options, sink, problems);
    QByteArray bytes;
    bool tooLong = false;
    qint64 lineNumber = 0;
    while (file.readLine(options.limits.documentBytes, &bytes, &tooLong, problems)) {
        ++lineNumber;
        if (tooLong) {
            conll.failLine(lineNumber, QCoreApplication::translate("Import", "the line is %1; this document was not imported")
                                           .arg(tooLargeMessage(options.limits.documentBytes)));
            continue;
        }
        if (file.lineNumber() == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        if (bytes.contains('\0')) {
            problems->append({path, lineNumber, QCoreApplication::translate("Import", "this is a binary file, not UTF-8 text (it contains NUL bytes); "
                                                    "the rest of the file was not read")});
            conll.failLine(lineNumber, QString());
            break;
        }
        if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
            conll.failLine(lineNumber, QCoreApplication::translate("Import", "invalid UTF-8 at byte %1 of the line; save the file as UTF-8 "
                                                                             "and import it again; this document was not imported").arg(bad));
            continue;
        }
        // A lone CR ends a line too (as in plain-text import).
        const QString decoded = QString::fromUtf8(bytes);
        const QList<QStringView> lines = QStringView(decoded).split(u'\r');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!conll.addLine(lines[i], lineNumber + i, bytes.size()))
                return true;
        }
        lineNumber += lines.size() - 1;
    }
    if (!conll.finish()) {
        problems->append({path, 0, QCoreApplication::translate("Import", "the file holds no CoNLL token lines; nothing to import")});
        return false;
    }
    return true;
}

namespace {

struct ExportToken
{
    QString text;
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString middle;    // between the token and the tag
    int sentence = 0;
};

// The tokens a CoNLL import left in the text and the document's meta; false when the meta is
// missing or does not fit the text.
bool tokensFromConllMeta(const Document &document, QList<ExportToken> *tokens, QString *docstart)
{
    const QJsonValue value = document.meta.value(u"conll");
    if (!value.isObject())
        return false;
    const QJsonObject conll = value.toObject();
    if (conll.value(u"columns").toInt() < 1)
        return false;
    const QJsonArray middles = conll.value(u"middle").toArray();
    *docstart = conll.value(u"docstart").toString();
    const QStringView text(document.text);
    qint64 position = 0;
    int sentence = 0;
    for (const QStringView line : text.tokenize(u'\n')) {
        for (const QStringView token : line.tokenize(u' ')) {
            if (token.isEmpty())
                return false;
            ExportToken t;
            t.text = token.toString();
            t.start = position;
            t.end = position + TextOffsets::countCodePoints(token);
            t.sentence = sentence;
            if (!middles.isEmpty()) {
                if (tokens->size() >= middles.size())
                    return false;
                t.middle = middles.at(tokens->size()).toString();
            }
            if (t.middle.isEmpty())
                t.middle = u" "_s;
            position = t.end + 1;
            tokens->append(t);
        }
        ++sentence;
    }
    return middles.isEmpty() || middles.size() == tokens->size();
}

QList<ExportToken> tokensFromTokenizer(const QString &text)
{
    QList<ExportToken> tokens;
    const TextOffsets offsets(text);
    int sentenceIndex = 0;
    for (const TaggerSentence &sentence : TaggerTokenizer::sentences(text)) {
        if (sentence.isEmpty())
            continue;
        for (const TaggerToken &token : sentence) {
            ExportToken t;
            t.text = token.text;
            // A column file cannot hold whitespace inside a token.
            for (QChar &c : t.text) {
                if (c.isSpace())
                    c = u'_';
            }
            if (t.text.isEmpty())
                continue;
            t.start = offsets.toCodePoint(token.start);
            t.end = offsets.toCodePoint(token.end);
            t.middle = u" "_s;
            t.sentence = sentenceIndex;
            tokens.append(t);
        }
        ++sentenceIndex;
    }
    return tokens;
}

QString tagLabel(const QString &label)
{
    QString result = label;
    for (QChar &c : result) {
        if (c.isSpace())
            c = u'_';
    }
    return result;
}

} // namespace

bool ConllWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &document = exported.document;
    const QString documentName = FormatSupport::documentName(document);
    QList<ExportToken> tokens;
    QString docstart;
    bool fromConll = document.meta.value(u"conll").isObject();
    if (fromConll && !tokensFromConllMeta(document, &tokens, &docstart)) {
        m_warnings.append(QCoreApplication::translate("Export", "document %1: its CoNLL columns do not fit its text; written with fresh tokens")
                              .arg(documentName));
        tokens.clear();
        docstart.clear();
        fromConll = false;
    }
    if (tokens.isEmpty())
        tokens = tokensFromTokenizer(document.text);

    // Entity spans, each once, the longer (then the earlier) first: they claim their tokens
    // before spans that overlap them, as in training.
    QList<const Annotation *> spans = FormatSupport::spansOfLayer(exported.annotations, m_context.schema, u"entities"_s);
    FormatSupport::sortLongestFirst(spans);
    QList<int> owner(tokens.size(), -1);
    int overlapping = 0, unaligned = 0, crossing = 0;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        const Annotation &a = *spans[s];
        // First token ending after the span's start, last token starting before its end:
        // whitespace at the span's edges does not matter, a cut through a token does.
        const auto first = std::upper_bound(tokens.cbegin(), tokens.cend(), a.start,
                                            [](qint64 v, const ExportToken &t) { return v < t.end; });
        const auto afterLast = std::lower_bound(tokens.cbegin(), tokens.cend(), a.end,
                                                [](const ExportToken &t, qint64 v) { return t.start < v; });
        if (first == tokens.cend() || afterLast == tokens.cbegin() || first >= afterLast
            || first->start < a.start || (afterLast - 1)->end > a.end) {
            ++unaligned;
            continue;
        }
        const qsizetype from = first - tokens.cbegin(), to = afterLast - tokens.cbegin();
        if (tokens[from].sentence != tokens[to - 1].sentence) {
            ++crossing;
            continue;
        }
        if (std::any_of(owner.cbegin() + from, owner.cbegin() + to, [](int o) { return o >= 0; })) {
            ++overlapping;
            continue;
        }
        std::fill(owner.begin() + from, owner.begin() + to, int(s));
        ++m_written;
    }
    if (overlapping)
        m_warnings.append(QCoreApplication::translate("Export", "document %1: %n overlapping or nested span(s) left out", nullptr, overlapping).arg(documentName));
    if (unaligned)
        m_warnings.append(QCoreApplication::translate("Export", "document %1: %n span(s) not on token boundaries left out", nullptr, unaligned).arg(documentName));
    if (crossing)
        m_warnings.append(QCoreApplication::translate("Export", "document %1: %n span(s) across sentences left out", nullptr, crossing).arg(documentName));

    QString out;
    out.reserve(document.text.size() * 2 + 64);
    if (docstart.isEmpty() && !(fromConll && m_first))
        docstart = kDefaultDocstartLine.toString();
    if (!docstart.isEmpty())
        out += docstart + u"\n\n"_s;
    m_first = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const ExportToken &token = tokens[i];
        out += token.text;
        out += token.middle;
        if (owner[i] < 0) {
            out += u'O';
        } else {
            out += (i > 0 && owner[i - 1] == owner[i] && tokens[i - 1].sentence == token.sentence) ? u"I-"_s : u"B-"_s;
            out += tagLabel(spans[owner[i]]->label);
        }
        out += u'\n';
        if (i + 1 == tokens.size() || tokens[i + 1].sentence != token.sentence)
            out += u'\n';
    }
    return writeBytes(out.toUtf8(), error);
}

} // namespace Copydesk
