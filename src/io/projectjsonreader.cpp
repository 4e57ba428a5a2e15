#include "projectjsonreader.h"

#include "article/textoffsets.h"
#include "review/claimfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::ProjectJsonReader", text);
}

QLatin1StringView key(const char *text)
{
    return QLatin1StringView(text);
}

/// The ids the program writes are a letter and a number ("c12"); a file may have others, but
/// each must be short and plain enough to name in a message.
bool isPlainId(const QString &id)
{
    constexpr qsizetype longestId = 64;
    if (id.isEmpty() || id.size() > longestId) {
        return false;
    }
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_');
    });
}

/// A reference to another row as a message shows it: anything that is no id is named so,
/// never printed (it could be a megabyte, or hold line breaks).
QString shownId(const QJsonValue &reference)
{
    const QString id = reference.toString();
    // Spelt out, not through tr(): lupdate gives a free function's tr() no class context.
    return reference.isString() && isPlainId(id)
        ? id
        : QCoreApplication::translate("factbench::ProjectJsonReader", "(not an id)");
}

/// The text of a name such as a kind or a status: `fallback` when absent, and an empty string,
/// which names nothing, when it is not text.
QString nameIn(const QJsonObject &json, const char *name, const QString &fallback = {})
{
    const QJsonValue value = json.value(key(name));
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    return value.toString();
}

/// QDir::cleanPath keeps ".." above the root and can leave "//" behind one ("/p/..//r" gives
/// "//r"), so a path would not read back the same after a save (found by fuzz_projectreader).
/// Above the root there is only the root.
QString cleanAbsolutePath(const QString &path)
{
    QString cleaned = QDir::cleanPath(path);
    if (!cleaned.startsWith(QLatin1Char('/'))) {
        return cleaned; // A drive letter: cleanPath is enough there.
    }
    // Each round only shortens the path, so this ends.
    for (QString before; cleaned != before;) {
        before = cleaned;
        while (cleaned.startsWith(QLatin1String("/.."))
            && (cleaned.size() == 3 || cleaned.at(3) == QLatin1Char('/'))) {
            cleaned.remove(0, 3);
        }
        cleaned.replace(QLatin1String("//"), QLatin1String("/"));
        cleaned = cleaned.isEmpty() ? QStringLiteral("/") : QDir::cleanPath(cleaned);
    }
    return cleaned;
}

/// An offset as messages show it: whole numbers in digits, absurd ones in short.
QString shownNumber(double number)
{
    return number < 1e15 ? QString::number(qint64(number)) : QString::number(number, 'g', 6);
}

} // namespace

QString ProjectJsonReader::RowName::text() const
{
    // The patterns are marked with QT_TRANSLATE_NOOP in the ProjectReader context.
    const QString words = QCoreApplication::translate("factbench::ProjectReader", pattern);
    return id.isEmpty() ? words : words.arg(id);
}

ProjectJsonReader::ProjectJsonReader(const QString &baseDirectory)
    : m_baseDirectory(baseDirectory)
{ }

bool ProjectJsonReader::fail(const QString &problem)
{
    if (m_error.isEmpty()) {
        m_error = problem;
    }
    return false;
}

