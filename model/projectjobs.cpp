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

} // namespace Copydesk
