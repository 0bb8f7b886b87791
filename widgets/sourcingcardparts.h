#pragma once

// The pieces of the sourcing card (rows, section headers, the share bar) and their helpers;
// private to sourcingcard.cpp, which alone includes this file.

#include <algorithm>
#include <array>
#include <cmath>

#include <QAbstractButton>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include "sourcingcard.h"
#include "sourcekind.h"
#include "sourcingsummary.h"

namespace Copydesk {

namespace SourcingCardParts {

using namespace Qt::StringLiterals;

constexpr int rowMargin = 6;     // inside a row, around its text
constexpr int stripeWidth = 4;   // the kind colour at a row's left edge
constexpr int gap = 8;
constexpr int claimLines = 4;    // a claim's sentence shows at most this many lines
constexpr int maxRowsPerSection = 100; // rows a section shows at most

QString kindText(SourceKind kind)
{
    return sourceKindDisplayName(kind);
}

QString kindLegend(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return SourcingCard::tr("Person");
    case SourceKind::Organisation: return SourcingCard::tr("Organisation");
    case SourceKind::Document: return SourcingCard::tr("Document");
    case SourceKind::Anonymous: return SourcingCard::tr("Anonymous");
    case SourceKind::Unresolved: return SourcingCard::tr("Unresolved");
    case SourceKind::Publication: return SourcingCard::tr("Publication");
    case SourceKind::Unattributed: return SourcingCard::tr("No speaker");
    }
    return {};
}

QString percentText(int percent)
{
    return SourcingCard::tr("%1%").arg(percent);
}

// sRGB relative luminance, for picking legible text on a coloured segment.
double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

QColor textOn(const QColor &background)
{
    const double l = luminance(background);
    // The one of black and white with the higher contrast ratio.
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor secondaryText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(0.68f);
    return color;
}

QColor hairline(const QPalette &palette)
{
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(0.28f);
    return color;
}

QFont smallerFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.9);
    else
        small.setPixelSize(std::max(8, int(font.pixelSize() * 0.9)));
    return small;
}

// Lays text out in lines of at most width pixels; when it takes more than maxLines, the last
// line ends with an ellipsis. Bold ranges (UTF-16) are kept.
class WrappedText final
{
public:
    WrappedText() = default;
    WrappedText(const QString &text, const QFont &font, const QList<QPair<int, int>> &bold, int width, int maxLines)
    {
        QString shown = text;
        for (;;) {
            layout(shown, font, bold, width);
            if (m_layout->lineCount() <= maxLines || shown.size() <= 1)
                break;
            // Cut at the end of the last line allowed, then word by word until the ellipsis fits.
            const QTextLine last = m_layout->lineAt(maxLines - 1);
            qsizetype cut = last.textStart() + last.textLength();
            QString base = shown.left(cut).trimmed();
            if (base.endsWith(u'\u2026'))
                base.chop(1);
            const qsizetype space = base.lastIndexOf(u' ');
            base = space > 0 ? base.left(space) : base.left(std::max<qsizetype>(0, base.size() - 1));
            shown = base + u'\u2026';
        }
    }

    int height() const { return m_layout ? int(std::ceil(m_layout->boundingRect().height())) : 0; }
    void draw(QPainter *painter, const QPointF &at) const
    {
        if (m_layout)
            m_layout->draw(painter, at, m_formats);
    }

private:
    void layout(const QString &text, const QFont &font, const QList<QPair<int, int>> &bold, int width)
    {
        m_layout = std::make_shared<QTextLayout>(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_formats.clear();
        for (const auto &[start, length] : bold) {
            if (start >= text.size())
                continue;
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = int(std::min<qsizetype>(length, text.size() - start));
            range.format.setFontWeight(QFont::Bold);
            m_formats.append(range);
        }
        m_layout->setFormats(m_formats);
        m_layout->beginLayout();
        qreal y = 0;
        for (;;) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1, width));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout->endLayout();
    }

    std::shared_ptr<QTextLayout> m_layout;
    QList<QTextLayout::FormatRange> m_formats;
};

