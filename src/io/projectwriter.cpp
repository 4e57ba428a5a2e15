#include "projectwriter.h"

#include "article/textoffsets.h"
#include "jsonstreamwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::ProjectWriter", text);
}

void writeArticle(
    JsonStreamWriter &json, const ProjectArticle &projectArticle, const QString &baseDirectory)
{
    const Article &article = projectArticle.article;
    const TextOffsets offsets(article.text);
    QString source = article.source;
    // Resource paths (":/sample/...") are not files beside the project: kept as they are.
    if (!baseDirectory.isEmpty() && QDir::isAbsolutePath(source)
        && !source.startsWith(QLatin1Char(':'))) {
        source = QDir(baseDirectory).relativeFilePath(source);
    }
    json.beginObject();
    json.key("id");
    json.value(projectArticle.id);
    json.key("source");
    json.value(source);
    if (article.line > 0) {
        json.key("line");
        json.value(article.line);
    }
    json.key("title");
    json.value(article.title);
    json.key("outlet");
    json.value(article.outlet);
    json.key("url");
    json.value(article.url);
    json.key("byline");
    json.value(article.byline);
    json.key("published");
    // Milliseconds only when there are some: what an importer read ("...T09:30:00.5Z") is kept.
    const bool hasMilliseconds = article.published.isValid() && !article.publishedDateOnly
        && article.published.time().msec() != 0;
    json.value(
        hasMilliseconds ? article.published.toString(Qt::ISODateWithMs) : article.publishedIso());
    json.key("sha256");
    json.value(projectArticle.sha256);
    json.key("boilerplate");
    json.beginArray();
    for (const TextRange &range : article.boilerplate) {
        json.inlineArray({offsets.toCodePoint(range.start), offsets.toCodePoint(range.end)});
    }
    json.endArray();
    // Last, and one line per element: a changed paragraph is a changed line in a diff.
    json.key("text");
    json.value(article.text.split(QLatin1Char('\n')));
    json.endObject();
}

void writeCorrection(JsonStreamWriter &json, const ClaimCorrection &correction)
{
    json.key("correction");
    json.beginObject();
    if (correction.value) {
        json.key("value");
        json.value(*correction.value);
    }
    if (correction.counted) {
        json.key("counted");
        json.value(*correction.counted);
    }
    if (correction.speaker) {
        json.key("speaker");
        json.value(*correction.speaker);
    }
    json.endObject();
}

// Claims, facts and log entries are one line each: a changed decision is a changed line.
void writeClaim(JsonStreamWriter &json, const Claim &claim, const TextOffsets &offsets)
{
    json.beginObject(JsonStreamWriter::Layout::SingleLine);
    json.key("id");
    json.value(claim.id);
    json.key("article");
    json.value(claim.articleId);
    json.key("kind");
    json.value(claimKindName(claim.kind));
    json.key("origin");
    json.value(originName(claim.origin));
    if (claim.orphaned) {
        json.key("orphaned");
        json.value(true);
        json.key("prefix");
        json.value(claim.prefix);
        json.key("suffix");
        json.value(claim.suffix);
    } else {
        json.key("start");
        json.value(offsets.toCodePoint(claim.range.start));
        json.key("end");
        json.value(offsets.toCodePoint(claim.range.end));
    }
    json.key("text");
    json.value(claim.text);
    if (claim.kind == ClaimKind::Figure) {
        const Figure &figure = claim.figure;
        json.key("value");
        json.value(figure.value);
        json.key("valueHigh");
        json.value(figure.valueHigh);
        json.key("qualifier");
        json.value(qualifierSymbol(figure.qualifier));
        json.key("figureKind");
        json.value(figureKindName(figure.kind));
        json.key("unit");
        json.value(figure.unit);
        json.key("counted");
        json.value(figure.counted);
        json.key("concept");
        json.value(figure.conceptName);
        json.key("attribution");
        json.value(figure.attribution);
    } else {
        json.key("speaker");
        json.value(claim.quote.speaker);
        json.key("partial");
        json.value(claim.quote.partial);
    }
    if (!claim.correction.isEmpty()) {
        writeCorrection(json, claim.correction);
    }
    json.endObject();
}

