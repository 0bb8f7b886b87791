#include "sourcingcard.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextLayout>
#include <QVBoxLayout>

#include "annotation.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr int rowMargin = 6;     // inside a row, around its text
constexpr int stripeWidth = 4;   // the kind colour at a row's left edge
constexpr int gap = 8;
constexpr int claimLines = 4;    // a claim's sentence shows at most this many lines

QString kindText(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return SourcingCard::tr("named person");
    case SourceKind::Organisation: return SourcingCard::tr("named organisation");
    case SourceKind::Publication: return SourcingCard::tr("publication");
    case SourceKind::Document: return SourcingCard::tr("document");
    case SourceKind::Anonymous: return SourcingCard::tr("anonymous");
    case SourceKind::Unresolved: return SourcingCard::tr("unresolved pronoun");
    case SourceKind::Unattributed: return SourcingCard::tr("no speaker");
    }
    return {};
}

QString kindLegend(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return SourcingCard::tr("Person");
    case SourceKind::Organisation: return SourcingCard::tr("Organisation");
    case SourceKind::Publication: return SourcingCard::tr("Publication");
    case SourceKind::Document: return SourcingCard::tr("Document");
    case SourceKind::Anonymous: return SourcingCard::tr("Anonymous");
    case SourceKind::Unresolved: return SourcingCard::tr("Unresolved");
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
        const Layout l = layoutFor(width);
        return rowMargin + l.title.height() + (m_subtitle.isEmpty() ? 0 : 2 + l.subtitle.height()) + rowMargin;
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
        if (event->type() == QEvent::FontChange)
            updateGeometry();
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

} // namespace

// The stacked bar of quoted words by source kind with its legend (percentages that add up to
// 100). Painted, so it sits well in a narrow dock and follows the palette.
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

SourcingCard::SourcingCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"SourcingCard"_s);
    setAccessibleName(tr("Sourcing"));
    buildUi();
    showSummary();
}

SourcingCard::~SourcingCard() = default;

QColor SourcingCard::kindColor(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Person: return QColor(0x00, 0x77, 0xBB);
    case SourceKind::Organisation: return QColor(0x33, 0xBB, 0xEE);
    case SourceKind::Publication: return QColor(0x00, 0x99, 0x88);
    case SourceKind::Document: return QColor(0xCC, 0x33, 0x11);
    case SourceKind::Anonymous: return QColor(0xEE, 0x77, 0x33);
    case SourceKind::Unresolved: return QColor(0xEE, 0x33, 0x77);
    case SourceKind::Unattributed: return QColor(0xBB, 0xBB, 0xBB);
    }
    return {};
}

