#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace Copydesk {

// Colours of labels as the schema gives them (#RRGGBB), made readable on the palette in use.
// The schema's colours are chosen for light backgrounds; on a dark palette they are lightened
// so a chip or an underline stays visible.
namespace LabelColors {

// Whether the palette draws dark text on light ground (false) or light text on dark (true).
bool isDark(const QPalette &palette);

// The schema colour (or a neutral grey when it is empty or invalid) adjusted for the palette.
QColor labelColor(const QString &schemaColor, const QPalette &palette);

// A soft background for text covered by a label: the label colour blended into the base colour,
// strong enough to see, weak enough to keep the text readable. alpha in [0, 1].
QColor highlightColor(const QColor &labelColor, const QPalette &palette, qreal strength = 0.28);

// Black or white, whichever reads better on the colour.
QColor contrastingTextColor(const QColor &background);

// A rounded square of the colour with a thin outline, for combo boxes, trees and buttons.
// size is in device-independent pixels; the icon carries a 2x pixmap for high-DPI screens.
QIcon chipIcon(const QColor &color, int size = 12);

// A colour for a new label: the first of a colour-blind-safe set not in `used`.
QColor suggestNewColor(const QList<QColor> &used);

} // namespace LabelColors
} // namespace Copydesk
