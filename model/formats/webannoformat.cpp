#include "webannoformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "../textoffsets.h"
#include "doctokens.h"
#include "inputfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

constexpr QStringView spanLayer = u"webanno.custom.Copydesk";
constexpr QStringView relationLayer = u"webanno.custom.CopydeskRelation";

// Escaping as the format defines it: of feature values, and of sentence text.
QString escapeValue(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\t')
            out += u"\\t"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'-' && i + 1 < value.size() && value[i + 1] == u'>')
            out += u"\\->"_s, ++i;
        else if (QStringView(u"\\[]|_;*").contains(c))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out;
}

QString unescapeValue(QStringView value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'\\' || i + 1 >= value.size()) {
            out += value[i];
            continue;
        }
        const QChar next = value[++i];
        out += next == u't' ? QChar(u'\t') : next == u'n' ? QChar(u'\n') : next;
    }
    return out;
}

QString escapeText(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\f' || u == u'\r' || u == u'\b' || u == u'\\')
            out += u'\\' + QString(u == u'\t' ? u't' : u == u'\f' ? u'f' : u == u'\r' ? u'r' : u == u'\b' ? u'b' : u'\\');
        else if (u < 8 || (u >= 14 && u < 32))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out;
}

QString unescapeText(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[++i];
        const char16_t u = next.unicode();
        if (u == u't' || u == u'n' || u == u'f' || u == u'r' || u == u'b')
            out += QChar(u == u't' ? u'\t' : u == u'n' ? u'\n' : u == u'f' ? u'\f' : u == u'r' ? u'\r' : u'\b');
        else if (u == u'\\' || u < 8 || (u >= 14 && u < 32))
            out += next;
        else
            out += u'\\' + QString(next);
    }
    return out;
}

// A span as written: the tokens it covers (first and last index) and its id (0: none).
struct WrittenSpan
{
    const Annotation *annotation = nullptr;
    int first = 0;
    int last = 0;
    int id = 0;
};

} // namespace


namespace {

// A column of the file, after the token's id, offsets and text.
struct Column
{
    int layer = 0;
    enum Kind { SpanLabel, SpanOther, RelationLabel, RelationOther, RelationSource } kind = SpanOther;
};

struct Layer
{
    QString type;
    bool relation = false;
    QString base;           // relations: the span layer they connect
    QString placeholder;    // span layers without features: the label of their annotations
};

// Splits a column at the "|" that are not escaped.
QList<QStringView> stacked(QStringView value)
{
    QList<QStringView> parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\')
            ++i;
        else if (value[i] == u'|')
            parts.append(value.sliced(from, i - from)), from = i + 1;
    }
    parts.append(value.sliced(from));
    return parts;
}

// "LABEL[3]" -> "LABEL", "3"; the info is empty without brackets.
QStringView withoutInfo(QStringView value, QStringView *info)
{
    *info = {};
    if (!value.endsWith(u']') || value.endsWith(u"\\]"))
        return value;
    const qsizetype open = value.lastIndexOf(u'[');
    if (open < 0)
        return value;
    *info = value.sliced(open + 1, value.size() - open - 2);
    return value.left(open);
}

class TsvParser
{
public:
    TsvParser(const ReadOptions &options, ImportedDocument *doc) : m_options(options), m_doc(doc) {}
    bool header(const QStringList &lines, qsizetype *at, QString *error);
    bool body(const QStringList &lines, qsizetype at, QString *error, qint64 *errorLine);
    // The document's text, its spans' offsets and its relations.
    bool finish(QString *error);

private:
    bool unit(const QStringList &fields, QString *error);
    int spanAt(int layer, const QString &unit, QStringView id) const;

    const ReadOptions &m_options;
    ImportedDocument *m_doc;
    QList<Layer> m_layers;
    QList<Column> m_columns;
    QString m_text;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_units;     // unit id -> UTF-16 offsets
    QHash<QString, QList<int>> m_spansOnUnit;                    // "layer unit" -> spans, stacking order
    QHash<QString, int> m_spanById;                              // "layer id" -> span
    QList<std::tuple<QString, int, QString, QString, QString>> m_relations; // label, layer, target unit, source ref, info
    QList<std::pair<qsizetype, qsizetype>> m_spanOffsets;        // UTF-16, per span of m_doc
};

