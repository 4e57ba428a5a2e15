#include "article/articleimporter.h"
#include "article/plaintextmetadata.h"

#include <QTest>

using namespace factbench;

class TestPlainTextMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testGuess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QDate>("published");

        QTest::newRow("furniture, scraper prefix and outlet suffix")
            << QStringLiteral("THE EXAMPLE NEWS\nJul 4, 2025 \u00A0| \u00A0\n0\n"
                              "Sponsor:\u00A0 Acme\u00A0\n\nNextImg:Russia launches over 500 "
                              "drones at Ukraine \u2014 Novaya Gazeta Europe\n\nAt least 23 "
                              "people were injured.\n")
            << QStringLiteral("Russia launches over 500 drones at Ukraine")
            << QStringLiteral("Novaya Gazeta Europe") << QDate(2025, 7, 4);
        QTest::newRow("pipe suffix, day-first date")
            << QStringLiteral("Storm floods harbour | The Coastal Herald\n4 July 2025\n\nBody.\n")
            << QStringLiteral("Storm floods harbour") << QStringLiteral("The Coastal Herald")
            << QDate(2025, 7, 4);
        QTest::newRow("iso date in a furniture line")
            << QStringLiteral(" date 2025-07-04 Connect with us\n\nHi, what are you looking "
                              "for?\n\nWorld\n\nKyiv hit by barrage of drone strikes\n\nText.\n")
            << QStringLiteral("Kyiv hit by barrage of drone strikes") << QString()
            << QDate(2025, 7, 4);
        QTest::newRow("javascript date line")
            << QStringLiteral("Kyiv endures record assault\n\nFri Jul 04 2025 20:16:24 GMT+0300 "
                              "(Eastern European Summer Time)\n")
            << QStringLiteral("Kyiv endures record assault") << QString() << QDate(2025, 7, 4);
        QTest::newRow("headline's own dash is kept")
            << QStringLiteral("Ukraine war latest: Russia hits Kyiv \u2013 as Trump says he is "
                              "disappointed\n\nBody.\n")
            << QStringLiteral("Ukraine war latest: Russia hits Kyiv \u2013 as Trump says he is "
                              "disappointed")
            << QString() << QDate();
        QTest::newRow("date inside a body paragraph is not the publication date")
            << QStringLiteral("Russia launched 539 drones at Ukraine overnight into Friday, July "
                              "4, 2025, in what officials called the largest attack of the war, "
                              "injuring at least 23 people in the capital, the air force said.\n")
            << QStringLiteral("Russia launched 539 drones at Ukraine overnight into Friday, July "
                              "4, 2025, in what officials called the largest attack of the war, "
                              "injuring at least 23 people in the capital, the air force said.")
            << QString() << QDate();
        QTest::newRow("a headline in a script written without spaces")
            << QStringLiteral("\u66b4\u96e8\u88ad\u51fb\u6e2f\u53e3\u57ce\u5e02\n\n"
                              "\u636e\u5e02\u653f\u5e9c\u79f0\uff0c\u81f3\u5c11 23 "
                              "\u4eba\u53d7\u4f24\u3002\n")
            << QStringLiteral("\u66b4\u96e8\u88ad\u51fb\u6e2f\u53e3\u57ce\u5e02") << QString()
            << QDate();
        QTest::newRow("a first line that is a paragraph gives its first sentence")
            << QStringLiteral("At least 23 people were injured in Kyiv overnight. Russia launched "
                              "539 drones and 11 missiles, the air force said, in what officials "
                              "called one of the largest aerial attacks of the war so far, with "
                              "the capital the main target again.\n")
            << QStringLiteral("At least 23 people were injured in Kyiv overnight.") << QString()
            << QDate();
    }

    void testGuess()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QDate, published);
        const Article article
            = ArticleImporter::importBytes(text.toUtf8(), QStringLiteral("a.txt"));
        QCOMPARE(article.text, text); // metadata is guessed, the text is never changed
        QCOMPARE(article.title, title);
        QCOMPARE(article.outlet, outlet);
        QCOMPARE(article.published.date(), published);
    }

    void testLongFirstSentenceIsCutAtAWord()
    {
        QString sentence;
        for (int i = 0; i < 40; ++i) {
            sentence += QStringLiteral("drones%1 ").arg(i);
        }
        const QString text = sentence.trimmed() + QStringLiteral(".\n");
        const Article article
            = ArticleImporter::importBytes(text.toUtf8(), QStringLiteral("a.txt"));
        QVERIFY(article.title.endsWith(QStringLiteral("\u2026")));
        QVERIFY(article.title.size() <= 201);
        const QString cut = article.title.chopped(1);
        QVERIFY(text.startsWith(cut + QLatin1Char(' ')));
    }

    void testSplitOutletSuffix_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("known");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("known outlet")
            << QStringLiteral("Storm floods harbour - The Herald") << QStringLiteral("the herald")
            << QStringLiteral("Storm floods harbour") << QStringLiteral("The Herald");
        QTest::newRow("other suffix kept when the outlet is known")
            << QStringLiteral("Storm floods harbour | Live") << QStringLiteral("The Herald")
            << QStringLiteral("Storm floods harbour | Live") << QString();
        QTest::newRow("question is not an outlet")
            << QStringLiteral("Trump signs the bill - What It Means") << QString()
            << QStringLiteral("Trump signs the bill - What It Means") << QString();
        QTest::newRow("lower-case clause is not an outlet")
            << QStringLiteral("Fire at the depot \u2014 three hurt") << QString()
            << QStringLiteral("Fire at the depot \u2014 three hurt") << QString();
        QTest::newRow("no separator") << QStringLiteral("Storm floods harbour") << QString()
                                      << QStringLiteral("Storm floods harbour") << QString();
    }

    void testSplitOutletSuffix()
    {
        QFETCH(QString, title);
        QFETCH(QString, known);
        QFETCH(QString, headline);
        QFETCH(QString, outlet);
        const auto [gotHeadline, gotOutlet] = PlainTextMetadata::splitOutletSuffix(title, known);
        QCOMPARE(gotHeadline, headline);
        QCOMPARE(gotOutlet, outlet);
    }

    void testParseDate_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QDate>("date");
        QTest::newRow("month first") << QStringLiteral("Jul 4, 2025") << QDate(2025, 7, 4);
        QTest::newRow("full month") << QStringLiteral("Updated July 14 2025") << QDate(2025, 7, 14);
        QTest::newRow("day first") << QStringLiteral("4th July, 2025") << QDate(2025, 7, 4);
        QTest::newRow("rfc") << QStringLiteral("Fri, 04 Jul 2025 17:09:07 GMT")
                             << QDate(2025, 7, 4);
        QTest::newRow("iso") << QStringLiteral("date 2025-07-04") << QDate(2025, 7, 4);
        QTest::newRow("earliest wins")
            << QStringLiteral("May 27, 2025 (updated 2025-06-01)") << QDate(2025, 5, 27);
        QTest::newRow("impossible day") << QStringLiteral("Feb 30, 2025") << QDate();
        QTest::newRow("none") << QStringLiteral("World") << QDate();
    }

    void testParseDate()
    {
        QFETCH(QString, line);
        QFETCH(QDate, date);
        QCOMPARE(PlainTextMetadata::parseDate(line).date(), date);
    }

    void testIsoDateKeepsItsTime()
    {
        const QDateTime dateTime
            = PlainTextMetadata::parseDate(QStringLiteral("Posted 2025-07-04T10:05:00+03:00"));
        QCOMPARE(dateTime.toUTC(), QDateTime(QDate(2025, 7, 4), QTime(7, 5), QTimeZone::UTC));
    }
};

QTEST_GUILESS_MAIN(TestPlainTextMetadata)
#include "tst_plaintextmetadata.moc"
