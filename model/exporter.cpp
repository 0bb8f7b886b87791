#include "exporter.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include "formats/documentwriter.h"
#include "formats/formatregistry.h"
#include "formats/formatsupport.h"
#include "formats/inputfile.h"
#include "labelschema.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

void StatusCounts::add(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested:
        ++suggestions;
        break;
    case AnnotationStatus::Rejected:
        ++rejected;
        break;
    case AnnotationStatus::Accepted:
    case AnnotationStatus::Manual:
        ++decisions;
        break;
    }
}

namespace {

// The annotations an export chooses by annotator (or decider) and document; statuses apart.
class Selection
{
public:
    bool prepare(ProjectStore &store, const ExportOptions &options, ExportContext *context, QString *error)
    {
        m_all = options.annotators.isEmpty();
        context->annotatorNames = options.annotators;
        QStringList unknownNames = options.annotators;
        for (const Annotator &a : store.annotators()) {
            context->annotators.insert(a.id, a);
            if (a.kind == AnnotatorKind::Curation)
                m_curation.insert(a.id);
            if (options.annotators.contains(a.name) || options.annotators.contains(a.displayName())) {
                m_annotators.insert(a.id);
                unknownNames.removeAll(a.name);
                unknownNames.removeAll(a.displayName());
            }
        }
        if (!unknownNames.isEmpty()) {
            *error = QCoreApplication::translate("Export", "no annotator named %1 in the project").arg(unknownNames.join(u", "));
            return false;
        }
        m_documents = options.documents.isEmpty() ? store.documentIds() : options.documents;
        return true;
    }
    // A decision belongs to its owner's set (model/annotationsets.h); its maker and decider
    // still choose it, except in the curated set (exported only when asked for as "curated").
    bool chooses(const Annotation &a) const
    {
        if (m_all)
            return true;
        const bool curated = a.isDecided() && m_curation.contains(a.ownerId);
        return (a.isDecided() && m_annotators.contains(a.ownerId))
               || (!curated && (m_annotators.contains(a.annotatorId) || (a.deciderId && m_annotators.contains(a.deciderId))));
    }
    const QList<qint64> &documents() const { return m_documents; }

private:
    bool m_all = true;
    QSet<qint64> m_annotators;
    QSet<qint64> m_curation; // the curated set
    QList<qint64> m_documents;
};

// Whether a format can hold an annotation at all: whether it holds spans, and of its layer.
bool holdsLayer(const Format *format, const LabelSchema &schema, const Annotation &a)
{
    if (!format)
        return true;
    return format->holds.testFlag(Holding::Spans) && (format->layers.isEmpty() || format->layers.contains(schema.layerOf(a.label)));
}

// What an export chose and its format cannot hold, counted from the format table as documents
// are written, and the export's summary in the format's own terms.
class Accounting
{
public:
    Accounting(const Format *format, const LabelSchema &schema)
        : m_format(format), m_schema(schema)
    {
    }
    void add(const ExportedDocument &exported, ExportReport *report);
    void finish(const DocumentWriter &writer, ExportReport *report) const;

private:
    bool lacks(Holding holding) const { return m_format && !m_format->holds.testFlag(holding); }

