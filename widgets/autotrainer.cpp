#include "autotrainer.h"

#include <QTimer>

#include "backgroundjob.h"
#include "preannotator.h"
#include "preferences.h"
#include "projectchange.h"
#include "projectstore.h"
#include "trainer.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

AutoTrainer::AutoTrainer(ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_idle(new QTimer(this))
    , m_threshold(Preferences::autoTrainThreshold().defaultValue())
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(10000);
    connect(m_idle, &QTimer::timeout, this, &AutoTrainer::checkNow);
    connect(m_store, &ProjectStore::changed, this, &AutoTrainer::onChanged);
}

AutoTrainer::~AutoTrainer()
{
    cancelAndWait();
}

void AutoTrainer::setThreshold(int decisions)
{
    m_threshold = qMax(0, decisions);
}

void AutoTrainer::setIdleDelay(int milliseconds)
{
    m_idle->setInterval(milliseconds);
}

QString AutoTrainer::decisionsAtTrainingKey()
{
    return u"tagger/decisions-at-training"_s;
}

int AutoTrainer::entityDecisionCount(const ProjectStore &store)
{
    QStringList labels;
    for (const LabelDefinition &label : store.schema().labelsOfLayer(u"entities"_s))
        labels.append(label.name);
    return store.decisionCount(labels);
}

void AutoTrainer::onChanged(const ProjectChange &change)
{
    // Only a person's edits count; the check waits until they pause.
    if (change.kind == ProjectChange::AnnotationsChanged && !change.annotationIds.isEmpty() && m_threshold > 0)
        m_idle->start();
}

bool AutoTrainer::checkNow()
{
    if (m_job || m_threshold <= 0 || !m_store->isOpen())
        return false;
    const int decisions = entityDecisionCount(*m_store);
    const int atTraining = m_store->setting(decisionsAtTrainingKey()).toInt();
    if (decisions - atTraining < m_threshold)
        return false;
    auto touched = std::make_shared<QList<qint64>>();
    auto *job = new BackgroundJob(tr("Training the entity tagger"), m_store->path(),
                                  [decisions, touched](ProjectStore &store, const BackgroundJob::Context &context, QString *error) {
        const TrainReport report = trainProject(store, {}, {}, context.cancelled);
        if (!report.taggerTrained) {
            *error = report.error;
            return QString();
        }
        store.setSetting(decisionsAtTrainingKey(), QString::number(decisions));
        // Fresh suggestions from what was learned, where nobody has started yet: the whole
        // entity layer again, so the combiner weighs the new models against the rules.
        PreAnnotateOptions options;
        options.selection.layers = {u"entities"_s};
        for (const DocumentSummary &summary : store.documentSummaries()) {
            if (summary.status == DocumentStatus::New)
                options.documents.append(summary.id);
        }
        int suggestions = 0;
        *touched = options.documents;
        if (!options.documents.isEmpty())
            suggestions = preAnnotate(store, options, {}, context.cancelled).suggestions;
        return tr("The entity tagger learned from %n document(s)", nullptr, report.documents) + u"; "_s
               + report.taggerGate.summary(tr("the tagger")) + u"; "_s
               + tr("%n new suggestion(s) in documents not started yet", nullptr, suggestions);
    });
    job->setParent(this);
    m_job = job;
    connect(job, &BackgroundJob::finished, this, [this, job, touched](bool ok, const QString &summary, const QString &error) {
        job->wait();
        job->deleteLater();
        m_job = nullptr;
        // Only the documents it suggested in: a reset would lose the person's place.
        for (qint64 id : std::as_const(*touched))
            m_store->announceAnnotationsChanged(id);
        emit finished(ok, ok ? summary : error);
    }, Qt::QueuedConnection);
    emit started();
    job->start();
    return true;
}

void AutoTrainer::cancelAndWait()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

} // namespace Copydesk
