#include "projectmerge.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include "labelschema.h"
#include "projectstore.h"
#include "setcomparison.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// What makes two decisions of a set the same (kept and rejected differ; accepted and manual do not).
QString setKey(const Annotation &a)
{
    return spanKey(a) + (a.status == AnnotationStatus::Rejected ? u"\u001fr"_s : u"\u001fk"_s);
}

// A suggestion's place: one per span and layer.
QString suggestionKey(const Annotation &a, const LabelSchema &schema)
{
    return u"%1\u001f%2\u001f%3"_s.arg(schema.layerOf(a.label)).arg(a.start).arg(a.end);
}

DocumentStatus furthest(DocumentStatus a, DocumentStatus b)
{
    return int(a) >= int(b) ? a : b;
}

// Merging one input into the output.
class InputMerger
{
public:
    InputMerger(ProjectStore &output, const ProjectStore &input, const QString &name, const LabelSchema &schema,
                QSet<QByteArray> &auditKeys, MergeReport &report)
        : m_output(output), m_input(input), m_name(name), m_schema(schema), m_auditKeys(auditKeys), m_report(report)
    {
    }

    bool run(const std::function<void(int, int)> &progress, const std::atomic_bool *cancel);

private:
    bool mergeDocument(qint64 inputId);
    bool mergeAnnotations(qint64 inputId, qint64 outputId, const QString &title, QSet<qint64> &conflictingOwners);
    bool mergeStatuses(qint64 inputId, qint64 outputId, const QSet<qint64> &conflictingOwners);
    bool mergeHistory();
    bool mergeModelsAndSettings();
    qint64 annotator(qint64 id) const { return m_annotators.value(id, 0); }
    Annotation translated(const Annotation &a) const;
    QJsonObject translated(const QJsonObject &json, const QString &target) const;

    ProjectStore &m_output;
    const ProjectStore &m_input;
    QString m_name;
    const LabelSchema &m_schema;
    QSet<QByteArray> &m_auditKeys;
    MergeReport &m_report;
    QHash<qint64, qint64> m_annotators;
    QHash<qint64, qint64> m_documents;
    QHash<qint64, qint64> m_annotations;
    QHash<qint64, qint64> m_relations;
};

Annotation InputMerger::translated(const Annotation &a) const
{
    Annotation copy = a;
    copy.id = 0;
    copy.annotatorId = annotator(a.annotatorId);
    copy.deciderId = annotator(a.deciderId);
    copy.ownerId = annotator(a.ownerId);
    for (SuggestionEvidence &e : copy.evidence)
        e.engineId = annotator(e.engineId);
    return copy;
}

// An audit entry's before and after name annotators and annotations by the input's ids.
QJsonObject InputMerger::translated(const QJsonObject &json, const QString &target) const
{
    QJsonObject copy = json;
    for (const QString &key : {u"annotator"_s, u"decider"_s, u"owner"_s}) {
        if (copy.value(key).isDouble())
            copy.insert(key, annotator(qint64(copy.value(key).toDouble())));
    }
    if (target == u"relation") {
        for (const QString &key : {u"head"_s, u"child"_s}) {
            if (copy.value(key).isDouble())
                copy.insert(key, m_annotations.value(qint64(copy.value(key).toDouble()), 0));
        }
    }
    return copy;
}

bool InputMerger::run(const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    for (const Annotator &a : m_input.annotators()) {
        const qint64 id = m_output.ensureAnnotator(a.kind, a.name, a.version);
        if (!id) {
            m_report.error = m_output.lastError();
            return false;
        }
        m_annotators.insert(a.id, id);
    }
    const QList<qint64> ids = m_input.documentIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (cancel && cancel->load()) {
            m_report.cancelled = true;
            return false;
        }
        if (!mergeDocument(ids.at(i)))
            return false;
        if (progress)
            progress(int(i + 1), int(ids.size()));
    }
    return mergeHistory() && mergeModelsAndSettings();
}

bool InputMerger::mergeDocument(qint64 inputId)
{
    std::optional<Document> doc = m_input.document(inputId);
    if (!doc) {
        m_report.error = QCoreApplication::translate("Merge", "%1: cannot read document %2: %3").arg(m_name).arg(inputId).arg(m_input.lastError());
        return false;
    }
    qint64 outputId = m_output.documentIdBySha256(sha256Hex(doc->text));
    if (outputId) {
        ++m_report.documentsMatched;
    } else {
        Document copy = *doc;
        copy.id = 0;
        copy.status = DocumentStatus::New; // set with the annotators' statuses below
        if (!m_output.addMergedDocument(copy, u"merge: %1 (document %2)"_s.arg(m_name).arg(inputId))) {
            m_report.error = QCoreApplication::translate("Merge", "%1: cannot add document %2: %3").arg(m_name).arg(inputId).arg(m_output.lastError());
            return false;
        }
        outputId = copy.id;
        ++m_report.documentsAdded;
    }
    m_documents.insert(inputId, outputId);
    QSet<qint64> conflictingOwners;
    return mergeAnnotations(inputId, outputId, doc->title.isEmpty() ? doc->externalId : doc->title, conflictingOwners)
        && mergeStatuses(inputId, outputId, conflictingOwners);
}