    const Format *m_format;
    const LabelSchema &m_schema;
    int m_relations = 0;
    int m_attributes = 0;
    int m_notes = 0;
    int m_suggestions = 0;
    int m_rejected = 0;
};

void Accounting::add(const ExportedDocument &exported, ExportReport *report)
{
    for (const Annotation &a : exported.annotations) {
        report->chosen.add(a.status);
        if (!holdsLayer(m_format, m_schema, a)) {
            ++report->notRepresentable[m_schema.layerOf(a.label)];
            continue;
        }
        m_attributes += !a.attrs.isEmpty() && lacks(Holding::Attributes) ? 1 : 0;
        m_notes += !a.note.isEmpty() && lacks(Holding::Notes) ? 1 : 0;
        m_suggestions += a.status == AnnotationStatus::Suggested && lacks(Holding::Statuses) ? 1 : 0;
        m_rejected += a.status == AnnotationStatus::Rejected && lacks(Holding::Statuses) ? 1 : 0;
    }
    // Relations of annotations the format holds (the others go with their annotations).
    if (lacks(Holding::Relations)) {
        QSet<qint64> held;
        for (const Annotation &a : exported.annotations) {
            if (holdsLayer(m_format, m_schema, a))
                held.insert(a.id);
        }
        for (const Relation &r : exported.relations)
            m_relations += held.contains(r.headId) && held.contains(r.childId) ? 1 : 0;
    }
    ++report->documents;
    report->annotations += int(exported.annotations.size());
}

void Accounting::finish(const DocumentWriter &writer, ExportReport *report) const
{
    const QString title = m_format ? m_format->title : writer.name();
    auto warn = [&](const char *text, int n) {
        if (n)
            report->warnings.append(QCoreApplication::translate("Export", text, nullptr, n).arg(title));
    };
    warn(QT_TRANSLATE_N_NOOP("Export", "%Ln suggestion(s) written as if decided: %1 has no statuses "
                                       "(export decisions only, the default, for training data)"), m_suggestions);
    warn(QT_TRANSLATE_N_NOOP("Export", "%Ln rejected annotation(s) written as if decided: %1 has no statuses"), m_rejected);
    warn(QT_TRANSLATE_N_NOOP("Export", "%Ln relation(s) left out: %1 has no relations"), m_relations);
    warn(QT_TRANSLATE_N_NOOP("Export", "attributes of %Ln annotation(s) left out: %1 has no attributes"), m_attributes);
    warn(QT_TRANSLATE_N_NOOP("Export", "notes of %Ln annotation(s) left out: %1 has no notes"), m_notes);
    report->warnings += writer.warnings();

    report->written = writer.written();
    const char *unit = m_format ? m_format->unit : QT_TRANSLATE_N_NOOP("Formats", "%Ln annotation(s)");
    QString summary = QCoreApplication::translate("Formats", unit, nullptr, report->written);
    if (!m_format || m_format->holds.testFlag(Holding::Spans))
        summary = QCoreApplication::translate("Export", "%1 in %Ln document(s)", nullptr, report->documents).arg(summary);
    for (auto it = report->notRepresentable.cbegin(); it != report->notRepresentable.cend(); ++it) {
        summary += u"; "_s;
        summary += it.key().isEmpty()
                       ? QCoreApplication::translate("Export", "%Ln annotation(s) not representable in %1", nullptr, it.value()).arg(title)
                       : QCoreApplication::translate("Export", "%Ln %1 annotation(s) not representable in %2", nullptr, it.value())
                             .arg(it.key(), title);
    }
    report->summary = summary;
}

// The chosen annotations of one document with the relations between them; false when the
// document is gone.
bool exportedDocument(ProjectStore &store, qint64 id, const Selection &selection, const ExportOptions &options,
                      ExportedDocument *exported)
{
    const std::optional<Document> doc = store.document(id);
    if (!doc)
        return false;
    exported->document = *doc;
    QSet<qint64> kept;
    const QList<Annotation> annotations = store.annotations(id);
    for (const Annotation &a : annotations) {
        if (options.statuses.contains(a.status) && selection.chooses(a)) {
            exported->annotations.append(a);
            kept.insert(a.id);
        }
    }
    const QList<Relation> relations = store.relations(id);
    for (const Relation &r : relations) {
        if (kept.contains(r.headId) && kept.contains(r.childId))
            exported->relations.append(r);
    }
    return true;
}

// Chooses the annotations, calls begin (a device or a folder), writes every document.
bool run(ProjectStore &store, DocumentWriter &writer, const std::function<bool(const ExportContext &, QString *)> &begin,
         const ExportOptions &options, ExportReport *report, QString *error,
         const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ExportContext context;
    const LabelSchema schema = store.schema();
    context.schema = &schema;
    Selection selection;
    if (!selection.prepare(store, options, &context, error) || !begin(context, error))
        return false;
    Accounting accounting(writer.format(), schema);
    const QList<qint64> &ids = selection.documents();
    int done = 0;
    for (qint64 id : ids) {
        if (cancel && cancel->load()) {
            report->cancelled = true;
            break;
        }
        ExportedDocument exported;
        if (!exportedDocument(store, id, selection, options, &exported))
            continue;
        if (!writer.write(exported, error))
            return false;
        accounting.add(exported, report);
        if (progress)
            progress(++done, int(ids.size()));
    }
    if (!writer.finish(error))
        return false;
    accounting.finish(writer, report);
    return true;
}

} // namespace

bool previewExport(ProjectStore &store, const Format &format, const ExportOptions &options, ExportPreview *preview,
                   QString *error, const std::atomic_bool *cancel)
{
    ExportContext context;
    const LabelSchema schema = store.schema();
    Selection selection;
    if (!selection.prepare(store, options, &context, error))
        return false;
    *preview = {};
    for (qint64 id : selection.documents()) {
        if (cancel && cancel->load())
            return false;
        const QList<Annotation> annotations = store.annotations(id);
        for (const Annotation &a : annotations) {
            if (!selection.chooses(a))
                continue;
            preview->chosen.add(a.status);
            if (holdsLayer(&format, schema, a))
                preview->held.add(a.status);
        }
        ++preview->documents;
    }
    return true;
}

