#include "article/article.h"
#include "article/articleimporter.h"
#include "article/boilerplatedetector.h"
#include "article/furnitureline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace factbench;

namespace {

bool covered(const TextRanges &ranges, qsizetype start, qsizetype end)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
        [&](const TextRange &range) { return range.start <= start && end <= range.end; });
}

bool overlaps(const TextRanges &ranges, qsizetype start, qsizetype end)
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const TextRange &range) {
        return range.overlaps({start, end});
    });
}

// The index of the n-th (1-based) exact occurrence of `needle`, or -1.
qsizetype occurrence(const QString &text, const QString &needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i < n; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) {
            return -1;
        }
    }
    return at;
}

} // namespace

class TestBoilerplateDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFurnitureLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("furniture");

        const auto yes
            = [](const char *name, const QString &line) { QTest::newRow(name) << line << true; };
        const auto no
            = [](const char *name, const QString &line) { QTest::newRow(name) << line << false; };
        yes("sponsor", QStringLiteral("Sponsor:\u00A0 Acme Widgets\u00A0"));
        yes("sponsored content", QStringLiteral("Sponsored content"));
        yes("advertisement", QStringLiteral("Advertisement"));
        yes("share", QStringLiteral("Share this article"));
        yes("share bare", QStringLiteral("Share"));
        yes("subscribe", QStringLiteral("Subscribe to our newsletter for $1"));
        yes("sign up", QStringLiteral("Sign up for our morning briefing"));
        yes("newsletter prompt", QStringLiteral("Morning Brief newsletter: Get the news first"));
        yes("click here", QStringLiteral("Click here to join our channel on Telegram"));
        yes("follow us", QStringLiteral("Follow us"));
        yes("follow on", QStringLiteral("Follow The Herald on Instagram"));
        yes("connect inside short line", QStringLiteral(" date 2026-03-14 Connect with us"));
        yes("comments count", QStringLiteral("Comments (12)"));
        yes("comment prompt", QStringLiteral("Leave a comment"));
        yes("share your view",
            QStringLiteral("What do you think? Share your view in the comments."));
        yes("rating prompt",
            QStringLiteral("How would you rate this article? Poor Fair Good Excellent"));
        yes("photo credit line", QStringLiteral("Photo: Harlow Bay Coastguard"));
        yes("agency credit line", QStringLiteral("Jane Doe/AFP via Getty Images"));
        yes("reuters credit", QStringLiteral("REUTERS/Jane Doe"));
        yes("copyright sign", QStringLiteral("\u00A9 2026 Herald Media Ltd. All Rights Reserved."));
        yes("copyright word", QStringLiteral("Copyright 2026 The Herald"));
        yes("cookie notice",
            QStringLiteral("We use cookies to give you the best experience on our site."));
        yes("search prompt", QStringLiteral("Hi, what are you looking for?"));
        yes("lone counter", QStringLiteral("0"));
        yes("counter with noun", QStringLiteral("1,204 shares"));
        yes("reading time", QStringLiteral("4 min read"));
        yes("breadcrumbs", QStringLiteral("Home > News > World"));
        yes("pipe place", QStringLiteral("\u00A0| Remer,MN"));
        yes("pipe date", QStringLiteral("Jul 4, 2025 \u00A0| \u00A0"));
        yes("rfc date", QStringLiteral("Fri, 04 Jul 2025 17:09:07 GMT"));
        yes("js date",
            QStringLiteral("Fri Jul 04 2025 20:16:24 GMT+0300 (Eastern European Summer Time)"));
        yes("short date", QStringLiteral("May 27, 2025"));
        yes("updated", QStringLiteral("Updated: 10:05 AM EDT, Fri March 13, 2026"));
        yes("relative time", QStringLiteral("Published 3 hours ago"));
        yes("published label", QStringLiteral("Published"));
        yes("section word", QStringLiteral("World"));
        yes("nav word", QStringLiteral("back\u00A0\u00A0"));
        yes("masthead in capitals", QStringLiteral("THE DAILY BUGLE"));
        yes("symbol", QStringLiteral("\u0394"));
        yes("tags", QStringLiteral("In this article:, ,"));
        yes("related heading", QStringLiteral("More on Harlow Bay"));
        yes("read more", QStringLiteral("Read more: Ferry fares rise by 15%"));
        yes("image source", QStringLiteral("Image source, Getty Images"));
        yes("media caption", QStringLiteral("Media caption, Residents describe the flood"));
        yes("archive notice", QStringLiteral("This article is more than 2 years old"));
        yes("reporting credit", QStringLiteral("Reporting by Jane Doe; Editing by John Roe"));

        no("blank", QString());
        no("sponsors sentence", QStringLiteral("Sponsors of the bill said 23 people were hurt."));
        no("share prices", QStringLiteral("Share prices fell 3% on Friday."));
        no("subscribers sentence",
            QStringLiteral("Subscribers to the service rose to 2 million, the company said."));
        no("photo in sentence",
            QStringLiteral("A photo shared by the mayor showed 12 cars under water."));
        no("getty sentence", QStringLiteral("Getty Images said it had licensed 300 photos."));
        no("comment sentence",
            QStringLiteral("The ministry did not respond to a request for comment."));
        no("date in sentence", QStringLiteral("On July 4, 2025, Russia launched 539 drones."));
        no("headline", QStringLiteral("Kyiv hit by barrage of drone strikes"));
        no("quote", QStringLiteral("\u201CWe had a call,\u201D Trump said."));
        no("more sentence",
            QStringLiteral("More on that later, the mayor said, after 14 people were hurt."));
        no("related sentence", QStringLiteral("Related costs rose to 3 million pounds."));
        no("search sentence",
            QStringLiteral("Search teams found 23 survivors in the rubble, officials said."));
        no("number sentence", QStringLiteral("11 missiles were launched."));
        // Scripts without case or spaces are neither "in capitals" nor "a lone word".
        no("chinese headline", QStringLiteral("\u66b4\u96e8\u88ad\u51fb\u6e2f\u53e3\u57ce\u5e02"));
        no("arabic headline",
            QStringLiteral("\u0639\u0627\u0635\u0641\u0629 \u062a\u0636\u0631\u0628"));
    }

    void testFurnitureLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, furniture);
        QCOMPARE(BoilerplateDetector::isFurnitureLine(line), furniture);
    }

    void testDetect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("furniture");
        QTest::addColumn<QStringList>("body");

        QTest::newRow("related list with teasers, dates and numbers")
            << QStringLiteral("Russia fired 550 drones, Ukraine's air force said.\n\n"
                              "Comments\nAdvertisement\n\nMore on Capital News\n\nWorld\n\n"
                              "Russian strikes kill 12 across Ukraine, officials say\n\n"
                              "Three children were killed in Zhytomyr, the...\n\nMay 25, 2025\n\n"
                              "World\n\nPrisoner swap frees 1,000 detainees\n\n"
                              "The swap is part of a phased operation expected to total 2,000.\n\n"
                              "May 26, 2025\n")
            << QStringList {QStringLiteral("Comments\nAdvertisement\n\nMore on Capital News"),
                   QStringLiteral("Three children were killed"), QStringLiteral("1,000 detainees"),
                   QStringLiteral("expected to total 2,000."), QStringLiteral("May 26, 2025")}
            << QStringList {QStringLiteral("Russia fired 550 drones")};
        QTest::newRow("timestamped list after heading in capitals")
            << QStringLiteral(
                   "Body text with 23 injured people, officials said.\n\nMORE ON THEME\n\n"
                   "Fri, 04 Jul 2025 17:09:07 GMT\n\n"
                   "**Tax Bill Signed Into Law Amid Controversy**\n\n"
                   "Fri, 04 Jul 2025 17:09:07 GMT\nThu, 03 Jul 2025 06:03:57 GMT\n\n"
                   "\"Endless Skies: The Nightly Battle Against 300 Drones\"\n\n"
                   "Thu, 03 Jul 2025 06:03:57 GMT\n\nFollow us\n\n"
                   "\u00A9 2024 Example Ltd. All Rights Reserved.")
            << QStringList {QStringLiteral("Tax Bill Signed"), QStringLiteral("300 Drones"),
                   QStringLiteral("All Rights Reserved.")}
            << QStringList {QStringLiteral("23 injured people")};
        QTest::newRow("read more followed by body paragraphs")
            << QStringLiteral("The storm hit at 4am.\n\nRead more\n\nHarbour wall breached\n\n"
                              "The coastguard said 340 homes were damaged overnight.\n\n"
                              "\u201CIt was terrible,\u201D said Ilse Varga, 52, a resident.\n")
            << QStringList {QStringLiteral("Read more\n\nHarbour wall breached")}
            << QStringList {QStringLiteral("340 homes were damaged"),
                   QStringLiteral("It was terrible"), QStringLiteral("The storm hit at 4am.")};
        QTest::newRow("credits at the end of captions")
            << QStringLiteral("The flooded quay on 14 March 2026. Photo: Harlow Bay Coastguard\n"
                              "People shelter in a station on July 4, 2025. Jane Doe/AFP/Getty "
                              "Images\nKYIV (Reuters) - Russia launched 539 drones overnight.\n")
            << QStringList {QStringLiteral("Photo: Harlow Bay Coastguard"),
                   QStringLiteral("Jane Doe/AFP/Getty Images"), QStringLiteral("(Reuters)")}
            << QStringList {QStringLiteral("14 March 2026"), QStringLiteral("July 4, 2025"),
                   QStringLiteral("Russia launched 539 drones")};
        QTest::newRow("label next to furniture, subheading in body")
            << QStringLiteral("How did your city report this? Share your view in the comments.\n"
                              "Diverging Reports Breakdown\n"
                              "Storm floods harbour as 340 homes are damaged\n\n"
                              "The Aftermath\n\nCrews pumped water from 45 streets.\n")
            << QStringList {QStringLiteral("Diverging Reports Breakdown")}
            << QStringList {QStringLiteral("340 homes"), QStringLiteral("The Aftermath"),
                   QStringLiteral("45 streets")};
        QTest::newRow("chinese headline and quote between furniture")
            << QStringLiteral("Share this article\n\u66b4\u96e8\u88ad\u51fb\u6e2f\u53e3\u57ce"
                              "\u5e02\n\u201c\u6211\u4eec\u6b63\u5728\u5c3d\u4e00\u5207\u52aa"
                              "\u529b\uff0c\u201d\u5e02\u957f\u8bf4\u3002\nShare this article\n")
            << QStringList {QStringLiteral("Share this article")}
            << QStringList {QStringLiteral("\u66b4\u96e8"), QStringLiteral("\u5e02\u957f")};
        QTest::newRow("masthead block at the top")
            << QStringLiteral("THE EXAMPLE NEWS\nJul 4, 2025 \u00A0| \u00A0\n0\n\u00A0| Town,ST\n"
                              "Sponsor:\u00A0 Acme\u00A0\nback\u00A0\u00A0\ntopic\n\n\n"
                              "Russia launches over 500 drones at Ukraine\n\n"
                              "At least 23 people were injured in Kyiv.\n")
            << QStringList {QStringLiteral("THE EXAMPLE NEWS\nJul 4, 2025 \u00A0| \u00A0\n0\n"
                                           "\u00A0| Town,ST\nSponsor:\u00A0 Acme\u00A0\nback"
                                           "\u00A0\u00A0\ntopic")}
            << QStringList {QStringLiteral("500 drones"), QStringLiteral("23 people")};
    }

    void testDetect()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, furniture);
        QFETCH(QStringList, body);
        const TextRanges ranges = BoilerplateDetector::detect(text);
        for (const QString &passage : std::as_const(furniture)) {
            const qsizetype at = text.indexOf(passage);
            QVERIFY2(at >= 0, qPrintable(passage));
            QVERIFY2(covered(ranges, at, at + passage.size()), qPrintable(passage));
        }
        for (const QString &passage : std::as_const(body)) {
            const qsizetype at = text.indexOf(passage);
            QVERIFY2(at >= 0, qPrintable(passage));
            QVERIFY2(!overlaps(ranges, at, at + passage.size()), qPrintable(passage));
        }
    }

    void testRangesAreOrderedAndMerged()
    {
        const QString text
            = QStringLiteral("Share this\n\nFollow us\nBody text, 12 words or so.\n");
        const TextRanges ranges = BoilerplateDetector::detect(text);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first(), (TextRange {0, text.indexOf(QLatin1String("\nBody"))}));
        QVERIFY(BoilerplateDetector::detect(QString()).isEmpty());
    }

    // The five Kyiv articles and their hand annotation: every line the annotators call furniture
    // is detected, and no annotated figure, quote or date lies in a detected range.
    void testKyivGoldBoilerplate()
    {
        const QDir folder(QStringLiteral(FACTBENCH_SHARED_DIR "/data/kyiv"));
        QFile goldFile(folder.filePath(QStringLiteral("gold.json")));
        if (!goldFile.open(QIODevice::ReadOnly)) {
            QSKIP("../shared/data/kyiv is not here (a clone without the shared data)");
        }
        const QJsonArray articles
            = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"articles").toArray();
        QCOMPARE(articles.size(), 5);
        int goldLines = 0;
        int claims = 0;
        for (const QJsonValue &value : articles) {
            const QJsonObject gold = value.toObject();
            const QString path = folder.filePath(gold.value(u"file").toString());
            const Article article = ArticleImporter::importFile(path);
            QVERIFY2(article.isValid(), qPrintable(article.error));

            QStringList furniture;
            for (const QJsonValue &line : gold.value(u"boilerplate_lines").toArray()) {
                furniture.append(line.toString());
            }
            qsizetype start = 0;
            for (const QString &line : article.text.split(QLatin1Char('\n'))) {
                if (furniture.contains(line)) {
                    QVERIFY2(covered(article.boilerplate, start, start + line.size()),
                        qPrintable(
                            QStringLiteral("%1: furniture not detected: %2").arg(path, line)));
                    ++goldLines;
                }
                start += line.size() + 1;
            }
            for (const char *kind : {"figures", "quotes", "dates"}) {
                for (const QJsonValue &item : gold.value(QLatin1String(kind)).toArray()) {
                    const QString text = item[u"text"].toString();
                    const qsizetype at
                        = occurrence(article.text, text, item[u"occurrence"].toInt(1));
                    QVERIFY2(at >= 0, qPrintable(text));
                    QVERIFY2(!overlaps(article.boilerplate, at, at + text.size()),
                        qPrintable(QStringLiteral("%1: %2 \"%3\" is inside furniture")
                                       .arg(path, QLatin1String(kind), text)));
                    ++claims;
                }
            }
        }
        QVERIFY(goldLines >= 90);
        QVERIFY(claims >= 100);
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateDetector)
#include "tst_boilerplatedetector.moc"