bool InputMerger::mergeAnnotations(qint64 inputId, qint64 outputId, const QString &title, QSet<qint64> &conflictingOwners)
{
    // The output's document as it is: each set's decisions, and the places of suggestions.
    QHash<qint64, QStringList> outputSets;
    QHash<QString, QList<qint64>> outputByKey; // owner + set key, or suggestion key -> ids
    QSet<QString> outputSuggestions;
    for (const Annotation &a : m_output.annotations(outputId)) {
        if (a.isDecided()) {
            outputSets[a.ownerId].append(setKey(a));
            outputByKey[QString::number(a.ownerId) + u'|' + setKey(a)].append(a.id);
        } else {
            outputSuggestions.insert(suggestionKey(a, m_schema));
            outputByKey[suggestionKey(a, m_schema) + u'|' + a.label].append(a.id);
        }
    }
    QSet<QString> outputRelations;
    for (const Relation &r : m_output.relations(outputId))
        outputRelations.insert(u"%1|%2|%3"_s.arg(r.label).arg(r.headId).arg(r.childId));

    const QList<Annotation> annotations = m_input.annotations(inputId);
    QMap<qint64, QList<const Annotation *>> sets; // by the output's owner id
    QList<const Annotation *> suggestions;
    for (const Annotation &a : annotations) {
        if (a.isDecided())
            sets[annotator(a.ownerId)].append(&a);
        else
            suggestions.append(&a);
    }
    QList<Annotation> added;
    QHash<qint64, int> addedIndex; // input id -> index in added
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it) {
        const qint64 owner = it.key();
        if (outputSets.contains(owner)) {
            QStringList theirs, ours = outputSets.value(owner);
            for (const Annotation *a : it.value())
                theirs.append(setKey(*a));
            std::sort(theirs.begin(), theirs.end());
            std::sort(ours.begin(), ours.end());
            if (theirs != ours) {
                const std::optional<Annotator> who = m_output.annotator(owner);
                m_report.warnings.append(QCoreApplication::translate("Merge", "%1: %2's annotations on document \"%3\" differ from an earlier input's; kept the earlier "
                                            "input's (put %1 first to keep these)")
                                             .arg(m_name, who ? who->displayName() : QString::number(owner), title));
                conflictingOwners.insert(owner);
                continue;
            }
            for (const Annotation *a : it.value()) {
                QList<qint64> &same = outputByKey[QString::number(owner) + u'|' + setKey(*a)];
                if (!same.isEmpty())
                    m_annotations.insert(a->id, same.takeFirst());
            }
            m_report.annotationsThere += int(it.value().size());
            continue;
        }
        for (const Annotation *a : it.value()) {
            addedIndex.insert(a->id, int(added.size()));
            added.append(translated(*a));
        }
    }
    for (const Annotation *a : std::as_const(suggestions)) {
        const QString key = suggestionKey(*a, m_schema);
        if (outputSuggestions.contains(key)) {
            ++m_report.annotationsThere;
            const QList<qint64> same = outputByKey.value(key + u'|' + a->label);
            if (!same.isEmpty())
                m_annotations.insert(a->id, same.first());
            continue;
        }
        outputSuggestions.insert(key);
        addedIndex.insert(a->id, int(added.size()));
        added.append(translated(*a));
    }
    QList<Relation> relations;
    QList<qint64> relationSources;
    for (const Relation &r : m_input.relations(inputId)) {
        auto end = [&](qint64 id) -> qint64 {
            if (addedIndex.contains(id))
                return -1 - addedIndex.value(id);
            return m_annotations.value(id, 0);
        };
        const qint64 head = end(r.headId), child = end(r.childId);
        if (!head || !child)
            continue;
        if (head > 0 && child > 0) {
            const QString key = u"%1|%2|%3"_s.arg(r.label).arg(head).arg(child);
            if (outputRelations.contains(key)) {
                continue;
            }
            outputRelations.insert(key);
        }
        relations.append({0, outputId, annotator(r.annotatorId), r.label, head, child});
        relationSources.append(r.id);
    }
    if (added.isEmpty() && relations.isEmpty())
        return true;
    if (!m_output.addAnnotationsAsTheyAre(outputId, added, relations)) {
        m_report.error = QCoreApplication::translate("Merge", "%1: cannot add the annotations of document \"%2\": %3").arg(m_name, title, m_output.lastError());
        return false;
    }
    for (auto it = addedIndex.constBegin(); it != addedIndex.constEnd(); ++it)
        m_annotations.insert(it.key(), added.at(it.value()).id);
    for (qsizetype i = 0; i < relations.size(); ++i)
        m_relations.insert(relationSources.at(i), relations.at(i).id);
    m_report.annotationsAdded += int(added.size());
    m_report.relationsAdded += int(relations.size());
    return true;
}

