#include "sampleproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "preannotator.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk::SampleProject {

QString path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"sample.copydesk"_s);
}

bool ensure(QString *error)
{
    const QString where = path();
    return QFileInfo::exists(where) || create(where, error);
}

bool create(const QString &where, QString *error)
{
    QDir().mkpath(QFileInfo(where).absolutePath());
    QFile article(u":/copydesk/sample-article.txt"_s);
    QFile metaFile(u":/copydesk/sample-article.json"_s);
    if (!article.open(QIODevice::ReadOnly) || !metaFile.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Copydesk::SampleProject", "The sample article is missing from this build.");
        return false;
    }
    const QString temporary = where + u".part"_s;
    QFile::remove(temporary);
    {
        ProjectStore store;
        if (!store.open(temporary, ProjectStore::OpenMode::Create, error))
            return false;
        Document doc;
        doc.text = QString::fromUtf8(article.readAll());
        doc.meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        doc.externalId = doc.meta.value(u"id").toString();
        doc.title = doc.meta.value(u"title").toString();
        doc.source = doc.meta.value(u"source").toString();
        doc.url = doc.meta.value(u"url").toString();
        if (!store.addDocument(doc, {}, {}, u"resources/sample-article.txt"_s)) {
            *error = store.lastError();
            return false;
        }
        const PreAnnotateReport report = preAnnotate(store, {});
        if (!report.error.isEmpty()) {
            *error = report.error;
            return false;
        }
    }
    QFile::remove(temporary + u"-wal"_s);
    QFile::remove(temporary + u"-shm"_s);
    if (!QFile::rename(temporary, where)) {
        *error = QCoreApplication::translate("Copydesk::SampleProject", "Cannot create %1").arg(where);
        return false;
    }
    return true;
}

} // namespace Copydesk::SampleProject
