#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStatusBar>

#include "backgroundjob.h"
#include "exportdialog.h"
#include "formats/documentwriter.h"
#include "formats/formatregistry.h"
#include "preannotator.h"
#include "preferences.h"
#include "projectjobs.h"
#include "projectstore.h"
#include "trainer.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), tr("Copydesk projects (*.copydesk)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".copydesk"))
        path += u".copydesk"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"), tr("%1 exists already. Copydesk never overwrites a project; choose another name.").arg(path));
        return;
    }
    ProjectStore created;
    QString error;
    if (!created.open(path, ProjectStore::OpenMode::Create, &error)) {
        QMessageBox::warning(this, tr("New Project"), error);
        return;
    }
    created.close();
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("New Project"), error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Copydesk projects (*.copydesk);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Open Project"), error);
}

void MainWindow::importFiles()
{
    // The file type chosen is the format every file is read as; the first (by extension)
    // lets each file's extension decide.
    QStringList filters{tr("By extension (*.txt *.jsonl *.ndjson *.conll *.iob *.ann *.json)")};
    const QStringList formats = readerNames();
    for (const QString &format : formats)
        filters.append(tr("Read as %1 (*)").arg(format));
    QString selected = filters.first();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), Preferences::lastImportFolder().value(),
                                                            filters.join(u";;"_s), &selected);
    if (!paths.isEmpty())
        importPaths(paths, formats.value(filters.indexOf(selected) - 1));
}

void MainWindow::importFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Import Folder"), Preferences::lastImportFolder().value());
    if (!path.isEmpty())
        importPaths({path});
}

// The importer's advice names the command line's options; in the window it names the
// window's controls instead.
static QString windowAdvice(const ImportProblem &problem)
{
    ImportProblem said = problem;
    const QString notAFormat = QCoreApplication::translate("Import", "skipped: not a format Copydesk reads (use --format to choose one)");
    if (said.message == notAFormat) {
        said.message = MainWindow::tr("skipped: not a format Copydesk reads (choose one under \"Read as\" in the Import "
                                      "Files dialog's file types)");
        return said.toString();
    }
    // Templates with arguments: matched with their arguments as wildcards.
    auto matches = [&](const char *source, QStringList *arguments) {
        QString pattern = QRegularExpression::escape(QCoreApplication::translate("Import", source));
        pattern.replace(QRegularExpression(u"%\\d"_s), u"(.*)"_s);
        const QRegularExpressionMatch match = QRegularExpression(u'^' + pattern + u'$').match(said.message);
        if (match.hasMatch())
            *arguments = match.capturedTexts().mid(1);
        return match.hasMatch();
    };
    QStringList arguments;
    if (matches("unknown file type \"%1\"; name the format with --format (%2)", &arguments)) {
        said.message = MainWindow::tr("unknown file type \"%1\"; choose its format under \"Read as\" in the Import Files "
                                      "dialog's file types").arg(arguments.value(0));
    } else if (matches("unknown label %1; add --add-labels to add it to the project's schema, "
                       "or --label-map FILE_LABEL=LABEL to map it; this document was not imported", &arguments)) {
        said.message = MainWindow::tr("unknown label %1; add it in Edit ▸ Edit Labels (or rename one of the project's "
                                      "labels to it), then import the file again; this document was not imported")
                           .arg(arguments.value(0));
    }
    return said.toString();
}

void MainWindow::importPaths(const QStringList &paths, const QString &format)
{
    if (!m_store->isOpen() || paths.isEmpty())
        return;
    Preferences::lastImportFolder().setValue(QFileInfo(paths.first()).absolutePath());
    const bool annotateAfter = Preferences::annotateOnImport().value();
    ImportOptions options;
    options.format = format;
    auto *job = new BackgroundJob(tr("Importing"), m_store->path(), [paths, options, annotateAfter](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        const ImportJobReport report = importAndAnnotate(store, paths, options, annotateAfter, [&](int done, int total, const QString &what) {
            context.progress(done, total, what);
        }, context.cancelled);
        QStringList lines;
        lines << tr("Imported %n document(s).", nullptr, report.import.documents);
        for (const ImportProblem &note : report.import.notes)
            lines << windowAdvice(note);
        for (const ImportProblem &problem : report.import.problems)
            lines << windowAdvice(problem);
        if (report.import.cancelled)
            lines << tr("Cancelled: the documents imported before stopping are in the project, each one whole.");
        if (report.annotated)
            lines << tr("%n suggestion(s) made.", nullptr, report.annotation.suggestions);
        if (!report.import.problems.isEmpty() && report.import.documents == 0)
            *error = lines.join(u'\n');
        return lines.join(u'\n');
    });
    startJob(job);
}

