#include "reportfixture.h"

#include "report/claimreviewwriter.h"
#include "report/webannotationwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace factbench;

namespace {

FactSheet sheetOf(void (*make)(Project &), FactSheetScope scope)
{
    Project project;
    make(project);
    return FactSheetBuilder::build(project.data(), scope);
}

QJsonValue parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << error.errorString();
        return {};
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

/// A non-empty string at `key`.
bool hasText(const QJsonValue &object, const QString &key)
{
    return object[key].isString() && !object[key].toString().isEmpty();
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

/// `text` from code point `start` to `end`.
QString codePointSlice(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(
        reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

/// Checks one ClaimReview against schema.org and the issue: every field there, the claim short.
void checkClaimReview(const QJsonValue &review, const FactSheet &sheet)
{
    QCOMPARE(review[QStringLiteral("@context")].toString(), QStringLiteral("https://schema.org"));
    QCOMPARE(review[QStringLiteral("@type")].toString(), QStringLiteral("ClaimReview"));
    QVERIFY(review[QStringLiteral("url")].toString().contains(
        QRegularExpression(QStringLiteral("#f\\d+$"))));
    QVERIFY(hasText(review, QStringLiteral("claimReviewed")));
    QVERIFY2(codePoints(review[QStringLiteral("claimReviewed")].toString()) < 75,
        qPrintable(review[QStringLiteral("claimReviewed")].toString()));
    QVERIFY(QDate::fromString(review[QStringLiteral("datePublished")].toString(), Qt::ISODate)
                .isValid());
    QCOMPARE(review[QStringLiteral("author")][QStringLiteral("@type")].toString(),
        QStringLiteral("Person"));
    QVERIFY(hasText(review[QStringLiteral("author")], QStringLiteral("name")));

    const QJsonValue rating = review[QStringLiteral("reviewRating")];
    QCOMPARE(rating[QStringLiteral("@type")].toString(), QStringLiteral("Rating"));
    QVERIFY(hasText(rating, QStringLiteral("alternateName")));

    const QJsonValue claim = review[QStringLiteral("itemReviewed")];
    QCOMPARE(claim[QStringLiteral("@type")].toString(), QStringLiteral("Claim"));
    QVERIFY(hasText(claim[QStringLiteral("author")], QStringLiteral("name")));
    QVERIFY(hasText(claim[QStringLiteral("author")], QStringLiteral("@type")));
    const QJsonArray appearances = claim[QStringLiteral("appearance")].toArray();
    QVERIFY(!appearances.isEmpty());
    QStringList urls;
    for (const QJsonValue &appearance : appearances) {
        QCOMPARE(appearance[QStringLiteral("@type")].toString(), QStringLiteral("CreativeWork"));
        urls.append(appearance[QStringLiteral("url")].toString());
    }
    // One appearance for each source URL of the fact.
    const QString factId = review[QStringLiteral("url")].toString().section(QLatin1Char('#'), -1);
    const auto entry = std::find_if(sheet.entries.cbegin(), sheet.entries.cend(),
        [&](const FactSheetEntry &e) { return e.factId == factId; });
    QVERIFY(entry != sheet.entries.cend());
    QCOMPARE(rating[QStringLiteral("alternateName")].toString(), entry->verdict);
    for (const FactSheetSource &source : entry->sources) {
        const QString url = sheet.articleOf(source).url;
        if (url.startsWith(QStringLiteral("https://"))) {
            QVERIFY2(urls.contains(url), qPrintable(url));
        }
    }
}

/// Checks one annotation against the Web Annotation model and the article texts.
void checkAnnotation(
    const QJsonValue &annotation, const FactSheet &sheet, const FactSheetEntry &entry)
{
    QVERIFY(annotation[QStringLiteral("id")].toString().startsWith(QStringLiteral("urn:uuid:")));
    QCOMPARE(annotation[QStringLiteral("type")].toString(), QStringLiteral("Annotation"));
    QCOMPARE(annotation[QStringLiteral("motivation")].toString(),
        entry.status == FactStatus::Proposed ? QStringLiteral("linking")
                                             : QStringLiteral("assessing"));
    QStringList describing;
    QStringList assessing;
    for (const QJsonValue &body : annotation[QStringLiteral("body")].toArray()) {
        QCOMPARE(body[QStringLiteral("type")].toString(), QStringLiteral("TextualBody"));
        const QString purpose = body[QStringLiteral("purpose")].toString();
        (purpose == QLatin1String("describing") ? describing : assessing)
            .append(body[QStringLiteral("value")].toString());
    }
    QCOMPARE(describing, QStringList {entry.label});
    if (entry.status != FactStatus::Proposed && !entry.verdict.isEmpty()) {
        QVERIFY(assessing.contains(entry.verdict));
    }
    const QJsonArray targets = annotation[QStringLiteral("target")].toArray();
    QCOMPARE(targets.size(), entry.sources.size());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QJsonValue target = targets.at(i);
        const FactSheetArticle &article = sheet.articleOf(entry.sources.at(i));
        QVERIFY(hasText(target, QStringLiteral("source")));
        QJsonObject quote;
        QJsonObject position;
        for (const QJsonValue &selector : target[QStringLiteral("selector")].toArray()) {
            (selector[QStringLiteral("type")] == QStringLiteral("TextQuoteSelector") ? quote
                                                                                     : position)
                = selector.toObject();
        }
        QCOMPARE(
            position[QStringLiteral("type")].toString(), QStringLiteral("TextPositionSelector"));
        const qsizetype start = position[QStringLiteral("start")].toInteger(-1);
        const qsizetype end = position[QStringLiteral("end")].toInteger(-1);
        QVERIFY(start >= 0 && end > start && end <= codePoints(article.text));
        // The two selectors agree, counting code points.
        const QString exact = quote[QStringLiteral("exact")].toString();
        QCOMPARE(codePointSlice(article.text, start, end), exact);
        const QString prefix = quote[QStringLiteral("prefix")].toString();
        const QString suffix = quote[QStringLiteral("suffix")].toString();
        QCOMPARE(codePointSlice(article.text, start - codePoints(prefix), start), prefix);
        QCOMPARE(codePointSlice(article.text, end, end + codePoints(suffix)), suffix);
        QVERIFY(start == 0 || !prefix.isEmpty());
    }
}

} // namespace

/// The JSON-LD exports: ClaimReview (schema.org) and Web Annotation (W3C) parse and carry every
/// field their specifications and the issue ask for.
class TestLinkedData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testClaimReviewHasEveryField()
    {
        const FactSheet sheet = sheetOf(makeSampleProject, FactSheetScope::Disputed);
        const QJsonArray reviews = parse(ClaimReviewWriter().write(sheet)).toArray();
        QCOMPARE(reviews.size(), 7);
        for (const QJsonValue &review : reviews) {
            checkClaimReview(review, sheet);
        }
    }

    void testClaimReviewOnlyForReviewedFacts()
    {
        const FactSheet sheet = sheetOf(makeSampleProject, FactSheetScope::All);
        const QJsonArray reviews = parse(ClaimReviewWriter().write(sheet)).toArray();
        QCOMPARE(reviews.size(), 7); // Proposals and rejections are no reviews.
        const FactSheet confirmed = sheetOf(makeSampleProject, FactSheetScope::Confirmed);
        QCOMPARE(parse(ClaimReviewWriter().write(confirmed)).toArray().size(), 6);
    }

    void testClaimReviewUrlIsThePublishedSheet()
    {
        FactSheet sheet = sheetOf(makeSampleProject, FactSheetScope::Confirmed);
        sheet.publicationUrl = QStringLiteral("https://factcheck.example/storm");
        const QJsonArray reviews = parse(ClaimReviewWriter().write(sheet)).toArray();
        QCOMPARE(reviews.first()[QStringLiteral("url")].toString(),
            QStringLiteral("https://factcheck.example/storm#") + sheet.entries.first().factId);
    }

    void testClaimReviewedIsShort_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("long quote") << QStringLiteral(
            "We have never seen water this high in the harbour, not in my lifetime, and the sea "
            "wall held for a hundred and forty years");
        QTest::newRow("long word") << QString(200, QLatin1Char('x'));
        QTest::newRow("astral") << QString::fromUcs4(std::u32string(100, U'𝐀').c_str());
    }

