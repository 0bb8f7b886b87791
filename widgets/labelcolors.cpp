#include "labelcolors.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Copydesk::LabelColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor labelColor(const QString &schemaColor, const QPalette &palette)
{
    QColor color = QColor::fromString(schemaColor);
    if (!color.isValid())
        color = QColor(0x88, 0x88, 0x88);
    if (!isDark(palette))
        return color;
    // On dark ground, dark schema colours (navy, purple) vanish: raise their lightness while
    // keeping the hue, so the label is recognisably the same colour.
    float h = 0, s = 0, l = 0, a = 1;
    color.getHslF(&h, &s, &l, &a);
    if (l < 0.6f)
        l = 0.6f + (l * 0.25f);
    return QColor::fromHslF(h, s, l, a);
}

QColor highlightColor(const QColor &color, const QPalette &palette, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    const qreal t = std::clamp(strength, 0.0, 1.0);
    return QColor::fromRgbF(float(base.redF() * (1 - t) + color.redF() * t),
                            float(base.greenF() * (1 - t) + color.greenF() * t),
                            float(base.blueF() * (1 - t) + color.blueF() * t));
}

QColor contrastingTextColor(const QColor &background)
{
    // Relative luminance after WCAG; 0.179 is where black and white have equal contrast.
    auto channel = [](float c) { return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); };
    const float luminance = 0.2126f * channel(background.redF()) + 0.7152f * channel(background.greenF())
                            + 0.0722f * channel(background.blueF());
    return luminance > 0.179f ? QColor(Qt::black) : QColor(Qt::white);
}

QIcon chipIcon(const QColor &color, int size)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(150), 1));
        painter.setBrush(color);
        const qreal inset = 1.5;
        painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), 2.5, 2.5);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor suggestNewColor(const QList<QColor> &used)
{
    // Paul Tol's "muted" and "light" sets: colour-blind safe, like the default schema.
    static const char16_t *const candidates[] = {
        u"#CC6677", u"#332288", u"#DDCC77", u"#117733", u"#88CCEE", u"#882255", u"#44AA99",
        u"#999933", u"#AA4499", u"#77AADD", u"#EE8866", u"#EEDD88", u"#FFAABB", u"#AAAA00",
    };
    for (const char16_t *candidate : candidates) {
        const QColor color = QColor::fromString(QStringView(candidate));
        if (!used.contains(color))
            return color;
    }
    return QColor::fromString(u"#777777");
}

} // namespace Copydesk::LabelColors