bool InputMerger::mergeStatuses(qint64 inputId, qint64 outputId, const QSet<qint64> &conflictingOwners)
{
    const std::optional<DocumentSummary> theirs = m_input.documentSummary(inputId);
    const std::optional<DocumentSummary> ours = m_output.documentSummary(outputId);
    if (!theirs || !ours)
        return true;
    QList<QPair<qint64, DocumentStatus>> changed;
    for (const AnnotationSetSummary &set : m_input.annotationSets(inputId)) {
        const qint64 owner = annotator(set.ownerId);
        if (!owner || conflictingOwners.contains(owner))
            continue;
        const DocumentStatus now = m_output.documentStatusFor(outputId, owner);
        const DocumentStatus wanted = furthest(now, set.status);
        // An owner with decisions but no status of its own has none to copy (New is no row).
        if (wanted != now)
            changed.append({owner, wanted});
    }
    const DocumentStatus status = furthest(ours->status, theirs->status);
    if (changed.isEmpty() && status == ours->status)
        return true;
    if (!m_output.setDocumentStatuses(outputId, status, changed)) {
        m_report.error = QCoreApplication::translate("Merge", "%1: cannot set the status of document %2: %3").arg(m_name).arg(inputId).arg(m_output.lastError());
        return false;
    }
    return true;
}

bool InputMerger::mergeHistory()
{
    qint64 after = 0;
    for (;;) {
        const QList<AuditEntry> page = m_input.auditEntries(after, 2000);
        if (m_input.readFailed()) {
            m_report.error = QCoreApplication::translate("Merge", "%1: cannot read the history: %2").arg(m_name, m_input.lastError());
            return false;
        }
        if (page.isEmpty())
            return true;
        QList<AuditEntry> entries;
        for (const AuditEntry &e : page) {
            after = e.id;
            AuditEntry copy = e;
            copy.annotatorId = annotator(e.annotatorId);
            copy.documentId = m_documents.value(e.documentId, 0);
            if (e.target == u"annotation")
                copy.objectId = m_annotations.value(e.objectId, 0);
            else if (e.target == u"relation")
                copy.objectId = m_relations.value(e.objectId, 0);
            else if (e.target == u"document" || e.target == u"annotations")
                copy.objectId = m_documents.value(e.objectId, 0);
            copy.before = translated(e.before, e.target);
            copy.after = translated(e.after, e.target);
            // The same change, come through another file, is already there.
            const QByteArray key = QCryptographicHash::hash(
                e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '|' + QByteArray::number(copy.annotatorId) + '|' + e.kind.toUtf8()
                    + '|' + QByteArray::number(copy.documentId) + '|' + e.target.toUtf8() + '|'
                    + QJsonDocument(copy.before).toJson(QJsonDocument::Compact) + '|' + QJsonDocument(copy.after).toJson(QJsonDocument::Compact),
                QCryptographicHash::Sha1);
            if (m_auditKeys.contains(key))
                continue;
            m_auditKeys.insert(key);
            entries.append(copy);
        }
        if (!m_output.addAuditEntries(entries)) {
            m_report.error = QCoreApplication::translate("Merge", "%1: cannot copy the history: %2").arg(m_name, m_output.lastError());
            return false;
        }
        m_report.auditEntriesAdded += int(entries.size());
    }
}

bool InputMerger::mergeModelsAndSettings()
{
    const QStringList have = m_output.modelNames();
    for (const QString &name : m_input.modelNames()) {
        if (have.contains(name))
            continue;
        QString version;
        QDateTime trainedAt;
        const QByteArray data = m_input.model(name, &version, &trainedAt);
        if (!m_output.addModelAsItIs(name, version, trainedAt, data)) {
            m_report.error = QCoreApplication::translate("Merge", "%1: cannot copy the model %2: %3").arg(m_name, name, m_output.lastError());
            return false;
        }
    }
    for (const auto &[key, value] : m_input.settings()) {
        const QString current = m_output.setting(key);
        if (current == value)
            continue;
        if (!current.isEmpty()) {
            m_report.warnings.append(QCoreApplication::translate("Merge", "%1: the setting %2 is \"%3\" there; kept \"%4\"").arg(m_name, key, value, current));
            continue;
        }
        if (!m_output.setSetting(key, value)) {
            m_report.error = m_output.lastError();
            return false;
        }
    }
    return true;
}