void SourcingCard::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"sourcingScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    outer->addWidget(m_scroll);

    m_content = new CardContent(m_scroll);
    m_content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(4);

    m_placeholder = wrappingLabel(m_content, u"placeholder"_s, true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder);

    m_headline = wrappingLabel(m_content, u"headline"_s, false);
    QFont verdict = m_headline->font();
    verdict.setBold(true);
    m_headline->setFont(verdict);
    layout->addWidget(m_headline);
    m_figures = wrappingLabel(m_content, u"figures"_s, true);
    layout->addWidget(m_figures);
    layout->addSpacing(2);
    m_bar = new SourcingShareBar(m_content);
    m_bar->setObjectName(u"shareBar"_s);
    m_bar->setAccessibleName(tr("Quoted words by source"));
    layout->addWidget(m_bar);

    auto *speakers = new SectionHeader(m_content, u"speakers"_s);
    m_speakersHeader = speakers;
    m_speakersTitle = speakers->title;
    m_speakersCaption = speakers->caption;
    layout->addWidget(speakers);
    m_speakersLayout = new QVBoxLayout;
    m_speakersLayout->setSpacing(0);
    layout->addLayout(m_speakersLayout);

    auto *claims = new SectionHeader(m_content, u"claims"_s);
    m_claimsHeader = claims;
    m_claimsTitle = claims->title;
    layout->addWidget(claims);
    m_claimsNote = wrappingLabel(m_content, u"claimsNote"_s, true);
    layout->addWidget(m_claimsNote);
    m_claimsLayout = new QVBoxLayout;
    m_claimsLayout->setSpacing(0);
    layout->addLayout(m_claimsLayout);

    auto *publications = new SectionHeader(m_content, u"publications"_s);
    m_publicationsHeader = publications;
    m_publicationsTitle = publications->title;
    m_publicationsCaption = publications->caption;
    layout->addWidget(publications);
    m_publicationsLayout = new QVBoxLayout;
    m_publicationsLayout->setSpacing(0);
    layout->addLayout(m_publicationsLayout);

    auto *page = new SectionHeader(m_content, u"page"_s);
    m_furnitureHeader = page;
    m_furnitureTitle = page->title;
    layout->addWidget(page);
    m_furniture = wrappingLabel(m_content, u"furniture"_s, false);
    layout->addWidget(m_furniture);
    m_furnitureDetail = wrappingLabel(m_content, u"furnitureDetail"_s, true);
    layout->addWidget(m_furnitureDetail);

    layout->addSpacing(gap);
    m_includeSuggestions = new QCheckBox(m_content);
    m_includeSuggestions->setObjectName(u"includeSuggestions"_s);
    m_includeSuggestions->setChecked(true);
    connect(m_includeSuggestions, &QCheckBox::toggled, this, [this](bool on) {
        setScope(on ? SourcingScope::DecisionsAndSuggestions : SourcingScope::DecisionsOnly);
    });
    layout->addWidget(m_includeSuggestions);
    m_scopeNote = wrappingLabel(m_content, u"scopeNote"_s, true);
    layout->addWidget(m_scopeNote);
    layout->addStretch(1);

    m_scroll->setWidget(m_content);
    setMinimumWidth(200);
    retranslateUi();
}

void SourcingCard::retranslateUi()
{
    m_speakersCaption->setText(tr("quoted words"));
    m_claimsNote->setText(tr("Sentences with a cue or hedge that no quote is linked to."));
    m_publicationsCaption->setText(tr("quotes"));
    m_furnitureTitle->setText(tr("Page"));
    m_includeSuggestions->setText(tr("Count suggestions"));
    m_includeSuggestions->setToolTip(tr("Count the engines' suggestions not yet reviewed too. Off: only what a person accepted or made."));
}

void SourcingCard::setStore(ProjectStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_documentId = 0;
    if (m_store)
        connect(m_store, &ProjectStore::changed, this, &SourcingCard::onStoreChanged);
    refresh();
}

ProjectStore *SourcingCard::store() const
{
    return m_store;
}

void SourcingCard::setDocument(qint64 documentId)
{
    // Read again even for the same id: the store may hold another project file by now.
    const bool other = m_documentId != documentId;
    m_documentId = documentId;
    refresh();
    if (other)
        m_scroll->verticalScrollBar()->setValue(0); // a new article starts at its verdict
}

void SourcingCard::setScope(SourcingScope scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    {
        const QSignalBlocker blocker(m_includeSuggestions);
        m_includeSuggestions->setChecked(scope == SourcingScope::DecisionsAndSuggestions);
    }
    refresh();
}

void SourcingCard::onStoreChanged(const ProjectChange &change)
{
    switch (change.kind) {
    case ProjectChange::AnnotationsChanged:
        if (change.documentId == m_documentId || change.documentId == 0)
            refresh();
        break;
    case ProjectChange::Reset:
    case ProjectChange::SchemaChanged:
        refresh();
        break;
    case ProjectChange::DocumentsAdded:
    case ProjectChange::DocumentChanged:
    case ProjectChange::AnnotatorsChanged:
        break;
    }
}

void SourcingCard::refresh()
{
    m_summary = SourcingSummary();
    m_summary.scope = m_scope;
    if (m_store && m_store->isOpen() && m_documentId) {
        if (const std::optional<Document> document = m_store->document(m_documentId)) {
            m_summary = summarizeSourcing(document->text, m_store->annotations(m_documentId),
                                          m_store->relations(m_documentId), m_scope);
        } else {
            m_documentId = 0;
        }
    }
    showSummary();
}

