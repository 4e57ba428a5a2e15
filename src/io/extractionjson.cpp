#include "extractionjson.h"

#include "article/textoffsets.h"

namespace factbench {

namespace {

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject ExtractionJson::article(const Article &article, const Extraction &extraction)
{
    const TextOffsets offsets(article.text);
    auto setSpan = [&offsets](QJsonObject &object, const TextRange &range) {
        object.insert(QStringLiteral("start"), offsets.toCodePoint(range.start));
        object.insert(QStringLiteral("end"), offsets.toCodePoint(range.end));
    };

    QJsonObject json;
    json.insert(QStringLiteral("source"), article.source);
    if (article.line > 0) {
        json.insert(QStringLiteral("line"), article.line);
    }
    if (!article.isValid()) {
        json.insert(QStringLiteral("error"), article.error);
    }
    if (!article.warnings.isEmpty()) {
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(article.warnings));
    }
    json.insert(QStringLiteral("title"), nullable(article.title));
    json.insert(QStringLiteral("outlet"), nullable(article.outlet));
    json.insert(QStringLiteral("published"), nullable(article.publishedIso()));
    if (!article.url.isEmpty()) {
        json.insert(QStringLiteral("url"), article.url);
    }
    if (!article.byline.isEmpty()) {
        json.insert(QStringLiteral("byline"), article.byline);
    }
    json.insert(QStringLiteral("text"), article.text);

    QJsonArray boilerplate;
    for (const TextRange &range : article.boilerplate) {
        boilerplate.append(
            QJsonArray {offsets.toCodePoint(range.start), offsets.toCodePoint(range.end)});
    }
    json.insert(QStringLiteral("boilerplate"), boilerplate);

    QJsonArray figures;
    for (const Figure &figure : extraction.figures) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), figure.id);
        setSpan(object, figure.range);
        object.insert(QStringLiteral("text"), figure.text);
        object.insert(QStringLiteral("value"), figure.value);
        object.insert(QStringLiteral("valueHigh"),
            figure.valueHigh ? QJsonValue(*figure.valueHigh) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("qualifier"), qualifierSymbol(figure.qualifier));
        object.insert(QStringLiteral("kind"), figureKindName(figure.kind));
        object.insert(QStringLiteral("unit"), nullable(figure.unit));
        object.insert(QStringLiteral("counted"), nullable(figure.counted));
        object.insert(QStringLiteral("concept"), nullable(figure.conceptName));
        object.insert(QStringLiteral("attribution"), nullable(figure.attribution));
        figures.append(object);
    }
    json.insert(QStringLiteral("figures"), figures);

    QJsonArray quotes;
    for (const Quote &quote : extraction.quotes) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), quote.id);
        setSpan(object, quote.range);
        object.insert(QStringLiteral("text"), quote.text);
        object.insert(QStringLiteral("speaker"), nullable(quote.speaker));
        object.insert(QStringLiteral("partial"), quote.partial);
        quotes.append(object);
    }
    json.insert(QStringLiteral("quotes"), quotes);

    QJsonArray dates;
    for (const DateMention &date : extraction.dates) {
        QJsonObject object;
        setSpan(object, date.range);
        object.insert(QStringLiteral("text"), date.text);
        object.insert(QStringLiteral("iso"), nullable(date.iso));
        dates.append(object);
    }
    json.insert(QStringLiteral("dates"), dates);
    return json;
}

QJsonObject ExtractionJson::run(
    const QList<Article> &articles, const QList<Extraction> &extractions)
{
    QJsonArray list;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        list.append(article(articles[i], i < extractions.size() ? extractions[i] : Extraction {}));
    }
    return QJsonObject {{QStringLiteral("articles"), list}};
}

QJsonObject ExtractionJson::fact(const Fact &fact)
{
    QJsonArray values;
    for (double value : fact.values) {
        values.append(value);
    }
    return QJsonObject {
        {QStringLiteral("id"), fact.id},
        {QStringLiteral("kind"),
            fact.kind == FactKind::Figure ? QStringLiteral("figure") : QStringLiteral("quote")},
        {QStringLiteral("label"), fact.label},
        {QStringLiteral("members"), QJsonArray::fromStringList(fact.members)},
        {QStringLiteral("divergent"), fact.divergent},
        {QStringLiteral("values"), values},
        {QStringLiteral("agreement"), agreementName(fact.agreement)},
        {QStringLiteral("reason"), fact.reason},
    };
}

QJsonObject ExtractionJson::linkedRun(
    const QList<Article> &articles, const QList<Extraction> &extractions, const QList<Fact> &facts)
{
    QJsonObject json = run(articles, extractions);
    QJsonArray list;
    for (const Fact &each : facts) {
        list.append(fact(each));
    }
    json.insert(QStringLiteral("facts"), list);
    return json;
}

} // namespace factbench
