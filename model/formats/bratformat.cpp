#include "bratformat.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include "../labelschema.h"
#include "../textoffsets.h"
#include "formatsupport.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

QString exportTr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Export", text, nullptr, n);
}

struct Fragment
{
    qint64 start = 0;
    qint64 end = 0;
};

struct TextBound
{
    QString id;
    QString label;
    QList<Fragment> fragments;
    QString text;
    bool hasText = false;
    qint64 line = 0;
};

struct Argument
{
    QString role;
    QString target;
};

struct Event
{
    QString id;
    QString type;
    QString trigger;
    QList<Argument> arguments;
    qint64 line = 0;
};

struct BratRelation
{
    QString label;
    QString head;
    QString child;
    qint64 line = 0;
};

struct Attribute
{
    QString name;
    QString target;
    QJsonValue value;
    qint64 line = 0;
};

struct Note
{
    QString target;
    QString text;
    qint64 line = 0;
};

struct Normalization
{
    QString target;
    QString ref;
    QString text;
    qint64 line = 0;
};

struct Equivalence
{
    QString label;
    QStringList members;
    qint64 line = 0;
};

struct AnnFile
{
    QList<TextBound> textBounds;
    QList<Event> events;
    QList<BratRelation> relations;
    QList<Attribute> attributes;
    QList<Note> notes;
    QList<Normalization> normalizations;
    QList<Equivalence> equivalences;
    QSet<QString> relationIds;
};

struct ParseError
{
    qint64 line = 0;
    QString message;
};

// "Theme2" -> "Theme": brat numbers repeated roles.
QString roleBase(const QString &role)
{
    qsizetype end = role.size();
    while (end > 1 && role.at(end - 1).isDigit())
        --end;
    return role.left(end);
}

bool parseArgument(QStringView field, Argument *argument)
{
    const qsizetype colon = field.lastIndexOf(u':');
    if (colon <= 0 || colon == field.size() - 1)
        return false;
    argument->role = field.left(colon).toString();
    argument->target = field.sliced(colon + 1).toString();
    return true;
}