// One row of the card: a coloured stripe, a title (wrapped), a figure on the right and a
// secondary line. A button, so it takes the focus, activates by click, Space or Enter and tells
// assistive technology its whole text.
class CardRow final : public QAbstractButton
{
public:
    CardRow(QWidget *parent, const QColor &stripe, const QString &title, bool boldTitle, int maxTitleLines,
            const QString &figure, const QString &subtitle, const QList<QPair<int, int>> &boldRanges = {})
        : QAbstractButton(parent)
        , m_stripe(stripe)
        , m_title(title)
        , m_boldTitle(boldTitle)
        , m_maxTitleLines(maxTitleLines)
        , m_figure(figure)
        , m_subtitle(subtitle)
        , m_boldRanges(boldRanges)
    {
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
        setCursor(Qt::PointingHandCursor);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setText(title); // what QAbstractButton and assistive technology report, until setAccessibleName()
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        // Layouts ask for the same few widths again and again (size hints, the scroll area,
        // every pass): the text is laid out once per width, not once per question.
        if (const auto it = m_heights.constFind(width); it != m_heights.constEnd())
            return it.value();
        const Layout l = layoutFor(width);
        const int height = rowMargin + l.title.height() + (m_subtitle.isEmpty() ? 0 : 2 + l.subtitle.height()) + rowMargin;
        m_heights.insert(width, height);
        return height;
    }
    QSize sizeHint() const override { return {280, heightForWidth(280)}; }
    QSize minimumSizeHint() const override { return {120, heightForWidth(120)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor highlight = palette().color(QPalette::Highlight);
        if (isDown() || underMouse()) {
            highlight.setAlphaF(isDown() ? 0.30f : 0.14f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight);
            painter.drawRoundedRect(box, 4, 4);
        }
        if (hasFocus()) {
            QPen pen(palette().color(QPalette::Highlight), 1.5);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4);
        }
        const Layout l = layoutFor(width());
        // The stripe runs along the title and the secondary line.
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_stripe);
        painter.drawRoundedRect(QRectF(rowMargin, rowMargin, stripeWidth, height() - 2 * rowMargin), 2, 2);

        painter.setPen(palette().color(QPalette::WindowText));
        l.title.draw(&painter, QPointF(l.textLeft, rowMargin));
        if (!m_figure.isEmpty()) {
            painter.setFont(font());
            painter.drawText(QRect(width() - rowMargin - l.figureWidth, rowMargin, l.figureWidth, fontMetrics().height()),
                             Qt::AlignRight | Qt::AlignTop, m_figure);
        }
        if (!m_subtitle.isEmpty()) {
            painter.setPen(secondaryText(palette()));
            l.subtitle.draw(&painter, QPointF(l.textLeft, rowMargin + l.title.height() + 2));
        }
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            click();
            return;
        case Qt::Key_Down:
            focusNextChild();
            return;
        case Qt::Key_Up:
            focusPreviousChild();
            return;
        default:
            QAbstractButton::keyPressEvent(event);
        }
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            m_heights.clear();
            updateGeometry();
        }
        QAbstractButton::changeEvent(event);
    }

private:
    struct Layout
    {
        int textLeft = 0;
        int figureWidth = 0;
        WrappedText title;
        WrappedText subtitle;
    };

    Layout layoutFor(int width) const
    {
        Layout l;
        l.textLeft = rowMargin + stripeWidth + gap;
        l.figureWidth = m_figure.isEmpty() ? 0 : fontMetrics().horizontalAdvance(m_figure);
        const int textWidth = width - l.textLeft - rowMargin;
        QFont titleFont = font();
        if (m_boldTitle)
            titleFont.setBold(true);
        l.title = WrappedText(m_title, titleFont, m_boldRanges,
                              textWidth - (l.figureWidth ? l.figureWidth + gap : 0), m_maxTitleLines);
        if (!m_subtitle.isEmpty())
            l.subtitle = WrappedText(m_subtitle, smallerFont(font()), {}, textWidth, 2);
        return l;
    }

    QColor m_stripe;
    QString m_title;
    bool m_boldTitle;
    int m_maxTitleLines;
    QString m_figure;
    QString m_subtitle;
    QList<QPair<int, int>> m_boldRanges;
    mutable QHash<int, int> m_heights; // width -> height
};

// A section's header: a bold title and, on the right, the caption of the rows' figures.
class SectionHeader final : public QWidget
{
public:
    SectionHeader(QWidget *parent, const QString &objectName)
        : QWidget(parent)
        , title(new QLabel(this))
        , caption(new QLabel(this))
    {
        setObjectName(objectName);
        title->setObjectName(objectName + u"Title"_s);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        caption->setObjectName(objectName + u"Caption"_s);
        caption->setFont(smallerFont(caption->font()));
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(0, gap + 2, rowMargin, 0);
        row->addWidget(title, 1, Qt::AlignBottom);
        row->addWidget(caption, 0, Qt::AlignBottom);
    }

    QLabel *title;
    QLabel *caption;
};

// The scrolled content: its height follows its width (wrapped text), so its minimum size must
// not ask for the height of the narrowest layout; otherwise the scroll area scrolls for nothing.
class CardContent final : public QWidget
{
public:
    using QWidget::QWidget;
    QSize minimumSizeHint() const override { return {160, 0}; }
};

QLabel *wrappingLabel(QWidget *parent, const QString &objectName, bool secondary)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (secondary) {
        label->setFont(smallerFont(label->font()));
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    return label;
}

} // namespace SourcingCardParts

// The stacked bar of quoted words by source kind with its legend (percentages that add up to
// 100). Painted, so it sits well in a narrow dock and follows the palette.
using namespace SourcingCardParts;

