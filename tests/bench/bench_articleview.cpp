// Benchmark of the article view: opening a ~1 MB article with 20,000 spans, then painting after
// each page of scrolling. Run under QT_QPA_PLATFORM=offscreen; prints its figures.
//
//   bench_articleview                       the benchmark
//       [--shape paragraphs|one-line|unbroken|cjk] [--bytes N] [--spans N] [--steps N]
//       (one-line: one paragraph of words; unbroken: no line break opportunity at all; cjk:
//       ideographs without spaces or newlines; for the CJK glyphs' own shaping costs, give
//       fontconfig a CJK font, e.g. FONTCONFIG_FILE pointing at a fonts.conf that adds one)
//   bench_articleview --screenshot OUT.png  renders a made-up article instead
//       [--dark] [--size WxH] [--select none|quote|source|heading] [--rejected] [--hover]
#include <algorithm>
#include <cstdio>
#include <numeric>

#include <time.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPalette>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStyleFactory>

#include "articleview.h"
#include "articleviewlayout.h"

using namespace Qt::StringLiterals;
using Copydesk::ArticleView;
using Copydesk::ArticleViewLayout;
using Copydesk::ViewLink;
using Copydesk::ViewSpan;

namespace {

struct Label
{
    const char16_t *name;
    const char16_t *layer;
    const char16_t *color;
};

// The default schema's colours (resources/default-schema.json).
const Label Labels[] = {
    {u"PERSON", u"entities", u"#4477AA"},   {u"ORG", u"entities", u"#228833"},
    {u"GPE", u"entities", u"#CCBB44"},      {u"LOC", u"entities", u"#EE8866"},
    {u"NORP", u"entities", u"#AA3377"},     {u"FAC", u"entities", u"#BBBBBB"},
    {u"EVENT", u"entities", u"#99DDFF"},    {u"DATE", u"entities", u"#44BB99"},
    {u"QUOTE", u"sourcing", u"#EE7733"},    {u"SOURCE", u"sourcing", u"#0077BB"},
    {u"CUE", u"sourcing", u"#009988"},      {u"HEADLINE", u"furniture", u"#332288"},
    {u"METADATA", u"furniture", u"#882255"}, {u"DISCLAIMER", u"furniture", u"#AA4499"},
    {u"BOILERPLATE", u"furniture", u"#888888"},
};

const Label &labelNamed(QStringView name)
{
    for (const Label &label : Labels) {
        if (name == label.name)
            return label;
    }
    return Labels[0];
}

ViewSpan makeSpan(qint64 id, qsizetype start, qsizetype end, QStringView labelName, ViewSpan::Status status)
{
    const Label &label = labelNamed(labelName);
    ViewSpan span;
    span.id = id;
    span.start = start;
    span.end = end;
    span.label = QString::fromUtf16(label.name);
    span.layer = QString::fromUtf16(label.layer);
    span.color = QColor(QString::fromUtf16(label.color));
    span.status = status;
    static const char *const names[] = {"suggested", "accepted", "rejected", "manual"};
    span.tooltip = u"<b>%1</b> · %2"_s.arg(span.label, QLatin1String(names[int(status)]));
    return span;
}

// --- The made-up article for screenshots ---------------------------------------------------

struct Demo
{
    QString text;
    QList<ViewSpan> spans;
    QList<ViewLink> links;
    qint64 quote = 0;
    qint64 source = 0;
    qint64 heading = 0;
};

Demo demoArticle()
{
    Demo demo;
    demo.text = u"The Harbour Ledger\n"
                u"Local news for the Salt Coast\n"
                u"\n"
                u"Port authority approves €40\u00A0million dredging plan despite fishermen’s protest\n"
                u"\n"
                u"By Maren Okafor · 14 March 2025 · 4 min read\n"
                u"\n"
                u"SALTHAVEN — The Salt Coast Port Authority on Thursday approved a €40\u00A0million plan to "
                u"deepen the main shipping channel, overruling objections from the local fishing cooperative.\n"
                u"\n"
                u"“We cannot keep turning away container ships because the channel is three metres too "
                u"shallow,” said Ilse Brandt, the authority’s chief executive. “This is about the next thirty "
                u"years, not the next three.”\n"
                u"\n"
                u"The cooperative’s chair, Tomas Reyes, told reporters that dredging would destroy the mussel "
                u"beds his members depend on. According to a study commissioned by the Greenwater Institute, "
                u"silt from the works could spread up to twelve kilometres along the coast.\n"
                u"\n"
                u"The plan now goes to the regional ministry in Norhaven, which is expected to decide by June.\n"
                u"\n"
                u"Disclaimer: The Harbour Ledger receives funding from the Salt Coast Port Authority for its "
                u"maritime section. Our editorial decisions remain independent.\n"
                u"\n"
                u"Share this article\tFacebook · X · 📨 Email · Copy link\n"
                u"Sign up for our morning newsletter"_s;
    qint64 nextId = 1;
    auto add = [&](QStringView needle, QStringView label, ViewSpan::Status status, int occurrence = 0) -> qint64 {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = demo.text.indexOf(needle, at + 1);
        if (at < 0)
            qFatal("demo: no occurrence %d of %s", occurrence, qPrintable(needle.toString()));
        demo.spans.append(makeSpan(nextId, at, at + needle.size(), label, status));
        return nextId++;
    };
    using S = ViewSpan::Status;
    add(u"The Harbour Ledger\nLocal news for the Salt Coast", u"BOILERPLATE", S::Accepted);
    demo.heading = add(u"Port authority approves €40\u00A0million dredging plan despite fishermen’s protest",
                       u"HEADLINE", S::Accepted);
    add(u"By Maren Okafor · 14 March 2025 · 4 min read", u"METADATA", S::Suggested);
    add(u"Maren Okafor", u"PERSON", S::Accepted);
    add(u"14 March 2025", u"DATE", S::Accepted);
    add(u"SALTHAVEN —", u"METADATA", S::Accepted);
    add(u"SALTHAVEN", u"GPE", S::Accepted);
    add(u"Salt Coast Port Authority", u"ORG", S::Accepted);
    add(u"Salt Coast", u"LOC", S::Suggested, 1);
    add(u"Thursday", u"DATE", S::Accepted);
    demo.quote = add(u"“We cannot keep turning away container ships because the channel is three metres too "
                     u"shallow,”",
                     u"QUOTE", S::Accepted);
    const qint64 cue = add(u"said", u"CUE", S::Accepted);
    demo.source = add(u"Ilse Brandt, the authority’s chief executive", u"SOURCE", S::Accepted);
    add(u"Ilse Brandt", u"PERSON", S::Accepted);
    const qint64 second = add(u"“This is about the next thirty years, not the next three.”", u"QUOTE", S::Manual);
    add(u"the next thirty years", u"DATE", S::Suggested);
    const qint64 reyes = add(u"The cooperative’s chair, Tomas Reyes", u"SOURCE", S::Suggested);
    add(u"Tomas Reyes", u"PERSON", S::Suggested);
    const qint64 told = add(u"told reporters", u"CUE", S::Suggested);
    const qint64 indirect
        = add(u"that dredging would destroy the mussel beds his members depend on", u"QUOTE", S::Suggested);
    add(u"According to", u"CUE", S::Suggested);
    add(u"a study commissioned by the Greenwater Institute", u"SOURCE", S::Suggested);
    add(u"Greenwater Institute", u"ORG", S::Accepted);
    add(u"silt from the works could spread up to twelve kilometres along the coast", u"QUOTE", S::Suggested);
    add(u"Norhaven", u"GPE", S::Accepted);
    add(u"June", u"DATE", S::Accepted);
    add(u"Disclaimer: The Harbour Ledger receives funding from the Salt Coast Port Authority for its maritime "
        u"section. Our editorial decisions remain independent.",
        u"DISCLAIMER", S::Accepted);
    add(u"Salt Coast Port Authority", u"ORG", S::Accepted, 1);
    add(u"Share this article\tFacebook · X · 📨 Email · Copy link\nSign up for our morning newsletter",
        u"BOILERPLATE", S::Accepted);
    add(u"Facebook", u"ORG", S::Rejected);
    add(u"regional ministry", u"ORG", S::Rejected);
    demo.links = {{demo.quote, demo.source, u"SPEAKER"_s}, {demo.quote, cue, u"CUE"_s},
                  {second, demo.source, u"SPEAKER"_s}, {indirect, reyes, u"SPEAKER"_s}, {indirect, told, u"CUE"_s}};
    return demo;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xe3, 0xe3, 0xe3));
    palette.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