bool ProjectJsonReader::read(const QJsonObject &root, ProjectData *data)
{
    for (const char *table : {"articles", "claims", "dismissed", "facts", "log"}) {
        const QJsonValue value = root.value(key(table));
        // The log and the dismissed claims came later: files without them are whole.
        const bool optional = qstrcmp(table, "log") == 0 || qstrcmp(table, "dismissed") == 0;
        if (!value.isArray() && !(value.isUndefined() && optional)) {
            return fail(tr("its \"%1\" is missing or not a list").arg(key(table)));
        }
        if (value.toArray().size() > maximumRows) {
            return fail(tr("its \"%1\" has more than %2 entries").arg(key(table)).arg(maximumRows));
        }
    }
    const QJsonArray articles = root.value(key("articles")).toArray();
    data->articles.resize(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (!readArticle(articles.at(i).toObject(), &data->articles[i])) {
            return false;
        }
    }
    // Pointers into data->articles: it is not resized again below.
    for (const ProjectArticle &article : std::as_const(data->articles)) {
        m_articles.insert(article.id, &article);
    }
    const QJsonArray claims = root.value(key("claims")).toArray();
    data->claims.resize(claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        if (!readClaim(claims.at(i).toObject(), ClaimList::Live, &data->claims[i])) {
            return false;
        }
    }
    const QJsonArray dismissed = root.value(key("dismissed")).toArray();
    data->dismissed.resize(dismissed.size());
    for (qsizetype i = 0; i < dismissed.size(); ++i) {
        if (!readClaim(dismissed.at(i).toObject(), ClaimList::Dismissed, &data->dismissed[i])) {
            return false;
        }
    }
    const QJsonArray facts = root.value(key("facts")).toArray();
    data->facts.resize(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (!readFact(facts.at(i).toObject(), &data->facts[i])) {
            return false;
        }
    }
    const QJsonArray log = root.value(key("log")).toArray();
    data->log.resize(log.size());
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (!readLogEntry(log.at(i).toObject(), &data->log[i])) {
            return false;
        }
    }
    return true;
}

bool ProjectJsonReader::readString(const QJsonObject &json, QLatin1StringView name,
    const RowName &where, QString *out, bool required)
{
    const QJsonValue value = json.value(name);
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (!required && (value.isUndefined() || value.isNull())) {
        out->clear();
        return true;
    }
    return fail(tr("%1 has no text for \"%2\"").arg(where.text(), name));
}

bool ProjectJsonReader::readFlag(
    const QJsonObject &json, QLatin1StringView name, const RowName &where, bool *out)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull()) {
        *out = false;
        return true;
    }
    if (!value.isBool()) {
        return fail(tr("%1 has a \"%2\" that is neither true nor false").arg(where.text(), name));
    }
    *out = value.toBool();
    return true;
}

bool ProjectJsonReader::readId(
    const QJsonObject &json, const char *what, QSet<QString> *seen, QString *id)
{
    const QJsonValue value = json.value(key("id"));
    if (!value.isString() || value.toString().isEmpty()) {
        return fail(tr("%1 number %2 has no id")
                        .arg(QCoreApplication::translate("factbench::ProjectReader", what))
                        .arg(seen->size() + 1));
    }
    *id = value.toString();
    if (!isPlainId(*id)) {
        return fail(tr("%1 number %2 has an id that is not a short word of letters and digits")
                        .arg(QCoreApplication::translate("factbench::ProjectReader", what))
                        .arg(seen->size() + 1));
    }
    if (seen->contains(*id)) {
        return fail(tr("the id %1 is used twice").arg(*id));
    }
    seen->insert(*id);
    return true;
}

bool ProjectJsonReader::readOffset(const QJsonValue &value, const RowName &where,
    const TextOffsets &offsets, qsizetype codePoints, qsizetype *index)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < 0) {
        return fail(tr("%1 has an offset that is not a whole number").arg(where.text()));
    }
    if (number > double(codePoints)) {
        return fail(tr("%1 points to character %2, past the end of its article's text (%3 "
                       "characters)")
                        .arg(where.text(), shownNumber(number))
                        .arg(codePoints));
    }
    *index = offsets.toUtf16(qsizetype(number));
    return true;
}

