#include "exporter.h"

#include <QCoreApplication>
#include <QSet>

#include "formats/documentwriter.h"
#include "projectstore.h"

namespace Copydesk {

bool exportProject(ProjectStore &store, DocumentWriter &writer, QIODevice *device, const ExportOptions &options,
                   ExportReport *report, QString *error, const std::function<void(int, int)> &progress,
                   const std::atomic_bool *cancel)
{
    ExportContext context;
    const LabelSchema schema = store.schema();
    context.schema = &schema;
    QSet<qint64> chosenAnnotators;
    QStringList unknownNames = options.annotators;
    for (const Annotator &a : store.annotators()) {
        context.annotators.insert(a.id, a);
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
    if (!writer.begin(device, context, error))
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
            const bool byAnnotator = chosenAnnotators.contains(a.annotatorId) || (a.deciderId && chosenAnnotators.contains(a.deciderId));
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

} // namespace Copydesk