    void testClaimReviewedIsShort()
    {
        QFETCH(QString, words);
        FactSheetEntry entry;
        entry.kind = FactKind::Quote;
        FactSheetSource source;
        source.value = words;
        source.attribution = QStringLiteral("Elena Marsh");
        entry.sources.append(source);
        const QString claim = ClaimReviewWriter::claimReviewed(entry);
        QVERIFY2(codePoints(claim) < 75, qPrintable(claim));
        QVERIFY(claim.startsWith(QStringLiteral("Elena Marsh: “")));
        QVERIFY(claim.endsWith(QStringLiteral("…”")));
    }

    void testHostileClaimReview()
    {
        const FactSheet sheet = sheetOf(hostile::makeHostileProject, FactSheetScope::Disputed);
        const QJsonArray reviews = parse(ClaimReviewWriter().write(sheet)).toArray();
        QCOMPARE(reviews.size(), 2);
        for (const QJsonValue &review : reviews) {
            checkClaimReview(review, sheet);
        }
        const QJsonValue rating = reviews.first()[QStringLiteral("reviewRating")];
        QCOMPARE(rating[QStringLiteral("alternateName")].toString(), hostile::verdict);
        QCOMPARE(rating[QStringLiteral("ratingExplanation")].toString(),
            hostile::noteFirstLine + QLatin1Char('\n') + hostile::noteSecondLine);
        // The script URL is no appearance's url.
        for (const QJsonValue &appearance :
            reviews.first()[QStringLiteral("itemReviewed")][QStringLiteral("appearance")]
                .toArray()) {
            QVERIFY(!appearance[QStringLiteral("url")].toString().startsWith(
                QStringLiteral("javascript")));
        }
    }

