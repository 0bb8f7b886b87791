#pragma once

#include <QAccessibleWidget>

namespace Copydesk {

class ArticleView;

// Exposes an ArticleView to assistive technology as read-only text with a caret and a
// selection, so a screen reader can read the article and follow keyboard selection.
class ArticleViewAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ArticleViewAccessible(ArticleView *view);

    // Installs the factory once; called by every ArticleView's constructor.
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    using QAccessibleWidget::text; // text(QAccessible::Text) beside the text interface's text(int, int)

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    ArticleView *view() const;
};

} // namespace Copydesk
