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
#include "inputfile.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

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

// Where the document of a path is: its .ann (empty for a text alone) and its .txt.
enum class Pair { Read, Skip, Failed };
Pair findPair(const QString &path, const ReadOptions &options, QString *annPath, QString *textPath, QList<ImportProblem> *problems)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString stem = info.dir().filePath(info.completeBaseName());
    if (suffix == u"conf")
        return Pair::Skip; // brat's configuration (annotation.conf, visual.conf, ...)
    if (suffix == u"txt") {
        *textPath = path;
        if (QFileInfo::exists(stem + u".ann"_s)) {
            // In a folder the .ann is read too and brings its text along.
            if (!options.rootDirectory.isEmpty())
                return Pair::Skip;
            *annPath = stem + u".ann"_s;
        }
        return Pair::Read;
    }
    if (suffix == u"ann") {
        *annPath = path;
        *textPath = stem + u".txt"_s;
        if (QFileInfo::exists(*textPath))
            return Pair::Read;
        problems->append({path, 0, QCoreApplication::translate("Import", "no %1 beside it: a brat annotation file needs its text")
                                       .arg(QFileInfo(*textPath).fileName())});
        return Pair::Failed;
    }
    problems->append({path, 0, QCoreApplication::translate("Import", "not a brat file (brat reads X.ann with its X.txt)")});
    return Pair::Failed;
}

// The .txt as brat counts it: line ends as they are, a byte order mark a character.
bool readSource(const QString &textPath, qint64 limit, SourceText *source, QList<ImportProblem> *problems)
{
    InputFile textFile(textPath);
    QByteArray textBytes;
    if (!textFile.open(problems) || !textFile.readAll(limit, &textBytes, problems))
        return false;
    QString raw, error;
    if (!decodeText(textBytes, &raw, &error, false)) {
        problems->append({textPath, 0, error});
        return false;
    }
    // brat counts a byte order mark as a character; SourceText drops it and moves offsets.
    if (textBytes.startsWith("\xEF\xBB\xBF"))
        raw.prepend(QChar(0xFEFF));
    *source = SourceText(raw);
    return true;
}

// The .ann, read and checked against the text; *unit: what its offsets count.
bool readAnn(const QString &annPath, qint64 limit, const SourceText &source, AnnFile *ann, OffsetUnit *unit,
             QList<ImportProblem> *problems)
{
    InputFile annFile(annPath);
    QByteArray annBytes;
    if (!annFile.open(problems) || !annFile.readAll(limit, &annBytes, problems))
        return false;
    QString content, error;
    if (!annBytes.trimmed().isEmpty() && !decodeText(annBytes, &content, &error, false)) {
        problems->append({annPath, 0, error});
        return false;
    }
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    ParseError parseError;
    const QString skipped = QCoreApplication::translate("Import", "; this document was not imported");
    if (!parseAnn(content, ann, &parseError)) {
        problems->append({annPath, parseError.line, parseError.message + skipped});
        return false;
    }
    *unit = OffsetUnit::CodePoints;
    if (!checkTexts(*ann, source, OffsetUnit::CodePoints, &parseError)) {
        ParseError utf16Error;
        if (source.isBmpOnly() || !checkTexts(*ann, source, OffsetUnit::Utf16, &utf16Error)) {
            problems->append({annPath, parseError.line, parseError.message + skipped});
            return false;
        }
        *unit = OffsetUnit::Utf16;
    }
    return true;
}

// Whether the collection of an .ann is a Copydesk export: its annotation.conf (brat looks in
// the document's folder and up) starts with Copydesk's marker.
bool writtenByCopydesk(const QString &annPath, const QString &rootDirectory)
{
    QDir dir = QFileInfo(annPath).absoluteDir();
    const QString root = rootDirectory.isEmpty() ? QString() : QDir(rootDirectory).absolutePath();
    for (int depth = 0; depth < 10; ++depth) {
        QFile conf(dir.filePath(u"annotation.conf"_s));
        if (InputFile::notRegular(conf.fileName()).isEmpty() && conf.open(QIODevice::ReadOnly))
            return conf.readLine(1024).startsWith(BratWriter::copydeskConfMarker());
        if (dir.absolutePath() == root || !dir.cdUp())
            return false;
    }
    return false;
}

bool isRole(const QString &role, QStringView name)
{
    return role.compare(name, Qt::CaseInsensitive) == 0;
}

// Turns a parsed .ann into a document's spans and relations.
class BratDocument
{
public:
    BratDocument(const AnnFile &ann, const ReadOptions &options, ImportedDocument *doc)
        : m_ann(ann), m_options(options), m_doc(doc)
    {
        for (const Event &e : ann.events)
            m_triggers.insert(e.id, e.trigger);
    }

