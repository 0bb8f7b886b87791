#include "htmlmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include "htmlnode.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

bool isArticleType(const QJsonValue &type)
{
    static const char16_t *const types[] = {
        u"NewsArticle", u"Article", u"ReportageNewsArticle", u"AnalysisNewsArticle", u"OpinionNewsArticle",
        u"BackgroundNewsArticle", u"ReviewNewsArticle", u"BlogPosting", u"LiveBlogPosting", u"Report",
        u"TechArticle", u"ScholarlyArticle", u"SocialMediaPosting", u"SatiricalArticle",
    };
    if (type.isArray()) {
        const QJsonArray array = type.toArray();
        for (const QJsonValue &each : array) {
            if (isArticleType(each))
                return true;
        }
        return false;
    }
    QString name = type.toString();
    // "http://schema.org/NewsArticle"
    name = name.mid(name.lastIndexOf(u'/') + 1);
    for (const char16_t *candidate : types) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

// The first article object among the values (arrays, @graph and nested objects searched).
QJsonObject findArticle(const QJsonValue &value, int depth = 0)
{
    if (depth > 8)
        return {};
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &each : array) {
            const QJsonObject found = findArticle(each, depth + 1);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    if (isArticleType(object.value(u"@type")))
        return object;
    if (object.contains(u"@graph"))
        return findArticle(object.value(u"@graph"), depth + 1);
    if (object.contains(u"mainEntity"))
        return findArticle(object.value(u"mainEntity"), depth + 1);
    return {};
}

QString clean(const QString &text)
{
    return text.simplified();
}

// "Jane Doe", {"name": "Jane Doe"}, [...] -> the names.
QStringList names(const QJsonValue &value, int depth = 0)
{
    if (depth > 4)
        return {};
    if (value.isString())
        return {clean(value.toString())};
    if (value.isArray()) {
        QStringList out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &each : array)
            out += names(each, depth + 1);
        return out;
    }
    if (value.isObject())
        return names(value.toObject().value(u"name"), depth + 1);
    return {};
}

QString firstString(const QJsonValue &value)
{
    if (value.isString())
        return clean(value.toString());
    if (value.isArray() && !value.toArray().isEmpty())
        return firstString(value.toArray().first());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return firstString(object.contains(u"@id") ? object.value(u"@id") : object.value(u"url"));
    }
    return {};
}

bool looksLikeUrl(QStringView text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u"//");
}

void setIfEmpty(QString &field, const QString &value)
{
    if (field.isEmpty() && !value.trimmed().isEmpty())
        field = clean(value);
}

struct Collected
{
    QHash<QString, QString> meta; // lower-case name or property -> first content
    QJsonObject article;
    QString titleElement;
    QString firstHeading;
    QString canonical;
    QString time;
    bool timePublished = false;
    QString authorLink;
    QString language;
};

