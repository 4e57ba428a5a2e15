#include "extract/dateextractor.h"

#include <QTest>

using namespace factbench;

/// Dates, years and clock times go to `dates` with an ISO value, never to figures.
class TestDateExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("day month year")
            << QStringLiteral("It happened on 4 July 2025 at dawn.")
            << QStringLiteral("4 July 2025") << QStringLiteral("2025-07-04");
        QTest::newRow("month day, year")
            << QStringLiteral("Published July 4, 2025.") << QStringLiteral("July 4, 2025")
            << QStringLiteral("2025-07-04");
        QTest::newRow("abbreviated")
            << QStringLiteral("Jul 4, 2025 | Kyiv") << QStringLiteral("Jul 4, 2025")
            << QStringLiteral("2025-07-04");
        QTest::newRow("month year") << QStringLiteral("since February 2022,")
                                    << QStringLiteral("February 2022") << QStringLiteral("2022-02");
        QTest::newRow("weekday") << QStringLiteral("officials said on Friday.")
                                 << QStringLiteral("Friday") << QString();
        QTest::newRow("weekday and date")
            << QStringLiteral("announced on Friday, July 4, that")
            << QStringLiteral("Friday, July 4") << QStringLiteral("--07-04");
        QTest::newRow("year") << QStringLiteral("The war began in 2022.") << QStringLiteral("2022")
                              << QStringLiteral("2022");
        QTest::newRow("clock am") << QStringLiteral("until around 9am local time")
                                  << QStringLiteral("9am") << QStringLiteral("T09:00");
        QTest::newRow("clock pm dotted") << QStringLiteral("at 4.30 p.m. on Monday")
                                         << QStringLiteral("4.30 p.m.") << QStringLiteral("T16:30");
        QTest::newRow("24 hour") << QStringLiteral("at 17:05 GMT") << QStringLiteral("17:05")
                                 << QStringLiteral("T17:05");
        QTest::newRow("iso") << QStringLiteral("dated 2025-07-04.") << QStringLiteral("2025-07-04")
                             << QStringLiteral("2025-07-04");
        QTest::newRow("month after preposition") << QStringLiteral("It rained in May.")
                                                 << QStringLiteral("May") << QStringLiteral("--05");
    }

    void testDate()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const QList<DateMention> dates = DateExtractor::extract(sentence);
        QVERIFY2(!dates.isEmpty(), "no date found");
        const qsizetype at = sentence.indexOf(text);
        const DateMention *found = nullptr;
        for (const DateMention &date : dates) {
            if (date.range.start == at) {
                found = &date;
            }
        }
        QVERIFY2(found, qPrintable(dates.first().text));
        QCOMPARE(found->text, text);
        QCOMPARE(found->iso, iso);
    }

    void testNotADate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("may as verb") << QStringLiteral("Prices May rise, he said.");
        QTest::newRow("amount") << QStringLiteral("They ate 2000 calories a day.");
        QTest::newRow("thousands") << QStringLiteral("About 1,500 people came.");
    }

    void testNotADate()
    {
        QFETCH(QString, sentence);
        QVERIFY(DateExtractor::extract(sentence).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "tst_dateextractor.moc"
