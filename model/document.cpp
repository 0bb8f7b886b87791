#include "document.h"
#include "annotation.h"
#include "annotator.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString documentStatusName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::New: return u"new"_s;
    case DocumentStatus::InProgress: return u"in progress"_s;
    case DocumentStatus::Done: return u"done"_s;
    }
    return u"new"_s;
}

QString documentStatusDisplayName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::New: return QCoreApplication::translate("DocumentStatus", "new");
    case DocumentStatus::InProgress: return QCoreApplication::translate("DocumentStatus", "in progress");
    case DocumentStatus::Done: return QCoreApplication::translate("DocumentStatus", "done");
    }
    return {};
}

bool parseDocumentStatus(QStringView name, DocumentStatus *status)
{
    for (DocumentStatus s : {DocumentStatus::New, DocumentStatus::InProgress, DocumentStatus::Done}) {
        if (name.compare(documentStatusName(s), Qt::CaseInsensitive) == 0
            || (s == DocumentStatus::InProgress && name.compare(u"in-progress", Qt::CaseInsensitive) == 0)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString annotationStatusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested: return u"suggested"_s;
    case AnnotationStatus::Accepted: return u"accepted"_s;
    case AnnotationStatus::Rejected: return u"rejected"_s;
    case AnnotationStatus::Manual: return u"manual"_s;
    }
    return u"manual"_s;
}

bool parseAnnotationStatus(QStringView name, AnnotationStatus *status)
{
    for (AnnotationStatus s : {AnnotationStatus::Suggested, AnnotationStatus::Accepted,
                               AnnotationStatus::Rejected, AnnotationStatus::Manual}) {
        if (name.compare(annotationStatusName(s), Qt::CaseInsensitive) == 0) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString annotatorKindName(AnnotatorKind kind)
{
    switch (kind) {
    case AnnotatorKind::Person: return u"person"_s;
    case AnnotatorKind::Engine: return u"engine"_s;
    case AnnotatorKind::File: return u"file"_s;
    case AnnotatorKind::Curation: return u"curation"_s;
    }
    return u"person"_s;
}

QList<qint64> Annotation::engineIds() const
{
    if (evidence.isEmpty())
        return {annotatorId};
    QList<qint64> ids;
    for (const SuggestionEvidence &e : evidence) {
        if (agreesWith(e) && !ids.contains(e.engineId))
            ids.append(e.engineId);
    }
    if (ids.isEmpty())
        ids.append(annotatorId);
    return ids;
}

QList<SuggestionEvidence> Annotation::alternatives() const
{
    QList<SuggestionEvidence> result;
    for (const SuggestionEvidence &e : evidence) {
        if (!agreesWith(e))
            result.append(e);
    }
    return result;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Copydesk
