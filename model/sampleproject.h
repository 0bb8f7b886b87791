#pragma once

#include <QString>

namespace Copydesk {

// The bundled sample project: the sample article of resources/, pre-annotated by the engines.
namespace SampleProject {

// Where it lives: the user's data folder.
QString path();
// Makes it at path() unless it is there already; on failure *error says why. It is written
// beside and renamed into place, so a failure leaves no half project.
bool ensure(QString *error);
// Makes it at path (which must not exist).
bool create(const QString &path, QString *error);

} // namespace SampleProject

} // namespace Copydesk