void MainWindow::exportProject()
{
    // What goes in first (decisions by default, with the counts), then where.
    ExportDialog choice(m_store->statistics(), writerNames(), this);
    if (choice.exec() != QDialog::Accepted)
        return;
    const QString format = choice.format();
    ExportOptions options;
    options.statuses = choice.statuses();
    auto sample = createWriter(format);
    const QString base = QFileInfo(m_store->path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                      QDir(QFileInfo(m_store->path()).absolutePath()).filePath(base + u'.' + sample->extension()),
                                                      tr("%1 (*.%2)").arg(format, sample->extension()));
    if (path.isEmpty())
        return;
    auto *job = new BackgroundJob(tr("Exporting"), m_store->path(), [path, format, options](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        auto writer = createWriter(format);
        // Formats of many files (brat): the name chosen is a new folder, without the extension
        // the save dialog added.
        QString writtenTo = path;
        if (writer->writesDirectory() && writtenTo.endsWith(u'.' + writer->extension()))
            writtenTo.chop(writer->extension().size() + 1);
        ExportReport report;
        if (!exportToPath(store, *writer, writtenTo, options, &report, error,
                          [&](int done, int total) { context.progress(done, total); }, context.cancelled))
            return QString();
        if (report.cancelled)
            return tr("Export cancelled; nothing was written.");
        QStringList lines{writer->writesDirectory()
                              ? tr("Exported %n document(s) to the folder %1.", nullptr, report.documents).arg(writtenTo)
                              : tr("Exported %n document(s) to %1.", nullptr, report.documents).arg(writtenTo)};
        lines += report.warnings;
        return lines.join(u'\n');
    });
    startJob(job);
}

void MainWindow::preAnnotate(const QStringList &layers)
{
    auto *job = new BackgroundJob(tr("Pre-annotating"), m_store->path(), [layers](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        PreAnnotateOptions options;
        options.selection.layers = layers;
        const PreAnnotateReport report = Copydesk::preAnnotate(store, options, [&](int done, int total) {
            context.progress(done, total);
        }, context.cancelled);
        *error = report.error;
        return tr("%n new suggestion(s) in %1 document(s).", nullptr, report.suggestions).arg(report.documents);
    });
    startJob(job);
}

void MainWindow::train()
{
    auto *job = new BackgroundJob(tr("Training the entity tagger"), m_store->path(), [](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        const TrainReport report = trainProject(store, {}, [&](TrainStage, double fraction) {
            context.progress(int(fraction * 1000), 1000);
        }, context.cancelled);
        *error = report.error;
        if (report.cancelled)
            return tr("Training cancelled; the previous model is kept.");
        return tr("Trained on %n document(s); the tagger's suggestions come with the next pre-annotation of entities.",
                  nullptr, report.documents);
    });
    startJob(job);
}

void MainWindow::startJob(BackgroundJob *job)
{
    if (m_job) {
        delete job;
        return;
    }
    job->setParent(this);
    m_job = job;
    // The window stays responsive; the modal dialog keeps edits out while another connection writes.
    m_progress = new QProgressDialog(job->title() + u"…"_s, tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(job->title());
    m_progress->setMinimumDuration(300);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::progressChanged, this, [this](int done, int total, const QString &text) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        if (!text.isEmpty())
            m_progress->setLabelText(text);
    });
    connect(job, &BackgroundJob::finished, this, [this, job](bool ok, const QString &summary, const QString &error) {
        if (m_progress)
            m_progress->deleteLater();
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        m_store->announceReset();
        updateActions();
        if (!ok)
            QMessageBox::warning(this, job->title(), error.isEmpty() ? tr("The work failed.") : error);
        else if (!summary.isEmpty())
            statusBar()->showMessage(summary.section(u'\n', 0, 0), 8000);
        if (ok && summary.count(u'\n') > 0 && isVisible() && QGuiApplication::platformName() != u"offscreen")
            QMessageBox::information(this, job->title(), summary);
    }, Qt::QueuedConnection);
    updateActions();
    job->start();
}

void MainWindow::waitForJobs()
{
    // The worker emits finished() before its thread ends; once the thread is joined, the
    // queued call is waiting here and delivering it ends the job.
    while (m_job) {
        m_job->wait();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    }
}

} // namespace Copydesk
