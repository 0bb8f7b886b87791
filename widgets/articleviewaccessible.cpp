#include "articleviewaccessible.h"

#include <QWidget>

#include "articleview.h"

namespace Copydesk {

namespace {

QAccessibleInterface *articleViewFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<ArticleView *>(object))
        return new ArticleViewAccessible(view);
    return nullptr;
}

} // namespace

ArticleViewAccessible::ArticleViewAccessible(ArticleView *view)
    : QAccessibleWidget(view, QAccessible::EditableText)
{
}

void ArticleViewAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(articleViewFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

ArticleView *ArticleViewAccessible::view() const
{
    return static_cast<ArticleView *>(widget());
}

void *ArticleViewAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State ArticleViewAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

void ArticleViewAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const ViewRange range = view()->selection();
    if (selectionIndex == 0 && !range.isEmpty()) {
        *startOffset = int(range.start);
        *endOffset = int(range.end);
    }
}

int ArticleViewAccessible::selectionCount() const
{
    return view()->hasSelection() ? 1 : 0;
}

void ArticleViewAccessible::addSelection(int startOffset, int endOffset)
{
    view()->setSelection(startOffset, endOffset);
}

void ArticleViewAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        view()->clearSelection();
}

void ArticleViewAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0)
        view()->setSelection(startOffset, endOffset);
}

int ArticleViewAccessible::cursorPosition() const
{
    return int(view()->cursorPosition());
}

void ArticleViewAccessible::setCursorPosition(int position)
{
    view()->setCursorPosition(position);
}

QString ArticleViewAccessible::text(int startOffset, int endOffset) const
{
    return view()->text().mid(startOffset, endOffset - startOffset);
}

int ArticleViewAccessible::characterCount() const
{
    return int(view()->text().size());
}

QRect ArticleViewAccessible::characterRect(int offset) const
{
    const QRect rect = view()->characterRect(offset);
    if (rect.isNull())
        return rect;
    return QRect(view()->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int ArticleViewAccessible::offsetAtPoint(const QPoint &point) const
{
    return int(view()->characterAt(view()->viewport()->mapFromGlobal(point)));
}

void ArticleViewAccessible::scrollToSubstring(int startIndex, int)
{
    view()->scrollToPosition(startIndex);
}

QString ArticleViewAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = offset;
    return QString();
}

} // namespace Copydesk
