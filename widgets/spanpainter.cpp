#include "spanpainter.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>

namespace Copydesk {

namespace {

qreal channel(qreal value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

// WCAG relative luminance and contrast ratio.
qreal luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.3;
}

bool isBlock(ViewSpan::Style style)
{
    return style == ViewSpan::Style::Block || style == ViewSpan::Style::DimBlock || style == ViewSpan::Style::Heading;
}

bool isSuggested(const ViewSpan &span)
{
    return span.status == ViewSpan::Status::Suggested;
}

qreal barWidth(const ArticleViewLayout::Metrics &metrics)
{
    return std::max(3.0, std::round(metrics.lineHeight * 0.2));
}

// Dashes in units of the pen width.
QPen dashedPen(const QColor &color, qreal width, qreal dash, qreal gap)
{
    QPen pen(color, width, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({dash, gap});
    return pen;
}

} // namespace

SpanPainter::SpanPainter(QPainter *painter, const QPalette &palette, const ArticleViewLayout::Metrics &metrics,
                         const QFont &font)
    : m_painter(painter)
    , m_palette(palette)
    , m_metrics(metrics)
    , m_font(font)
    , m_tagFont(font)
{
    m_tagFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.68));
    m_tagFont.setWeight(QFont::DemiBold);
    m_tagFont.setLetterSpacing(QFont::PercentageSpacing, 104);
}

QColor SpanPainter::ink(const QColor &color, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor start = color.isValid() ? color : mix(text, base, 0.4);
    start.setAlpha(255);
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(start, text, step / 10.0);
        if (contrast(candidate, base) >= 3.0)
            return candidate;
    }
    return text;
}

QColor SpanPainter::dimmedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

qreal SpanPainter::barLeft(const ArticleViewLayout::Metrics &metrics)
{
    return metrics.columnLeft - std::round(metrics.lineHeight * 0.7) - barWidth(metrics);
}

qreal SpanPainter::handleRadius(const ArticleViewLayout::Metrics &metrics)
{
    return std::max(3.5, std::round(metrics.lineHeight * 0.24 * 2) / 2);
}

QPointF SpanPainter::startHandle(const SpanFragment &fragment, const ArticleViewLayout::Metrics &metrics)
{
    return {fragment.text.left(), fragment.text.top() - 1 - handleRadius(metrics)};
}

QPointF SpanPainter::endHandle(const SpanFragment &fragment, const ArticleViewLayout::Metrics &metrics)
{
    return {fragment.text.right(), fragment.text.bottom() + 1 + handleRadius(metrics)};
}

void SpanPainter::drawBlockTint(const ViewSpan &span, const QList<SpanFragment> &fragments)
{
    if (fragments.isEmpty())
        return;
    const qreal alpha = (isDark(m_palette) ? 0.13 : 0.075) * (isSuggested(span) ? 0.6 : 1.0);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QList<QRectF> rects = outlineRects(ViewSpan::Style::Block, fragments, 0); const QRectF &rect : rects)
        path.addRect(rect);
    m_painter->fillPath(path.simplified(), withAlpha(ink(span.color), alpha));
}

void SpanPainter::drawBlockBar(const ViewSpan &span, const QList<SpanFragment> &fragments, bool tagInGutter)
{
    if (fragments.isEmpty())
        return;
    const qreal width = barWidth(m_metrics);
    const qreal left = barLeft(m_metrics);
    const SpanFragment &first = fragments.first();
    const SpanFragment &last = fragments.last();
    const qreal top = first.box.top() + (first.first ? 2 : 0);
    const qreal bottom = last.box.bottom() - (last.last ? 2 : 0);
    const QColor color = ink(span.color);
    m_painter->save();
    if (isSuggested(span)) {
        m_painter->setPen(dashedPen(withAlpha(color, 0.7), width, 1.2, 0.8));
        m_painter->drawLine(QPointF(left + width / 2, top), QPointF(left + width / 2, bottom));
    } else {
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(color);
        m_painter->drawRoundedRect(QRectF(left, top, width, bottom - top), width / 2, width / 2);
    }
    if (tagInGutter && first.first) {
        const QFontMetricsF fm(m_tagFont);
        const QString text = span.label;
        const qreal textWidth = fm.horizontalAdvance(text);
        const qreal right = left - std::round(m_metrics.lineHeight * 0.35);
        if (right - textWidth >= 4) {
            m_painter->setFont(m_tagFont);
            m_painter->setPen(withAlpha(color, isSuggested(span) ? 0.7 : 1.0));
            const qreal baseline = first.text.center().y() + (fm.ascent() - fm.descent()) / 2;
            m_painter->drawText(QPointF(right - textWidth, baseline), text);
        }
    }
    m_painter->restore();
}

