#pragma once

#include <QJsonObject>
#include <QString>

namespace Copydesk {

enum class DocumentStatus { New = 0, InProgress = 1, Done = 2 };

QString documentStatusName(DocumentStatus status);            // "new", "in progress", "done"
QString documentStatusDisplayName(DocumentStatus status);     // the same, translated for people
bool parseDocumentStatus(QStringView name, DocumentStatus *status);

// A document as stored: its text never changes after import (code points, LF line ends).
struct Document
{
    qint64 id = 0;          // inside the project
    QString externalId;     // outside: file name, JSONL id, ...
    QString text;
    QString title;
    QString source;         // publisher
    QString url;
    QString byline;
    QString published;      // ISO 8601 date or date-time, as given
    QString language;
    QJsonObject meta;       // anything else the import brought
    QString sha256;         // hex SHA-256 of the UTF-8 text
    DocumentStatus status = DocumentStatus::New;
    qint64 length = 0;      // code points
};

// A row of the corpus browser: everything but the text.
struct DocumentSummary
{
    qint64 id = 0;
    QString externalId;
    QString title;
    QString source;
    DocumentStatus status = DocumentStatus::New;
    qint64 length = 0;
    int annotationCount = 0;
    int suggestionCount = 0;
};

QString sha256Hex(const QString &text);

} // namespace Copydesk