    // joinLineBreaks: fragments with only line breaks between them are one span (the
    // collection is a Copydesk export, which splits spans at line breaks).
    void addSpans(const SourceText &source, OffsetUnit unit, bool joinLineBreaks);
    // The relations, attributes, normalizations and notes; false when a line refers to an id
    // the file lacks, or there are too many relations (errorLine() and error() say which).
    bool addRest();
    qint64 errorLine() const { return m_errorLine; }
    QString error() const { return m_error; }

private:
    // A T id for an id a line refers to (an event stands for its trigger); empty when unknown.
    QString resolve(const QString &id) const
    {
        if (m_textBoundIds.contains(id))
            return id;
        const QString trigger = m_triggers.value(id);
        return m_textBoundIds.contains(trigger) ? trigger : QString();
    }
    bool unknown(qint64 line, const QString &id)
    {
        m_errorLine = line;
        m_error = QCoreApplication::translate("Import", "refers to %1, which is not a text-bound annotation or event of this file").arg(id);
        return false;
    }
    bool relate(const QString &label, const QString &head, const QString &child, qint64 line);
    bool addEvent(const Event &event);
    bool addAttributes();

    const AnnFile &m_ann;
    const ReadOptions &m_options;
    ImportedDocument *m_doc;
    QHash<QString, QList<int>> m_spanIndexes; // T id -> its spans (one per fragment)
    QSet<QString> m_textBoundIds;             // every T, kept or left out by the label map
    QHash<QString, QString> m_triggers;       // event id -> trigger T id
    QSet<QString> m_relationKeys;
    qint64 m_errorLine = 0;
    QString m_error;
};

// Fragments of a text-bound annotation, those with only line breaks between them joined.
QList<Fragment> joinedAtLineBreaks(const QList<Fragment> &fragments, const SourceText &source, OffsetUnit unit)
{
    QList<Fragment> joined;
    for (const Fragment &f : fragments) {
        QString gap;
        if (!joined.isEmpty() && source.slice(joined.last().end, f.start, unit, &gap) && !gap.isEmpty()
            && std::all_of(gap.cbegin(), gap.cend(), [](QChar c) { return c == u'\n' || c == u'\r'; })) {
            joined.last().end = f.end;
            continue;
        }
        joined.append(f);
    }
    return joined;
}

void BratDocument::addSpans(const SourceText &source, OffsetUnit unit, bool joinLineBreaks)
{
    QSet<QString> usedIds;
    for (const TextBound &t : m_ann.textBounds)
        usedIds.insert(t.id);
    for (const TextBound &t : m_ann.textBounds) {
        m_textBoundIds.insert(t.id);
        QString label = t.label;
        if (!FormatSupport::mapLabel(m_options.labelMap, &label))
            continue;
        QList<int> &indexes = m_spanIndexes[t.id];
        const QList<Fragment> fragments = joinLineBreaks ? joinedAtLineBreaks(t.fragments, source, unit) : t.fragments;
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            ImportedSpan span;
            span.id = t.id;
            if (fragments.size() > 1) {
                span.id = u"%1.%2"_s.arg(t.id).arg(i);
                while (usedIds.contains(span.id))
                    span.id += u'_';
                usedIds.insert(span.id);
            }
            span.label = label;
            span.start = source.toText(fragments[i].start, unit);
            span.end = source.toText(fragments[i].end, unit);
            indexes.append(int(m_doc->spans.size()));
            m_doc->spans.append(span);
        }
    }
}

// A relation between two annotations (each a span per fragment).
bool BratDocument::relate(const QString &label, const QString &head, const QString &child, qint64 line)
{
    QString mapped = label;
    if (!FormatSupport::mapLabel(m_options.labelMap, &mapped))
        return true;
    if (FormatSupport::relateSpans(m_doc, mapped, m_spanIndexes.value(head), m_spanIndexes.value(child), m_options.limits,
                                   &m_error, &m_relationKeys))
        return true;
    m_errorLine = line;
    return false;
}

// An attribution event (one with a Content role) relates each Content argument to the others
// (SPEAKER to a Source, CUE to a Cue); any other event relates its trigger to each argument.
bool BratDocument::addEvent(const Event &e)
{
    if (!m_textBoundIds.contains(e.trigger))
        return unknown(e.line, e.trigger);
    QList<Argument> arguments;
    for (const Argument &a : e.arguments) {
        const QString target = resolve(a.target);
        if (target.isEmpty())
            return unknown(e.line, a.target);
        arguments.append({roleBase(a.role), target});
    }
    const bool attribution = std::any_of(arguments.cbegin(), arguments.cend(), [](const Argument &a) {
        return isRole(a.role, u"Content");
    });
    for (const Argument &content : std::as_const(arguments)) {
        if (!attribution) {
            if (!relate(content.role, e.trigger, content.target, e.line))
                return false;
            continue;
        }
        if (!isRole(content.role, u"Content"))
            continue;
        for (const Argument &other : std::as_const(arguments)) {
            if (isRole(other.role, u"Content"))
                continue;
            const QString label = isRole(other.role, u"Source") ? u"SPEAKER"_s : isRole(other.role, u"Cue") ? u"CUE"_s : other.role;
            if (!relate(label, content.target, other.target, e.line))
                return false;
        }
    }
    return true;
}