int screenshot(const QCommandLineParser &parser)
{
    const Demo demo = demoArticle();
    ArticleView view;
    if (parser.isSet(u"dark"_s))
        view.setPalette(darkPalette());
    const QStringList size = parser.value(u"size"_s).split(u'x');
    view.resize(size.value(0).toInt(), size.value(1).toInt());
    view.setText(demo.text);
    view.setSpans(demo.spans);
    view.setLinks(demo.links);
    view.setShowRejected(parser.isSet(u"rejected"_s));
    const QString select = parser.value(u"select"_s);
    if (select == u"quote")
        view.setSelectedSpan(demo.quote);
    else if (select == u"source")
        view.setSelectedSpan(demo.source);
    else if (select == u"heading")
        view.setSelectedSpan(demo.heading);
    view.show();
    QCoreApplication::processEvents();
    if (parser.isSet(u"hover"_s)) {
        const qsizetype at = demo.text.indexOf(u"Greenwater");
        const QPoint point = view.characterRect(at + 2).center();
        QMouseEvent move(QEvent::MouseMove, point, view.viewport()->mapToGlobal(point), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
    }
    if (parser.isSet(u"selection"_s)) {
        const qsizetype at = demo.text.indexOf(u"deepen the main");
        view.setSelection(at, at + 15);
    }
    QCoreApplication::processEvents();
    const QString out = parser.value(u"screenshot"_s);
    QPixmap pixmap = view.grab();
    if (parser.isSet(u"crop"_s)) {
        // In widget coordinates; the pixmap may be scaled (QT_SCALE_FACTOR).
        const QStringList parts = parser.value(u"crop"_s).split(u',');
        const qreal scale = pixmap.devicePixelRatio();
        pixmap = pixmap.copy(QRectF(parts.value(0).toInt() * scale, parts.value(1).toInt() * scale,
                                    parts.value(2).toInt() * scale, parts.value(3).toInt() * scale)
                                 .toRect());
    }
    if (!pixmap.save(out)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(out));
    return 0;
}

// --- The benchmark ---------------------------------------------------------------------------

// Wall time suffers when the machine is busy; the thread's CPU time much less.
struct Clock
{
    QElapsedTimer wall;
    qint64 cpuStart = 0;

    static qint64 cpuNow()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    void restart()
    {
        wall.restart();
        cpuStart = cpuNow();
    }
    double wallMs() const { return wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return (cpuNow() - cpuStart) / 1e6; }
};

struct Figures
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void add(const Clock &clock)
    {
        wall.push_back(clock.wallMs());
        cpu.push_back(clock.cpuMs());
    }
    static QString describe(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
        return u"mean %1, median %2, p95 %3, max %4"_s.arg(mean, 0, 'f', 2)
            .arg(values[values.size() / 2], 0, 'f', 2)
            .arg(values[values.size() * 95 / 100], 0, 'f', 2)
            .arg(values.back(), 0, 'f', 2);
    }
    void print(const char *what) const
    {
        std::printf("%s (ms)\n    cpu:  %s\n    wall: %s\n", what, qPrintable(describe(cpu)), qPrintable(describe(wall)));
    }
};