bool ProjectJsonReader::readArticle(const QJsonObject &json, ProjectArticle *projectArticle)
{
    if (!readId(json, QT_TRANSLATE_NOOP("factbench::ProjectReader", "article"), &m_articleIds,
            &projectArticle->id)) {
        return false;
    }
    const RowName where {
        QT_TRANSLATE_NOOP("factbench::ProjectReader", "article %1"), projectArticle->id};
    Article &article = projectArticle->article;
    QString published;
    if (!readString(json, key("source"), where, &article.source)
        || !readString(json, key("title"), where, &article.title)
        || !readString(json, key("outlet"), where, &article.outlet)
        || !readString(json, key("url"), where, &article.url)
        || !readString(json, key("byline"), where, &article.byline)
        || !readString(json, key("published"), where, &published)
        || !readString(json, key("sha256"), where, &projectArticle->sha256)) {
        return false;
    }
    if (!article.source.isEmpty() && !article.source.startsWith(QLatin1Char(':'))) {
        article.source = cleanAbsolutePath(QDir(m_baseDirectory).absoluteFilePath(article.source));
    }
    const QJsonValue line = json.value(key("line"));
    if (!line.isUndefined() && !line.isNull()) {
        const double number = line.toDouble(-1);
        if (!line.isDouble() || number < 0 || number != std::floor(number)
            || number > std::numeric_limits<int>::max()) {
            return fail(tr("%1 has a line number that is not a whole number").arg(where.text()));
        }
        article.line = int(number);
    }
    if (!published.isEmpty()) {
        const QDateTime time = published.contains(QLatin1Char('T'))
            ? QDateTime::fromString(published, Qt::ISODate)
            : QDateTime(QDate::fromString(published, Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
        if (!time.isValid()) {
            return fail(tr("%1 has a publication date that is not a date").arg(where.text()));
        }
        article.setPublished(time, published);
    }
    const QJsonArray lines = json.value(key("text")).toArray();
    if (!json.value(key("text")).isArray()) {
        return fail(tr("%1 has no text").arg(where.text()));
    }
    QStringList textLines;
    textLines.reserve(lines.size());
    for (const QJsonValue &line : lines) {
        if (!line.isString()) {
            return fail(tr("%1 has a line of text that is not text").arg(where.text()));
        }
        textLines.append(line.toString());
    }
    article.text = textLines.join(QLatin1Char('\n'));
    const QString hash = ProjectArticle::hashText(article.text);
    if (projectArticle->sha256.isEmpty()) {
        projectArticle->sha256 = hash; // Older files had none.
    } else if (projectArticle->sha256 != hash) {
        return fail(tr("the text of %1 does not match its SHA-256 (was it edited by hand?)")
                        .arg(where.text()));
    }
    auto textOffsets = std::make_shared<const TextOffsets>(article.text);
    m_offsets.insert(projectArticle->id, textOffsets);
    const TextOffsets &offsets = *textOffsets;
    const qsizetype codePoints = offsets.toCodePoint(article.text.size());
    const QJsonValue boilerplate = json.value(key("boilerplate"));
    if (!boilerplate.isUndefined() && !boilerplate.isNull() && !boilerplate.isArray()) {
        return fail(tr("%1 has a boilerplate range that is not [start, end]").arg(where.text()));
    }
    for (const QJsonValue &range : boilerplate.toArray()) {
        const QJsonArray pair = range.toArray();
        TextRange textRange;
        if (pair.size() != 2
            || !readOffset(pair.at(0), where, offsets, codePoints, &textRange.start)
            || !readOffset(pair.at(1), where, offsets, codePoints, &textRange.end)
            || textRange.end < textRange.start) {
            return fail(
                tr("%1 has a boilerplate range that is not [start, end]").arg(where.text()));
        }
        article.boilerplate.append(textRange);
    }
    return true;
}

bool ProjectJsonReader::readClaim(const QJsonObject &json, ClaimList list, Claim *claim)
{
    // One set of ids for both lists: a dismissed claim keeps its id, which is never reused.
    const bool live = list == ClaimList::Live;
    if (!readId(json,
            live ? QT_TRANSLATE_NOOP("factbench::ProjectReader", "claim")
                 : QT_TRANSLATE_NOOP("factbench::ProjectReader", "dismissed claim"),
            &m_claimIds, &claim->id)) {
        return false;
    }
    const RowName where {live ? QT_TRANSLATE_NOOP("factbench::ProjectReader", "claim %1")
                              : QT_TRANSLATE_NOOP("factbench::ProjectReader", "dismissed claim %1"),
        claim->id};
    if (!readString(json, key("article"), where, &claim->articleId, true)
        || !readString(json, key("text"), where, &claim->text, true)) {
        return false;
    }
    const ProjectArticle *article = m_articles.value(claim->articleId, nullptr);
    if (!article) {
        return fail(tr("%1 belongs to article %2, which is not in the project")
                        .arg(where.text(), shownId(json.value(key("article")))));
    }
    const auto kind = claimKindFromName(nameIn(json, "kind"));
    const auto origin = originFromName(nameIn(json, "origin", QStringLiteral("program")));
    if (!kind || !origin) {
        return fail(tr("%1 has an unknown kind or origin").arg(where.text()));
    }
    claim->kind = *kind;
    claim->origin = *origin;
    if (live) {
        m_claimKinds.insert(claim->id, *kind); // Facts hold live claims only.
    }
    if (!readFlag(json, key("orphaned"), where, &claim->orphaned)) {
        return false;
    }
    if (claim->orphaned) {
        if (!readString(json, key("prefix"), where, &claim->prefix)
            || !readString(json, key("suffix"), where, &claim->suffix)) {
            return false;
        }
    } else {
        const QString &text = article->article.text;
        const TextOffsets &offsets = *m_offsets.value(claim->articleId);
        const qsizetype codePoints = offsets.toCodePoint(text.size());
        if (!readOffset(json.value(key("start")), where, offsets, codePoints, &claim->range.start)
            || !readOffset(json.value(key("end")), where, offsets, codePoints, &claim->range.end)) {
            return false;
        }
        if (claim->range.end < claim->range.start) {
            return fail(tr("%1 ends before it starts").arg(where.text()));
        }
        if (ClaimFactory::textAt(text, claim->range) != claim->text) {
            return fail(
                tr("%1 does not match its article's text at its offsets").arg(where.text()));
        }
    }
    if (claim->kind == ClaimKind::Figure) {
        if (!readFigure(json, where, &claim->figure)) {
            return false;
        }
        claim->figure.text = claim->text;
        claim->figure.range = claim->range;
    } else {
        if (!readString(json, key("speaker"), where, &claim->quote.speaker)
            || !readFlag(json, key("partial"), where, &claim->quote.partial)) {
            return false;
        }
        claim->quote.text = claim->text;
        claim->quote.range = claim->range;
    }
    const QJsonValue correction = json.value(key("correction"));
    if (!correction.isUndefined() && !correction.isObject()) {
        return fail(tr("%1 has a correction that is not an object").arg(where.text()));
    }
    return readCorrection(correction.toObject(), where, &claim->correction);
}

bool ProjectJsonReader::readFigure(const QJsonObject &json, const RowName &where, Figure *figure)
{
    const QJsonValue value = json.value(key("value"));
    const QJsonValue high = json.value(key("valueHigh"));
    if (!value.isDouble() || !std::isfinite(value.toDouble())
        || !(high.isUndefined() || high.isNull() || high.isDouble())) {
        return fail(tr("%1 has no numeric value").arg(where.text()));
    }
    figure->value = value.toDouble();
    if (high.isDouble()) {
        figure->valueHigh = high.toDouble();
    }
    const auto qualifier = qualifierFromSymbol(nameIn(json, "qualifier", QStringLiteral("=")));
    const auto kind = figureKindFromName(nameIn(json, "figureKind", QStringLiteral("count")));
    if (!qualifier || !kind) {
        return fail(tr("%1 has an unknown qualifier or figure kind").arg(where.text()));
    }
    figure->qualifier = *qualifier;
    figure->kind = *kind;
    return readString(json, key("unit"), where, &figure->unit)
        && readString(json, key("counted"), where, &figure->counted)
        && readString(json, key("concept"), where, &figure->conceptName)
        && readString(json, key("attribution"), where, &figure->attribution);
}

bool ProjectJsonReader::readCorrection(
    const QJsonObject &json, const RowName &where, ClaimCorrection *correction)
{
    if (json.contains(key("value"))) {
        const QJsonValue value = json.value(key("value"));
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            return fail(tr("%1 has a corrected value that is not a number").arg(where.text()));
        }
        correction->value = value.toDouble();
    }
    for (auto [name, field] : {std::pair {key("counted"), &correction->counted},
             std::pair {key("speaker"), &correction->speaker}}) {
        if (json.contains(name)) {
            QString text;
            if (!readString(json, name, where, &text, true)) {
                return false;
            }
            *field = text;
        }
    }
    return true;
}

bool ProjectJsonReader::readFact(const QJsonObject &json, ProjectFact *fact)
{
    if (!readId(
            json, QT_TRANSLATE_NOOP("factbench::ProjectReader", "fact"), &m_factIds, &fact->id)) {
        return false;
    }
    const RowName where {QT_TRANSLATE_NOOP("factbench::ProjectReader", "fact %1"), fact->id};
    const QJsonValue members = json.value(key("members"));
    if (!members.isArray() || members.toArray().isEmpty()) {
        return fail(tr("%1 has no members").arg(where.text()));
    }
    for (const QJsonValue &member : members.toArray()) {
        const QString claimId = member.toString();
        if (!m_claimKinds.contains(claimId)) {
            return fail(tr("%1 names claim %2, which is not in the project")
                            .arg(where.text(), shownId(member)));
        }
        if (const QString other = m_factOfClaim.value(claimId); !other.isEmpty()) {
            return fail(
                tr("claim %1 is in both fact %2 and fact %3").arg(claimId, other, fact->id));
        }
        m_factOfClaim.insert(claimId, fact->id);
        fact->members.append(claimId);
    }
    const ClaimKind firstKind = m_claimKinds.value(fact->members.first());
    const auto kind = factKindFromName(nameIn(json, "kind",
        firstKind == ClaimKind::Figure ? QStringLiteral("figure") : QStringLiteral("quote")));
    const auto origin = originFromName(nameIn(json, "origin", QStringLiteral("program")));
    const auto status = factStatusFromName(nameIn(json, "status"));
    const auto agreement = agreementFromKey(nameIn(json, "agreement", QStringLiteral("single")));
    if (!kind || !origin || !status || !agreement) {
        return fail(tr("%1 has an unknown kind, origin, status or agreement").arg(where.text()));
    }
    fact->kind = *kind;
    const ClaimKind memberKind = *kind == FactKind::Figure ? ClaimKind::Figure : ClaimKind::Quote;
    for (const QString &member : std::as_const(fact->members)) {
        if (m_claimKinds.value(member) != memberKind) {
            return fail(tr("%1 mixes figures and quotes (claim %2)").arg(where.text(), member));
        }
    }
    fact->origin = *origin;
    fact->status = *status;
    fact->agreement = *agreement;
    return readFlag(json, key("divergent"), where, &fact->divergent)
        && readString(json, key("label"), where, &fact->label)
        && readString(json, key("verifiedValue"), where, &fact->verifiedValue)
        && readString(json, key("verdict"), where, &fact->verdict)
        && readString(json, key("note"), where, &fact->note)
        && readString(json, key("reason"), where, &fact->reason);
}

bool ProjectJsonReader::readLogEntry(const QJsonObject &json, ReviewLogEntry *entry)
{
    const RowName where {QT_TRANSLATE_NOOP("factbench::ProjectReader", "a review log entry"), {}};
    QString time;
    if (!readString(json, key("time"), where, &time, true)
        || !readString(json, key("action"), where, &entry->action, true)
        || !readString(json, key("editor"), where, &entry->editor)
        || !readString(json, key("fact"), where, &entry->factId)
        || !readString(json, key("detail"), where, &entry->detail)) {
        return false;
    }
    entry->time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!entry->time.isValid()) {
        return fail(tr("a review log entry has a time that is not a time"));
    }
    return true;
}

} // namespace factbench
