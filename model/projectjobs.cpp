#include "projectjobs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include "formats/documentwriter.h"
#include "projectstore.h"

namespace Copydesk {

ImportJobReport importAndAnnotate(ProjectStore &store, const QStringList &paths, const ImportOptions &options,
                                  bool annotate, const JobProgress &progress, const std::atomic_bool *cancel)
{
    ImportJobReport result;
    Importer importer(store, options);
    result.import = importer.run(paths, [&](qint64 done, qint64 total, const QString &file) {
        if (progress)
            progress(int(done / 1024), int(qMax<qint64>(total / 1024, 1)), QFileInfo(file).fileName());
    }, cancel);
    const bool cancelled = result.import.cancelled || (cancel && cancel->load());
    if (annotate && result.import.documents > 0 && !cancelled) {
        PreAnnotateOptions preAnnotateOptions;
        preAnnotateOptions.documents = result.import.documentIds;
        result.annotated = true;
        result.annotation = preAnnotate(store, preAnnotateOptions, [&](int done, int total) {
            if (progress)
                progress(done, total, QCoreApplication::translate("Copydesk::Jobs", "Pre-annotating"));
        }, cancel);
    }
    return result;
}

bool exportToPath(ProjectStore &store, DocumentWriter &writer, const QString &path, const ExportOptions &options,
                  ExportReport *report, QString *error,
                  const std::function<void(int done, int total)> &progress, const std::atomic_bool *cancel)
{
    if (writer.writesDirectory())
        return exportProjectToDirectory(store, writer, path, options, report, error, progress, cancel);
    // Written beside and renamed into place: an export that fails leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Copydesk::Jobs", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!exportProject(store, writer, &file, options, report, error, progress, cancel))
        return false;
    if (report->cancelled) {
        file.cancelWriting();
        return true;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Copydesk