    void testWebAnnotationHasEveryField_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::newRow("sample") << false;
        QTest::newRow("hostile") << true;
    }

    void testWebAnnotationHasEveryField()
    {
        QFETCH(bool, hostile);
        const FactSheet sheet = sheetOf(
            hostile ? hostile::makeHostileProject : makeSampleProject, FactSheetScope::All);
        const QJsonValue collection = parse(WebAnnotationWriter().write(sheet));
        QCOMPARE(collection[QStringLiteral("@context")].toString(),
            QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(
            collection[QStringLiteral("type")].toString(), QStringLiteral("AnnotationCollection"));
        const QJsonArray items
            = collection[QStringLiteral("first")][QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), sheet.entries.size());
        QCOMPARE(collection[QStringLiteral("total")].toInt(), sheet.entries.size());
        QSet<QString> ids;
        for (qsizetype i = 0; i < items.size(); ++i) {
            checkAnnotation(items.at(i), sheet, sheet.entries.at(i));
            ids.insert(items.at(i)[QStringLiteral("id")].toString());
        }
        QCOMPARE(ids.size(), items.size());
    }

    void testPositionsCountCodePointsNotUtf16()
    {
        const FactSheet sheet = sheetOf(hostile::makeHostileProject, FactSheetScope::All);
        const QJsonValue collection = parse(WebAnnotationWriter().write(sheet));
        const QJsonValue target = collection[QStringLiteral("first")][QStringLiteral("items")][0]
                                            [QStringLiteral("target")][0];
        const QString text = hostile::articles().first().text;
        const qsizetype utf16 = text.indexOf(QStringLiteral("476"));
        for (const QJsonValue &selector : target[QStringLiteral("selector")].toArray()) {
            if (selector[QStringLiteral("type")] == QStringLiteral("TextPositionSelector")) {
                // One "🌊" before the claim: two UTF-16 units, one code point.
                QCOMPARE(selector[QStringLiteral("start")].toInteger(), utf16 - 1);
            }
        }
    }

    void testAnnotationIdsAreStable()
    {
        const QJsonValue first
            = parse(WebAnnotationWriter().write(sheetOf(makeSampleProject, FactSheetScope::All)));
        const QJsonValue second
            = parse(WebAnnotationWriter().write(sheetOf(makeSampleProject, FactSheetScope::All)));
        QCOMPARE(first, second);
    }
};

QTEST_GUILESS_MAIN(TestLinkedData)
#include "tst_linkeddata.moc"