void SourcingCard::changeEvent(QEvent *event)
{
    // Painted parts pick their colours from the palette at paint time; the labels' text is
    // built in code, so a language change builds it again.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showSummary();
    }
    QWidget::changeEvent(event);
}

void SourcingCard::clearRows(QList<QAbstractButton *> &rows)
{
    for (QAbstractButton *row : std::as_const(rows)) {
        // Out of the tree at once (so finders and focus chains forget it), deleted later: the
        // row may be the one whose click is being handled.
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    rows.clear();
}

void SourcingCard::showSummary()
{
    // Remember which row had the focus, to give it back after rebuilding.
    QString focusedSection;
    qsizetype focusedIndex = -1;
    qint64 focusedId = 0;
    for (auto *rows : {&m_speakerRows, &m_claimRows, &m_publicationRows}) {
        for (qsizetype i = 0; i < rows->size(); ++i) {
            if (rows->at(i)->hasFocus()) {
                focusedSection = rows->at(i)->objectName();
                focusedIndex = i;
                focusedId = rows->at(i)->property("annotationId").toLongLong();
            }
        }
    }
    clearRows(m_speakerRows);
    clearRows(m_claimRows);
    clearRows(m_publicationRows);

    const SourcingSummary &s = m_summary;
    const bool hasDocument = m_store && m_documentId;
    const bool hasSourcing = hasDocument && !s.isEmpty();

    if (!hasDocument)
        m_placeholder->setText(tr("Open a document to see how it is sourced."));
    else if (!hasSourcing)
        m_placeholder->setText(tr("No quotes or claims marked in this document yet. Let the engines suggest them "
                                  "(Annotate menu) or mark quotes with Q."));
    m_placeholder->setVisible(!hasSourcing);

    // Headline: the verdict first, then the figures behind it.
    const qint64 words = s.attributableWords();
    QString headline;
    if (words > 0) {
        QList<qint64> byKind;
        for (const KindShare &k : s.byKind)
            byKind.append(k.words);
        // Persons and organisations together are the named sources.
        byKind[int(SourceKind::Person)] += byKind[int(SourceKind::Organisation)];
        byKind[int(SourceKind::Organisation)] = 0;
        const QList<int> percentages = wholePercentages(byKind);
        const int largest = int(std::max_element(byKind.cbegin(), byKind.cend()) - byKind.cbegin());
        const int p = percentages.at(largest);
        switch (SourceKind(largest)) {
        case SourceKind::Person:
        case SourceKind::Organisation:
            headline = tr("%1% of the quoted words come from named sources.").arg(p);
            break;
        case SourceKind::Document:
            headline = tr("%1% of the quoted words come from documents: statements, reports, polls.").arg(p);
            break;
        case SourceKind::Unresolved:
            headline = tr("%1% of the quoted words come from pronouns no one is linked to.").arg(p);
            break;
        case SourceKind::Anonymous:
            headline = tr("%1% of the quoted words come from anonymous sources.").arg(p);
            break;
        case SourceKind::Publication:
            headline = tr("%1% of the quoted words rest on other publications.").arg(p);
            break;
        case SourceKind::Unattributed:
            headline = tr("%1% of the quoted words have no speaker linked.").arg(p);
            break;
        }
    } else if (s.quotes > 0) {
        headline = tr("Only scare quotes: no statement is quoted.");
    }
    m_headline->setText(headline);
    m_headline->setVisible(hasSourcing && !headline.isEmpty());
    QStringList formCounts;
    for (const QuoteFormCount &f : s.forms) {
        if (f.quotes <= 0)
            continue;
        if (f.form == u"direct")
            formCounts.append(tr("%n direct", nullptr, f.quotes));
        else if (f.form == u"indirect")
            formCounts.append(tr("%n indirect", nullptr, f.quotes));
        else if (f.form == u"mixed")
            formCounts.append(tr("%n mixed", nullptr, f.quotes));
        else if (f.form == u"scare")
            formCounts.append(tr("%n scare", nullptr, f.quotes));
        else
            formCounts.append(tr("%n other", nullptr, f.quotes));
    }
    QString figures = tr("%n quote(s)", nullptr, s.quotes);
    if (!formCounts.isEmpty())
        figures += u" ("_s + formCounts.join(u", "_s) + u')';
    if (words > 0) {
        figures += u" \u00B7 "_s + tr("%n quoted word(s), %1% of the article body", nullptr, int(words))
                                      .arg(qRound(s.quotedShareOfBody() * 100.0));
    }
    if (s.speakersWithoutKind > 0)
        figures += u'\n' + tr("%n speaker mention(s) without a kind, counted as persons.", nullptr, s.speakersWithoutKind);
    m_figures->setText(figures);
    m_figures->setVisible(hasSourcing && s.quotes > 0);
    std::array<qint64, sourceKindCount> kindWords{};
    for (int k = 0; k < sourceKindCount; ++k)
        kindWords[k] = s.byKind[k].words;
    m_bar->setWords(kindWords);
    m_bar->setVisible(hasSourcing);

    auto makeRow = [this](QVBoxLayout *layout, QList<QAbstractButton *> &rows, const QString &objectName, qint64 activateId,
                          CardRow *row, const QString &accessibleName, const QString &toolTip) {
        row->setObjectName(objectName);
        row->setProperty("annotationId", activateId);
        row->setAccessibleName(accessibleName);
        row->setToolTip(toolTip);
        connect(row, &QAbstractButton::clicked, this, [this, activateId] { emit annotationActivated(activateId); });
        layout->addWidget(row);
        row->show(); // now, not when the layout gets round to it: the focus may move to it at once
        rows.append(row);
    };

    // Speakers.
    for (const SpeakerSummary &sp : s.speakers) {
        QStringList forms;
        if (sp.direct)
            forms.append(tr("%n direct", nullptr, sp.direct));
        if (sp.indirect)
            forms.append(tr("%n indirect", nullptr, sp.indirect));
        if (sp.mixed)
            forms.append(tr("%n mixed", nullptr, sp.mixed));
        if (const int other = sp.quotes - sp.direct - sp.indirect - sp.mixed; other > 0)
            forms.append(tr("%n other", nullptr, other));
        QString subtitle = kindText(sp.kind) + u" \u00B7 "_s + forms.join(u", "_s);
        // The speaker's other mentions ("Pompeo", "he"): the quotes are grouped by speaker.
        QStringList also;
        for (const SpeakerMention &m : sp.mentions) {
            if (m.text != sp.name && !also.contains(m.text))
                also.append(m.text);
        }
        if (!also.isEmpty())
            subtitle += u" \u00B7 "_s + tr("also %1").arg(also.join(u", "_s));
        auto *row = new CardRow(m_content, kindColor(sp.kind), sp.name, true, 2, locale().toString(sp.words), subtitle);
        makeRow(m_speakersLayout, m_speakerRows, u"speakerRow"_s, sp.quoteIds.value(0), row,
                tr("%1, %2, %3, %n quoted word(s)", nullptr, int(sp.words)).arg(sp.name, kindText(sp.kind), forms.join(u", "_s)),
                tr("Select the first quote of %1").arg(sp.name));
    }
    m_speakersTitle->setText(tr("Speakers (%1)").arg(s.speakers.size()));
    m_speakersHeader->setVisible(hasSourcing);

    // Claims.
    for (const UnattributedClaim &c : s.unattributedClaims) {
        // The cues in bold inside the sentence, found in order.
        QList<QPair<int, int>> bold;
        qsizetype from = 0;
        for (const QString &cue : c.cues) {
            const qsizetype at = c.sentence.indexOf(cue.simplified(), from);
            if (at >= 0) {
                bold.append({int(at), int(cue.simplified().size())});
                from = at + cue.size();
            }
        }
        const QString subtitle = tr("cue: %1").arg(c.cues.join(u", "_s));
        auto *row = new CardRow(m_content, kindColor(SourceKind::Unattributed), c.sentence, false, claimLines, {},
                                subtitle, bold);
        makeRow(m_claimsLayout, m_claimRows, u"claimRow"_s, c.cueIds.value(0), row,
                tr("Unattributed claim: %1 (%2)").arg(c.sentence, subtitle), tr("Select this cue in the article"));
    }
    m_claimsTitle->setText(tr("Unattributed claims (%1)").arg(s.unattributedClaims.size()));
    m_claimsHeader->setVisible(hasSourcing);
    m_claimsNote->setVisible(hasSourcing && !s.unattributedClaims.isEmpty());

    // Publications.
    for (const PublicationSummary &p : s.publications) {
        auto *row = new CardRow(m_content, kindColor(SourceKind::Publication), p.name, true, 2, locale().toString(p.quotes), {});
        makeRow(m_publicationsLayout, m_publicationRows, u"publicationRow"_s, p.quoteIds.value(0), row,
                tr("%1, cited for %n quote(s)", nullptr, p.quotes).arg(p.name),
                tr("Select the first quote that cites %1").arg(p.name));
    }
    m_publicationsTitle->setText(tr("Publications cited (%1)").arg(s.publications.size()));
    m_publicationsHeader->setVisible(hasSourcing && !s.publications.isEmpty());

    // Page furniture and body.
    if (hasDocument) {
        const int share = qRound(s.furnitureShare() * 100.0);
        QString text = s.furnitureCharacters > 0
                           ? tr("%1% of the page is boilerplate, disclaimers or metadata").arg(share)
                           : tr("No boilerplate, disclaimers or metadata marked");
        QStringList parts;
        for (const auto &[label, characters] : s.furnitureByLabel) {
            if (characters <= 0)
                continue;
            const int labelShare = qRound(100.0 * double(characters) / double(std::max<qint64>(1, s.pageCharacters)));
            if (label == u"DISCLAIMER")
                parts.append(tr("Disclaimers %1%").arg(labelShare));
            else if (label == u"BOILERPLATE")
                parts.append(tr("Boilerplate %1%").arg(labelShare));
            else if (label == u"METADATA")
                parts.append(tr("Metadata %1%").arg(labelShare));
        }
        m_furniture->setText(text);
        QString detail = parts.join(u" \u00B7 "_s);
        if (!detail.isEmpty())
            detail += u'\n';
        detail += tr("Article body: %n word(s)", nullptr, int(s.bodyWords));
        m_furnitureDetail->setText(detail);
    }
    m_furnitureHeader->setVisible(hasDocument);
    m_furniture->setVisible(hasDocument);
    m_furnitureDetail->setVisible(hasDocument);

    m_includeSuggestions->setVisible(hasDocument);
    QString note;
    if (hasDocument && m_scope == SourcingScope::DecisionsAndSuggestions && s.suggestionsCounted > 0)
        note = tr("Includes %n suggestion(s) not yet reviewed.", nullptr, s.suggestionsCounted);
    else if (hasDocument && m_scope == SourcingScope::DecisionsOnly)
        note = tr("Counting accepted and manual annotations only.");
    m_scopeNote->setText(note);
    m_scopeNote->setVisible(!note.isEmpty());

    // Give the focus back to the row that had it (the same speaker or claim if it is still
    // there, else the row in its place), so keyboard work goes on across edits.
    if (focusedIndex >= 0) {
        const QList<QAbstractButton *> &rows = focusedSection == u"speakerRow" ? m_speakerRows
                                               : focusedSection == u"claimRow" ? m_claimRows
                                                                               : m_publicationRows;
        const auto same = std::find_if(rows.cbegin(), rows.cend(), [&](QAbstractButton *row) {
            return row->property("annotationId").toLongLong() == focusedId;
        });
        if (same != rows.cend())
            (*same)->setFocus();
        else if (!rows.isEmpty())
            rows.at(std::min(focusedIndex, rows.size() - 1))->setFocus();
    }
}

} // namespace Copydesk
