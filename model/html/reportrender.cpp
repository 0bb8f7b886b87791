#include "reportrender.h"

#include <algorithm>

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include "../labelschema.h"
#include "../sourcingsummary.h"
#include "../textoffsets.h"

using namespace Qt::StringLiterals;

namespace Copydesk::ReportRender {

namespace {

// A colour the style sheet can hold: the schema's when it is one, else grey.
QString checkedColor(const QString &given)
{
    const QColor color = QColor::fromString(given.trimmed());
    return color.isValid() ? color.name(QColor::HexRgb) : u"#888888"_s;
}

QString rgba(const QString &hex, double alpha)
{
    const QColor color = QColor::fromString(hex);
    return u"rgba(%1,%2,%3,%4)"_s.arg(color.red()).arg(color.green()).arg(color.blue()).arg(alpha, 0, 'f', 2);
}

const char *styleSheet = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 17px/1.6 Georgia, "DejaVu Serif", "Times New Roman", serif; color: #1b1b1b; background: #fff;
       max-width: 48rem; margin: 2rem auto 4rem; padding: 0 1.5rem 0 9rem; }
h1 { font-size: 1.65rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font: 600 1.05rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 2.2rem 0 .7rem; padding-bottom: .25rem;
     border-bottom: 1px solid #ddd; }
.ui, .meta, table, .legend, .summary, nav, .note { font: .88rem/1.45 system-ui, "DejaVu Sans", sans-serif; }
.meta { color: #555; margin: 0 0 1.2rem; }
.meta span + span::before { content: " \00b7  "; }
.url { word-break: break-all; }
nav { margin-bottom: 1.5rem; }
.note { color: #555; }
.article p { margin: 0 0 .55em; position: relative; white-space: pre-wrap; overflow-wrap: anywhere; }
.article p.furniture { color: #5a5a5a; border-left: 4px solid var(--c); padding-left: .6em; margin-left: calc(-.6em - 4px); }
.article p.furniture.suggested { border-left-style: dashed; }
.article p.furniture::before { content: attr(data-label); position: absolute; left: -9rem; width: 8rem; text-align: right;
     font: 600 .6rem/2.2 system-ui, "DejaVu Sans", sans-serif; letter-spacing: .04em; color: var(--c); }
.article.numbered { counter-reset: line; }
.article.numbered p::before { counter-increment: line; content: counter(line); position: absolute; left: -3rem; width: 2.2rem;
     text-align: right; font: .7rem/2.3 system-ui, "DejaVu Sans", sans-serif; color: #999; }
.tag { font: 600 .58em/1 system-ui, "DejaVu Sans", sans-serif; letter-spacing: .03em; vertical-align: .55em; margin: 0 .2em 0 .1em; }
.box { border-radius: 2px; }
.mark-match { color: #1b7837; } .mark-boundary { color: #b35806; } .mark-wronglabel { color: #b35806; }
.mark-miss { color: #c51b7d; } .mark-extra { color: #c51b7d; }
span.extra { text-decoration: underline wavy #c51b7d 1.5px; text-underline-offset: .25em; }
span.miss { outline: 2px solid #c51b7d; outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border-bottom: 1px solid #e4e4e4; text-align: left; padding: .3em .45em; vertical-align: top; }
th { font-weight: 600; color: #444; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1.2rem; margin: .4rem 0 1.2rem; }
.legend .layer { font-weight: 600; color: #444; margin-right: -.6rem; }
.chip { display: inline-block; width: .85em; height: .85em; border-radius: .2em; vertical-align: -.08em; margin-right: .3em; }
.bar { display: flex; height: 1.1rem; border-radius: .25rem; overflow: hidden; margin: .4rem 0; background: #eee; }
.bar span { display: block; height: 100%; }
.summary dl { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: .3rem 0 1rem; }
.summary dt { color: #555; } .summary dd { margin: 0; }
.handout-space { border-top: 1px dashed #bbb; margin-top: 2rem; padding-top: .5rem; min-height: 8rem; }
@media print {
  body { max-width: none; margin: 0; padding: 0 0 0 7rem; font-size: 11pt; }
  .noprint { display: none; }
  h2 { break-after: avoid; }
  tr, .article p { break-inside: avoid; }
  .pagebreak { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
)css";

struct Placed
{
    const Annotation *annotation;
    qsizetype start;
    qsizetype end;
    LabelLook look;
    Mark mark;
};

QString markText(Mark mark)
{
    switch (mark) {
    case Mark::Match: return u"\u2713"_s;
    case Mark::Boundary: return u"\u2248"_s;
    case Mark::WrongLabel: return u"\u2260"_s;
    case Mark::Miss: return u"\u2717"_s;
    case Mark::Extra: return u"+"_s;
    case Mark::None: break;
    }
    return {};
}

QString markTitle(Mark mark)
{
    switch (mark) {
    case Mark::Match: return QCoreApplication::translate("HtmlReport", "found by the student");
    case Mark::Boundary: return QCoreApplication::translate("HtmlReport", "found with other boundaries");
    case Mark::WrongLabel: return QCoreApplication::translate("HtmlReport", "found with another label");
    case Mark::Miss: return QCoreApplication::translate("HtmlReport", "missed by the student");
    case Mark::Extra: return QCoreApplication::translate("HtmlReport", "marked by the student only");
    case Mark::None: break;
    }
    return {};
}

QString describe(const Placed &placed)
{
    QString title = placed.look.name;
    if (placed.annotation->status == AnnotationStatus::Suggested)
        title += u' ' + QCoreApplication::translate("HtmlReport", "(suggestion)");
    if (placed.mark != Mark::None)
        title += u" \u2013 "_s + markTitle(placed.mark);
    return title;
}

// The inline style of a stretch covered by these annotations.
QString segmentStyle(const QList<const Placed *> &covering, QStringList *classes)
{
    QStringList style;
    bool tint = false;
    bool box = false;
    bool underline = false;
    for (const Placed *placed : covering) {
        const bool suggested = placed->annotation->status == AnnotationStatus::Suggested;
        const QString &color = placed->look.color;
        if (placed->mark == Mark::Extra) {
            classes->append(u"extra"_s);
            continue;
        }
        if (placed->mark == Mark::Miss)
            classes->append(u"miss"_s);
        switch (placed->look.style) {
        case LabelLook::Style::Tint:
            if (!tint)
                style.append(u"background-color:%1"_s.arg(rgba(color, suggested ? 0.11 : 0.22)));
            tint = true;
            break;
        case LabelLook::Style::Box:
            if (!box) {
                style.append(u"outline:1.5px %1 %2;outline-offset:1px"_s.arg(suggested ? u"dashed"_s : u"solid"_s, color));
                classes->append(u"box"_s);
            }
            box = true;
            break;
        case LabelLook::Style::Underline:
            if (!underline)
                style.append(u"text-decoration:underline %1 %2 2px;text-underline-offset:.22em"_s.arg(suggested ? u"dashed"_s : u"solid"_s, color));
            underline = true;
            break;
        case LabelLook::Style::Block:
            if (!tint)
                style.append(u"background-color:%1;color:#5a5a5a"_s.arg(rgba(color, 0.10)));
            tint = true;
            break;
        }
    }
    return style.join(u';');
}

// Writes one line of the article: the segments between the annotations' boundaries.
void writeLine(QString &out, QStringView text, qsizetype start, qsizetype end, const QList<const Placed *> &active)
{
    QList<qsizetype> points{start, end};
    for (const Placed *placed : active) {
        points.append(qMax(start, placed->start));
        points.append(qMin(end, placed->end));
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (qsizetype k = 0; k + 1 < points.size(); ++k) {
        const qsizetype from = points[k];
        const qsizetype to = points[k + 1];
        if (from >= to)
            continue;
        QList<const Placed *> covering;
        for (const Placed *placed : active) {
            if (placed->start <= from && placed->end >= to)
                covering.append(placed);
            // a tag where a quote, source or cue begins, so a print in grey still says what it is
            if (placed->start == from && placed->look.style != LabelLook::Style::Underline) {
                const QString mark = markText(placed->mark);
                out += u"<span class=\"tag%1\" style=\"color:%2\" title=\"%3\">%4%5</span>"_s.arg(
                    placed->mark != Mark::None ? u" "_s + markClass(placed->mark) : QString(), placed->look.color,
                    escape(describe(*placed)), escape(placed->look.name), mark.isEmpty() ? QString() : u' ' + mark);
            }
        }
        const QString piece = escape(text.mid(from, to - from));
        if (covering.isEmpty()) {
            out += piece;
            continue;
        }
        QStringList classes;
        const QString style = segmentStyle(covering, &classes);
        QStringList titles;
        for (const Placed *placed : std::as_const(covering))
            titles.append(describe(*placed));
        out += u"<span"_s;
        if (!classes.isEmpty())
            out += u" class=\""_s + classes.join(u' ') + u'"';
        if (!style.isEmpty())
            out += u" style=\""_s + style + u'"';
        out += u" title=\""_s + escape(titles.join(u"; ")) + u"\">"_s + piece + u"</span>"_s;
    }
}

} // namespace

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        case u'\0': out += u'\uFFFD'; break;
        default: out += c;
        }
    }
    return out;
}

Looks::Looks(const LabelSchema &schema)
{
    for (const LabelDefinition &label : schema.labels()) {
        LabelLook look;
        look.name = label.name;
        look.layer = label.layer;
        look.color = checkedColor(label.color);
        if (label.layer == u"furniture")
            look.style = LabelLook::Style::Block;
        else if (label.layer == u"sourcing")
            look.style = label.name == u"QUOTE" ? LabelLook::Style::Tint : LabelLook::Style::Box;
        else
            look.style = LabelLook::Style::Underline;
        m_looks.insert(label.name, look);
    }
}

LabelLook Looks::look(const QString &label) const
{
    const auto found = m_looks.constFind(label);
    if (found != m_looks.constEnd())
        return *found;
    LabelLook look;
    look.name = label;
    look.color = u"#888888"_s;
    return look;
}

QString pageStart(const QString &title, const QString &language)
{
    // a language tag is letters, digits and hyphens; anything else is left out
    QString lang;
    for (QChar c : language) {
        if (c.isLetterOrNumber() || c == u'-')
            lang += c;
    }
    if (lang.isEmpty() || lang.size() > 35)
        lang = u"en"_s;
    return u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"Copydesk\">\n<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n"_s
        .arg(lang, escape(title), QString::fromUtf8(styleSheet));
}

QString pageEnd()
{
    return u"</body>\n</html>\n"_s;
}

QString markClass(Mark mark)
{
    switch (mark) {
    case Mark::Match: return u"mark-match"_s;
    case Mark::Boundary: return u"mark-boundary"_s;
    case Mark::WrongLabel: return u"mark-wronglabel"_s;
    case Mark::Miss: return u"mark-miss"_s;
    case Mark::Extra: return u"mark-extra"_s;
    case Mark::None: break;
    }
    return {};
}

QString coveredText(const QString &text, const Annotation &annotation)
{
    const TextOffsets offsets(text);
    const qsizetype start = offsets.toUtf16(annotation.start);
    return text.mid(start, offsets.toUtf16(annotation.end) - start);
}

QString article(const QString &text, const QList<Annotation> &annotations, const Looks &looks, const ArticleOptions &options)
{
    const TextOffsets offsets(text);
    QList<Placed> placed;
    if (!options.plain) {
        for (const Annotation &a : annotations) {
            const qsizetype start = offsets.toUtf16(a.start);
            const qsizetype end = offsets.toUtf16(a.end);
            if (end > start)
                placed.append({&a, start, end, looks.look(a.label), options.marks.value(a.id, Mark::None)});
        }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QString out = options.lineNumbers ? u"<div class=\"article numbered\">\n"_s : u"<div class=\"article\">\n"_s;
    qsizetype next = 0;
    QList<const Placed *> active;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        while (next < placed.size() && placed[next].start < lineEnd)
            active.append(&placed[next++]);
        active.erase(std::remove_if(active.begin(), active.end(), [&](const Placed *p) { return p->end <= lineStart; }), active.end());
        qsizetype first = lineStart;
        qsizetype last = lineEnd;
        while (first < last && text[first].isSpace())
            ++first;
        while (last > first && text[last - 1].isSpace())
            --last;
        if (first < last) {
            // a line wholly furniture is drawn as a block with its label in the margin
            const Placed *block = nullptr;
            QList<const Placed *> inLine;
            for (const Placed *p : std::as_const(active)) {
                if (p->end <= lineStart || p->start >= lineEnd)
                    continue;
                if (!block && p->look.style == LabelLook::Style::Block && p->start <= first && p->end >= last && p->mark == Mark::None)
                    block = p;
                else
                    inLine.append(p);
            }
            if (block) {
                out += u"<p class=\"furniture%1\" style=\"--c:%2\" data-label=\"%3\" title=\"%4\">"_s.arg(
                    block->annotation->status == AnnotationStatus::Suggested ? u" suggested"_s : QString(), block->look.color,
                    escape(block->look.name), escape(describe(*block)));
            } else {
                out += u"<p>"_s;
            }
            writeLine(out, text, lineStart, lineEnd, inLine);
            out += u"</p>\n"_s;
        }
        lineStart = lineEnd + 1;
    }
    out += u"</div>\n"_s;
    return out;
}

QString legend(const QList<Annotation> &annotations, const Looks &looks)
{
    QStringList used;
    for (const Annotation &a : annotations) {
        if (!used.contains(a.label))
            used.append(a.label);
    }
    if (used.isEmpty())
        return u"<p class=\"note\">%1</p>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "No annotations.")));
    QStringList layers;
    for (const QString &label : std::as_const(used)) {
        const QString layer = looks.look(label).layer;
        if (!layers.contains(layer))
            layers.append(layer);
    }
    QString out = u"<div class=\"legend\">\n"_s;
    for (const QString &layer : std::as_const(layers)) {
        out += u"<span class=\"layer\">%1</span>\n"_s.arg(escape(layer.isEmpty() ? QCoreApplication::translate("HtmlReport", "other") : layer));
        for (const QString &label : std::as_const(used)) {
            const LabelLook look = looks.look(label);
            if (look.layer != layer)
                continue;
            out += u"<span><span class=\"chip\" style=\"background:%1\"></span>%2</span>\n"_s.arg(look.color, escape(label));
        }
    }
    out += u"</div>\n<p class=\"note\">%1</p>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Furniture has a bar in the margin, quotes are tinted, sources and cues "
                                                                  "boxed, entities underlined; suggestions not yet reviewed are dashed or paler.")));
    return out;
}

QString quotes(const QString &text, const QList<Annotation> &annotations, const QList<Relation> &relations)
{
    QHash<qint64, const Annotation *> byId;
    for (const Annotation &a : annotations)
        byId.insert(a.id, &a);
    QList<const Annotation *> quoteList;
    for (const Annotation &a : annotations) {
        if (a.label == u"QUOTE")
            quoteList.append(&a);
    }
    if (quoteList.isEmpty())
        return u"<p class=\"note\">%1</p>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "No quotes are marked.")));
    std::sort(quoteList.begin(), quoteList.end(), [](const Annotation *a, const Annotation *b) { return a->start < b->start; });
    const auto linked = [&](qint64 quote, const QString &label) {
        QStringList out;
        for (const Relation &r : relations) {
            if (r.headId != quote || r.label != label || !byId.contains(r.childId))
                continue;
            const Annotation *child = byId.value(r.childId);
            QString entry = escape(coveredText(text, *child).simplified());
            const QString kind = child->attrs.value(u"kind").toString();
            if (label == u"SPEAKER" && !kind.isEmpty())
                entry += u" <span class=\"note\">(%1)</span>"_s.arg(escape(kind));
            out.append(entry);
        }
        return out.isEmpty() ? u"\u2014"_s : out.join(u"; ");
    };
    QString out = u"<table>\n<thead><tr><th class=\"n\">#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>\n<tbody>\n"_s
                      .arg(escape(QCoreApplication::translate("HtmlReport", "Quote")), escape(QCoreApplication::translate("HtmlReport", "Form")), escape(QCoreApplication::translate("HtmlReport", "Speaker")), escape(QCoreApplication::translate("HtmlReport", "Cue")), escape(QCoreApplication::translate("HtmlReport", "Via")));
    int number = 0;
    for (const Annotation *q : std::as_const(quoteList)) {
        QString form = q->attrs.value(u"form").toString();
        if (q->status == AnnotationStatus::Suggested)
            form += u' ' + QCoreApplication::translate("HtmlReport", "(suggestion)");
        out += u"<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n"_s.arg(
            QString::number(++number), escape(coveredText(text, *q).simplified()), escape(form.trimmed()),
            linked(q->id, u"SPEAKER"_s), linked(q->id, u"CUE"_s), linked(q->id, u"VIA"_s));
    }
    out += u"</tbody>\n</table>\n"_s;
    return out;
}

} // namespace Copydesk::ReportRender
