#include "corpusdashboard.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include "annotator.h"
#include "formats/csvformat.h"
#include "projectstore.h"
#include "sourcekind.h"
#include "sourcingsummary.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

// Quotes and quoted words of a group of documents (a source, a month).
struct SourcingGroup
{
    qint64 documents = 0;
    qint64 quotes = 0;
    qint64 anonymousQuotes = 0;
    qint64 words = 0;
    qint64 anonymousWords = 0;
};

struct ProgressGroup
{
    qint64 documents = 0;
    std::array<qint64, 3> byStatus{}; // new, in progress, done
    qint64 suggestions = 0;
    qint64 decisions = 0;
};

// The document's date: ISO 8601 (a date, a date-time, or a month), else RFC 2822 (feeds).
QDate documentDate(const QString &published)
{
    const QString trimmed = published.trimmed();
    if (trimmed.size() >= 10) {
        const QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    if (trimmed.size() == 7) {
        const QDate month = QDate::fromString(trimmed + u"-01"_s, Qt::ISODate);
        if (month.isValid())
            return month;
    }
    return QDateTime::fromString(trimmed, Qt::RFC2822Date).date();
}

QVariant percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {}; // no quoted words: no share, rather than a misleading 0%
    return std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

QVariantList groupCells(const QString &key, const SourcingGroup &g)
{
    return {key, g.documents, g.quotes, g.anonymousQuotes, g.words, g.anonymousWords, percentOf(g.anonymousWords, g.words)};
}

// Groups in the order a reader looks for them: most documents first, then by name.
template<typename Group>
QList<QString> keysByDocuments(const QHash<QString, Group> &groups)
{
    QList<QString> keys = groups.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qint64 da = groups.value(a).documents, db = groups.value(b).documents;
        if (da != db)
            return da > db;
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty(); // "no source" last
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return keys;
}

DashboardTableData emptyTable(DashboardTable table)
{
    DashboardTableData t;
    t.table = table;
    const QStringList groupColumns{u"documents"_s, u"quotes"_s, u"anonymous_quotes"_s, u"quoted_words"_s,
                                   u"anonymous_words"_s, u"anonymous_percent"_s};
    const QStringList groupHeaders{QCoreApplication::translate("Copydesk::CorpusDashboard", "Documents"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Quotes"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Anonymous quotes"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Quoted words"),
                                   QCoreApplication::translate("Copydesk::CorpusDashboard", "Anonymous words"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Anonymous share")};
    switch (table) {
    case DashboardTable::Speakers:
        t.columns = {u"speaker"_s, u"kind"_s, u"quotes"_s, u"direct"_s, u"indirect"_s, u"mixed"_s, u"words"_s, u"documents"_s};
        t.headers = {QCoreApplication::translate("Copydesk::CorpusDashboard", "Speaker"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Kind"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Quotes"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Direct"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Indirect"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Mixed"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Words"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Documents")};
        break;
    case DashboardTable::Publications:
        t.columns = QStringList{u"source"_s} + groupColumns;
        t.headers = QStringList{QCoreApplication::translate("Copydesk::CorpusDashboard", "Publication")} + groupHeaders;
        break;
    case DashboardTable::Months:
        t.columns = QStringList{u"month"_s} + groupColumns;
        t.headers = QStringList{QCoreApplication::translate("Copydesk::CorpusDashboard", "Month")} + groupHeaders;
        break;
    case DashboardTable::Articles:
        t.columns = {u"document"_s, u"external_id"_s, u"title"_s, u"source"_s, u"date"_s, u"quotes"_s, u"speakers"_s, u"anonymous_quotes"_s};
        t.headers = {QCoreApplication::translate("Copydesk::CorpusDashboard", "Document"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Id"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Title"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Publication"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Date"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Quotes"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Speakers"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Anonymous quotes")};
        break;
    case DashboardTable::Progress:
        t.columns = {u"source"_s, u"documents"_s, u"new"_s, u"in_progress"_s, u"done"_s, u"suggestions_left"_s, u"decisions"_s};
        t.headers = {QCoreApplication::translate("Copydesk::CorpusDashboard", "Publication"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Documents"), QCoreApplication::translate("Copydesk::CorpusDashboard", "New"), QCoreApplication::translate("Copydesk::CorpusDashboard", "In progress"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Done"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Suggestions left"), QCoreApplication::translate("Copydesk::CorpusDashboard", "Decisions")};
        break;
    }
    return t;
}

// The annotations of one annotator's set, with the suggestions everyone shares; relations
// between kept annotations only.
void keepAnnotatorsSet(const QSet<qint64> &annotatorIds, QList<Annotation> *annotations, QList<Relation> *relations)
{
    QSet<qint64> kept;
    QList<Annotation> out;
    for (const Annotation &a : std::as_const(*annotations)) {
        if (a.status == AnnotationStatus::Suggested || annotatorIds.contains(a.ownerId)) {
            kept.insert(a.id);
            out.append(a);
        }
    }
    *annotations = out;
    relations->erase(std::remove_if(relations->begin(), relations->end(), [&](const Relation &r) {
                         return !kept.contains(r.headId) || !kept.contains(r.childId);
                     }),
                     relations->end());
}

bool sourceMatches(const DashboardFilter &filter, const QString &source)
{
    if (filter.source.isEmpty())
        return true;
    return filter.exactSource ? source.compare(filter.source.trimmed(), Qt::CaseInsensitive) == 0
                              : source.contains(filter.source.trimmed(), Qt::CaseInsensitive);
}

// The speakers, publications, months and progress tables from what the documents added up to.
void finishTables(CorpusDashboard *result, SourcingSummary total, const QHash<QString, SourcingGroup> &publications,
                  const QHash<QString, SourcingGroup> &months, const QHash<QString, ProgressGroup> &progressBySource)
{
    std::stable_sort(total.speakers.begin(), total.speakers.end(), [](const SpeakerSummary &a, const SpeakerSummary &b) {
        return a.quotes != b.quotes ? a.quotes > b.quotes : a.words > b.words;
    });
    QList<QVariantList> &speakers = result->tables[std::size_t(DashboardTable::Speakers)].rows;
    for (const SpeakerSummary &sp : std::as_const(total.speakers)) {
        speakers.append({sp.name, sourceKindName(sp.kind), qint64(sp.quotes), qint64(sp.direct), qint64(sp.indirect),
                         qint64(sp.mixed), sp.words, qint64(sp.documents)});
    }
    for (const QString &key : keysByDocuments(publications))
        result->tables[std::size_t(DashboardTable::Publications)].rows.append(groupCells(key, publications.value(key)));
    QList<QString> monthKeys = months.keys();
    std::sort(monthKeys.begin(), monthKeys.end(), [](const QString &a, const QString &b) {
        return a.isEmpty() != b.isEmpty() ? b.isEmpty() : a < b; // in time, undated last
    });
    for (const QString &key : std::as_const(monthKeys))
        result->tables[std::size_t(DashboardTable::Months)].rows.append(groupCells(key, months.value(key)));
    for (const QString &key : keysByDocuments(progressBySource)) {
        const ProgressGroup p = progressBySource.value(key);
        result->tables[std::size_t(DashboardTable::Progress)].rows.append(
            {key, p.documents, p.byStatus[0], p.byStatus[1], p.byStatus[2], p.suggestions, p.decisions});
    }
}

} // namespace

QString dashboardTableName(DashboardTable table)
{
    static const std::array<QString, dashboardTableCount> names{u"speakers"_s, u"publications"_s, u"months"_s,
                                                                u"articles"_s, u"progress"_s};
    return names[std::size_t(table)];
}

QString dashboardTableDisplayName(DashboardTable table)
{
    switch (table) {
    case DashboardTable::Speakers: return QCoreApplication::translate("Copydesk::CorpusDashboard", "Top speakers");
    case DashboardTable::Publications: return QCoreApplication::translate("Copydesk::CorpusDashboard", "Anonymous sources by publication");
    case DashboardTable::Months: return QCoreApplication::translate("Copydesk::CorpusDashboard", "Anonymous sources by month");
    case DashboardTable::Articles: return QCoreApplication::translate("Copydesk::CorpusDashboard", "Quotes per article");
    case DashboardTable::Progress: return QCoreApplication::translate("Copydesk::CorpusDashboard", "Annotation progress");
    }
    return {};
}

bool parseDashboardTable(QStringView name, DashboardTable *table)
{
    for (int i = 0; i < dashboardTableCount; ++i) {
        if (name.compare(dashboardTableName(DashboardTable(i)), Qt::CaseInsensitive) == 0) {
            *table = DashboardTable(i);
            return true;
        }
    }
    return false;
}

CorpusDashboard computeCorpusDashboard(const ProjectStore &store, const DashboardFilter &filter,
                                       const std::atomic_bool *cancel, const DashboardProgress &progress)
{
    CorpusDashboard result;
    for (int i = 0; i < dashboardTableCount; ++i)
        result.tables[std::size_t(i)] = emptyTable(DashboardTable(i));
    const QList<qint64> ids = store.documentIds();
    result.documentsSeen = int(ids.size());

    QSet<qint64> annotatorIds;
    if (!filter.annotator.isEmpty()) {
        for (const Annotator &a : store.annotators()) {
            if (a.name.compare(filter.annotator, Qt::CaseInsensitive) == 0
                || a.displayName().compare(filter.annotator, Qt::CaseInsensitive) == 0)
                annotatorIds.insert(a.id);
        }
        if (annotatorIds.isEmpty())
            return result; // nobody of that name: no documents
    }
    // Source and status from their indexes first, so left-out documents cost no text.
    QHash<qint64, QString> sources;
    if (!filter.source.isEmpty()) {
        for (const auto &[id, source] : store.documentSources())
            sources.insert(id, source);
    }
    QHash<qint64, int> statuses;
    if (filter.status && annotatorIds.isEmpty()) {
        for (const auto &[id, status] : store.documentStatuses())
            statuses.insert(id, status);
    }

    SourcingTotals totals(filter.scope);
    QHash<QString, SourcingGroup> publications, months;
    QHash<QString, ProgressGroup> progressBySource;
    QList<QVariantList> &articles = result.tables[std::size_t(DashboardTable::Articles)].rows;
    const bool dated = filter.from.isValid() || filter.to.isValid();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        if (progress && i % 50 == 0)
            progress(int(i), int(ids.size()));
        const qint64 id = ids.at(i);
        if (!filter.source.isEmpty() && !sourceMatches(filter, sources.value(id)))
            continue;
        if (!statuses.isEmpty() && statuses.value(id, -1) != int(*filter.status))
            continue;
        const std::optional<Document> document = store.document(id);
        if (!document)
            continue;
        const QDate date = documentDate(document->published);
        if (dated && (!date.isValid() || (filter.from.isValid() && date < filter.from) || (filter.to.isValid() && date > filter.to)))
            continue;
        DocumentStatus status = document->status;
        QList<Annotation> annotations = store.annotations(id);
        QList<Relation> relations = store.relations(id);
        if (!annotatorIds.isEmpty()) {
            bool hasSet = false;
            for (const AnnotationSetSummary &set : store.annotationSets(id)) {
                if (annotatorIds.contains(set.ownerId)) {
                    status = hasSet ? std::max(status, set.status) : set.status;
                    hasSet = true;
                }
            }
            if (!hasSet)
                continue;
            keepAnnotatorsSet(annotatorIds, &annotations, &relations);
        }
        if (filter.status && status != *filter.status)
            continue;
        ++result.documentsCounted;

        const SourcingSummary s = summarizeSourcing(document->text, annotations, relations, filter.scope);
        totals.add(s);
        qint64 quotes = 0;
        for (const KindShare &k : s.byKind)
            quotes += k.quotes;
        const KindShare &anonymous = s.share(SourceKind::Anonymous);
        for (SourcingGroup *g : {&publications[document->source.trimmed()], &months[date.isValid() ? date.toString(u"yyyy-MM"_s) : QString()]}) {
            ++g->documents;
            g->quotes += quotes;
            g->anonymousQuotes += anonymous.quotes;
            g->words += s.attributableWords();
            g->anonymousWords += anonymous.words;
        }
        const qint64 named = std::count_if(s.speakers.cbegin(), s.speakers.cend(), [](const SpeakerSummary &sp) { return !sp.pronoun; });
        articles.append({id, document->externalId, document->title.simplified(), document->source.trimmed(),
                         date.isValid() ? date.toString(Qt::ISODate) : QString(), quotes, named, qint64(anonymous.quotes)});

        ProgressGroup &p = progressBySource[document->source.trimmed()];
        ++p.documents;
        ++p.byStatus[std::size_t(status)];
        for (const Annotation &a : std::as_const(annotations)) {
            if (a.status == AnnotationStatus::Suggested)
                ++p.suggestions;
            else
                ++p.decisions;
        }
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));

    finishTables(&result, totals.finish(), publications, months, progressBySource);
    return result;
}

QString dashboardCsv(const DashboardTableData &table)
{
    QString out;
    auto record = [&out](const QStringList &fields) {
        out += fields.join(u',');
        out += u"\r\n"_s;
    };
    QStringList header;
    for (const QString &column : table.columns)
        header.append(CsvWriter::quoted(column, CsvWriter::Cell::Name));
    record(header);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (const QVariant &cell : row) {
            switch (cell.typeId()) {
            case QMetaType::Double: fields.append(QString::number(cell.toDouble(), 'f', 1)); break;
            case QMetaType::LongLong:
            case QMetaType::Int: fields.append(QString::number(cell.toLongLong())); break;
            default: fields.append(CsvWriter::quoted(cell.toString(), CsvWriter::Cell::Name)); break;
            }
        }
        record(fields);
    }
    return out;
}

DashboardTableModel::DashboardTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DashboardTableModel::setTable(const DashboardTableData &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant DashboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant cell = m_table.rows.at(index.row()).value(index.column());
    const QString column = m_table.columns.value(index.column());
    const bool number = cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double
                        || column.endsWith(u"_percent"_s);
    switch (role) {
    case Qt::DisplayRole:
        if (cell.typeId() == QMetaType::Double)
            return tr("%1%").arg(QLocale().toString(cell.toDouble(), 'f', 1));
        if (cell.typeId() == QMetaType::LongLong)
            return QLocale().toString(cell.toLongLong());
        if (column == u"kind"_s) {
            SourceKind kind;
            return sourceKindFromName(cell.toString(), &kind) ? sourceKindDisplayName(kind) : cell.toString();
        }
        if (cell.toString().isEmpty() && (column == u"source"_s || column == u"month"_s))
            return column == u"month"_s ? tr("(no date)") : tr("(no source)");
        return cell.toString();
    case Qt::UserRole:
        return cell;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.headers.at(section);
    if (role == Qt::UserRole)
        return m_table.columns.at(section);
    return {};
}

} // namespace Copydesk
