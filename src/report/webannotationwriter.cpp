#include "webannotationwriter.h"

#include "sourcepassage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace factbench {

namespace {

/// Factbench's UUID namespace for name-based (version 5) annotation ids.
const QUuid annotationNamespace(
    0x6f1c2a7e, 0x3b1d, 0x4c59, 0x9a, 0x0e, 0x51, 0x7d, 0x2b, 0x8e, 0x44, 0xc3);

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
        {QStringLiteral("purpose"), purpose}, {QStringLiteral("value"), value},
        {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

/// The article as an IRI: its web address, else its file, else a name made of its text's hash.
QString articleIri(const FactSheetArticle &article)
{
    if (SourcePassage::isWebUrl(article.url)) {
        return article.url;
    }
    if (!article.source.isEmpty() && !article.source.startsWith(QLatin1Char(':'))) {
        return QUrl::fromLocalFile(article.source).toString(QUrl::FullyEncoded);
    }
    return QStringLiteral("urn:sha256:") + article.sha256;
}

QJsonObject target(const FactSheet &sheet, const FactSheetSource &source)
{
    QJsonArray selectors;
    QJsonObject quote {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
        {QStringLiteral("exact"), source.exact}};
    if (!source.prefix.isEmpty()) {
        quote.insert(QStringLiteral("prefix"), source.prefix);
    }
    if (!source.suffix.isEmpty()) {
        quote.insert(QStringLiteral("suffix"), source.suffix);
    }
    selectors.append(quote);
    if (source.start >= 0) {
        selectors.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                {QStringLiteral("start"), qint64(source.start)},
                {QStringLiteral("end"), qint64(source.end)}});
    }
    return {{QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), articleIri(sheet.articleOf(source))},
        {QStringLiteral("selector"), selectors}};
}

QJsonObject annotation(const FactSheet &sheet, const FactSheetEntry &entry)
{
    const bool decided = entry.status != FactStatus::Proposed;
    QJsonArray bodies {textualBody(QStringLiteral("describing"), entry.label)};
    if (decided) {
        bodies.append(textualBody(QStringLiteral("assessing"),
            entry.verdict.isEmpty() ? factStatusName(entry.status) : entry.verdict));
    }
    if (!entry.verifiedValue.isEmpty()) {
        bodies.append(textualBody(QStringLiteral("commenting"), entry.verifiedValue));
    }
    if (!entry.note.isEmpty()) {
        bodies.append(textualBody(QStringLiteral("commenting"), entry.note));
    }
    QJsonArray targets;
    for (const FactSheetSource &source : entry.sources) {
        targets.append(target(sheet, source));
    }
    QJsonObject json {{QStringLiteral("id"), WebAnnotationWriter::annotationId(sheet, entry)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"),
            decided ? QStringLiteral("assessing") : QStringLiteral("linking")},
        {QStringLiteral("body"), bodies}, {QStringLiteral("target"), targets}};
    if (!entry.editor.isEmpty()) {
        json.insert(QStringLiteral("creator"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")},
                {QStringLiteral("name"), entry.editor}});
    }
    if (entry.decided.isValid()) {
        json.insert(QStringLiteral("created"), entry.decided.toUTC().toString(Qt::ISODate));
    }
    return json;
}

} // namespace

QString WebAnnotationWriter::annotationId(const FactSheet &sheet, const FactSheetEntry &entry)
{
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(
            annotationNamespace, sheet.reviewKey + QLatin1Char('/') + entry.factId)
              .toString(QUuid::WithoutBraces);
}

QJsonObject WebAnnotationWriter::collection(const FactSheet &sheet)
{
    QJsonArray items;
    for (const FactSheetEntry &entry : sheet.entries) {
        items.append(annotation(sheet, entry));
    }
    return {{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"),
            QStringLiteral("urn:uuid:")
                + QUuid::createUuidV5(annotationNamespace,
                    sheet.reviewKey + QLatin1Char('/') + factSheetScopeName(sheet.scope))
                      .toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QStringLiteral("Factbench fact sheet")},
        {QStringLiteral("total"), qint64(items.size())},
        {QStringLiteral("generator"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("Software")},
                {QStringLiteral("name"), QStringLiteral("Factbench")}}},
        {QStringLiteral("first"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                {QStringLiteral("startIndex"), 0}, {QStringLiteral("items"), items}}}};
}

QByteArray WebAnnotationWriter::write(const FactSheet &sheet) const
{
    return QJsonDocument(collection(sheet)).toJson(QJsonDocument::Indented);
}

} // namespace factbench
