#pragma once

#include <memory>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "../annotation.h"
#include "../annotator.h"
#include "../document.h"

class QIODevice;

namespace Copydesk {

class LabelSchema;
struct Format;

// One document with the annotations chosen for export.
struct ExportedDocument
{
    Document document;
    QList<Annotation> annotations;
    QList<Relation> relations;     // only between exported annotations
};

struct ExportContext
{
    const LabelSchema *schema = nullptr;
    QHash<qint64, Annotator> annotators;
    QStringList annotatorNames;    // the annotators asked for (ExportOptions), in the order given
};

// Writes one file format. begin(), write() for every document, finish().
class DocumentWriter
{
public:
    virtual ~DocumentWriter() = default;
    // The format's entry in the format table (formatregistry.h): set by createWriter(), null
    // for a writer made otherwise.
    const Format *format() const { return m_format; }
    QString name() const;          // the table's name for the format ("jsonl")
    QString extension() const;     // the file name extension of its export ("jsonl")
    virtual bool begin(QIODevice *device, const ExportContext &context, QString *error);
    virtual bool write(const ExportedDocument &document, QString *error) = 0;
    virtual bool finish(QString *error);
    // Formats that write a folder of files (brat: a .txt and an .ann per document) instead of
    // one stream say so here; exportProjectToDirectory() then calls beginDirectory() with an
    // existing, empty folder in place of begin().
    virtual bool writesDirectory() const { return false; }
    virtual bool beginDirectory(const QString &directory, const ExportContext &context, QString *)
    {
        m_directory = directory;
        m_context = context;
        return true;
    }
    // What the format could not hold (overlapping spans in IOB, ...), to report to the user.
    // The exporter adds what the format table says it cannot hold (formatregistry.h).
    QStringList warnings() const { return m_warnings; }
    // What it wrote, in the format's own terms (Format::unit: spans, entities, rows, ...).
    int written() const { return m_written; }

protected:
    // Writes all of bytes to the device; false with *error when it cannot.
    bool writeBytes(const QByteArray &bytes, QString *error);

    QIODevice *m_device = nullptr;
    QString m_directory;           // writers of folders only
    ExportContext m_context;
    QStringList m_warnings;
    int m_written = 0;

private:
    friend std::unique_ptr<DocumentWriter> createWriter(const QString &formatName);
    const Format *m_format = nullptr;
};

} // namespace Copydesk
