#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Copydesk {

// Reads a lexicon or gazetteer (a resource such as ":/copydesk/lexicons/x.txt") as UTF-8 text;
// a missing file is warned about and reads as empty.
QString readLexiconFile(const QString &path);

// Calls function(line, number) for each line of a lexicon text that carries something: trimmed,
// without blank lines and "#" comments; number counts from 1 for messages.
template<typename Function>
void forEachLexiconLine(QStringView text, Function &&function)
{
    int number = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++number;
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            function(line, number);
    }
}

// Those lines as a list; the views point into text.
QList<QStringView> lexiconLines(QStringView text);

} // namespace Copydesk
