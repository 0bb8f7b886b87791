#pragma once

#include <QString>

namespace Copydesk::Bench {

struct GeneratedArticle
{
    QString id;
    QString title;
    QString source;
    QString url;
    QString byline;
    QString published;
    QString text;
};

// Made-up news articles of about 4 KB for benchmarks: a headline, a byline, a dateline, direct
// and indirect quotes ("said", "told", "according to") from named, anonymous and publication
// sources, unattributed claims, figures and dates, and each source's own boilerplate (page
// header, share and newsletter lines, disclaimer, syndication credit, story ID) recurring
// across its articles. People, organisations and places come from pools generated from
// syllables (plus a few real countries and capitals), so nothing is copied from a real article.
// Article n depends only on the seed and n: the first 1,000 of 10,000 are the 1,000.
class ArticleGenerator final
{
public:
    explicit ArticleGenerator(quint32 seed = 20250314);

    GeneratedArticle article(int number) const;
    // One line of Copydesk JSONL ({"id", "text", "meta": {title, source, url, byline, date}}),
    // without its newline.
    QByteArray jsonLine(int number) const;

    // Writes articles [0, count) as JSONL; false with *error set when the file cannot be written.
    bool writeJsonl(const QString &path, int count, qint64 *textBytes, QString *error) const;

private:
    quint32 m_seed;
};

} // namespace Copydesk::Bench
