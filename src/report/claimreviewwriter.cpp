#include "claimreviewwriter.h"

#include "reporttext.h"
#include "sourcepassage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace factbench {

namespace {

QJsonObject thing(const QString &type, const QString &name)
{
    return {{QStringLiteral("@type"), type}, {QStringLiteral("name"), name}};
}

qsizetype codePoints(QStringView text)
{
    return text.toUcs4().size();
}

/// `text` cut at a word so that it has at most `limit` code points, "…" included.
QString shortened(const QString &text, qsizetype limit)
{
    const QString simple = text.simplified();
    if (codePoints(simple) <= limit) {
        return simple;
    }
    const QList<uint> ucs4 = simple.toUcs4();
    QString cut
        = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), limit - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > cut.size() / 2) {
        cut.truncate(space);
    }
    while (!cut.isEmpty() && (cut.back().isPunct() || cut.back().isSpace())) {
        cut.chop(1);
    }
    return cut + QStringLiteral("…");
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

/// Who made the claim: a quote's speaker, the source every article names for a figure, else the
/// outlet that published it first.
QJsonObject claimAuthor(const FactSheet &sheet, const FactSheetEntry &entry)
{
    QStringList attributions;
    for (const FactSheetSource &source : entry.sources) {
        if (!attributions.contains(source.attribution)) {
            attributions.append(source.attribution);
        }
    }
    if (attributions.size() == 1 && !attributions.first().isEmpty()) {
        return thing(entry.kind == FactKind::Quote ? QStringLiteral("Person")
                                                   : QStringLiteral("Organization"),
            attributions.first());
    }
    const FactSheetArticle &first = sheet.articleOf(entry.sources.first());
    return thing(
        QStringLiteral("Organization"), first.outlet.isEmpty() ? first.title : first.outlet);
}

QJsonObject appearance(const FactSheetArticle &article)
{
    QJsonObject work {{QStringLiteral("@type"), QStringLiteral("CreativeWork")}};
    if (SourcePassage::isWebUrl(article.url)) {
        work.insert(QStringLiteral("url"), article.url);
    }
    if (!article.title.isEmpty()) {
        work.insert(QStringLiteral("headline"), article.title);
    }
    if (!article.published.isEmpty()) {
        work.insert(QStringLiteral("datePublished"), article.published);
    }
    if (!article.outlet.isEmpty()) {
        work.insert(
            QStringLiteral("publisher"), thing(QStringLiteral("Organization"), article.outlet));
    }
    if (!article.byline.isEmpty()) {
        work.insert(QStringLiteral("author"), thing(QStringLiteral("Person"), article.byline));
    }
    return work;
}

QJsonObject claim(const FactSheet &sheet, const FactSheetEntry &entry)
{
    QJsonObject claim {{QStringLiteral("@type"), QStringLiteral("Claim")}};
    if (entry.sources.isEmpty()) {
        return claim;
    }
    claim.insert(QStringLiteral("author"), claimAuthor(sheet, entry));
    QJsonArray appearances;
    QList<qsizetype> seen;
    qsizetype first = -1;
    for (const FactSheetSource &source : entry.sources) {
        if (seen.contains(source.article)) {
            continue;
        }
        seen.append(source.article);
        const FactSheetArticle &article = sheet.articleOf(source);
        appearances.append(appearance(article));
        const QString published = article.published;
        if (!published.isEmpty() && (first < 0 || published < sheet.articles.at(first).published)) {
            first = source.article;
        }
    }
    claim.insert(QStringLiteral("appearance"), appearances);
    if (first >= 0) {
        claim.insert(QStringLiteral("firstAppearance"), appearance(sheet.articles.at(first)));
        claim.insert(QStringLiteral("datePublished"), sheet.articles.at(first).published);
    }
    return claim;
}

} // namespace

bool ClaimReviewWriter::isReview(const FactSheetEntry &entry)
{
    return entry.status == FactStatus::Confirmed || entry.status == FactStatus::Disputed;
}

QString ClaimReviewWriter::claimReviewed(const FactSheetEntry &entry)
{
    QString text;
    if (entry.kind == FactKind::Quote) {
        const FactSheetSource *first = entry.sources.isEmpty() ? nullptr : &entry.sources.first();
        const QString prefix = first && !first->attribution.isEmpty()
            ? first->attribution + QStringLiteral(": ")
            : QString();
        // Cut inside the quotation marks, so that the closing one stays.
        const qsizetype room = std::max<qsizetype>(8, maximumClaimLength - codePoints(prefix) - 2);
        text = prefix + ReportText::quoted(shortened(first ? first->value : entry.label, room));
    } else {
        QStringList values;
        for (const FactSheetSource &source : entry.sources) {
            if (!values.contains(source.value)) {
                values.append(source.value);
            }
        }
        text = values.isEmpty()
            ? entry.label
            : QStringLiteral("%1: %2").arg(entry.label, values.join(QStringLiteral(" / ")));
    }
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return shortened(text, maximumClaimLength);
}

QJsonArray ClaimReviewWriter::reviews(const FactSheet &sheet)
{
    QJsonArray reviews;
    for (const FactSheetEntry &entry : sheet.entries) {
        if (!isReview(entry)) {
            continue;
        }
        QJsonObject review {
            {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
            {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
            {QStringLiteral("url"), sheet.publicationUrl + QLatin1Char('#') + entry.factId},
            {QStringLiteral("claimReviewed"), claimReviewed(entry)},
            {QStringLiteral("itemReviewed"), claim(sheet, entry)},
        };
        QJsonObject rating {{QStringLiteral("@type"), QStringLiteral("Rating")},
            {QStringLiteral("alternateName"),
                entry.verdict.isEmpty() ? factStatusName(entry.status) : entry.verdict}};
        if (!entry.note.isEmpty()) {
            rating.insert(QStringLiteral("ratingExplanation"), entry.note);
        }
        review.insert(QStringLiteral("reviewRating"), rating);
        const QDateTime decided = entry.decided.isValid() ? entry.decided : sheet.lastDecision;
        if (decided.isValid()) {
            review.insert(QStringLiteral("datePublished"), isoDate(decided));
        }
        if (!entry.editor.isEmpty()) {
            review.insert(QStringLiteral("author"), thing(QStringLiteral("Person"), entry.editor));
        }
        reviews.append(review);
    }
    return reviews;
}

QByteArray ClaimReviewWriter::write(const FactSheet &sheet) const
{
    return QJsonDocument(reviews(sheet)).toJson(QJsonDocument::Indented);
}

} // namespace factbench
