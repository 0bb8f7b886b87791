#include "lexiconfile.h"

#include <QFile>
#include <QLoggingCategory>

namespace Copydesk {
namespace {
Q_LOGGING_CATEGORY(lexiconLog, "copydesk.lexicon")
} // namespace

QString readLexiconFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lexiconLog) << "cannot read" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QList<QStringView> lexiconLines(QStringView text)
{
    QList<QStringView> lines;
    forEachLexiconLine(text, [&](QStringView line, int) { lines.append(line); });
    return lines;
}

} // namespace Copydesk