QString generateText(qsizetype targetSize, QRandomGenerator *random)
{
    static const char16_t *const words[] = {
        u"the", u"minister", u"said", u"on", u"Tuesday", u"that", u"negotiations", u"would", u"continue",
        u"according", u"to", u"officials", u"in", u"Brussels", u"harbour", u"authority", u"plan", u"a",
        u"of", u"and", u"report", u"council", u"“we", u"will", u"not", u"accept", u"this,”", u"spokesperson",
        u"Ilse", u"Brandt", u"economy", u"growth", u"percent", u"year", u"government", u"€40\u00A0million",
        u"élection", u"naïve", u"😀", u"coast"};
    const int wordCount = int(std::size(words));
    QString text;
    text.reserve(targetSize + 1000);
    while (text.size() < targetSize) {
        const int sentences = 1 + int(random->bounded(6));
        for (int s = 0; s < sentences; ++s) {
            const int length = 6 + int(random->bounded(24));
            for (int w = 0; w < length; ++w) {
                QString word = QString::fromUtf16(words[random->bounded(wordCount)]);
                if (w == 0)
                    word[0] = word[0].toUpper();
                text += word;
                text += w + 1 < length ? u' ' : u'.';
            }
            text += u' ';
        }
        text += random->bounded(3) == 0 ? u"\n\n"_s : u"\n"_s;
    }
    return text;
}

