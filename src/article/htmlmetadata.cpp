#include "htmlmetadata.h"

#include "htmlnode.h"
#include "plaintextmetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUrl>

#include <algorithm>

namespace factbench {

namespace {

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = {QStringLiteral("NewsArticle"), QStringLiteral("Article"),
        QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"), QStringLiteral("BackgroundNewsArticle"),
        QStringLiteral("ReviewNewsArticle"), QStringLiteral("LiveBlogPosting"),
        QStringLiteral("BlogPosting"), QStringLiteral("Report")};
    if (type.isArray()) {
        const QJsonArray array = type.toArray();
        return std::any_of(array.begin(), array.end(),
            [](const QJsonValue &one) { return types.contains(one.toString()); });
    }
    return types.contains(type.toString());
}

// A URL-shaped author ("https://www.facebook.com/outlet") names nobody.
bool isName(const QString &value)
{
    return !value.isEmpty() && !value.contains(QLatin1String("://"))
        && !value.startsWith(QLatin1String("www."));
}

QString stripBy(QString byline)
{
    byline = byline.simplified();
    if (byline.startsWith(QLatin1String("By "), Qt::CaseInsensitive)) {
        byline.remove(0, 3);
    }
    return byline;
}

} // namespace

HtmlMetadata::HtmlMetadata(const GumboNode *document)
{
    collect(document);
}

void HtmlMetadata::collect(const GumboNode *document)
{
    QList<const GumboNode *> stack {document};
    QStringList jsonLd;
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        const GumboTag tag = HtmlNode::tag(node);
        if (tag == GUMBO_TAG_META) {
            const QString content = HtmlNode::attribute(node, "content").trimmed();
            for (const char *attribute : {"property", "name", "itemprop"}) {
                const QString key = HtmlNode::attribute(node, attribute).trimmed().toLower();
                if (!key.isEmpty() && !content.isEmpty() && !m_meta.contains(key)) {
                    m_meta.insert(key, content);
                }
            }
        } else if (tag == GUMBO_TAG_LINK && m_canonical.isEmpty()
            && HtmlNode::attribute(node, "rel")
                   .toLower()
                   .split(QLatin1Char(' '))
                   .contains(QLatin1String("canonical"))) {
            m_canonical = HtmlNode::attribute(node, "href").trimmed();
        } else if (tag == GUMBO_TAG_TITLE && m_titleElement.isEmpty()) {
            m_titleElement = HtmlNode::text(node);
        } else if (tag == GUMBO_TAG_SCRIPT) {
            if (HtmlNode::attribute(node, "type").trimmed().toLower()
                == QLatin1String("application/ld+json")) {
                // Script content is one raw text node; HtmlNode::text() leaves scripts out.
                QString json;
                const GumboVector *children = HtmlNode::children(node);
                for (unsigned int i = 0; children && i < children->length; ++i) {
                    const auto *child = static_cast<const GumboNode *>(children->data[i]);
                    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
                        || child->type == GUMBO_NODE_CDATA) {
                        json += QString::fromUtf8(child->v.text.text);
                    }
                }
                jsonLd.append(json);
            }
            continue; // scripts are read as data at most, never run
        } else if (tag == GUMBO_TAG_TIME && m_timeElement.isEmpty()) {
            m_timeElement = HtmlNode::attribute(node, "datetime").trimmed();
        } else if (tag == GUMBO_TAG_H1 && m_headline.isEmpty()) {
            m_headline = HtmlNode::text(node);
        }
        if (const GumboVector *children = HtmlNode::children(node)) {
            for (unsigned int i = children->length; i > 0; --i) {
                const auto *child = static_cast<const GumboNode *>(children->data[i - 1]);
                if (HtmlNode::isElement(child)) {
                    stack.append(child);
                }
            }
        }
    }
    for (const QString &json : std::as_const(jsonLd)) {
        readJsonLd(json);
    }
}

void HtmlMetadata::readJsonLd(const QString &json)
{
    QString cleaned = json.trimmed();
    // Some pages wrap the data in a comment or CDATA section, or end it with a semicolon.
    for (const QString &wrapper :
        {QStringLiteral("<!--"), QStringLiteral("//<![CDATA["), QStringLiteral("<![CDATA[")}) {
        if (cleaned.startsWith(wrapper)) {
            cleaned.remove(0, wrapper.size());
        }
    }
    for (const QString &wrapper : {QStringLiteral("-->"), QStringLiteral("//]]>"),
             QStringLiteral("]]>"), QStringLiteral(";")}) {
        if (cleaned.endsWith(wrapper)) {
            cleaned.chop(wrapper.size());
        }
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(cleaned.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return;
    }
    QJsonArray items = document.isArray() ? document.array() : QJsonArray {document.object()};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items[i].toObject();
        if (object.value(QLatin1String("@graph")).isArray()) {
            for (const QJsonValue &inGraph : object.value(QLatin1String("@graph")).toArray()) {
                items.append(inGraph);
            }
        }
        const QString id = object.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && !m_jsonById.contains(id)) {
            m_jsonById.insert(id, object);
        }
        if (m_jsonArticle.isEmpty() && isArticleType(object.value(QLatin1String("@type")))) {
            m_jsonArticle = object;
        }
    }
}

