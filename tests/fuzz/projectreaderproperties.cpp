#include "projectreaderproperties.h"

#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "review/claimfactory.h"

#include <QSet>

namespace factbench {

namespace {

const QString baseDirectory = QStringLiteral("/fuzz");

/// Ids are unique and never empty in each table.
template<typename T>
QString checkIds(const QList<T> &rows, const char *table)
{
    QSet<QString> seen;
    for (const T &row : rows) {
        if (row.id.isEmpty() || seen.contains(row.id)) {
            return QStringLiteral("%1: empty or repeated id '%2'")
                .arg(QLatin1StringView(table), row.id);
        }
        seen.insert(row.id);
    }
    return {};
}

/// A loaded project is consistent: everything the reader is meant to have checked holds.
QString checkConsistent(const ProjectData &data)
{
    // Live and dismissed claims share one series of ids.
    for (const QString &problem : {checkIds(data.articles, "articles"),
             checkIds(data.claims + data.dismissed, "claims"), checkIds(data.facts, "facts")}) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    QHash<QString, const ProjectArticle *> articles;
    for (const ProjectArticle &article : data.articles) {
        articles.insert(article.id, &article);
        if (article.sha256 != ProjectArticle::hashText(article.article.text)) {
            return QStringLiteral("article %1: SHA-256 does not match its text").arg(article.id);
        }
        for (const TextRange &range : article.article.boilerplate) {
            if (range.start < 0 || range.end < range.start
                || range.end > article.article.text.size()) {
                return QStringLiteral("article %1: boilerplate range outside its text")
                    .arg(article.id);
            }
        }
    }
    QHash<QString, ClaimKind> claimKinds; // Of live claims: facts may not hold dismissed ones.
    for (const QList<Claim> *list : {&data.claims, &data.dismissed}) {
        for (const Claim &claim : *list) {
            const ProjectArticle *article = articles.value(claim.articleId);
            if (!article) {
                return QStringLiteral("claim %1: dangling article").arg(claim.id);
            }
            if (list == &data.claims) {
                claimKinds.insert(claim.id, claim.kind);
            }
            if (claim.orphaned) {
                continue;
            }
            const QString &text = article->article.text;
            if (claim.range.start < 0 || claim.range.end < claim.range.start
                || claim.range.end > text.size()
                || ClaimFactory::textAt(text, claim.range) != claim.text) {
                return QStringLiteral("claim %1: range or text does not match its article")
                    .arg(claim.id);
            }
        }
    }
    QSet<QString> held;
    for (const ProjectFact &fact : data.facts) {
        if (fact.members.isEmpty()) {
            return QStringLiteral("fact %1: no members").arg(fact.id);
        }
        const ClaimKind kind = fact.kind == FactKind::Figure ? ClaimKind::Figure : ClaimKind::Quote;
        for (const QString &member : fact.members) {
            if (!claimKinds.contains(member) || claimKinds.value(member) != kind
                || held.contains(member)) {
                return QStringLiteral(
                    "fact %1: member %2 dangling, of the other kind or held twice")
                    .arg(fact.id, member);
            }
            held.insert(member);
        }
    }
    for (const ReviewLogEntry &entry : data.log) {
        if (!entry.time.isValid()) {
            return QStringLiteral("a log entry has an invalid time");
        }
    }
    return {};
}

/// The first row that differs between two projects, for the message.
template<typename T>
QString firstDifference(const QList<T> &a, const QList<T> &b, const char *table)
{
    if (a.size() != b.size()) {
        return QStringLiteral("%1: %2 rows, then %3")
            .arg(QLatin1StringView(table))
            .arg(a.size())
            .arg(b.size());
    }
    for (qsizetype row = 0; row < a.size(); ++row) {
        if (!(a.at(row) == b.at(row))) {
            return QStringLiteral("%1: row %2 differs").arg(QLatin1StringView(table)).arg(row);
        }
    }
    return {};
}

QString difference(const ProjectData &a, const ProjectData &b)
{
    for (const QString &problem : {firstDifference(a.articles, b.articles, "articles"),
             firstDifference(a.claims, b.claims, "claims"),
             firstDifference(a.dismissed, b.dismissed, "dismissed"),
             firstDifference(a.facts, b.facts, "facts"), firstDifference(a.log, b.log, "log")}) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

} // namespace

QString ProjectReaderProperties::fileName()
{
    return baseDirectory + QStringLiteral("/input.factbench");
}

QString ProjectReaderProperties::check(const QByteArray &bytes)
{
    bool loaded = false;
    return check(bytes, &loaded);
}

QString ProjectReaderProperties::check(const QByteArray &bytes, bool *loaded)
{
    const ProjectReader::Result read = ProjectReader::parse(bytes, fileName(), baseDirectory);
    *loaded = read.ok();
    if (!read.ok()) {
        // Refused whole, with one sentence that names the file.
        const QString &error = read.error;
        const QString opening = fileName() + QStringLiteral(" cannot be opened: ");
        if (!error.startsWith(opening) || error.size() == opening.size()
            || !error.endsWith(QLatin1Char('.'))) {
            return QStringLiteral("not one sentence naming the file: %1").arg(error);
        }
        if (error.contains(QLatin1Char('\n')) || error.contains(QLatin1Char('\r'))
            || error.size() > 400) {
            return QStringLiteral("a message of several lines or far too long: %1").arg(error);
        }
        if (!(read.data == ProjectData {})) {
            return QStringLiteral("refused, yet half a project came back: %1").arg(error);
        }
        return {};
    }
    if (const QString problem = checkConsistent(read.data); !problem.isEmpty()) {
        return QStringLiteral("loaded an inconsistent project: %1").arg(problem);
    }
    // What was opened saves, and reads back as the same project in the same bytes: a file that
    // opens but cannot be saved and opened again would lose the editor's work.
    const ProjectWriter::Options options {baseDirectory, read.autosaveOf, read.isAutosave};
    const QByteArray written = ProjectWriter::toJson(read.data, options);
    const ProjectReader::Result again = ProjectReader::parse(written, fileName(), baseDirectory);
    if (!again.ok()) {
        return QStringLiteral("saved, then refused: %1").arg(again.error);
    }
    if (!(again.data == read.data)) {
        return QStringLiteral("saved and read back as a different project (%1)")
            .arg(difference(read.data, again.data));
    }
    if (ProjectWriter::toJson(again.data, options) != written) {
        return QStringLiteral("saving twice wrote different bytes");
    }
    return {};
}

} // namespace factbench