// Texts of other shapes, for the layout's worst cases: one line with no break opportunity
// ("unbroken"), one paragraph of words ("one-line"), and CJK, whose characters are break
// opportunities each but come in long runs without spaces.
QString generateShapedText(const QString &shape, qsizetype targetSize, QRandomGenerator *random)
{
    QString text;
    text.reserve(targetSize + 100);
    if (shape == u"unbroken") {
        // Letters, digits and combining accents: no break opportunity anywhere.
        while (text.size() < targetSize) {
            text += QChar(u'a' + char16_t(random->bounded(26)));
            if (random->bounded(20) == 0)
                text += QChar(0x0301);
        }
    } else if (shape == u"one-line") {
        text = generateText(targetSize, random);
        text.replace(u'\n', u' ');
    } else if (shape == u"cjk") {
        // Ideographs with a full stop now and then, no spaces, no newlines.
        while (text.size() < targetSize) {
            text += QChar(char16_t(0x4E00 + random->bounded(3000)));
            if (random->bounded(40) == 0)
                text += QChar(0x3002);
        }
    }
    return text;
}

QList<ViewSpan> generateSpans(const QString &text, int count, QRandomGenerator *random)
{
    // Word starts, so spans look like real ones; texts without words get evenly spaced "words".
    std::vector<qsizetype> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if ((i == 0 || text[i - 1].isSpace()) && !text[i].isSpace())
            starts.push_back(i);
    }
    const bool spaced = starts.size() > 1000;
    if (!spaced) {
        starts.clear();
        for (qsizetype i = 0; i + 8 < text.size(); i += 8)
            starts.push_back(i);
    }
    auto wordEnd = [&text, spaced](qsizetype from) {
        if (!spaced)
            return std::min(text.size(), from + 6);
        while (from < text.size() && !text[from].isSpace())
            ++from;
        return from;
    };
    QList<ViewSpan> spans;
    spans.reserve(count);
    for (int id = 1; id <= count; ++id) {
        const size_t word = size_t(random->bounded(int(starts.size()) - 40));
        const int kind = int(random->bounded(100));
        QStringView label;
        size_t words = 1;
        if (kind < 55) {
            static const char16_t *const entities[] = {u"PERSON", u"ORG", u"GPE", u"LOC", u"NORP", u"DATE"};
            label = entities[random->bounded(6)];
            words = 1 + random->bounded(3);
        } else if (kind < 70) {
            label = u"QUOTE";
            words = 5 + random->bounded(30);
        } else if (kind < 82) {
            label = u"SOURCE";
            words = 1 + random->bounded(4);
        } else if (kind < 94) {
            label = u"CUE";
            words = 1 + random->bounded(2);
        } else {
            static const char16_t *const furniture[] = {u"METADATA", u"BOILERPLATE", u"DISCLAIMER", u"HEADLINE"};
            label = furniture[random->bounded(4)];
            words = 8 + random->bounded(30);
        }
        const qsizetype start = starts[word];
        const qsizetype end = wordEnd(starts[std::min(word + words - 1, starts.size() - 1)]);
        const auto status = ViewSpan::Status(random->bounded(4));
        spans.append(makeSpan(id, start, end, label, status));
    }
    // A few very long spans (whole sections), which the index keeps apart.
    for (int i = 0; i < 5; ++i) {
        const qsizetype start = starts[size_t(random->bounded(int(starts.size()) / 2))];
        spans.append(makeSpan(count + 1 + i, start, std::min(text.size(), start + 50000), u"BOILERPLATE",
                              ViewSpan::Status::Accepted));
    }
    return spans;
}

