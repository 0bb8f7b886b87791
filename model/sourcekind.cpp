#include "sourcekind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return u"person"_s;
    case SourceKind::Organisation: return u"organisation"_s;
    case SourceKind::Publication: return u"publication"_s;
    case SourceKind::Document: return u"document"_s;
    case SourceKind::Anonymous: return u"anonymous"_s;
    case SourceKind::Unresolved: return u"unresolved"_s;
    case SourceKind::Unattributed: return u"unattributed"_s;
    }
    return {};
}

bool sourceKindFromName(QStringView name, SourceKind *kind)
{
    for (int k = 0; k < sourceKindCount; ++k) {
        if (name == sourceKindName(SourceKind(k))) {
            *kind = SourceKind(k);
            return true;
        }
    }
    if (name == u"named" || name == u"organization") {
        *kind = name == u"named" ? SourceKind::Person : SourceKind::Organisation;
        return true;
    }
    return false;
}

QString refersToRelation()
{
    return u"REFERS_TO"_s;
}

bool isStageDirection(QStringView text)
{
    text = text.trimmed();
    // Quotation marks around it belong to the transcript's paragraph, not to the direction.
    while (!text.isEmpty() && QStringView(u"\"'\u201C\u201D\u2018\u2019").contains(text.front()))
        text = text.sliced(1).trimmed();
    while (!text.isEmpty() && QStringView(u"\"'\u201C\u201D\u2018\u2019").contains(text.back()))
        text.chop(1);
    if (text.size() < 4 || text.front() != u'(' || !text.endsWith(u')'))
        return false;
    const QStringView inside = text.sliced(1, text.size() - 2);
    if (inside.contains(u'(') || inside.contains(u')'))
        return false;
    int letters = 0;
    for (const QChar c : inside) {
        if (c.isLower())
            return false;
        letters += c.isLetter();
    }
    return letters >= 4;
}

QString sourceKindDisplayName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return QCoreApplication::translate("SourceKind", "named person");
    case SourceKind::Organisation: return QCoreApplication::translate("SourceKind", "named organisation");
    case SourceKind::Publication: return QCoreApplication::translate("SourceKind", "publication");
    case SourceKind::Document: return QCoreApplication::translate("SourceKind", "document");
    case SourceKind::Anonymous: return QCoreApplication::translate("SourceKind", "anonymous");
    case SourceKind::Unresolved: return QCoreApplication::translate("SourceKind", "unresolved pronoun");
    case SourceKind::Unattributed: return QCoreApplication::translate("SourceKind", "no speaker");
    }
    return {};
}

QString sourceKindColor(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return u"#0077bb"_s;
    case SourceKind::Organisation: return u"#33bbee"_s;
    case SourceKind::Publication: return u"#009988"_s;
    case SourceKind::Document: return u"#cc3311"_s;
    case SourceKind::Anonymous: return u"#ee7733"_s;
    case SourceKind::Unresolved: return u"#ee3377"_s;
    case SourceKind::Unattributed: return u"#bbbbbb"_s;
    }
    return u"#bbbbbb"_s;
}

} // namespace Copydesk