bool BratDocument::addRest()
{
    for (const BratRelation &r : m_ann.relations) {
        const QString head = resolve(r.head), child = resolve(r.child);
        if (head.isEmpty() || child.isEmpty())
            return unknown(r.line, head.isEmpty() ? r.head : r.child);
        if (!relate(r.label, head, child, r.line))
            return false;
    }
    for (const Event &e : m_ann.events) {
        if (!addEvent(e))
            return false;
    }
    for (const Equivalence &e : m_ann.equivalences) {
        for (const QString &member : e.members) {
            if (resolve(member).isEmpty())
                return unknown(e.line, member);
        }
        for (qsizetype i = 1; i < e.members.size(); ++i) {
            if (!relate(e.label, resolve(e.members.first()), resolve(e.members[i]), e.line))
                return false;
        }
    }
    return addAttributes();
}

// Attributes, normalizations and notes go to the spans of their target; those of relations
// have no place in Copydesk.
bool BratDocument::addAttributes()
{
    // The spans of a target; false when the target is neither a span (or event) nor a relation.
    auto spansOf = [&](const QString &target, qint64 targetLine, QList<int> *indexes) {
        const QString resolved = resolve(target);
        if (resolved.isEmpty() && !m_ann.relationIds.contains(target))
            return unknown(targetLine, target);
        *indexes = m_spanIndexes.value(resolved);
        return true;
    };
    QList<int> indexes;
    for (const Attribute &a : m_ann.attributes) {
        if (!spansOf(a.target, a.line, &indexes))
            return false;
        for (int index : std::as_const(indexes))
            m_doc->spans[index].attrs.insert(a.name, a.value);
    }
    for (const Normalization &n : m_ann.normalizations) {
        if (!spansOf(n.target, n.line, &indexes))
            return false;
        for (int index : std::as_const(indexes)) {
            QJsonArray list = m_doc->spans[index].attrs.value(u"normalizations").toArray();
            list.append(QJsonObject{{u"ref"_s, n.ref}, {u"text"_s, n.text}});
            m_doc->spans[index].attrs.insert(u"normalizations"_s, list);
        }
    }
    for (const Note &n : m_ann.notes) {
        if (!spansOf(n.target, n.line, &indexes))
            return false;
        for (int index : std::as_const(indexes)) {
            QString &note = m_doc->spans[index].note;
            note = note.isEmpty() ? n.text : note + u'\n' + n.text;
        }
    }
    return true;
}

} // namespace

bool BratReader::read(const QString &path, const ReadOptions &options, const std::function<bool(ImportedDocument &&)> &sink,
                      QList<ImportProblem> *problems) const
{
    QString annPath, textPath;
    const Pair pair = findPair(path, options, &annPath, &textPath, problems);
    if (pair != Pair::Read)
        return pair == Pair::Skip;
    SourceText source;
    if (!readSource(textPath, options.limits.documentBytes, &source, problems))
        return false;
    AnnFile ann;
    OffsetUnit unit = OffsetUnit::CodePoints;
    if (!annPath.isEmpty() && !options.textOnly && !readAnn(annPath, options.limits.documentBytes, source, &ann, &unit, problems))
        return false;

    ImportedDocument doc;
    doc.document.text = source.text();
    doc.document.externalId = FormatSupport::documentIdForPath(textPath, options.rootDirectory);
    doc.document.meta.insert(u"file"_s, QFileInfo(textPath).fileName());
    FormatSupport::fillDocumentColumns(doc.document);
    const QFileInfo info(path);
    const QString collection = info.absoluteDir().dirName();
    doc.annotator = collection.isEmpty() ? info.fileName() : collection;
    doc.file = annPath.isEmpty() ? textPath : annPath;

    BratDocument builder(ann, options, &doc);
    builder.addSpans(source, unit, !annPath.isEmpty() && writtenByCopydesk(annPath, options.rootDirectory));
    if (!builder.addRest()) {
        problems->append({annPath, builder.errorLine(),
                          builder.error() + QCoreApplication::translate("Import", "; this document was not imported")});
        return false;
    }
    sink(std::move(doc));
    return true;
}

} // namespace Copydesk
