#include "preferences.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Copydesk {

Preference<QString> Preferences::annotatorName() { return {u"annotator/name"_s}; }
Preference<QString> Preferences::language() { return {u"language"_s}; }
QStringList Preferences::availableLanguages() { return {u"en"_s, u"de"_s, u"it"_s}; }
Preference<bool> Preferences::annotateOnImport() { return {u"import/annotate"_s, false}; }
Preference<int> Preferences::autoTrainThreshold() { return {u"train/autoThreshold"_s, 50}; }
Preference<bool> Preferences::advanceAfterDecision() { return {u"review/advanceAfterDecision"_s, true}; }

Preference<QString> Preferences::lastImportFolder() { return {u"import/lastDir"_s}; }
Preference<QStringList> Preferences::recentProjects() { return {u"recentProjects"_s}; }
Preference<QString> Preferences::lastProject() { return {u"lastProject"_s}; }

Preference<qint64> Preferences::lastDocument(const QString &projectPath)
{
    // By absolute path (a project opened by a relative path is the same project), URL-safe
    // Base64 because '/' would make settings groups.
    const QByteArray path = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return {u"lastDocument/"_s
                + QString::fromLatin1(path.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            0};
}

Preference<QByteArray> Preferences::windowGeometry() { return {u"window/geometry"_s}; }
Preference<QByteArray> Preferences::windowState() { return {u"window/state"_s}; }
Preference<QByteArray> Preferences::corpusHeader() { return {u"corpus/header"_s}; }
Preference<bool> Preferences::layerVisible(const QString &layer) { return {u"view/layer-"_s + layer, true}; }
Preference<bool> Preferences::showSuggestions() { return {u"view/suggestions"_s, true}; }
Preference<bool> Preferences::showRejected() { return {u"view/rejected"_s, false}; }
Preference<int> Preferences::zoom() { return {u"view/zoom"_s, 0}; }

} // namespace Copydesk
