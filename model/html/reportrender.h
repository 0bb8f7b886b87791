#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include "../annotation.h"
#include "../document.h"

namespace Copydesk {

class LabelSchema;
struct SourcingSummary;

// The pieces of the HTML report (formats/htmlreport.h): self-contained pages (inline CSS, no
// scripts, no fonts, images or styles from anywhere) in which every piece of text from a
// document, a schema or an annotator is escaped, and every colour is checked to be a colour.
namespace ReportRender {

QString escape(QStringView text);

// How the window draws a label, and the colour it draws it in (the schema's, or grey when the
// schema's is not a colour).
struct LabelLook
{
    enum class Style { Block, Tint, Box, Underline };
    QString name;
    QString layer;
    QString color;       // "#rrggbb"
    Style style = Style::Underline;
};

class Looks final
{
public:
    explicit Looks(const LabelSchema &schema);
    LabelLook look(const QString &label) const;

private:
    QHash<QString, LabelLook> m_looks;
};

// A page: <!DOCTYPE html>, <head> with the title and the style sheet, <body>.
QString pageStart(const QString &title, const QString &language);
QString pageEnd();

// How an annotation fared against a reference, for the answer key (empty: not compared).
enum class Mark { None, Match, Boundary, WrongLabel, Miss, Extra };
QString markClass(Mark mark);

struct ArticleOptions
{
    QHash<qint64, Mark> marks;   // annotation id -> mark
    bool lineNumbers = false;
    bool plain = false;          // no highlights (the handout)
};

// The text, one paragraph a line, with its annotations drawn as the window draws them:
// furniture lines with a bar in the margin, quotes tinted, sources and cues boxed, entities
// underlined, suggestions dashed. Offsets of the annotations are code points.
QString article(const QString &text, const QList<Annotation> &annotations, const Looks &looks,
                const ArticleOptions &options = {});

// The labels used, each drawn as in the article, grouped by layer.
QString legend(const QList<Annotation> &annotations, const Looks &looks);

// The quotes, each with its form, speaker (and the speaker's kind), cue and publication.
QString quotes(const QString &text, const QList<Annotation> &annotations, const QList<Relation> &relations);

// The sourcing summary: quotes by form, quoted words by kind of source (a bar and a table),
// speakers, unattributed claims, publications, the share of the page that is furniture.
QString sourcing(const SourcingSummary &summary);

// The covered text of an annotation (code point offsets).
QString coveredText(const QString &text, const Annotation &annotation);

} // namespace ReportRender
} // namespace Copydesk