void writeFact(JsonStreamWriter &json, const ProjectFact &fact)
{
    json.beginObject(JsonStreamWriter::Layout::SingleLine);
    json.key("id");
    json.value(fact.id);
    json.key("kind");
    json.value(factKindName(fact.kind));
    json.key("origin");
    json.value(originName(fact.origin));
    json.key("label");
    json.value(fact.label);
    json.key("status");
    json.value(factStatusName(fact.status));
    json.key("members");
    json.value(fact.members);
    json.key("verifiedValue");
    json.value(fact.verifiedValue);
    json.key("verdict");
    json.value(fact.verdict);
    json.key("note");
    json.value(fact.note);
    json.key("divergent");
    json.value(fact.divergent);
    json.key("agreement");
    json.value(agreementKey(fact.agreement));
    json.key("reason");
    json.value(fact.reason);
    json.endObject();
}

void writeLogEntry(JsonStreamWriter &json, const ReviewLogEntry &entry)
{
    json.beginObject(JsonStreamWriter::Layout::SingleLine);
    json.key("time");
    json.value(entry.time.toUTC().toString(Qt::ISODateWithMs));
    json.key("editor");
    json.value(entry.editor);
    json.key("action");
    json.value(entry.action);
    json.key("fact");
    json.value(entry.factId);
    json.key("detail");
    json.value(entry.detail);
    json.endObject();
}

} // namespace

QByteArray ProjectWriter::toJson(const ProjectData &data, const Options &options)
{
    JsonStreamWriter json;
    json.beginObject();
    json.key("format");
    json.value(QStringLiteral("factbench-project"));
    json.key("formatVersion");
    json.value(formatVersion);
    json.key("appVersion");
    json.value(QStringLiteral(FACTBENCH_VERSION));
    if (options.isAutosave) {
        json.key("autosaveOf");
        json.value(options.autosaveOf);
    }
    json.key("articles");
    json.beginArray();
    QHash<QString, qsizetype> articleRows;
    std::vector<TextOffsets> offsets;
    offsets.reserve(data.articles.size());
    for (const ProjectArticle &article : data.articles) {
        writeArticle(json, article, options.baseDirectory);
        articleRows.insert(article.id, qsizetype(offsets.size()));
        offsets.emplace_back(article.article.text);
    }
    json.endArray();
    json.key("claims");
    json.beginArray();
    const TextOffsets noText {QString()};
    const auto offsetsOf = [&](const Claim &claim) -> const TextOffsets & {
        const qsizetype row = articleRows.value(claim.articleId, -1);
        return row < 0 ? noText : offsets.at(row);
    };
    for (const Claim &claim : data.claims) {
        writeClaim(json, claim, offsetsOf(claim));
    }
    json.endArray();
    json.key("dismissed");
    json.beginArray();
    for (const Claim &claim : data.dismissed) {
        writeClaim(json, claim, offsetsOf(claim));
    }
    json.endArray();
    json.key("facts");
    json.beginArray();
    for (const ProjectFact &fact : data.facts) {
        writeFact(json, fact);
    }
    json.endArray();
    json.key("log");
    json.beginArray();
    for (const ReviewLogEntry &entry : data.log) {
        writeLogEntry(json, entry);
    }
    json.endArray();
    json.endObject();
    return json.take();
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
    // A full disk first takes part of a write without an error; writing the rest then fails
    // with the reason. Flushed here, as commit() would report a late failure without one.
    qint64 written = 0;
    while (written < json.size()) {
        const qint64 chunk = file.write(json.constData() + written, json.size() - written);
        if (chunk <= 0) {
            break;
        }
        written += chunk;
    }
    if (written != json.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("Could not save %1: %2. The project is still open and unchanged.")
            .arg(QDir::toNativeSeparators(fileName), reason);
    }
    if (!file.commit()) {
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