void SpanPainter::drawTint(const ViewSpan &span, const QList<SpanFragment> &fragments)
{
    const QColor color = ink(span.color);
    const qreal alpha = (isDark(m_palette) ? 0.32 : 0.2) * (isSuggested(span) ? 0.55 : 1.0);
    m_painter->save();
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(withAlpha(color, alpha));
    for (const SpanFragment &fragment : fragments)
        m_painter->drawRoundedRect(fragment.text.adjusted(-1.5, -1, 1.5, 1), 3, 3);
    m_painter->restore();
    if (isSuggested(span)) {
        QList<QRectF> rects;
        for (const SpanFragment &fragment : fragments)
            rects.append(fragment.text.adjusted(-1.5, -1, 1.5, 1));
        strokeRects(rects, dashedPen(withAlpha(color, 0.6), 1, 3, 2), 3);
    }
}

void SpanPainter::drawBox(const ViewSpan &span, const QList<SpanFragment> &fragments)
{
    const QColor color = ink(span.color);
    QList<QRectF> rects;
    for (const SpanFragment &fragment : fragments)
        rects.append(fragment.text.adjusted(-1.5, -0.5, 1.5, 0.5));
    if (isSuggested(span))
        strokeRects(rects, dashedPen(withAlpha(color, 0.85), 1.25, 3, 2), 3);
    else
        strokeRects(rects, QPen(color, 1.5), 3);
}

void SpanPainter::drawUnderline(const ViewSpan &span, const QList<SpanFragment> &fragments, int row)
{
    const QColor color = ink(span.color);
    const qreal thickness = m_metrics.rowThickness;
    QPen pen = isSuggested(span) ? dashedPen(withAlpha(color, 0.8), thickness, 2, 1.25) : QPen(color, thickness);
    pen.setCapStyle(Qt::FlatCap);
    m_painter->save();
    m_painter->setPen(pen);
    for (const SpanFragment &fragment : fragments) {
        const qreal y = fragment.rowsTop + row * m_metrics.rowPitch + thickness / 2;
        // Leave a hair's gap at the ends so that neighbouring spans stay apart.
        const qreal left = fragment.text.left() + (fragment.first ? 1 : 0);
        const qreal right = fragment.text.right() - (fragment.last ? 1 : 0);
        m_painter->drawLine(QPointF(left, y), QPointF(std::max(left + 1, right), y));
    }
    m_painter->restore();
}

void SpanPainter::drawRejected(const ViewSpan &, const QList<SpanFragment> &fragments, int row)
{
    const QColor grey = withAlpha(dimmedText(m_palette), 0.9);
    m_painter->save();
    QPen dotted = dashedPen(grey, 1.5, 1, 1.5);
    for (const SpanFragment &fragment : fragments) {
        const qreal y = fragment.rowsTop + row * m_metrics.rowPitch + 1;
        m_painter->setPen(dotted);
        m_painter->drawLine(QPointF(fragment.text.left(), y), QPointF(fragment.text.right(), y));
        m_painter->setPen(QPen(withAlpha(grey, 0.6), 1));
        const qreal middle = fragment.text.top() + fragment.text.height() * 0.55;
        m_painter->drawLine(QPointF(fragment.text.left(), middle), QPointF(fragment.text.right(), middle));
    }
    m_painter->restore();
}

