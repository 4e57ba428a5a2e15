#include "projectwriter.h"

#include "article/textoffsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::ProjectWriter", text);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject articleJson(const ProjectArticle &projectArticle, const QString &baseDirectory)
{
    const Article &article = projectArticle.article;
    const TextOffsets offsets(article.text);
    QJsonObject json;
    json.insert(QStringLiteral("id"), projectArticle.id);
    QString source = article.source;
    // Resource paths (":/sample/...") are not files beside the project: kept as they are.
    if (!baseDirectory.isEmpty() && QDir::isAbsolutePath(source)
        && !source.startsWith(QLatin1Char(':'))) {
        source = QDir(baseDirectory).relativeFilePath(source);
    }
    json.insert(QStringLiteral("source"), source);
    if (article.line > 0) {
        json.insert(QStringLiteral("line"), article.line);
    }
    json.insert(QStringLiteral("title"), article.title);
    json.insert(QStringLiteral("outlet"), article.outlet);
    json.insert(QStringLiteral("url"), article.url);
    json.insert(QStringLiteral("byline"), article.byline);
    json.insert(QStringLiteral("published"), article.publishedIso());
    json.insert(QStringLiteral("sha256"), projectArticle.sha256);
    QJsonArray boilerplate;
    for (const TextRange &range : article.boilerplate) {
        boilerplate.append(
            QJsonArray {offsets.toCodePoint(range.start), offsets.toCodePoint(range.end)});
    }
    json.insert(QStringLiteral("boilerplate"), boilerplate);
    // One line per element: a changed paragraph is a changed line in a diff.
    json.insert(
        QStringLiteral("text"), QJsonArray::fromStringList(article.text.split(QLatin1Char('\n'))));
    return json;
}

QJsonObject claimJson(const Claim &claim, const TextOffsets &offsets)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), claim.id);
    json.insert(QStringLiteral("article"), claim.articleId);
    json.insert(QStringLiteral("kind"), claimKindName(claim.kind));
    json.insert(QStringLiteral("origin"), originName(claim.origin));
    if (claim.orphaned) {
        json.insert(QStringLiteral("orphaned"), true);
    } else {
        json.insert(QStringLiteral("start"), offsets.toCodePoint(claim.range.start));
        json.insert(QStringLiteral("end"), offsets.toCodePoint(claim.range.end));
    }
    json.insert(QStringLiteral("text"), claim.text);
    if (claim.kind == ClaimKind::Figure) {
        const Figure &figure = claim.figure;
        json.insert(QStringLiteral("value"), figure.value);
        json.insert(QStringLiteral("valueHigh"), optionalNumber(figure.valueHigh));
        json.insert(QStringLiteral("qualifier"), qualifierSymbol(figure.qualifier));
        json.insert(QStringLiteral("figureKind"), figureKindName(figure.kind));
        json.insert(QStringLiteral("unit"), figure.unit);
        json.insert(QStringLiteral("counted"), figure.counted);
        json.insert(QStringLiteral("concept"), figure.conceptName);
        json.insert(QStringLiteral("attribution"), figure.attribution);
    } else {
        json.insert(QStringLiteral("speaker"), claim.quote.speaker);
        json.insert(QStringLiteral("partial"), claim.quote.partial);
    }
    if (!claim.correction.isEmpty()) {
        QJsonObject correction;
        if (claim.correction.value) {
            correction.insert(QStringLiteral("value"), *claim.correction.value);
        }
        if (claim.correction.counted) {
            correction.insert(QStringLiteral("counted"), *claim.correction.counted);
        }
        if (claim.correction.speaker) {
            correction.insert(QStringLiteral("speaker"), *claim.correction.speaker);
        }
        json.insert(QStringLiteral("correction"), correction);
    }
    return json;
}

QJsonObject factJson(const ProjectFact &fact)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), fact.id);
    json.insert(QStringLiteral("kind"), factKindName(fact.kind));
    json.insert(QStringLiteral("origin"), originName(fact.origin));
    json.insert(QStringLiteral("label"), fact.label);
    json.insert(QStringLiteral("members"), QJsonArray::fromStringList(fact.members));
    json.insert(QStringLiteral("status"), factStatusName(fact.status));
    json.insert(QStringLiteral("verifiedValue"), fact.verifiedValue);
    json.insert(QStringLiteral("verdict"), fact.verdict);
    json.insert(QStringLiteral("note"), fact.note);
    json.insert(QStringLiteral("divergent"), fact.divergent);
    json.insert(QStringLiteral("agreement"), agreementKey(fact.agreement));
    json.insert(QStringLiteral("reason"), fact.reason);
    return json;
}

QJsonObject logJson(const ReviewLogEntry &entry)
{
    QJsonObject json;
    json.insert(QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("editor"), entry.editor);
    json.insert(QStringLiteral("action"), entry.action);
    json.insert(QStringLiteral("fact"), entry.factId);
    json.insert(QStringLiteral("detail"), entry.detail);
    return json;
}

} // namespace

QByteArray ProjectWriter::toJson(const ProjectData &data, const Options &options)
{
    QHash<QString, TextOffsets> offsets;
    QJsonArray articles;
    for (const ProjectArticle &article : data.articles) {
        articles.append(articleJson(article, options.baseDirectory));
        offsets.insert(article.id, TextOffsets(article.article.text));
    }
    QJsonArray claims;
    const TextOffsets noText {QString()};
    for (const Claim &claim : data.claims) {
        const auto it = offsets.constFind(claim.articleId);
        claims.append(claimJson(claim, it != offsets.cend() ? *it : noText));
    }
    QJsonArray facts;
    for (const ProjectFact &fact : data.facts) {
        facts.append(factJson(fact));
    }
    QJsonArray log;
    for (const ReviewLogEntry &entry : data.log) {
        log.append(logJson(entry));
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("factbench-project"));
    root.insert(QStringLiteral("formatVersion"), formatVersion);
    root.insert(QStringLiteral("appVersion"), QStringLiteral(FACTBENCH_VERSION));
    root.insert(QStringLiteral("articles"), articles);
    root.insert(QStringLiteral("claims"), claims);
    root.insert(QStringLiteral("facts"), facts);
    root.insert(QStringLiteral("log"), log);
    if (options.isAutosave) {
        root.insert(QStringLiteral("autosaveOf"), options.autosaveOf);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ProjectWriter::write(
    const ProjectData &data, const QString &fileName, const Options &options)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Could not save %1: %2.")
            .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    const QByteArray json = toJson(data, options);
    if (file.write(json) != json.size() || !file.commit()) {
        return tr("Could not save %1: %2. The project is still open and unchanged.")
            .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return {};
}

QString ProjectWriter::write(const ProjectData &data, const QString &fileName)
{
    return write(data, fileName, Options {QFileInfo(fileName).absolutePath(), {}, false});
}

} // namespace factbench