bool TsvParser::header(const QStringList &lines, qsizetype *at, QString *error)
{
    static const QRegularExpression format(u"^#FORMAT=WebAnno TSV 3\\.(\\d+)$"_s);
    const QRegularExpressionMatch match = format.match(lines.value(0));
    if (!match.hasMatch() || match.captured(1).toInt() < 2) {
        *error = QCoreApplication::translate("Import", "not WebAnno TSV 3.2 or 3.3 (the first line is not \"#FORMAT=WebAnno TSV 3.3\")");
        return false;
    }
    for (*at = 1; *at < lines.size() && lines[*at].startsWith(u"#T_"); ++*at) {
        const QString &line = lines[*at];
        const QStringList fields = line.mid(6).split(u'|');
        if (line.startsWith(u"#T_CH=") || line.contains(u"|ROLE_")) {
            *error = QCoreApplication::translate("Import", "chain layers and slot features are not read by Copydesk (%1)").arg(fields.first());
            return false;
        }
        Layer layer{fields.first(), line.startsWith(u"#T_RL="), QString(), fields.first().section(u'.', -1)};
        const int index = int(m_layers.size());
        // The label: the feature "label" or "value", else the first.
        qsizetype labelField = fields.indexOf(u"label"_s);
        if (labelField < 0)
            labelField = fields.indexOf(u"value"_s);
        if (labelField < 0)
            labelField = 1;
        for (qsizetype f = 1; f < fields.size(); ++f) {
            const bool source = layer.relation && fields[f].startsWith(u"BT_");
            if (source)
                layer.base = fields[f].mid(3);
            const bool label = f == labelField && !source;
            m_columns.append({index, source ? Column::RelationSource
                                            : label ? (layer.relation ? Column::RelationLabel : Column::SpanLabel)
                                                    : (layer.relation ? Column::RelationOther : Column::SpanOther)});
        }
        if (fields.size() == 1)
            m_columns.append({index, Column::SpanLabel}); // a placeholder: the layer's name is the label
        else
            layer.placeholder.clear();
        m_layers.append(layer);
    }
    return true;
}


// The body: sentences and their units; the text rebuilt as INCEpTION rebuilds it.
bool TsvParser::body(const QStringList &lines, qsizetype at, QString *error, qint64 *errorLine)
{
    QString sentence;
    bool inHeader = false;
    for (; at < lines.size(); ++at) {
        const QString &line = lines[at];
        *errorLine = at + 1;
        if (line.startsWith(u"#Text=")) {
            sentence += unescapeText(QStringView(line).sliced(6)) + u'\n';
            inHeader = true;
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        const QStringList offsets = fields.value(1).split(u'-');
        bool okBegin = false, okEnd = false;
        const qsizetype begin = offsets.value(0).toLongLong(&okBegin), end = offsets.value(1).toLongLong(&okEnd);
        if (fields.size() < m_columns.size() + 3 || !okBegin || !okEnd || begin < 0 || end < begin) {
            *error = QCoreApplication::translate("Import", "a token row needs \"sentence-token<TAB>begin-end<TAB>token\" and %1 columns").arg(m_columns.size());
            return false;
        }
        if (inHeader) {
            // The sentence starts at its first token: drop the line break the format added to the
            // previous one where they touch, fill a gap with spaces.
            if (m_text.size() > begin && m_text.endsWith(u'\n'))
                m_text.chop(1);
            if (m_text.size() < begin)
                m_text += QString(begin - m_text.size(), u' ');
            m_text += sentence;
            sentence.clear();
            inHeader = false;
        }
        if (end > m_text.size()) {
            *error = QCoreApplication::translate("Import", "the token's offsets %1-%2 lie outside its sentence's text").arg(begin).arg(end);
            return false;
        }
        m_units.insert(fields[0], {begin, end});
        if (!unit(fields, error))
            return false;
    }
    if (m_text.endsWith(u'\n'))
        m_text.chop(1); // the line break the format adds after the last sentence
    return true;
}

int TsvParser::spanAt(int layer, const QString &unitId, QStringView id) const
{
    if (!id.isEmpty() && id != u"0")
        return m_spanById.value(u"%1 %2"_s.arg(layer).arg(id), -1);
    return m_spansOnUnit.value(u"%1 %2"_s.arg(layer).arg(unitId)).value(0, -1);
}

// One token or sub-token row: its spans and relations.
bool TsvParser::unit(const QStringList &fields, QString *error)
{
    const QString &unitId = fields[0];
    const auto [begin, end] = m_units.value(unitId);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns[c];
        const QString &raw = fields[c + 3];
        if (raw == u"_" || (column.kind != Column::SpanLabel && column.kind != Column::RelationLabel))
            continue;
        const QList<QStringView> values = stacked(raw);
        for (qsizetype k = 0; k < values.size(); ++k) {
            QStringView info;
            QString label = unescapeValue(withoutInfo(values[k], &info));
            if (column.kind == Column::RelationLabel) {
                QStringView sourceInfo;
                const QString source = withoutInfo(stacked(fields.value(c + 4)).value(k), &sourceInfo).toString();
                m_relations.append({label, column.layer, unitId, source, sourceInfo.toString()});
                continue;
            }
            if (label == u"*")
                label = m_layers[column.layer].placeholder.isEmpty() ? m_layers[column.layer].type.section(u'.', -1) : m_layers[column.layer].placeholder;
            const QString byId = u"%1 %2"_s.arg(column.layer).arg(info);
            int index = info.isEmpty() ? -1 : m_spanById.value(byId, -1);
            if (index >= 0) {
                m_spanOffsets[index].second = std::max(m_spanOffsets[index].second, end);
            } else {
                if (!FormatSupport::mapLabel(m_options.labelMap, &label))
                    continue;
                index = int(m_doc->spans.size());
                m_doc->spans.append({u"w%1"_s.arg(index), label, 0, 0, {}, {}, false, AnnotationStatus::Accepted, -1, {}, {}});
                m_spanOffsets.append({begin, end});
                if (!info.isEmpty())
                    m_spanById.insert(byId, index);
            }
            m_spansOnUnit[u"%1 %2"_s.arg(column.layer).arg(unitId)].append(index);
        }
    }
    Q_UNUSED(error);
    return true;
}