void SpanPainter::drawHover(const ViewSpan &span, ViewSpan::Style style, const QList<SpanFragment> &fragments)
{
    strokeRects(outlineRects(style, fragments, 2), QPen(withAlpha(ink(span.color), 0.6), 1), 3.5);
}

void SpanPainter::drawLinkedOutline(const ViewSpan &span, ViewSpan::Style style, const QList<SpanFragment> &fragments)
{
    strokeRects(outlineRects(style, fragments, 2.5), dashedPen(ink(span.color), 1.5, 3, 1.5), 4);
}

void SpanPainter::drawSelected(const ViewSpan &span, ViewSpan::Style style, const QList<SpanFragment> &fragments)
{
    if (fragments.isEmpty())
        return;
    const QColor color = ink(span.color);
    const QList<QRectF> rects = outlineRects(style, fragments, 2.5);
    m_painter->save();
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(withAlpha(color, isDark(m_palette) ? 0.14 : 0.07));
    for (const QRectF &rect : rects)
        m_painter->drawRoundedRect(rect, 4, 4);
    m_painter->restore();
    strokeRects(rects, QPen(color, 2), 4);
    // Blocks have their label in the margin already.
    if (fragments.first().first && !isBlock(style)) {
        const QRectF &first = rects.first();
        const qreal radius = handleRadius(m_metrics);
        drawTag(QPointF(first.left() + radius + 3, first.top() - 1), span.label, color);
    }
}

void SpanPainter::drawHandles(const ViewSpan &span, const QList<SpanFragment> &fragments)
{
    if (fragments.isEmpty())
        return;
    const QColor color = ink(span.color);
    const QColor ring = m_palette.color(QPalette::Base);
    const qreal radius = handleRadius(m_metrics);
    m_painter->save();
    auto handle = [&](qreal x, qreal top, qreal bottom, const QPointF &knob) {
        m_painter->setPen(QPen(color, 2, Qt::SolidLine, Qt::FlatCap));
        m_painter->drawLine(QPointF(x, top), QPointF(x, bottom));
        m_painter->setPen(QPen(ring, 1.5));
        m_painter->setBrush(color);
        m_painter->drawEllipse(knob, radius, radius);
    };
    if (fragments.first().first) {
        const SpanFragment &fragment = fragments.first();
        handle(fragment.text.left(), fragment.text.top() - 1, fragment.text.bottom() + 2,
               startHandle(fragment, m_metrics));
    }
    if (fragments.last().last) {
        const SpanFragment &fragment = fragments.last();
        handle(fragment.text.right(), fragment.text.top() - 2, fragment.text.bottom() + 1,
               endHandle(fragment, m_metrics));
    }
    m_painter->restore();
}

