#include "exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include "formats/documentwriter.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

// Chooses the annotations, calls begin (a device or a folder), writes every document.
static bool run(ProjectStore &store, DocumentWriter &writer, const std::function<bool(const ExportContext &, QString *)> &begin,
                const ExportOptions &options, ExportReport *report, QString *error,
                const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ExportContext context;
    const LabelSchema schema = store.schema();
    context.schema = &schema;
    QSet<qint64> chosenAnnotators;
    QSet<qint64> curation; // the curated set: exported when named ("curated"), never by its decisions' makers
    QStringList unknownNames = options.annotators;
    for (const Annotator &a : store.annotators()) {
        context.annotators.insert(a.id, a);
        if (a.kind == AnnotatorKind::Curation)
            curation.insert(a.id);
        if (options.annotators.contains(a.name) || options.annotators.contains(a.displayName())) {
            chosenAnnotators.insert(a.id);
            unknownNames.removeAll(a.name);
            unknownNames.removeAll(a.displayName());
        }
    }
    if (!unknownNames.isEmpty()) {
        *error = QCoreApplication::translate("Export", "no annotator named %1 in the project").arg(unknownNames.join(u", "));
        return false;
    }
    if (!begin(context, error))
        return false;
    const QList<qint64> ids = options.documents.isEmpty() ? store.documentIds() : options.documents;
    int done = 0;
    for (qint64 id : ids) {
        if (cancel && cancel->load()) {
            report->cancelled = true;
            break;
        }
        ExportedDocument exported;
        const std::optional<Document> doc = store.document(id);
        if (!doc)
            continue;
        exported.document = *doc;
        QSet<qint64> kept;
        const QList<Annotation> annotations = store.annotations(id);
        for (const Annotation &a : annotations) {
            if (!options.statuses.contains(a.status))
                continue;
            // A decision belongs to its owner's set (model/annotationsets.h); its maker and decider
            // still choose it, except in the curated set.
            const bool curated = a.isDecided() && curation.contains(a.ownerId);
            const bool byAnnotator = (a.isDecided() && chosenAnnotators.contains(a.ownerId))
                                     || (!curated && (chosenAnnotators.contains(a.annotatorId)
                                                      || (a.deciderId && chosenAnnotators.contains(a.deciderId))));
            if (!options.annotators.isEmpty() && !byAnnotator)
                continue;
            exported.annotations.append(a);
            kept.insert(a.id);
        }
        const QList<Relation> relations = store.relations(id);
        for (const Relation &r : relations) {
            if (kept.contains(r.headId) && kept.contains(r.childId))
                exported.relations.append(r);
        }
        if (!writer.write(exported, error))
            return false;
        ++report->documents;
        report->annotations += exported.annotations.size();
        if (progress)
            progress(++done, ids.size());
    }
    if (!writer.finish(error))
        return false;
    report->warnings = writer.warnings();
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

} // namespace Copydesk