int bench(const QCommandLineParser &parser)
{
    QRandomGenerator random(20250314);
    const qsizetype size = parser.value(u"bytes"_s).toLongLong();
    const int spanCount = parser.value(u"spans"_s).toInt();
    const int steps = parser.value(u"steps"_s).toInt();
    const QString shape = parser.value(u"shape"_s);
    const QString text = shape == u"paragraphs" ? generateText(size, &random) : generateShapedText(shape, size, &random);
    const QList<ViewSpan> spans = generateSpans(text, spanCount, &random);
    std::printf("shape: %s; text: %lld UTF-16 units, %lld paragraphs; spans: %lld\n", qPrintable(shape), qlonglong(text.size()),
                qlonglong(text.count(u'\n') + 1), qlonglong(spans.size()));

    ArticleView view;
    view.resize(1200, 900);
    view.show();
    QCoreApplication::processEvents();
    QImage canvas(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    Clock clock;
    clock.restart();
    view.setText(text);
    const double setTextMs = clock.wallMs();
    view.setSpans(spans);
    const double setSpansMs = clock.wallMs() - setTextMs;
    view.viewport()->repaint();
    const double openMs = clock.wallMs();
    const double openCpuMs = clock.cpuMs();
    std::printf("open: setText %.1f ms + setSpans %.1f ms + first paint %.1f ms = %.1f ms wall (%.1f ms cpu)\n",
                setTextMs, setSpansMs, openMs - setTextMs - setSpansMs, openMs, openCpuMs);

    // Page by page, as a reader holding Page Down; each paint lays out paragraphs never seen.
    // repaint() includes the platform's flush; render() is the view's own painting.
    QScrollBar *bar = view.verticalScrollBar();
    Figures repaints;
    Figures renders;
    for (int step = 0; step < steps; ++step) {
        bar->setValue(bar->value() + bar->pageStep());
        clock.restart();
        view.viewport()->repaint();
        repaints.add(clock);
        clock.restart();
        view.viewport()->render(&canvas);
        renders.add(clock);
    }
    std::printf("scroll by a page, %d steps:\n", steps);
    repaints.print("  repaint, first paint of the page");
    renders.print("  render, the same page again");

    // Jumps to anywhere (scroll bar drags), again on paragraphs mostly never laid out.
    Figures jumps;
    for (int step = 0; step < steps; ++step) {
        bar->setValue(int(random.bounded(std::max(1, bar->maximum()))));
        clock.restart();
        view.viewport()->repaint();
        jumps.add(clock);
    }
    std::printf("jump anywhere, %d steps:\n", steps);
    jumps.print("  repaint");

    // Selecting a span and scrolling to it (the common interaction).
    Figures selects;
    for (int step = 0; step < steps; ++step) {
        clock.restart();
        view.setSelectedSpan(spans[random.bounded(int(spans.size()))].id);
        view.scrollToSpan(view.selectedSpan());
        view.viewport()->repaint();
        selects.add(clock);
    }
    std::printf("select a span and scroll to it, %d steps:\n", steps);
    selects.print("  select + scroll + repaint");

    // The background measuring that settles the scroll bar, done in one go here.
    ArticleViewLayout layout;
    layout.setFont(view.font());
    layout.setViewportWidth(view.viewport()->width());
    layout.setText(text);
    clock.restart();
    while (layout.measureMore(1000)) {
    }
    std::printf("measure every paragraph (runs in the background, in slices): %.1f ms wall, %.1f ms cpu\n",
                clock.wallMs(), clock.cpuMs());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"screenshot"_s, u"Render the demo article to this PNG instead of benchmarking."_s, u"file"_s},
        {u"dark"_s, u"Use a dark palette."_s},
        {u"size"_s, u"Widget size for the screenshot."_s, u"WxH"_s, u"900x1100"_s},
        {u"select"_s, u"Span to select: none, quote, source, heading."_s, u"which"_s, u"quote"_s},
        {u"rejected"_s, u"Show rejected spans."_s},
        {u"hover"_s, u"Hover over an entity."_s},
        {u"selection"_s, u"Select some text."_s},
        {u"crop"_s, u"Keep only this part of the screenshot."_s, u"x,y,w,h"_s},
        {u"bytes"_s, u"Size of the generated text."_s, u"n"_s, u"1000000"_s},
        {u"spans"_s, u"Number of generated spans."_s, u"n"_s, u"20000"_s},
        {u"steps"_s, u"Scroll steps."_s, u"n"_s, u"200"_s},
        {u"shape"_s, u"The text: paragraphs, one-line (one paragraph of words), unbroken (no break opportunity), cjk."_s,
         u"shape"_s, u"paragraphs"_s},
    });
    parser.process(app);
    if (parser.isSet(u"screenshot"_s))
        return screenshot(parser);
    return bench(parser);
}
