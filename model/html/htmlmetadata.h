#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace Copydesk {

// What a page says about itself, each field from the most reliable place that has it:
//   title      JSON-LD headline, og:title, twitter:title, <title>, the first <h1>
//   byline     JSON-LD author names, <meta name=author>, article:author (unless a URL),
//              the text of a rel=author link
//   source     JSON-LD publisher name, og:site_name, application-name
//   published  JSON-LD datePublished, article:published_time, <meta name=date> (and
//              dc.date, pubdate, publish-date ...), the first <time datetime>
//   url        <link rel=canonical>, og:url, JSON-LD url or mainEntityOfPage
//   language   <html lang>, og:locale
//   description  <meta name=description>, og:description, JSON-LD description
// JSON-LD is read from <script type="application/ld+json"> blocks: objects of the types
// NewsArticle, Article, ReportageNewsArticle, BlogPosting and the like, also inside @graph.
struct HtmlMetadata
{
    QString title;
    QString pageTitle;   // the <title> element as it is ("Headline | Site")
    QString byline;
    QString source;
    QString published;
    QString modified;
    QString url;
    QString language;
    QString description;
    QString section;
    QStringList keywords;

    // The fields set, as Copydesk's document meta keys ("title", "byline", ...).
    QJsonObject toJson() const;
};

HtmlMetadata readHtmlMetadata(const GumboInternalNode *document);

} // namespace Copydesk