bool TsvParser::finish(QString *error)
{
    const SourceText source(m_text);
    m_doc->document.text = source.text();
    for (qsizetype i = 0; i < m_doc->spans.size(); ++i) {
        const auto [begin, end] = m_spanOffsets[i];
        if (!source.isValid(begin, OffsetUnit::Utf16) || !source.isValid(end, OffsetUnit::Utf16)) {
            *error = QCoreApplication::translate("Import", "an annotation's offsets %1-%2 fall inside a character").arg(begin).arg(end);
            return false;
        }
        m_doc->spans[i].start = source.toText(begin, OffsetUnit::Utf16);
        m_doc->spans[i].end = source.toText(end, OffsetUnit::Utf16);
    }
    for (const auto &[label, layer, target, sourceRef, info] : std::as_const(m_relations)) {
        QString mapped = label;
        if (!FormatSupport::mapLabel(m_options.labelMap, &mapped))
            continue;
        int base = -1;
        for (qsizetype l = 0; l < m_layers.size(); ++l) {
            if (m_layers[l].type == m_layers[layer].base)
                base = int(l);
        }
        const int head = spanAt(base, sourceRef, QStringView(info).left(info.indexOf(u'_')));
        const int child = spanAt(base, target, info.contains(u'_') ? QStringView(info).sliced(info.indexOf(u'_') + 1) : QStringView());
        if (head < 0 || child < 0) {
            *error = QCoreApplication::translate("Import", "a relation on token %1 refers to an annotation the file does not have (%2)")
                         .arg(target, sourceRef);
            return false;
        }
        if (!FormatSupport::addRelation(m_doc, {mapped, m_doc->spans[head].id, m_doc->spans[child].id}, m_options.limits, error))
            return false;
    }
    return true;
}

} // namespace

bool WebAnnoReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                         QList<ImportProblem> *problems) const
{
    InputFile file(path);
    QByteArray bytes;
    if (!file.open(problems) || !file.readAll(options.limits.documentBytes, &bytes, problems))
        return false;
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        problems->append({path, 0, QCoreApplication::translate("Import", "invalid UTF-8 at byte %1; save the file as UTF-8 and import it again").arg(bad)});
        return false;
    }
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    ImportedDocument doc;
    TsvParser parser(options, &doc);
    QString error;
    qsizetype at = 0;
    qint64 errorLine = 1;
    if (!parser.header(lines, &at, &error) || !parser.body(lines, at, &error, &errorLine) || !parser.finish(&error)) {
        problems->append({path, errorLine, error + QCoreApplication::translate("Import", "; this document was not imported")});
        return false;
    }
    if (options.textOnly) {
        doc.spans.clear();
        doc.relations.clear();
    }
    const QFileInfo info(path);
    doc.document.externalId = FormatSupport::documentIdForPath(path, options.rootDirectory);
    doc.document.meta.insert(u"file"_s, info.fileName());
    FormatSupport::fillDocumentColumns(doc.document);
    doc.annotator = info.fileName();
    doc.file = path;
    sink(std::move(doc));
    return true;
}

