#include "projectstore.h"
#include "projectstore_p.h"

#include <sqlite3.h>

#include <map>
#include <tuple>

#include <QCryptographicHash>

// The project store: statistics and the integrity check. Both stream over the tables (nothing
// is held but the counts), so their memory does not grow with the corpus.

using namespace Qt::StringLiterals;

namespace Copydesk {

ProjectStatistics ProjectStore::statistics() const
{
    ProjectStatistics stats;
    stats.documents = documentCount();
    {
        Sql::Statement byStatus = d->db.prepare("SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY status");
        while (byStatus.step() == Sql::Statement::Step::Row)
            stats.documentsByStatus.append({documentStatusName(DocumentStatus(byStatus.int64(0))), int(byStatus.int64(1))});
    }
    stats.annotators = annotators();
    QHash<qint64, QString> names;
    for (const Annotator &a : std::as_const(stats.annotators))
        names.insert(a.id, a.displayName());
    const LabelSchema schema = this->schema();
    // One pass, counted in a small ordered map (one entry per label, status and annotator):
    // no sort of every annotation.
    std::map<std::tuple<qint64, int, qint64>, qint64> counts;
    {
        Sql::Statement q = d->db.prepare("SELECT label_id, status, annotator_id FROM annotations");
        Sql::Statement::Step step;
        while ((step = q.step()) == Sql::Statement::Step::Row)
            ++counts[{q.int64(0), int(q.int64(1)), q.int64(2)}];
        if (step == Sql::Statement::Step::Error)
            d->failRead();
    }
    for (const auto &[key, count] : counts) {
        ProjectStatistics::Row row;
        row.label = d->string(std::get<0>(key));
        row.layer = schema.layerOf(row.label);
        row.status = annotationStatusName(AnnotationStatus(std::get<1>(key)));
        row.annotator = names.value(std::get<2>(key));
        row.count = int(count);
        stats.annotations += row.count;
        stats.rows.append(row);
    }
    std::sort(stats.rows.begin(), stats.rows.end(), [](const ProjectStatistics::Row &a, const ProjectStatistics::Row &b) {
        return std::tie(a.label, a.status, a.annotator) < std::tie(b.label, b.status, b.annotator);
    });
    stats.relations = int(d->db.scalar("SELECT COUNT(*) FROM relations"));
    return stats;
}

QStringList ProjectStore::check() const
{
    return checkProject().problems;
}

ProjectStore::CheckReport ProjectStore::checkProject() const
{
    CheckReport report;
    QStringList &problems = report.problems;
    constexpr int maxProblems = 200;
    // A query that stops with SQLITE_BUSY means another program holds the project, not that
    // it is broken: the check is then incomplete, and says so.
    auto finished = [&](Sql::Statement::Step step) {
        if (step != Sql::Statement::Step::Error)
            return true;
        const int code = d->db.errorCode();
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            report.incomplete = tr("the project is busy (another program is writing to it); try again when it has finished");
        else
            problems.append(tr("SQLite: %1").arg(Sql::describeError(code, d->db.errorMessage())));
        return false;
    };
    auto full = [&] { return problems.size() >= maxProblems || !report.incomplete.isEmpty(); };
    // Everything is read in one read transaction, so it is one consistent state of the file.
    d->db.exec("BEGIN");
    {
        Sql::Statement q = d->db.prepare("PRAGMA integrity_check(100)");
        Sql::Statement::Step step;
        while ((step = q.step()) == Sql::Statement::Step::Row) {
            if (const QString line = q.text(0); line != u"ok")
                problems.append(tr("SQLite: %1").arg(line));
        }
        finished(step);
    }
    if (!full()) {
        Sql::Statement q = d->db.prepare("PRAGMA foreign_key_check");
        Sql::Statement::Step step;
        while (!full() && (step = q.step()) == Sql::Statement::Step::Row)
            problems.append(tr("a row of %1 refers to a missing row of %2").arg(q.text(0), q.text(2)));
        if (!full())
            finished(step);
    }
    if (!full()) {
        Sql::Statement q = d->db.prepare("SELECT a.id, a.document_id, a.start, a.end, d.length FROM annotations a "
                                         "JOIN documents d ON d.id = a.document_id WHERE a.start < 0 OR a.end < a.start OR a.end > d.length");
        Sql::Statement::Step step;
        while (!full() && (step = q.step()) == Sql::Statement::Step::Row)
            problems.append(tr("annotation %1 of document %2 spans %3-%4, outside the text (length %5)")
                                .arg(q.int64(0)).arg(q.int64(1)).arg(q.int64(2)).arg(q.int64(3)).arg(q.int64(4)));
        if (!full())
            finished(step);
    }
    if (!full()) {
        Sql::Statement q = d->db.prepare("SELECT a.id FROM annotations a LEFT JOIN strings s ON s.id = a.label_id WHERE s.id IS NULL");
        Sql::Statement::Step step;
        while (!full() && (step = q.step()) == Sql::Statement::Step::Row)
            problems.append(tr("annotation %1 has a label the project does not know").arg(q.int64(0)));
        if (!full())
            finished(step);
    }
    if (!full()) {
        Sql::Statement q = d->db.prepare("SELECT r.id FROM relations r JOIN annotations h ON h.id = r.head_id JOIN annotations c ON c.id = r.child_id "
                                         "WHERE h.document_id != r.document_id OR c.document_id != r.document_id");
        Sql::Statement::Step step;
        while (!full() && (step = q.step()) == Sql::Statement::Step::Row)
            problems.append(tr("relation %1 links annotations of another document").arg(q.int64(0)));
        if (!full())
            finished(step);
    }
    if (!full()) {
        // The texts stream one at a time, hashed as the UTF-8 bytes they are stored as.
        Sql::Statement q = d->db.prepare("SELECT id, sha256, text FROM documents");
        Sql::Statement::Step step;
        while (!full() && (step = q.step()) == Sql::Statement::Step::Row) {
            const QByteArray hash = QCryptographicHash::hash(q.utf8(2), QCryptographicHash::Sha256).toHex();
            if (hash != q.utf8(1))
                problems.append(tr("document %1: its text no longer matches its SHA-256").arg(q.int64(0)));
        }
        if (!full())
            finished(step);
    }
    if (!full()) {
        const qint64 documents = d->db.scalar("SELECT COUNT(*) FROM documents");
        const qint64 indexed = d->db.scalar("SELECT COUNT(*) FROM documents_fts");
        if (documents != indexed)
            problems.append(tr("the full-text index has %1 documents, the project %2").arg(indexed).arg(documents));
    }
    d->db.exec("COMMIT");
    if (!full()) {
        if (isReadOnly()) {
            report.notChecked = tr("the full-text index was not checked in depth (its check needs a writable project)");
        } else {
            // FTS5's own check is an INSERT command: run it in a transaction that is rolled back, so
            // nothing is written. It needs the write lock: a writer busy elsewhere makes the
            // check incomplete (said so), not the project broken.
            d->db.setBusyTimeout(1000);
            const bool locked = d->db.exec("BEGIN IMMEDIATE");
            d->db.setBusyTimeout(Sql::Database::defaultBusyTimeout());
            if (locked) {
                if (!d->db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")) {
                    const int code = d->db.errorCode();
                    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                        report.incomplete = tr("the project is busy (another program is writing to it); try again when it has finished");
                    else
                        problems.append(tr("the full-text index is out of sync: %1").arg(d->db.errorMessage()));
                }
                d->db.exec("ROLLBACK");
            } else {
                const int code = d->db.errorCode();
                if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                    report.incomplete = tr("the project is busy (another program is writing to it); try again when it has finished");
                else
                    report.notChecked = tr("the full-text index was not checked in depth: %1").arg(Sql::describeError(code, d->db.errorMessage()));
            }
        }
    }
    if (problems.size() >= maxProblems)
        problems.append(tr("(stopped after %n problem(s))", nullptr, maxProblems));
    return report;
}

} // namespace Copydesk