void collectJsonLd(const GumboNode *node, Collected &out)
{
    if (!out.article.isEmpty())
        return;
    QString json = Html::textContent(node).trimmed();
    // wrappers some sites leave around the data
    for (const QString &prefix : {u"<!--"_s, u"//<![CDATA["_s, u"<![CDATA["_s}) {
        if (json.startsWith(prefix))
            json = json.mid(prefix.size());
    }
    for (const QString &suffix : {u"-->"_s, u"//]]>"_s, u"]]>"_s}) {
        if (json.endsWith(suffix))
            json.chop(suffix.size());
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    out.article = findArticle(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

void collect(const GumboNode *document, Collected &out)
{
    Html::walk(document, [&](const GumboNode *node, int) {
        if (!Html::isElement(node) || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
            return node->type == GUMBO_NODE_DOCUMENT;
        switch (node->v.element.tag) {
        case GUMBO_TAG_HTML:
            out.language = Html::attribute(node, "lang").trimmed();
            return true;
        case GUMBO_TAG_TITLE:
            if (out.titleElement.isEmpty())
                out.titleElement = clean(Html::textContent(node));
            return false;
        case GUMBO_TAG_META: {
            QString key = Html::attribute(node, "property");
            if (key.isEmpty())
                key = Html::attribute(node, "name");
            if (key.isEmpty())
                key = Html::attribute(node, "itemprop");
            key = key.trimmed().toLower();
            const QString content = Html::attribute(node, "content");
            if (!key.isEmpty() && !content.trimmed().isEmpty() && !out.meta.contains(key))
                out.meta.insert(key, clean(content));
            return false;
        }
        case GUMBO_TAG_LINK:
            if (out.canonical.isEmpty() && Html::attribute(node, "rel").split(u' ').contains(u"canonical"_s, Qt::CaseInsensitive))
                out.canonical = Html::attribute(node, "href").trimmed();
            return false;
        case GUMBO_TAG_SCRIPT:
            if (Html::attribute(node, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0)
                collectJsonLd(node, out);
            return false;
        case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
            return false;
        case GUMBO_TAG_TIME: {
            // the first <time>, unless a later one says it is the publication date
            const QString datetime = Html::attribute(node, "datetime").trimmed();
            const bool published = Html::hasAttribute(node, "pubdate")
                                   || Html::attribute(node, "itemprop").split(u' ').contains(u"datePublished"_s);
            if (!datetime.isEmpty() && (out.time.isEmpty() || (published && !out.timePublished))) {
                out.time = datetime;
                out.timePublished = published;
            }
            return true;
        }
        case GUMBO_TAG_H1:
            if (out.firstHeading.isEmpty())
                out.firstHeading = clean(Html::textContent(node));
            return false;
        case GUMBO_TAG_A:
            if (out.authorLink.isEmpty() && Html::attribute(node, "rel").split(u' ').contains(u"author"_s, Qt::CaseInsensitive))
                out.authorLink = clean(Html::textContent(node));
            return true;
        default:
            return true;
        }
    });
}

} // namespace

HtmlMetadata readHtmlMetadata(const GumboNode *document)
{
    Collected found;
    collect(document, found);
    const QJsonObject &article = found.article;
    auto meta = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            const QString value = found.meta.value(QString::fromUtf16(key));
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    HtmlMetadata out;
    out.pageTitle = found.titleElement;
    setIfEmpty(out.title, firstString(article.value(u"headline")));
    setIfEmpty(out.title, meta({u"og:title", u"twitter:title", u"dc.title"}));
    setIfEmpty(out.title, found.titleElement);
    setIfEmpty(out.title, found.firstHeading);

    setIfEmpty(out.byline, names(article.value(u"author")).join(u", "));
    const QString metaAuthor = meta({u"author", u"article:author", u"dc.creator", u"byl", u"parsely-author", u"sailthru.author"});
    if (!looksLikeUrl(metaAuthor))
        setIfEmpty(out.byline, metaAuthor);
    setIfEmpty(out.byline, found.authorLink);

    setIfEmpty(out.source, names(article.value(u"publisher")).value(0));
    setIfEmpty(out.source, meta({u"og:site_name", u"application-name", u"dc.publisher"}));

    setIfEmpty(out.published, firstString(article.value(u"datePublished")));
    setIfEmpty(out.published, meta({u"article:published_time", u"datepublished", u"date", u"dc.date", u"dc.date.issued",
                                    u"pubdate", u"publish-date", u"publishdate", u"parsely-pub-date", u"sailthru.date",
                                    u"og:published_time"}));
    setIfEmpty(out.published, found.time);
    setIfEmpty(out.modified, firstString(article.value(u"dateModified")));
    setIfEmpty(out.modified, meta({u"article:modified_time", u"datemodified", u"og:updated_time"}));

    setIfEmpty(out.url, found.canonical);
    setIfEmpty(out.url, meta({u"og:url", u"twitter:url"}));
    setIfEmpty(out.url, firstString(article.value(u"url")));
    setIfEmpty(out.url, firstString(article.value(u"mainEntityOfPage")));

    setIfEmpty(out.language, found.language);
    setIfEmpty(out.language, meta({u"og:locale", u"language", u"content-language"}));
    setIfEmpty(out.description, meta({u"description", u"og:description", u"twitter:description"}));
    setIfEmpty(out.description, firstString(article.value(u"description")));
    setIfEmpty(out.section, firstString(article.value(u"articleSection")));
    setIfEmpty(out.section, meta({u"article:section"}));
    const QJsonValue keywords = article.value(u"keywords");
    if (keywords.isArray()) {
        for (const QJsonValue &each : keywords.toArray())
            out.keywords.append(clean(each.toString()));
    } else {
        const QString list = keywords.isString() ? keywords.toString() : meta({u"keywords", u"news_keywords"});
        for (const QString &word : list.split(u',', Qt::SkipEmptyParts))
            out.keywords.append(word.trimmed());
    }
    out.keywords.removeAll(QString());
    return out;
}

QJsonObject HtmlMetadata::toJson() const
{
    QJsonObject object;
    auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    put(u"title"_s, title);
    put(u"page_title"_s, pageTitle);
    put(u"byline"_s, byline);
    put(u"source"_s, source);
    put(u"published"_s, published);
    put(u"modified"_s, modified);
    put(u"url"_s, url);
    put(u"language"_s, language);
    put(u"description"_s, description);
    put(u"section"_s, section);
    if (!keywords.isEmpty())
        object.insert(u"keywords"_s, QJsonArray::fromStringList(keywords));
    return object;
}

} // namespace Copydesk