bool parseAnn(const QString &content, AnnFile *ann, ParseError *error)
{
    qint64 lineNumber = 0;
    QSet<QString> ids;
    auto fail = [&](const QString &message) {
        error->line = lineNumber;
        error->message = message;
        return false;
    };
    auto claim = [&](const QString &id) {
        if (ids.contains(id))
            return false;
        ids.insert(id);
        return true;
    };
    for (QStringView line : QStringView(content).tokenize(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            return fail(QCoreApplication::translate("Import", "a brat line starts with an id and a tab (\"T1<TAB>...\")"));
        const QString id = line.left(tab).toString();
        const QStringView rest = line.sliced(tab + 1);
        const qsizetype secondTab = rest.indexOf(u'\t');
        const QStringView body = secondTab < 0 ? rest : rest.left(secondTab);
        const QStringView tail = secondTab < 0 ? QStringView() : rest.sliced(secondTab + 1);
        const QList<QStringView> fields = body.split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            return fail(QCoreApplication::translate("Import", "the annotation %1 has no type").arg(id));
        const QChar kind = id.at(0);
        if (kind != u'*' && !claim(id))
            return fail(QCoreApplication::translate("Import", "the id %1 is used twice").arg(id));

        if (kind == u'T') {
            TextBound t;
            t.id = id;
            t.label = fields.first().toString();
            t.line = lineNumber;
            // Offsets follow the type: "START END" fragments separated by ";".
            const QStringView offsets = body.sliced(body.indexOf(fields.first()) + fields.first().size()).trimmed();
            for (const QStringView part : offsets.split(u';')) {
                const QList<QStringView> pair = part.trimmed().split(u' ', Qt::SkipEmptyParts);
                bool okStart = false, okEnd = false;
                Fragment f;
                if (pair.size() == 2) {
                    f.start = pair[0].toLongLong(&okStart);
                    f.end = pair[1].toLongLong(&okEnd);
                }
                if (!okStart || !okEnd || f.start < 0 || f.end < f.start)
                    return fail(QCoreApplication::translate("Import", "the text-bound annotation %1 needs offsets \"START END\" (or \"START END;START END\" "
                                   "for fragments), not \"%2\"").arg(id, offsets));
                t.fragments.append(f);
            }
            t.hasText = secondTab >= 0;
            t.text = tail.toString();
            ann->textBounds.append(t);
        } else if (kind == u'R') {
            Argument head, child;
            if (fields.size() != 3 || !parseArgument(fields[1], &head) || !parseArgument(fields[2], &child))
                return fail(QCoreApplication::translate("Import", "the relation %1 needs a type and two arguments (\"Label Arg1:T1 Arg2:T2\")").arg(id));
            // Arg1 is the head; when the roles are named otherwise, the first one listed.
            if (head.role == u"Arg2" && child.role == u"Arg1")
                std::swap(head, child);
            ann->relations.append({fields[0].toString(), head.target, child.target, lineNumber});
            ann->relationIds.insert(id);
        } else if (kind == u'E') {
            Event e;
            e.id = id;
            e.line = lineNumber;
            Argument trigger;
            if (!parseArgument(fields[0], &trigger))
                return fail(QCoreApplication::translate("Import", "the event %1 needs a type and a trigger (\"Type:T1\")").arg(id));
            e.type = trigger.role;
            e.trigger = trigger.target;
            for (qsizetype i = 1; i < fields.size(); ++i) {
                Argument argument;
                if (!parseArgument(fields[i], &argument))
                    return fail(QCoreApplication::translate("Import", "the event %1 has an argument that is not \"Role:ID\" (\"%2\")").arg(id, fields[i]));
                e.arguments.append(argument);
            }
            ann->events.append(e);
        } else if (kind == u'A' || kind == u'M') {
            if (fields.size() < 2 || fields.size() > 3)
                return fail(QCoreApplication::translate("Import", "the attribute %1 needs a name, a target and at most one value").arg(id));
            ann->attributes.append({fields[0].toString(), fields[1].toString(),
                                    fields.size() == 3 ? QJsonValue(fields[2].toString()) : QJsonValue(true), lineNumber});
        } else if (kind == u'N') {
            if (fields.size() != 3)
                return fail(QCoreApplication::translate("Import", "the normalization %1 needs a type, a target and a reference (\"Reference T1 DB:ID\")").arg(id));
            ann->normalizations.append({fields[1].toString(), fields[2].toString(), tail.toString(), lineNumber});
        } else if (kind == u'#') {
            if (fields.size() < 2)
                return fail(QCoreApplication::translate("Import", "the note %1 needs a type and a target (\"AnnotatorNotes T1\")").arg(id));
            ann->notes.append({fields[1].toString(), tail.toString(), lineNumber});
        } else if (kind == u'*') {
            if (fields.size() < 3)
                return fail(QCoreApplication::translate("Import", "an equivalence needs a type and at least two ids (\"Equiv T1 T2\")"));
            Equivalence e{fields[0].toString(), {}, lineNumber};
            for (qsizetype i = 1; i < fields.size(); ++i)
                e.members.append(fields[i].toString());
            ann->equivalences.append(e);
        } else {
            return fail(QCoreApplication::translate("Import", "unknown kind of brat annotation \"%1\" (T, R, E, A, M, N, # or *)").arg(id));
        }
    }
    return true;
}

// What brat shows as a text-bound annotation's text: its fragments joined by a space, line
// breaks as spaces (a .ann line cannot hold them).
QString flattened(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

// Checks every text-bound annotation's offsets and text; false with the first that does not fit.
bool checkTexts(const AnnFile &ann, const SourceText &source, OffsetUnit unit, ParseError *error)
{
    for (const TextBound &t : ann.textBounds) {
        QStringList parts;
        for (const Fragment &f : t.fragments) {
            QString part;
            if (!source.slice(f.start, f.end, unit, &part)) {
                error->line = t.line;
                error->message = QCoreApplication::translate("Import", "the offsets %1-%2 of %3 lie outside the text, which has %4 characters")
                                     .arg(f.start).arg(f.end).arg(t.id).arg(source.length(unit));
                return false;
            }
            parts.append(part);
        }
        if (t.hasText && flattened(parts.join(u' ')) != flattened(t.text)) {
            error->line = t.line;
            error->message = QCoreApplication::translate("Import", "the text of %1 (\"%2\") differs from the text at its offsets (\"%3\")")
                                 .arg(t.id, t.text.left(60), flattened(parts.join(u' ')).left(60));
            return false;
        }
    }
    return true;
}

QString documentId(const QString &textPath, const ReadOptions &options)
{
    const QFileInfo info(textPath);
    QString id = info.completeBaseName();
    if (!options.rootDirectory.isEmpty()) {
        id = QDir(options.rootDirectory).relativeFilePath(info.absoluteFilePath());
        const qsizetype dot = id.lastIndexOf(u'.');
        if (dot > id.lastIndexOf(u'/'))
            id.truncate(dot);
    }
    return id;
}

} // namespace

QString BratReader::name() const
{
    return u"brat"_s;
}

QStringList BratReader::extensions() const
{
    return {u"ann"_s};
}

bool BratReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                      QList<ImportProblem> *problems) const
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString stem = info.dir().filePath(info.completeBaseName());
    QString annPath, textPath;
    if (suffix == u"conf") {
        return true; // brat's configuration (annotation.conf, visual.conf, ...)
    } else if (suffix == u"txt") {
        textPath = path;
        if (QFileInfo::exists(stem + u".ann"_s)) {
            // In a folder the .ann is read too and brings its text along.
            if (!options.rootDirectory.isEmpty())
                return true;
            annPath = stem + u".ann"_s;
        }
    } else if (suffix == u"ann") {
        annPath = path;
        textPath = stem + u".txt"_s;
        if (!QFileInfo::exists(textPath)) {
            problems->append({path, 0, QCoreApplication::translate("Import", "no %1 beside it: a brat annotation file needs its text").arg(QFileInfo(textPath).fileName())});
            return false;
        }
    } else {
        problems->append({path, 0, QCoreApplication::translate("Import", "not a brat file (brat reads X.ann with its X.txt)")});
        return false;
    }

    QFile textFile(textPath);
    if (!textFile.open(QIODevice::ReadOnly)) {
        problems->append({textPath, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(textFile.errorString())});
        return false;
    }
    const QByteArray textBytes = textFile.readAll();
    QString raw, error;
    if (!decodeText(textBytes, &raw, &error, false)) {
        problems->append({textPath, 0, error});
        return false;
    }
    // brat counts a byte order mark as a character; SourceText drops it and moves offsets.
    if (textBytes.startsWith("\xEF\xBB\xBF"))
        raw.prepend(QChar(0xFEFF));
    const SourceText source(raw);

    AnnFile ann;
    OffsetUnit unit = OffsetUnit::CodePoints;
    if (!annPath.isEmpty() && !options.textOnly) {
        QFile annFile(annPath);
        if (!annFile.open(QIODevice::ReadOnly)) {
            problems->append({annPath, 0, QCoreApplication::translate("Import", "cannot read the file: %1").arg(annFile.errorString())});
            return false;
        }
        const QByteArray annBytes = annFile.readAll();
        QString content;
        if (!annBytes.trimmed().isEmpty() && !decodeText(annBytes, &content, &error, false)) {
            problems->append({annPath, 0, error});
            return false;
        }
        if (content.startsWith(QChar(0xFEFF)))
            content.remove(0, 1);
        ParseError parseError;
        const QString skipped = QCoreApplication::translate("Import", "; this document was not imported");
        if (!parseAnn(content, &ann, &parseError)) {
            problems->append({annPath, parseError.line, parseError.message + skipped});
            return false;
        }
        if (!checkTexts(ann, source, OffsetUnit::CodePoints, &parseError)) {
            ParseError utf16Error;
            if (source.isBmpOnly() || !checkTexts(ann, source, OffsetUnit::Utf16, &utf16Error)) {
                problems->append({annPath, parseError.line, parseError.message + skipped});
                return false;
            }
            unit = OffsetUnit::Utf16;
        }
    }

    ImportedDocument doc;
    doc.document.text = source.text();
    doc.document.externalId = documentId(textPath, options);
    for (const QStringView line : QStringView(doc.document.text).tokenize(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            doc.document.title = line.trimmed().left(300).toString();
            break;
        }
    }
    doc.document.meta.insert(u"file"_s, QFileInfo(textPath).fileName());
    const QString collection = info.absoluteDir().dirName();
    doc.annotator = collection.isEmpty() ? info.fileName() : collection;
    doc.file = annPath.isEmpty() ? textPath : annPath;

    // Spans: one per fragment; spanIndexes maps a T id to its spans.
    QHash<QString, QList<int>> spanIndexes;
    QSet<QString> textBoundIds;   // every T, kept or left out by the label map
    QSet<QString> usedIds;
    for (const TextBound &t : std::as_const(ann.textBounds))
        usedIds.insert(t.id);
    for (const TextBound &t : std::as_const(ann.textBounds)) {
        textBoundIds.insert(t.id);
        QString label = t.label;
        if (!FormatSupport::mapLabel(options.labelMap, &label))
            continue;
        QList<int> &indexes = spanIndexes[t.id];
        for (qsizetype i = 0; i < t.fragments.size(); ++i) {
            ImportedSpan span;
            span.id = t.id;
            if (t.fragments.size() > 1) {
                span.id = u"%1.%2"_s.arg(t.id).arg(i);
                while (usedIds.contains(span.id))
                    span.id += u'_';
                usedIds.insert(span.id);
            }
            span.label = label;
            span.start = source.toText(t.fragments[i].start, unit);
            span.end = source.toText(t.fragments[i].end, unit);
            indexes.append(doc.spans.size());
            doc.spans.append(span);
        }
    }

    QHash<QString, QString> triggers; // event id -> trigger T id
    for (const Event &e : std::as_const(ann.events))
        triggers.insert(e.id, e.trigger);
    // A T id for an id a line refers to (an event stands for its trigger); empty when unknown.
    auto resolve = [&](const QString &id) {
        if (textBoundIds.contains(id))
            return id;
        const QString trigger = triggers.value(id);
        return textBoundIds.contains(trigger) ? trigger : QString();
    };
    auto unknown = [&](qint64 line, const QString &id) {
        problems->append({annPath, line, QCoreApplication::translate("Import", "refers to %1, which is not a text-bound annotation or event of this file; "
                                            "this document was not imported").arg(id)});
        return false;
    };
    QSet<QString> relationKeys;
    auto relate = [&](const QString &label, const QString &head, const QString &child) {
        QString mapped = label;
        if (!FormatSupport::mapLabel(options.labelMap, &mapped))
            return;
        for (int h : spanIndexes.value(head)) {
            for (int c : spanIndexes.value(child)) {
                const QString key = mapped + u'\x1f' + doc.spans[h].id + u'\x1f' + doc.spans[c].id;
                if (relationKeys.contains(key) || h == c)
                    continue;
                relationKeys.insert(key);
                doc.relations.append({mapped, doc.spans[h].id, doc.spans[c].id});
            }
        }
    };

    for (const BratRelation &r : std::as_const(ann.relations)) {
        const QString head = resolve(r.head), child = resolve(r.child);
        if (head.isEmpty() || child.isEmpty())
            return unknown(r.line, head.isEmpty() ? r.head : r.child);
        relate(r.label, head, child);
    }
    for (const Event &e : std::as_const(ann.events)) {
        if (!textBoundIds.contains(e.trigger))
            return unknown(e.line, e.trigger);
        QList<Argument> arguments;
        for (const Argument &a : e.arguments) {
            const QString target = resolve(a.target);
            if (target.isEmpty())
                return unknown(e.line, a.target);
            arguments.append({roleBase(a.role), target});
        }
        const bool attribution = std::any_of(arguments.cbegin(), arguments.cend(), [](const Argument &a) {
            return a.role.compare(u"Content", Qt::CaseInsensitive) == 0;
        });
        if (!attribution) {
            for (const Argument &a : std::as_const(arguments))
                relate(a.role, e.trigger, a.target);
            continue;
        }
        for (const Argument &content : std::as_const(arguments)) {
            if (content.role.compare(u"Content", Qt::CaseInsensitive) != 0)
                continue;
            for (const Argument &other : std::as_const(arguments)) {
                if (other.role.compare(u"Content", Qt::CaseInsensitive) == 0)
                    continue;
                QString label = other.role;
                if (label.compare(u"Source", Qt::CaseInsensitive) == 0)
                    label = u"SPEAKER"_s;
                else if (label.compare(u"Cue", Qt::CaseInsensitive) == 0)
                    label = u"CUE"_s;
                relate(label, content.target, other.target);
            }
        }
    }
    for (const Equivalence &e : std::as_const(ann.equivalences)) {
        for (const QString &member : e.members) {
            if (resolve(member).isEmpty())
                return unknown(e.line, member);
        }
        for (qsizetype i = 1; i < e.members.size(); ++i)
            relate(e.label, resolve(e.members.first()), resolve(e.members[i]));
    }
    // Attributes, normalizations and notes of relations have no place in Copydesk.
    auto isRelation = [&](const QString &id) { return ann.relationIds.contains(id); };
    for (const Attribute &a : std::as_const(ann.attributes)) {
        const QString target = resolve(a.target);
        if (target.isEmpty() && !isRelation(a.target))
            return unknown(a.line, a.target);
        for (int index : spanIndexes.value(target))
            doc.spans[index].attrs.insert(a.name, a.value);
    }
    for (const Normalization &n : std::as_const(ann.normalizations)) {
        const QString target = resolve(n.target);
        if (target.isEmpty() && !isRelation(n.target))
            return unknown(n.line, n.target);
        for (int index : spanIndexes.value(target)) {
            QJsonArray list = doc.spans[index].attrs.value(u"normalizations").toArray();
            list.append(QJsonObject{{u"ref"_s, n.ref}, {u"text"_s, n.text}});
            doc.spans[index].attrs.insert(u"normalizations"_s, list);
        }
    }
    for (const Note &n : std::as_const(ann.notes)) {
        const QString target = resolve(n.target);
        if (target.isEmpty() && !isRelation(n.target))
            return unknown(n.line, n.target);
        for (int index : spanIndexes.value(target)) {
            QString &note = doc.spans[index].note;
            note = note.isEmpty() ? n.text : note + u'\n' + n.text;
        }
    }
    sink(std::move(doc));
    return true;
}

