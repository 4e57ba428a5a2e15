#include "jsonwriter.h"

#include "io/jsonstreamwriter.h"

namespace factbench {

namespace {

void optionalString(JsonStreamWriter &json, const char *key, const QString &value)
{
    json.key(key);
    if (value.isEmpty()) {
        json.nullValue();
    } else {
        json.value(value);
    }
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

void writeArticle(JsonStreamWriter &json, const FactSheetArticle &article)
{
    json.beginObject();
    json.key("id");
    json.value(article.id);
    optionalString(json, "outlet", article.outlet);
    optionalString(json, "title", article.title);
    optionalString(json, "published", article.published);
    optionalString(json, "url", article.url);
    optionalString(json, "byline", article.byline);
    json.endObject();
}

void writeSource(JsonStreamWriter &json, const FactSheet &sheet, const FactSheetSource &source)
{
    json.beginObject();
    json.key("claim");
    json.value(source.claimId);
    json.key("article");
    json.value(sheet.articleOf(source).id);
    json.key("value");
    json.value(source.value);
    json.key("stated");
    json.value(source.stated);
    optionalString(json, "attribution", source.attribution);
    json.key("corrected");
    json.value(source.corrected);
    optionalString(json, "passage", source.passage);
    optionalString(json, "passageLink", source.passageLink);
    json.key("start");
    source.start >= 0 ? json.value(qint64(source.start)) : json.nullValue();
    json.key("end");
    source.start >= 0 ? json.value(qint64(source.end)) : json.nullValue();
    json.endObject();
}

void writeEntry(JsonStreamWriter &json, const FactSheet &sheet, const FactSheetEntry &entry)
{
    json.beginObject();
    json.key("id");
    json.value(entry.factId);
    json.key("kind");
    json.value(factKindName(entry.kind));
    json.key("label");
    json.value(entry.label);
    json.key("status");
    json.value(factStatusName(entry.status));
    optionalString(json, "verifiedValue", entry.verifiedValue);
    optionalString(json, "verdict", entry.verdict);
    optionalString(json, "note", entry.note);
    json.key("divergent");
    json.value(entry.divergent);
    json.key("agreement");
    json.value(agreementKey(entry.agreement));
    optionalString(json, "linkerReason", entry.linkerReason);
    optionalString(json, "resolution", entry.resolution);
    optionalString(json, "editor", entry.editor);
    optionalString(json, "decided", isoTime(entry.decided));
    json.key("sources");
    json.beginArray();
    for (const FactSheetSource &source : entry.sources) {
        writeSource(json, sheet, source);
    }
    json.endArray();
    json.endObject();
}

} // namespace

QByteArray JsonWriter::write(const FactSheet &sheet) const
{
    JsonStreamWriter json;
    json.beginObject();
    json.key("format");
    json.value(QStringLiteral("factbench-fact-sheet"));
    json.key("formatVersion");
    json.value(formatVersion);
    json.key("scope");
    json.value(factSheetScopeName(sheet.scope));
    json.key("editors");
    json.value(sheet.editors);
    optionalString(json, "lastDecision", isoTime(sheet.lastDecision));
    json.key("articles");
    json.beginArray();
    for (const FactSheetArticle &article : sheet.articles) {
        writeArticle(json, article);
    }
    json.endArray();
    json.key("facts");
    json.beginArray();
    for (const FactSheetEntry &entry : sheet.entries) {
        writeEntry(json, sheet, entry);
    }
    json.endArray();
    json.endObject();
    return json.take();
}

} // namespace factbench
