#pragma once

// Display names and small widget helpers shared by the parts of AnnotationPanel
// (annotationpanel.cpp, annotationpanelui.cpp); not for other widgets.

#include <QString>

class QToolButton;
class QWidget;

namespace Copydesk::AnnotationPanelText {

QString relationDisplayName(const QString &relation);
QString attributeDisplayName(const QString &attribute);
QString attributeValueDisplayName(const QString &value);
QToolButton *makeToolButton(const QString &text, const QString &toolTip, QWidget *parent);

} // namespace Copydesk::AnnotationPanelText