class SourcingShareBar final : public QWidget
{
public:
    explicit SourcingShareBar(QWidget *parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setWords(const std::array<qint64, sourceKindCount> &words)
    {
        m_words = words;
        m_percentages = wholePercentages(QList<qint64>(words.begin(), words.end()));
        QStringList parts;
        QStringList tips;
        for (int k = 0; k < sourceKindCount; ++k) {
            parts.append(SourcingCard::tr("%1 %2").arg(kindLegend(SourceKind(k)), percentText(m_percentages.at(k))));
            tips.append(SourcingCard::tr("%1: %n word(s)", nullptr, int(words[k])).arg(kindLegend(SourceKind(k))));
        }
        setAccessibleDescription(total() > 0 ? parts.join(u", "_s) : SourcingCard::tr("No quoted words"));
        setToolTip(tips.join(u'\n'));
        updateGeometry();
        update();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const int rows = (sourceKindCount + columns(width) - 1) / columns(width);
        return barHeight() + gap + rows * legendRowHeight();
    }
    QSize sizeHint() const override { return {280, heightForWidth(280)}; }
    QSize minimumSizeHint() const override { return {120, heightForWidth(120)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF bar(0.5, 0.5, width() - 1.0, barHeight() - 1.0);
        QPainterPath clip;
        clip.addRoundedRect(bar, 4, 4);
        const qint64 sum = total();

        // Track and segments.
        painter.save();
        painter.setClipPath(clip);
        painter.fillRect(bar, palette().color(QPalette::AlternateBase));
        if (sum > 0) {
            qreal x = bar.left();
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            const QFontMetrics metrics(bold);
            for (int k = 0; k < sourceKindCount; ++k) {
                if (m_words[k] <= 0)
                    continue;
                // Every kind with words shows, however thin.
                const qreal w = std::max<qreal>(2.0, bar.width() * double(m_words[k]) / double(sum));
                const QRectF segment(x, bar.top(), std::min(w, bar.right() - x), bar.height());
                const QColor color = SourcingCard::kindColor(SourceKind(k));
                painter.fillRect(segment, color);
                const QString label = percentText(m_percentages.at(k));
                if (metrics.horizontalAdvance(label) + 8 <= segment.width()) {
                    painter.setPen(textOn(color));
                    painter.drawText(segment, Qt::AlignCenter, label);
                }
                x += w;
                if (x < bar.right()) { // a thin gap keeps neighbours apart for every reader
                    painter.fillRect(QRectF(x - 1, bar.top(), 1, bar.height()), palette().color(QPalette::Window));
                }
            }
        } else {
            painter.setPen(secondaryText(palette()));
            painter.drawText(bar, Qt::AlignCenter, SourcingCard::tr("No quoted words"));
        }
        painter.restore();
        painter.setPen(QPen(hairline(palette()), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(clip);

        // Legend.
        const int cols = columns(width());
        const int columnWidth = width() / cols;
        const int swatch = swatchSize();
        QFont bold = font();
        bold.setBold(true);
        for (int k = 0; k < sourceKindCount; ++k) {
            const int x = (k % cols) * columnWidth;
            const int y = barHeight() + gap + (k / cols) * legendRowHeight();
            const QRectF box(x + 0.5, y + (legendRowHeight() - swatch) / 2.0 + 0.5, swatch - 1, swatch - 1);
            painter.setPen(QPen(hairline(palette()), 1));
            painter.setBrush(SourcingCard::kindColor(SourceKind(k)));
            painter.drawRoundedRect(box, 2, 2);
            const QString name = kindLegend(SourceKind(k));
            int textX = x + swatch + 6;
            painter.setFont(font());
            painter.setPen(palette().color(QPalette::WindowText));
            const QRect line(textX, y, columnWidth - (textX - x), legendRowHeight());
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, name);
            textX += fontMetrics().horizontalAdvance(name + u' ');
            painter.setFont(bold);
            painter.drawText(QRect(textX, y, std::max(0, x + columnWidth - textX), legendRowHeight()),
                             Qt::AlignLeft | Qt::AlignVCenter, percentText(m_percentages.at(k)));
        }
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange)
            updateGeometry();
        QWidget::changeEvent(event);
    }

private:
    qint64 total() const
    {
        qint64 sum = 0;
        for (qint64 w : m_words)
            sum += w;
        return sum;
    }
    int barHeight() const { return fontMetrics().height() + 10; }
    int legendRowHeight() const { return fontMetrics().height() + 4; }
    int swatchSize() const { return std::max(10, fontMetrics().height() - 4); }
    int columns(int width) const
    {
        QFont bold = font();
        bold.setBold(true);
        int widest = 0;
        for (int k = 0; k < sourceKindCount; ++k)
            widest = std::max(widest, fontMetrics().horizontalAdvance(kindLegend(SourceKind(k)) + u' ')
                                          + QFontMetrics(bold).horizontalAdvance(u"100%"_s));
        return width >= 2 * (swatchSize() + 6 + widest + gap) ? 2 : 1;
    }

    std::array<qint64, sourceKindCount> m_words{};
    QList<int> m_percentages{0, 0, 0, 0};
};

} // namespace Copydesk