void SpanPainter::drawTag(const QPointF &anchor, const QString &text, const QColor &color, bool outlined)
{
    if (text.isEmpty())
        return;
    const QFontMetricsF fm(m_tagFont);
    const qreal height = std::ceil(fm.ascent() + fm.descent()) + 2;
    const qreal width = std::ceil(fm.horizontalAdvance(text)) + height * 0.9;
    const QRectF rect(anchor.x(), anchor.y() - height, width, height);
    const QColor label = contrast(color, Qt::white) >= contrast(color, Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    m_painter->save();
    if (outlined) {
        m_painter->setPen(QPen(color, 1));
        m_painter->setBrush(m_palette.color(QPalette::Base));
    } else {
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(color);
    }
    m_painter->drawRoundedRect(outlined ? rect.adjusted(0.5, 0.5, -0.5, -0.5) : rect, height / 2, height / 2);
    m_painter->setFont(m_tagFont);
    m_painter->setPen(outlined ? color : label);
    m_painter->drawText(rect, Qt::AlignCenter, text);
    m_painter->restore();
}

QPainterPath SpanPainter::linkPath(const QPointF &from, const QPointF &to) const
{
    const qreal dx = to.x() - from.x();
    // On one line the arc stays in the gap above the text; across lines it has to climb.
    const bool sameLine = std::abs(to.y() - from.y()) < m_metrics.lineHeight / 2;
    const qreal lift = sameLine ? std::clamp(std::abs(dx) * 0.08 + m_metrics.topPadding, m_metrics.topPadding + 2,
                                             m_metrics.topPadding + m_metrics.lineHeight * 0.6)
                                : std::clamp(std::abs(dx) * 0.2 + 12, 16.0, 56.0);
    const qreal top = std::min(from.y(), to.y()) - lift;
    QPainterPath path(from);
    path.cubicTo(QPointF(from.x() + dx * 0.15, top), QPointF(to.x() - dx * 0.15, top), to);
    return path;
}

void SpanPainter::drawLinkCurve(const QPointF &from, const QPointF &to, const QColor &color)
{
    m_painter->save();
    m_painter->setBrush(Qt::NoBrush);
    m_painter->setPen(QPen(withAlpha(ink(color), 0.85), 1.5, Qt::SolidLine, Qt::RoundCap));
    m_painter->drawPath(linkPath(from, to));
    m_painter->restore();
}

void SpanPainter::drawLinkEnds(const QPointF &from, const QPointF &to, const QColor &color)
{
    const QColor line = ink(color);
    const QPainterPath path = linkPath(from, to);
    m_painter->save();
    m_painter->setPen(QPen(line, 1.2));
    m_painter->setBrush(m_palette.color(QPalette::Base));
    m_painter->drawEllipse(from, 2.5, 2.5);

    // Arrow head along the curve's last tangent.
    const QPointF direction = to - path.pointAtPercent(0.97);
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length > 0.01) {
        const QPointF unit = direction / length;
        const QPointF normal(-unit.y(), unit.x());
        const qreal size = 6;
        QPolygonF head;
        head << to << to - unit * size + normal * size * 0.5 << to - unit * size - normal * size * 0.5;
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(line);
        m_painter->drawPolygon(head);
    }

    m_painter->restore();
}

QList<QRectF> SpanPainter::outlineRects(ViewSpan::Style style, const QList<SpanFragment> &fragments, qreal grow) const
{
    QList<QRectF> rects;
    if (isBlock(style)) {
        const qreal left = barLeft(m_metrics);
        const qreal right = m_metrics.columnLeft + m_metrics.columnWidth + std::round(m_metrics.lineHeight * 0.4);
        for (const SpanFragment &fragment : fragments) {
            QRectF rect = fragment.box;
            if (fragment.wholeLine) {
                rect.setLeft(left);
                rect.setRight(right);
            } else {
                rect.setLeft(fragment.text.left() - 2);
                rect.setRight(fragment.text.right() + 2);
            }
            if (fragment.first)
                rect.setTop(rect.top() + 2);
            if (fragment.last)
                rect.setBottom(rect.bottom() - 2);
            rects.append(rect);
        }
        // An outline goes around the whole card, not around each line of it.
        if (grow > 0 && !rects.isEmpty()) {
            QRectF united = rects.first();
            for (const QRectF &rect : std::as_const(rects))
                united = united.united(rect);
            return {united.adjusted(-grow, -grow / 2, grow, grow / 2)};
        }
        return rects;
    }
    for (const SpanFragment &fragment : fragments) {
        QRectF rect = fragment.text.adjusted(-grow, -grow, grow, grow);
        if (style == ViewSpan::Style::Underline)
            rect.setBottom(std::max(rect.bottom(), fragment.rowsTop + m_metrics.rowThickness + grow / 2));
        rects.append(rect);
    }
    return rects;
}

void SpanPainter::strokeRects(const QList<QRectF> &rects, const QPen &pen, qreal radius)
{
    m_painter->save();
    m_painter->setPen(pen);
    m_painter->setBrush(Qt::NoBrush);
    for (const QRectF &rect : rects)
        m_painter->drawRoundedRect(rect, radius, radius);
    m_painter->restore();
}

} // namespace Copydesk