bool WebAnnoWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &doc = exported.document;
    QList<qint64> boundaries;
    for (const Annotation &a : exported.annotations)
        boundaries << a.start << a.end;
    const DocTokens docTokens(doc.text, boundaries, DocTokens::Whitespace::Left);
    const QList<DocToken> &tokens = docTokens.tokens();
    const TextOffsets offsets(doc.text);
    if (!tokens.isEmpty() && tokens.first().start > 0)
        ++m_leadingSpace;

    // Spans on their words, in text order; ids where a span covers several tokens or shares one.
    QList<WrittenSpan> spans;
    QList<int> coverCount(tokens.size(), 0);
    for (const Annotation &a : exported.annotations) {
        const auto first = std::lower_bound(tokens.cbegin(), tokens.cend(), a.start, [](const DocToken &t, qint64 v) { return t.start < v; });
        const auto after = std::lower_bound(tokens.cbegin(), tokens.cend(), a.end, [](const DocToken &t, qint64 v) { return t.end <= v; });
        if (first >= after) {
            ++m_leftOut;
            continue;
        }
        const WrittenSpan span{&a, int(first - tokens.cbegin()), int(after - tokens.cbegin()) - 1, 0};
        m_trimmed += tokens[span.first].start != a.start || tokens[span.last].end != a.end ? 1 : 0;
        for (int i = span.first; i <= span.last; ++i)
            ++coverCount[i];
        spans.append(span);
    }
    std::stable_sort(spans.begin(), spans.end(), [](const WrittenSpan &a, const WrittenSpan &b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    int nextId = 0;
    QHash<qint64, int> spanIndex;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        WrittenSpan &span = spans[s];
        const bool stacked = std::any_of(coverCount.cbegin() + span.first, coverCount.cbegin() + span.last + 1, [](int n) { return n > 1; });
        if (span.first != span.last || stacked)
            span.id = ++nextId;
        spanIndex.insert(span.annotation->id, int(s));
    }
    m_written += int(spans.size());

    // Unit ids ("sentence-token") and the columns of each token.
    QStringList unitIds(tokens.size());
    int sentence = 0, inSentence = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i == 0 || tokens[i].sentence != tokens[i - 1].sentence) {
            ++sentence;
            inSentence = 0;
        }
        unitIds[i] = u"%1-%2"_s.arg(sentence).arg(++inSentence);
    }
    QList<QStringList> labels(tokens.size()), relationLabels(tokens.size()), relationRefs(tokens.size());
    for (const WrittenSpan &span : std::as_const(spans)) {
        const QString value = escapeValue(span.annotation->label) + (span.id ? u"[%1]"_s.arg(span.id) : QString());
        for (int i = span.first; i <= span.last; ++i)
            labels[i].append(value);
    }
    for (const Relation &r : exported.relations) {
        if (!spanIndex.contains(r.headId) || !spanIndex.contains(r.childId))
            continue;
        const WrittenSpan &head = spans[spanIndex.value(r.headId)], &child = spans[spanIndex.value(r.childId)];
        relationLabels[child.first].append(escapeValue(r.label));
        relationRefs[child.first].append(unitIds[head.first] + (head.id || child.id ? u"[%1_%2]"_s.arg(head.id).arg(child.id) : QString()));
    }

    QString out = u"#FORMAT=WebAnno TSV 3.3\n#T_SP=%1|label\n#T_RL=%2|label|BT_%1\n\n"_s.arg(spanLayer, relationLayer);
    auto column = [](const QStringList &values) { return values.isEmpty() ? u"_"_s : values.join(u'|'); };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i == 0 || tokens[i].sentence != tokens[i - 1].sentence) {
            // The sentence's text runs to the next sentence's first word, so no text is lost.
            qsizetype next = i + 1;
            while (next < tokens.size() && tokens[next].sentence == tokens[i].sentence)
                ++next;
            const qsizetype from = offsets.toUtf16(tokens[i].start);
            const qsizetype to = next < tokens.size() ? offsets.toUtf16(tokens[next].start) : doc.text.size();
            out += u'\n';
            for (const QStringView line : QStringView(doc.text).sliced(from, to - from).split(u'\n'))
                out += u"#Text="_s + escapeText(line) + u'\n';
        }
        const qsizetype begin = offsets.toUtf16(tokens[i].start), end = offsets.toUtf16(tokens[i].end);
        out += u"%1\t%2-%3\t%4\t%5\t%6\t%7\t\n"_s.arg(unitIds[i]).arg(begin).arg(end).arg(doc.text.mid(begin, end - begin),
                                                                                         column(labels[i]), column(relationLabels[i]),
                                                                                         column(relationRefs[i]));
    }
    return FormatSupport::writeFile(QDir(m_directory).filePath(m_fileNames.take(doc) + u".tsv"_s), out.toUtf8(), error);
}

bool WebAnnoWriter::finish(QString *)
{
    if (m_trimmed)
        m_warnings.append(QCoreApplication::translate("Export", "%n span(s) starting or ending in whitespace written on their words "
                                                                "(WebAnno TSV addresses tokens)", nullptr, m_trimmed));
    if (m_leftOut)
        m_warnings.append(QCoreApplication::translate("Export", "%n span(s) without a word left out (WebAnno TSV addresses tokens)",
                                                      nullptr, m_leftOut));
    if (m_leadingSpace)
        m_warnings.append(QCoreApplication::translate("Export", "%n document(s) begin with whitespace, which WebAnno TSV cannot hold "
                                                                "(read back as spaces)", nullptr, m_leadingSpace));
    return true;
}

} // namespace Copydesk
