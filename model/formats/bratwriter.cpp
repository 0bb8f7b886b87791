// The brat writer (BratWriter in bratformat.h): a .txt and an .ann per document, and the
// collection's annotation.conf and visual.conf.

#include <algorithm>

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QJsonValue>

#include "../labelschema.h"
#include "../textoffsets.h"
#include "bratformat.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// brat's type, attribute and value names: no whitespace, none of the characters its files
// use as separators.
QString bratName(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            c = u'_';
    }
    return out.isEmpty() ? u"_"_s : out;
}

// A field of an .ann line: no line breaks or tabs.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

struct Fragment
{
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// The pieces of a span between its line breaks: brat's own reader refuses a text-bound
// annotation whose text crosses a line.
QList<Fragment> fragmentsAtLineBreaks(const QString &covered, qint64 start)
{
    QList<Fragment> fragments;
    qint64 position = start;
    Fragment current{start, start, QString()};
    for (qsizetype i = 0; i < covered.size(); ++i) {
        const QChar c = covered[i];
        const bool pairStart = c.isHighSurrogate() && i + 1 < covered.size() && covered[i + 1].isLowSurrogate();
        if (c == u'\n') {
            if (current.end > current.start)
                fragments.append(current);
            current = {position + 1, position + 1, QString()};
        } else {
            current.text += c;
            if (pairStart)
                current.text += covered[++i];
            current.end = position + 1;
        }
        ++position;
    }
    if (current.end > current.start)
        fragments.append(current);
    return fragments;
}

// brat's foreground for a background colour: white on dark ones, as the window draws them.
QString foreground(const QString &background)
{
    const QColor color = QColor::fromString(background);
    return color.isValid() && color.lightnessF() < 0.45 ? u"white"_s : u"black"_s;
}

} // namespace

bool BratWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &document = exported.document;
    const QString stemPath = QDir(m_directory).filePath(m_fileNames.take(document));
    if (!FormatSupport::writeFile(stemPath + u".txt"_s, document.text.toUtf8(), error))
        return false;

    const TextOffsets offsets(document.text);
    QList<const Annotation *> spans;
    for (const Annotation &a : exported.annotations)
        spans.append(&a);
    std::stable_sort(spans.begin(), spans.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
    QString ann;
    QHash<qint64, QString> ids;
    for (const Annotation *a : std::as_const(spans)) {
        const QList<Fragment> fragments = fragmentsAtLineBreaks(FormatSupport::coveredText(document.text, offsets, *a), a->start);
        if (fragments.isEmpty()) {
            ++m_emptySpans;
            continue;
        }
        const QString id = u"T%1"_s.arg(ids.size() + 1);
        ids.insert(a->id, id);
        const QString label = nameInBrat(a->label);
        if (!m_labels.contains(label))
            m_labels.append(label);
        ++m_written;
        QStringList where, texts;
        for (const Fragment &f : fragments) {
            where.append(u"%1 %2"_s.arg(f.start).arg(f.end));
            texts.append(oneLine(f.text));
        }
        ann += u"%1\t%2 %3\t%4\n"_s.arg(id, label, where.join(u';'), texts.join(u' '));
        ann += attributeLines(*a, id);
        if (!a->note.isEmpty())
            ann += u"#%1\tAnnotatorNotes %2\t%3\n"_s.arg(++m_noteNumber).arg(id, oneLine(a->note));
    }
    QHash<qint64, QString> labelOf;
    for (const Annotation *a : std::as_const(spans))
        labelOf.insert(a->id, nameInBrat(a->label));
    int relationNumber = 0;
    for (const Relation &r : exported.relations) {
        if (!ids.contains(r.headId) || !ids.contains(r.childId))
            continue;
        const QString label = nameInBrat(r.label);
        m_relationHeads[label].insert(labelOf.value(r.headId));
        m_relationChildren[label].insert(labelOf.value(r.childId));
        ann += u"R%1\t%2 Arg1:%3 Arg2:%4\n"_s.arg(++relationNumber).arg(label, ids.value(r.headId), ids.value(r.childId));
    }
    m_noteNumber = 0;
    m_attributeNumber = 0;
    return FormatSupport::writeFile(stemPath + u".ann"_s, ann.toUtf8(), error);
}

QString BratWriter::nameInBrat(const QString &name)
{
    const QString safe = bratName(name);
    if (safe != name)
        m_renamed.insert(name, safe);
    return safe;
}

