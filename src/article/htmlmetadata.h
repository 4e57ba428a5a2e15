#pragma once

#include "article.h"

#include <gumbo.h>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace factbench {

/// What a page says about itself: Open Graph and article meta tags, JSON-LD NewsArticle or
/// Article (also inside @graph), <title>, the canonical link and <time datetime>.
class HtmlMetadata
{
public:
    explicit HtmlMetadata(const GumboNode *document);

    /// Sets title, outlet, published, url and byline of `article` where the page names them.
    void applyTo(Article &article) const;

    QString title() const;
    QString outlet() const;
    QString url() const;
    QString byline() const;
    QDateTime published() const;

    /// An ISO 8601 date or date-time as pages write them ("2025-07-04", "2025-07-04 10:05",
    /// "2025-07-04T10:05:00.000Z"); falls back to a written date ("July 4, 2025").
    static QDateTime parseDateTime(const QString &value);

private:
    void collect(const GumboNode *document);
    void readJsonLd(const QString &json);
    QString meta(const QString &key) const;
    QString jsonName(const QJsonValue &value) const;

    QHash<QString, QString> m_meta; // lower-case property/name/itemprop -> first content
    QString m_titleElement;
    QString m_canonical;
    QString m_timeElement;
    QString m_headline; // the first <h1>
    QJsonObject m_jsonArticle;
    QHash<QString, QJsonObject> m_jsonById; // @id -> object, to resolve references
};

} // namespace factbench