// The union of the schemas; a label in two layers is a conflict.
LabelSchema mergedSchema(const LabelSchema &first, const QList<std::pair<QString, LabelSchema>> &others, QStringList *conflicts,
                         const QString &firstName)
{
    LabelSchema merged = first;
    QHash<QString, QString> from;
    for (const LabelDefinition &l : first.labels())
        from.insert(l.name, firstName);
    for (const auto &[name, schema] : others) {
        for (const LabelDefinition &label : schema.labels()) {
            const LabelDefinition *there = merged.label(label.name);
            if (!there) {
                merged.addLabel(label);
                from.insert(label.name, name);
            } else if (there->layer != label.layer) {
                conflicts->append(QCoreApplication::translate("Merge", "the label %1 is in the layer \"%2\" in %3 and in the layer \"%4\" in %5")
                                      .arg(label.name, there->layer, from.value(label.name), label.layer, name));
            }
        }
        for (const RelationDefinition &relation : schema.relations()) {
            if (!merged.relation(relation.name))
                merged.addRelation(relation);
        }
    }
    return merged;
}

} // namespace

MergeReport mergeProjects(ProjectStore &output, const QStringList &inputs, const std::function<void(int, int, int)> &progress,
                          const std::atomic_bool *cancel)
{
    MergeReport report;
    report.inputs = int(inputs.size());
    std::vector<std::unique_ptr<ProjectStore>> stores;
    QList<std::pair<QString, LabelSchema>> schemas;
    for (const QString &path : inputs) {
        auto store = std::make_unique<ProjectStore>();
        QString error;
        if (!store->open(path, ProjectStore::OpenMode::ReadOnly, &error)) {
            report.error = u"%1: %2"_s.arg(path, error);
            return report;
        }
        schemas.append({QFileInfo(path).fileName(), store->schema()});
        stores.push_back(std::move(store));
    }
    // An empty output takes the first input's schema as it is; one with work keeps its own first.
    const bool fresh = output.documentCount() == 0;
    const LabelSchema first = fresh && !schemas.isEmpty() ? schemas.constFirst().second : output.schema();
    const QString firstName = fresh && !schemas.isEmpty() ? schemas.constFirst().first : QFileInfo(output.path()).fileName();
    const LabelSchema schema = mergedSchema(first, schemas, &report.conflicts, firstName);
    if (!report.conflicts.isEmpty())
        return report;
    if (!output.setSchema(schema)) {
        report.error = output.lastError();
        return report;
    }
    QSet<QByteArray> auditKeys;
    if (!output.beginBatch()) {
        report.error = output.lastError();
        return report;
    }
    for (size_t i = 0; i < stores.size(); ++i) {
        InputMerger merger(output, *stores.at(i), schemas.at(qsizetype(i)).first, schema, auditKeys, report);
        const bool ok = merger.run([&](int done, int total) {
            if (progress)
                progress(int(i), done, total);
        }, cancel);
        if (!ok) {
            output.rollbackBatch();
            return report;
        }
    }
    if (!output.commitBatch())
        report.error = output.lastError();
    return report;
}

MergeReport mergeProjectFiles(const QStringList &inputs, const QString &output, bool overwrite,
                              const std::function<void(int, int, int)> &progress, const std::atomic_bool *cancel)
{
    MergeReport report;
    const QFileInfo target(output);
    if (target.exists() && !overwrite) {
        report.error = QCoreApplication::translate("Merge", "%1 exists; merge into a new file (or add --force to replace it)").arg(output);
        return report;
    }
    if (target.exists() && target.isDir()) {
        report.error = QCoreApplication::translate("Merge", "%1 is a folder").arg(output);
        return report;
    }
    // Written beside the output and renamed into place when whole.
    const QString partial = target.absoluteDir().filePath(u".%1.partial-%2"_s.arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    auto removePartial = [&] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(partial + suffix);
    };
    removePartial();
    {
        ProjectStore store;
        QString error;
        if (!store.open(partial, ProjectStore::OpenMode::Create, &error)) {
            report.error = error;
            removePartial();
            return report;
        }
        report = mergeProjects(store, inputs, progress, cancel);
        store.close();
    }
    if (!report.ok()) {
        removePartial();
        return report;
    }
    // rename() replaces an existing output in one step; its old write-ahead files go first.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(output + suffix);
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(output).constData()) != 0) {
        report.error = QCoreApplication::translate("Merge", "cannot rename %1 to %2").arg(partial, output);
        removePartial();
    }
    return report;
}

} // namespace Copydesk