bool exportProject(ProjectStore &store, DocumentWriter &writer, QIODevice *device, const ExportOptions &options,
                   ExportReport *report, QString *error, const std::function<void(int, int)> &progress,
                   const std::atomic_bool *cancel)
{
    if (writer.writesDirectory()) {
        *error = QCoreApplication::translate("Export", "the %1 format writes a folder of files, not one file; choose a folder").arg(writer.name());
        return false;
    }
    return run(store, writer, [&](const ExportContext &context, QString *beginError) {
        return writer.begin(device, context, beginError);
    }, options, report, error, progress, cancel);
}

bool exportProjectToDirectory(ProjectStore &store, DocumentWriter &writer, const QString &directory,
                              const ExportOptions &options, ExportReport *report, QString *error,
                              const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    if (!writer.writesDirectory()) {
        *error = QCoreApplication::translate("Export", "the %1 format writes one file, not a folder").arg(writer.name());
        return false;
    }
    const QFileInfo target(directory);
    if (target.exists() && !target.isDir()) {
        *error = QCoreApplication::translate("Export", "%1 is a file; the %2 format writes a folder").arg(directory, writer.name());
        return false;
    }
    if (target.exists() && !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = QCoreApplication::translate("Export", "the folder %1 is not empty; export into a new or empty folder").arg(directory);
        return false;
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QCoreApplication::translate("Export", "cannot make the folder %1").arg(parent);
        return false;
    }
    QTemporaryDir partial(QDir(parent).filePath(u".%1.partial-XXXXXX"_s.arg(target.fileName())));
    if (!partial.isValid()) {
        *error = QCoreApplication::translate("Export", "cannot write in %1: %2").arg(parent, partial.errorString());
        return false;
    }
    const bool ok = run(store, writer, [&](const ExportContext &context, QString *beginError) {
        return writer.beginDirectory(partial.path(), context, beginError);
    }, options, report, error, progress, cancel);
    if (!ok || report->cancelled)
        return ok;
    if (target.exists() && !QDir().rmdir(target.absoluteFilePath())) {
        *error = QCoreApplication::translate("Export", "cannot replace the empty folder %1").arg(directory);
        return false;
    }
    if (!QDir().rename(partial.path(), target.absoluteFilePath())) {
        *error = QCoreApplication::translate("Export", "cannot rename %1 to %2").arg(partial.path(), directory);
        return false;
    }
    partial.setAutoRemove(false);
    // QTemporaryDir makes its folder private to its owner; the export is an ordinary folder.
    QFile::setPermissions(target.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                         | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                         | QFile::ExeOther);
    return true;
}

bool exportToPath(ProjectStore &store, DocumentWriter &writer, const QString &path, const ExportOptions &options,
                  ExportReport *report, QString *error, const std::function<void(int, int)> &progress,
                  const std::atomic_bool *cancel)
{
    if (writer.writesDirectory()) {
        if (path == u"-") {
            *error = QCoreApplication::translate("Export", "the %1 format writes a folder of files, not one stream; name a folder").arg(writer.name());
            return false;
        }
        return exportProjectToDirectory(store, writer, path, options, report, error, progress, cancel);
    }
    if (path != u"-" && QFileInfo(path).isDir()) {
        *error = QCoreApplication::translate("Export", "%1 is a folder; the %2 format writes one file").arg(path, writer.name());
        return false;
    }
    // Unbuffered: a write that fails says so at once, with the reason (a full disk).
    constexpr QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (path == u"-" || !InputFile::notRegular(path).isEmpty()) {
        // Standard output, a FIFO or a device: written into as it is, never replaced.
        QFile out(path);
        if (!(path == u"-" ? out.open(STDOUT_FILENO, mode, QFileDevice::DontCloseHandle) : out.open(mode))) {
            *error = QCoreApplication::translate("Export", "cannot write %1: %2").arg(path, out.errorString());
            return false;
        }
        return exportProject(store, writer, &out, options, report, error, progress, cancel);
    }
    QSaveFile file(path);
    if (!file.open(mode)) {
        *error = QCoreApplication::translate("Export", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!exportProject(store, writer, &file, options, report, error, progress, cancel) || report->cancelled) {
        file.cancelWriting();
        return report->cancelled && error->isEmpty();
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("Export", "cannot write %1: %2").arg(path, FormatSupport::writeError(&file));
        return false;
    }
    return true;
}

} // namespace Copydesk
