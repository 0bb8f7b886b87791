#include "reportcomparison.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include "../labelschema.h"
#include "../sourcingsummary.h"

using namespace Qt::StringLiterals;

namespace Copydesk::ReportComparison {

namespace {

using ReportRender::Mark;
using ReportRender::escape;

bool overlaps(const Annotation &a, const Annotation &b)
{
    return a.start < b.end && b.start < a.end;
}

qint64 overlap(const Annotation &a, const Annotation &b)
{
    return qMax<qint64>(0, qMin(a.end, b.end) - qMax(a.start, b.start));
}

// The SOURCE spans linked to a quote as its speaker.
QList<const Annotation *> speakersOf(const Annotation &quote, const QList<Annotation> &annotations, const QList<Relation> &relations)
{
    QList<const Annotation *> out;
    for (const Relation &r : relations) {
        if (r.headId != quote.id || r.label != u"SPEAKER")
            continue;
        for (const Annotation &a : annotations) {
            if (a.id == r.childId)
                out.append(&a);
        }
    }
    return out;
}

// Two speakers are the same when their spans overlap or their texts name the same source.
bool sameSpeaker(const QString &text, const QList<const Annotation *> &expected, const QList<const Annotation *> &given)
{
    for (const Annotation *e : expected) {
        for (const Annotation *g : given) {
            if (overlaps(*e, *g)
                || normalizedSourceKey(ReportRender::coveredText(text, *e)) == normalizedSourceKey(ReportRender::coveredText(text, *g)))
                return true;
        }
    }
    return false;
}

QString joinedTexts(const QString &text, const QList<const Annotation *> &annotations)
{
    QStringList texts;
    for (const Annotation *a : annotations)
        texts.append(ReportRender::coveredText(text, *a).simplified());
    return texts.join(u"; ");
}

LabelScore &scoreOf(QList<LabelScore> &scores, const QString &label)
{
    for (LabelScore &score : scores) {
        if (score.label == label)
            return score;
    }
    scores.append(LabelScore{label});
    return scores.last();
}

QString percent(double value)
{
    return u"%1%"_s.arg(qRound(value * 100));
}

} // namespace

Result compare(const QString &text, const QList<Annotation> &reference, const QList<Relation> &referenceRelations,
               const QList<Annotation> &student, const QList<Relation> &studentRelations)
{
    Result result;
    QList<const Annotation *> ref;
    for (const Annotation &a : reference)
        ref.append(&a);
    std::sort(ref.begin(), ref.end(), [](const Annotation *a, const Annotation *b) {
        return a->start != b->start ? a->start < b->start : a->end < b->end;
    });
    QList<Pair> pairs(ref.size());
    QSet<const Annotation *> used;
    // the best partner first: same span and label, then same span, then the largest overlap
    const auto pass = [&](Mark mark, const auto &fits) {
        for (qsizetype i = 0; i < ref.size(); ++i) {
            if (pairs[i].student)
                continue;
            const Annotation *best = nullptr;
            for (const Annotation &s : student) {
                if (used.contains(&s) || !fits(*ref[i], s))
                    continue;
                if (!best || overlap(*ref[i], s) > overlap(*ref[i], *best))
                    best = &s;
            }
            if (best) {
                pairs[i] = {ref[i], best, mark};
                used.insert(best);
            }
        }
    };
    pass(Mark::Match, [](const Annotation &r, const Annotation &s) { return r.start == s.start && r.end == s.end && r.label == s.label; });
    pass(Mark::WrongLabel, [](const Annotation &r, const Annotation &s) { return r.start == s.start && r.end == s.end; });
    pass(Mark::Boundary, [](const Annotation &r, const Annotation &s) { return r.label == s.label && overlaps(r, s); });
    for (qsizetype i = 0; i < ref.size(); ++i) {
        if (!pairs[i].student)
            pairs[i] = {ref[i], nullptr, Mark::Miss};
    }
    QList<const Annotation *> extras;
    for (const Annotation &s : student) {
        if (!used.contains(&s))
            extras.append(&s);
    }
    std::sort(extras.begin(), extras.end(), [](const Annotation *a, const Annotation *b) { return a->start < b->start; });
    for (const Annotation *s : std::as_const(extras))
        pairs.append({nullptr, s, Mark::Extra});
    for (const Pair &pair : std::as_const(pairs)) {
        if (pair.reference) {
            LabelScore &score = scoreOf(result.scores, pair.reference->label);
            ++score.reference;
            score.match += pair.mark == Mark::Match;
            score.boundary += pair.mark == Mark::Boundary;
            score.wrongLabel += pair.mark == Mark::WrongLabel;
            score.miss += pair.mark == Mark::Miss;
        }
        if (pair.student) {
            LabelScore &score = scoreOf(result.scores, pair.student->label);
            ++score.student;
            score.extra += pair.mark == Mark::Extra;
        }
        // a quote found: does it have the same speaker?
        if (pair.reference && pair.student && pair.reference->label == u"QUOTE" && pair.student->label == u"QUOTE") {
            const QList<const Annotation *> expected = speakersOf(*pair.reference, reference, referenceRelations);
            const QList<const Annotation *> given = speakersOf(*pair.student, student, studentRelations);
            if (!expected.isEmpty() && !sameSpeaker(text, expected, given))
                result.wrongSpeakers.append({pair.reference, joinedTexts(text, expected), joinedTexts(text, given)});
        }
    }
    for (const LabelScore &score : std::as_const(result.scores)) {
        result.total.reference += score.reference;
        result.total.student += score.student;
        result.total.match += score.match;
        result.total.boundary += score.boundary;
        result.total.wrongLabel += score.wrongLabel;
        result.total.miss += score.miss;
        result.total.extra += score.extra;
    }
    result.pairs = pairs;
    return result;
}

QString answerKey(const QString &text, const Result &result, const ReportRender::Looks &looks, const QString &referenceName,
                  const QString &studentName)
{
    QString out = u"<p class=\"note\">%1</p>\n"_s.arg(
        escape(QCoreApplication::translate("HtmlReport", "The reference (%1) drawn over the article, each span marked by how the student (%2) fared: \u2713 found, \u2248 found "
                  "with other boundaries, \u2260 found with another label, \u2717 missed (outlined); the student's extra spans have a "
                  "wavy underline.").arg(referenceName, studentName)));
    QList<Annotation> drawn;
    ReportRender::ArticleOptions options;
    for (const Pair &pair : result.pairs) {
        const Annotation *shown = pair.reference ? pair.reference : pair.student;
        drawn.append(*shown);
        drawn.last().id = drawn.size(); // ids of both sides may collide; number them afresh
        options.marks.insert(drawn.last().id, pair.mark);
    }
    out += ReportRender::article(text, drawn, looks, options);

    out += u"<h2>%1</h2>\n<table>\n<thead><tr><th>%2</th><th class=\"n\">%3</th><th class=\"n\">%4</th><th class=\"n\">%5</th>"
           "<th class=\"n\">%6</th><th class=\"n\">%7</th><th class=\"n\">%8</th><th class=\"n\">%9</th></tr></thead>\n<tbody>\n"_s
               .arg(escape(QCoreApplication::translate("HtmlReport", "Scores")), escape(QCoreApplication::translate("HtmlReport", "Label")), escape(QCoreApplication::translate("HtmlReport", "Reference")), escape(QCoreApplication::translate("HtmlReport", "Found")), escape(QCoreApplication::translate("HtmlReport", "Boundaries")),
                    escape(QCoreApplication::translate("HtmlReport", "Other label")), escape(QCoreApplication::translate("HtmlReport", "Missed")), escape(QCoreApplication::translate("HtmlReport", "Extra")), escape(QCoreApplication::translate("HtmlReport", "F1")));
    QList<LabelScore> rows = result.scores;
    rows.append(result.total);
    for (const LabelScore &score : std::as_const(rows)) {
        const bool total = score.label.isEmpty();
        out += u"<tr%1><td>%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td>"
               "<td class=\"n\">%7</td><td class=\"n\">%8</td><td class=\"n\">%9</td></tr>\n"_s
                   .arg(total ? u" style=\"font-weight:600\""_s : QString(), escape(total ? QCoreApplication::translate("HtmlReport", "All labels") : score.label))
                   .arg(score.reference).arg(score.match).arg(score.boundary).arg(score.wrongLabel).arg(score.miss).arg(score.extra)
                   .arg(percent(score.f1()));
    }
    out += u"</tbody>\n</table>\n"_s;

    const auto list = [&](const QString &title, Mark mark) {
        QString items;
        for (const Pair &pair : result.pairs) {
            if (pair.mark != mark)
                continue;
            const Annotation *a = pair.reference ? pair.reference : pair.student;
            QString entry = u"<li><b>%1</b> %2"_s.arg(escape(a->label), escape(ReportRender::coveredText(text, *a).simplified()));
            if (mark == Mark::WrongLabel || mark == Mark::Boundary)
                entry += u" <span class=\"note\">(%1: %2 %3)</span>"_s.arg(escape(QCoreApplication::translate("HtmlReport", "student")), escape(pair.student->label),
                                                                          escape(ReportRender::coveredText(text, *pair.student).simplified()));
            items += entry + u"</li>\n"_s;
        }
        if (!items.isEmpty())
            out += u"<h3 class=\"ui\">%1</h3>\n<ul class=\"ui\">\n%2</ul>\n"_s.arg(escape(title), items);
    };
    list(QCoreApplication::translate("HtmlReport", "Missed"), Mark::Miss);
    list(QCoreApplication::translate("HtmlReport", "Extra (the student's only)"), Mark::Extra);
    list(QCoreApplication::translate("HtmlReport", "Another label"), Mark::WrongLabel);
    list(QCoreApplication::translate("HtmlReport", "Other boundaries"), Mark::Boundary);
    if (!result.wrongSpeakers.isEmpty()) {
        out += u"<h3 class=\"ui\">%1</h3>\n<table>\n<thead><tr><th>%2</th><th>%3</th><th>%4</th></tr></thead>\n<tbody>\n"_s.arg(
            escape(QCoreApplication::translate("HtmlReport", "Wrong speakers")), escape(QCoreApplication::translate("HtmlReport", "Quote")), escape(QCoreApplication::translate("HtmlReport", "Reference")), escape(QCoreApplication::translate("HtmlReport", "Student")));
        for (const SpeakerCheck &check : result.wrongSpeakers)
            out += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n"_s.arg(escape(ReportRender::coveredText(text, *check.quote).simplified()),
                                                                        escape(check.expected),
                                                                        escape(check.given.isEmpty() ? QCoreApplication::translate("HtmlReport", "none") : check.given));
        out += u"</tbody>\n</table>\n"_s;
    }
    return out;
}

QString handout(const QString &text, const QList<Annotation> &reference, const LabelSchema &schema)
{
    QStringList used;
    for (const Annotation &a : reference) {
        if (!used.contains(a.label))
            used.append(a.label);
    }
    QString out = u"<h2>%1</h2>\n<ul class=\"ui\">\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Mark in the text")));
    for (const LabelDefinition &label : schema.labels()) {
        if (used.contains(label.name))
            out += u"<li><b>%1</b> %2</li>\n"_s.arg(escape(label.name), escape(label.description));
    }
    out += u"</ul>\n<p class=\"note\">%1</p>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Link each quote to its speaker and its cue. The lines are numbered "
                                                                 "so that answers can name them.")));
    ReportRender::ArticleOptions options;
    options.plain = true;
    options.lineNumbers = true;
    out += ReportRender::article(text, {}, ReportRender::Looks(schema), options);
    out += u"<div class=\"handout-space ui\">%1</div>\n"_s.arg(escape(QCoreApplication::translate("HtmlReport", "Notes")));
    return out;
}

} // namespace Copydesk::ReportComparison