// Writing.

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

QString safeSegment(const QString &segment)
{
    QString out;
    for (const QChar c : segment)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' || c == u'.' ? c : u'_';
    if (out.isEmpty() || out == u"." || out == u"..")
        out = u"_"_s + out;
    if (out.startsWith(u'.'))
        out.prepend(u'_');
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = exportTr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString BratWriter::name() const
{
    return u"brat"_s;
}

QString BratWriter::extension() const
{
    return u"ann"_s;
}

QString BratWriter::fileBaseName(const ExportedDocument &exported)
{
    const Document &document = exported.document;
    QStringList segments;
    for (const QString &segment : document.externalId.split(u'/', Qt::SkipEmptyParts))
        segments.append(safeSegment(segment));
    QString base = segments.isEmpty() ? u"document-%1"_s.arg(document.id) : segments.join(u'/');
    const QString stem = base;
    for (int n = 2; m_usedNames.contains(base.toLower()); ++n)
        base = u"%1-%2"_s.arg(stem).arg(n);
    m_usedNames.insert(base.toLower());
    return base;
}

bool BratWriter::write(const ExportedDocument &exported, QString *error)
{
    const Document &document = exported.document;
    const QString base = fileBaseName(exported);
    const QString stemPath = QDir(m_directory).filePath(base);
    if (!QDir().mkpath(QFileInfo(stemPath).absolutePath())) {
        *error = exportTr("cannot make the folder for %1").arg(stemPath);
        return false;
    }
    if (!writeFile(stemPath + u".txt"_s, document.text.toUtf8(), error))
        return false;

    const TextOffsets offsets(document.text);
    QList<const Annotation *> spans;
    for (const Annotation &a : exported.annotations) {
        if (a.end <= a.start) {
            ++m_emptySpans;
            continue;
        }
        spans.append(&a);
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
    auto written = [&](const QString &name) {
        const QString safe = bratName(name);
        if (safe != name)
            m_renamed.insert(name, safe);
        return safe;
    };
    QString ann;
    QHash<qint64, QString> ids;
    int attributeNumber = 0, noteNumber = 0;
    for (const Annotation *a : std::as_const(spans)) {
        const QString id = u"T%1"_s.arg(ids.size() + 1);
        ids.insert(a->id, id);
        const QString label = written(a->label);
        if (!m_labels.contains(label))
            m_labels.append(label);
        if (a->status == AnnotationStatus::Suggested)
            ++m_suggestions;
        const qsizetype from = offsets.toUtf16(a->start);
        QString covered = document.text.mid(from, offsets.toUtf16(a->end) - from);
        for (QChar &c : covered) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        }
        ann += u"%1\t%2 %3 %4\t%5\n"_s.arg(id, label).arg(a->start).arg(a->end).arg(covered);
        for (auto it = a->attrs.begin(); it != a->attrs.end(); ++it) {
            const QString attribute = written(it.key());
            const QJsonValue value = it.value();
            QString text;
            if (value.isBool() && value.toBool()) {
                m_attributeValues[attribute];
                ann += u"A%1\t%2 %3\n"_s.arg(++attributeNumber).arg(attribute, id);
                continue;
            }
            if (value.isString())
                text = value.toString();
            else if (value.isDouble())
                text = QString::number(value.toDouble(), 'g', 17);
            if (text.isEmpty()) {
                ++m_attributesLeftOut;
                continue;
            }
            const QString safeValue = written(text);
            m_attributeValues[attribute].insert(safeValue);
            ann += u"A%1\t%2 %3 %4\n"_s.arg(++attributeNumber).arg(attribute, id, safeValue);
        }
        if (!a->note.isEmpty()) {
            QString note = a->note;
            for (QChar &c : note) {
                if (c == u'\n' || c == u'\r' || c == u'\t')
                    c = u' ';
            }
            ann += u"#%1\tAnnotatorNotes %2\t%3\n"_s.arg(++noteNumber).arg(id, note);
        }
    }
    QHash<qint64, QString> labelOf;
    for (const Annotation *a : std::as_const(spans))
        labelOf.insert(a->id, written(a->label));
    int relationNumber = 0;
    for (const Relation &r : exported.relations) {
        if (!ids.contains(r.headId) || !ids.contains(r.childId))
            continue;
        const QString label = written(r.label);
        m_relationHeads[label].insert(labelOf.value(r.headId));
        m_relationChildren[label].insert(labelOf.value(r.childId));
        ann += u"R%1\t%2 Arg1:%3 Arg2:%4\n"_s.arg(++relationNumber).arg(label, ids.value(r.headId), ids.value(r.childId));
    }
    return writeFile(stemPath + u".ann"_s, ann.toUtf8(), error);
}

bool BratWriter::finish(QString *error)
{
    // annotation.conf: brat shows only the types its configuration names.
    QStringList entities;
    if (m_context.schema) {
        for (const LabelDefinition &label : m_context.schema->labels()) {
            if (m_labels.contains(bratName(label.name)) && !entities.contains(bratName(label.name)))
                entities.append(bratName(label.name));
        }
    }
    for (const QString &label : std::as_const(m_labels)) {
        if (!entities.contains(label))
            entities.append(label);
    }
    QString conf = u"# Written by Copydesk: the labels, relations and attributes of this export.\n[entities]\n"_s;
    for (const QString &label : std::as_const(entities))
        conf += label + u'\n';
    conf += u"\n[relations]\n"_s;
    for (auto it = m_relationHeads.cbegin(); it != m_relationHeads.cend(); ++it) {
        QStringList heads = it.value().values(), children = m_relationChildren.value(it.key()).values();
        heads.sort();
        children.sort();
        conf += u"%1\tArg1:%2, Arg2:%3\n"_s.arg(it.key(), heads.join(u'|'), children.join(u'|'));
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
    if (!writeFile(QDir(m_directory).filePath(u"annotation.conf"_s), conf.toUtf8(), error))
        return false;

    if (m_suggestions)
        m_warnings.append(exportTr("%n suggestion(s) written as plain annotations: brat has no statuses or confidences",
                                   m_suggestions));
    if (m_emptySpans)
        m_warnings.append(exportTr("%n empty span(s) left out: brat cannot show them", m_emptySpans));
    if (m_attributesLeftOut)
        m_warnings.append(exportTr("%n attribute(s) left out: brat holds text, numbers and true, not lists, objects or false",
                                   m_attributesLeftOut));
    for (auto it = m_renamed.cbegin(); it != m_renamed.cend(); ++it)
        m_warnings.append(exportTr("\"%1\" written as \"%2\": brat's names hold no spaces or separators").arg(it.key(), it.value()));
    return true;
}

} // namespace Copydesk