QString HtmlMetadata::meta(const QString &key) const
{
    return m_meta.value(key);
}

// The name of a person or organisation, whether written out, referenced by @id, or a list.
QString HtmlMetadata::jsonName(const QJsonValue &value) const
{
    if (value.isString()) {
        return value.toString().trimmed();
    }
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &one : value.toArray()) {
            const QString name = jsonName(one);
            if (!name.isEmpty() && !names.contains(name)) {
                names.append(name);
            }
        }
        return names.join(QLatin1String(", "));
    }
    QJsonObject object = value.toObject();
    if (!object.contains(QLatin1String("name"))) {
        object = m_jsonById.value(object.value(QLatin1String("@id")).toString());
    }
    const QJsonValue name = object.value(QLatin1String("name"));
    return name.isString() ? name.toString().trimmed() : QString();
}

QDateTime HtmlMetadata::parseDateTime(const QString &value)
{
    QString iso = value.trimmed();
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' ')) {
        iso[10] = QLatin1Char('T');
    }
    QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        dateTime = QDateTime::fromString(iso, Qt::ISODate);
    }
    if (!dateTime.isValid()) {
        const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
        dateTime = date.isValid() ? QDateTime(date, QTime()) : PlainTextMetadata::parseDate(iso);
    }
    return dateTime;
}

QString HtmlMetadata::outlet() const
{
    QString outlet = meta(QStringLiteral("og:site_name"));
    if (outlet.isEmpty()) {
        outlet = jsonName(m_jsonArticle.value(QLatin1String("publisher")));
    }
    if (outlet.isEmpty()) {
        outlet = meta(QStringLiteral("application-name"));
    }
    return outlet;
}

QString HtmlMetadata::title() const
{
    for (const QString &candidate : {meta(QStringLiteral("og:title")), m_titleElement,
             m_jsonArticle.value(QLatin1String("headline")).toString(),
             meta(QStringLiteral("twitter:title")), m_headline}) {
        if (!candidate.trimmed().isEmpty()) {
            return candidate.simplified();
        }
    }
    return {};
}

QDateTime HtmlMetadata::published() const
{
    for (const QString &value : {meta(QStringLiteral("article:published_time")),
             m_jsonArticle.value(QLatin1String("datePublished")).toString(),
             meta(QStringLiteral("datepublished")), meta(QStringLiteral("date")),
             meta(QStringLiteral("pubdate")), meta(QStringLiteral("publishdate")),
             meta(QStringLiteral("parsely-pub-date")), meta(QStringLiteral("dc.date.issued")),
             meta(QStringLiteral("dcterms.created")), meta(QStringLiteral("dc.date")),
             m_timeElement}) {
        const QDateTime dateTime = value.isEmpty() ? QDateTime() : parseDateTime(value);
        if (dateTime.isValid()) {
            return dateTime;
        }
    }
    return {};
}

QString HtmlMetadata::url() const
{
    QJsonValue mainEntity = m_jsonArticle.value(QLatin1String("mainEntityOfPage"));
    if (mainEntity.isObject()) {
        mainEntity = mainEntity.toObject().value(QLatin1String("@id"));
    }
    for (const QString &candidate : {meta(QStringLiteral("og:url")), m_canonical,
             m_jsonArticle.value(QLatin1String("url")).toString(), mainEntity.toString()}) {
        const QUrl url(candidate.trimmed());
        if (url.isValid() && !url.isRelative()) {
            return url.toString();
        }
    }
    return {};
}

QString HtmlMetadata::byline() const
{
    for (const QString &candidate :
        {meta(QStringLiteral("author")), meta(QStringLiteral("article:author")),
            meta(QStringLiteral("byl")), jsonName(m_jsonArticle.value(QLatin1String("author"))),
            meta(QStringLiteral("parsely-author")), meta(QStringLiteral("dc.creator"))}) {
        const QString name = stripBy(candidate);
        if (isName(name)) {
            return name;
        }
    }
    return {};
}

void HtmlMetadata::applyTo(Article &article) const
{
    article.outlet = outlet();
    // "Kyiv attacked | The Herald": the outlet's name is not part of the headline.
    const auto [headline, suffix] = PlainTextMetadata::splitOutletSuffix(title(), article.outlet);
    article.title = headline;
    if (article.outlet.isEmpty()) {
        article.outlet = suffix;
    }
    const QDateTime when = published();
    article.setPublished(when,
        when.isValid() && when.time() == QTime(0, 0) ? QString() : when.toString(Qt::ISODate));
    article.url = url();
    article.byline = byline();
}

} // namespace factbench