// A lines for an annotation's string, number and true attributes.
QString BratWriter::attributeLines(const Annotation &a, const QString &id)
{
    QString lines;
    for (auto it = a.attrs.begin(); it != a.attrs.end(); ++it) {
        const QString attribute = nameInBrat(it.key());
        const QJsonValue value = it.value();
        if (value.isBool() && value.toBool()) {
            m_attributeValues[attribute];
            lines += u"A%1\t%2 %3\n"_s.arg(++m_attributeNumber).arg(attribute, id);
            continue;
        }
        const QString text = value.isString() ? value.toString()
                             : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                                : QString();
        if (text.isEmpty()) {
            ++m_attributesLeftOut;
            continue;
        }
        const QString safeValue = nameInBrat(text);
        m_attributeValues[attribute].insert(safeValue);
        lines += u"A%1\t%2 %3 %4\n"_s.arg(++m_attributeNumber).arg(attribute, id, safeValue);
    }
    return lines;
}

// The collection's types: the project's labels (with those used that it does not know),
// relations and attributes, and how brat draws them.
bool BratWriter::finish(QString *error)
{
    QStringList entities;
    QHash<QString, QString> colours;
    if (m_context.schema) {
        for (const LabelDefinition &label : m_context.schema->labels()) {
            const QString name = bratName(label.name);
            if (!entities.contains(name))
                entities.append(name);
            colours.insert(name, label.color);
        }
        for (const RelationDefinition &relation : m_context.schema->relations()) {
            const QString name = bratName(relation.name);
            for (const QString &head : relation.headLabels)
                m_relationHeads[name].insert(bratName(head));
            for (const QString &child : relation.childLabels)
                m_relationChildren[name].insert(bratName(child));
        }
    }
    for (const QString &label : std::as_const(m_labels)) {
        if (!entities.contains(label))
            entities.append(label);
    }
    return FormatSupport::writeFile(QDir(m_directory).filePath(u"annotation.conf"_s), annotationConf(entities).toUtf8(), error)
           && FormatSupport::writeFile(QDir(m_directory).filePath(u"visual.conf"_s), visualConf(entities, colours).toUtf8(), error)
           && reportWarnings();
}

QString BratWriter::annotationConf(const QStringList &entities) const
{
    QString conf = QString::fromLatin1(copydeskConfMarker()) + u"\n[entities]\n"_s + entities.join(u'\n') + u"\n\n[relations]\n"_s;
    for (auto it = m_relationHeads.cbegin(); it != m_relationHeads.cend(); ++it) {
        QStringList heads = it.value().values(), children = m_relationChildren.value(it.key()).values();
        heads.sort();
        children.sort();
        conf += u"%1\tArg1:%2, Arg2:%3\n"_s.arg(it.key(), heads.isEmpty() ? u"<ENTITY>"_s : heads.join(u'|'),
                                                children.isEmpty() ? u"<ENTITY>"_s : children.join(u'|'));
    }
    // Copydesk's layers overlap (an organisation inside a quote); brat refuses that unless told.
    conf += u"<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"_s;
    conf += u"\n[events]\n\n[attributes]\n"_s;
    for (auto it = m_attributeValues.cbegin(); it != m_attributeValues.cend(); ++it) {
        QStringList values = it.value().values();
        values.sort();
        conf += values.isEmpty() ? u"%1\tArg:<ENTITY>\n"_s.arg(it.key())
                                 : u"%1\tArg:<ENTITY>, Value:%2\n"_s.arg(it.key(), values.join(u'|'));
    }
    return conf;
}

QString BratWriter::visualConf(const QStringList &entities, const QHash<QString, QString> &colours) const
{
    QString conf = QString::fromLatin1(copydeskConfMarker()) + u"\n[labels]\n"_s;
    for (const QString &label : entities)
        conf += u"%1 | %1\n"_s.arg(label);
    conf += u"\n[drawing]\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgray, borderColor:darken\n"
            "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n"_s;
    for (const QString &label : entities) {
        const QString colour = colours.value(label);
        if (!colour.isEmpty())
            conf += u"%1\tbgColor:%2, fgColor:%3\n"_s.arg(label, colour, foreground(colour));
    }
    return conf;
}

bool BratWriter::reportWarnings()
{
    if (m_emptySpans)
        m_warnings.append(QCoreApplication::translate("Export", "%n span(s) without text (empty, or line breaks only) left out: "
                                                                "brat cannot show them", nullptr, m_emptySpans));
    if (m_attributesLeftOut)
        m_warnings.append(QCoreApplication::translate("Export", "%n attribute(s) left out: brat holds text, numbers and true, not lists, objects or false", nullptr, m_attributesLeftOut));
    for (auto it = m_renamed.cbegin(); it != m_renamed.cend(); ++it)
        m_warnings.append(QCoreApplication::translate("Export", "\"%1\" written as \"%2\": brat's names hold no spaces or separators").arg(it.key(), it.value()));
    return true;
}

} // namespace Copydesk
