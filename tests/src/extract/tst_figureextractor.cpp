#include "extract/claims.h"
#include "extract/dateextractor.h"
#include "extract/figureextractor.h"

#include <QTest>

#include <cmath>

using namespace factbench;

namespace {

QList<Figure> figuresOf(const QString &text)
{
    return FigureExtractor::extract(text, {}, DateExtractor::extract(text));
}

constexpr double NoHigh = -1;

} // namespace

/// Every pattern of the extraction issue, one row each, in sentences written for these tests.
class TestFigureExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFigure_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("number"); // the figure whose span contains this text
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("valueHigh"); // NoHigh when not a range
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("counted");

        auto row = [](const char *name, const char *sentence, const char *number, double value,
                       double high, const char *qualifier, const char *kind, const char *unit,
                       const char *counted) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(number) << value
                                << high << QString::fromLatin1(qualifier)
                                << QString::fromLatin1(kind) << QString::fromUtf8(unit)
                                << QString::fromUtf8(counted);
        };
        // Digits, separators, decimals.
        row("thousands separator", "Crews filled 5,000 sandbags.", "5,000", 5000, NoHigh, "=",
            "count", "sandbag", "sandbags");
        row("decimal", "The surge reached 3.5 metres.", "3.5", 3.5, NoHigh, "=", "measure", "metre",
            "metres");
        row("signed", "The index closed at -1.3% on the day.", "1.3", -1.3, NoHigh, "=", "percent",
            "percentage", "%");
        // Percentages.
        row("per cent", "Turnout rose to 19 per cent.", "19", 19, NoHigh, "=", "percent",
            "percentage", "per cent");
        row("percent sign", "Prices rose 1% in May.", "1", 1, NoHigh, "=", "percent", "percentage",
            "%");
        // Money.
        row("dollars with scale", "The fund holds $800 million in cash.", "800", 800e6, NoHigh, "=",
            "money", "dollar", "");
        row("US dollars spaced", "Shares traded at US $58.24 on Monday.", "58.24", 58.24, NoHigh,
            "=", "money", "dollar", "");
        row("euro", "Tickets cost €15 at the door.", "15", 15, NoHigh, "=", "money", "euro", "");
        row("pound glued scale", "The council borrowed £2bn last year.", "2", 2e9, NoHigh, "=",
            "money", "pound sterling", "");
        row("rate", "The shares pay $1.20 a share.", "1.20", 1.2, NoHigh, "=", "money",
            "dollar per share", "");
        // Scale words and number words.
        row("three million", "The city is home to three million people.", "three million", 3e6,
            NoHigh, "=", "count", "person", "people");
        row("1.2bn", "The app has 1.2bn users.", "1.2", 1.2e9, NoHigh, "=", "count", "user",
            "users");
        row("5k", "The race drew 5k runners.", "5", 5000, NoHigh, "=", "count", "runner",
            "runners");
        row("capitalised word", "Fourteen of the 23 people were treated.", "Fourteen", 14, NoHigh,
            "=", "count", "person", "people");
        row("compound word", "There were twenty-three boats in the harbour.", "twenty-three", 23,
            NoHigh, "=", "count", "boat", "boats");
        row("a dozen", "A dozen houses lost their roofs.", "dozen", 12, NoHigh, "=", "count",
            "house", "houses");
        row("a thousand", "A thousand volunteers came.", "thousand", 1000, NoHigh, "=", "count",
            "volunteer", "volunteers");
        row("half", "Half of the residents left.", "Half", 0.5, NoHigh, "=", "count", "", "");
        row("a third", "A third of the homes had no power.", "third", 1.0 / 3, NoHigh, "=", "count",
            "", "");
        row("two-thirds", "Nearly two-thirds of the roads were closed.", "two", 2.0 / 3, NoHigh,
            "~", "count", "", "");
        // Ordinals that quantify.
        row("ordinal year", "The war is in its third year.", "third", 3, NoHigh, "=", "ordinal",
            "year", "year");
        // Qualifiers.
        row("at least", "At least 23 people were injured.", "23", 23, NoHigh, ">=", "count",
            "person", "people");
        row("more than", "More than 300 homes flooded.", "300", 300, NoHigh, ">", "count", "home",
            "homes");
        row("over", "Russia launched over 500 drones.", "500", 500, NoHigh, ">", "count", "drone",
            "drones");
        row("nearly", "Nearly 600 households had no power.", "600", 600, NoHigh, "~", "count",
            "household", "households");
        row("about", "About 40 buildings were damaged.", "40", 40, NoHigh, "~", "count", "building",
            "buildings");
        row("around", "Around 80 missiles were fired.", "80", 80, NoHigh, "~", "count", "missile",
            "missiles");
        row("some", "Some 450 workers helped.", "450", 450, NoHigh, "~", "count", "worker",
            "workers");
        row("up to", "Gusts reached up to 140 km/h.", "140", 140, NoHigh, "<=", "measure",
            "kilometre per hour", "km/h");
        row("fewer than", "Fewer than 10 shops opened.", "10", 10, NoHigh, "<", "count", "shop",
            "shops");
        row("a record", "Ukraine said Russia fired a record 550 drones.", "550", 550, NoHigh, "=",
            "count", "drone", "drones");
        // Ranges.
        row("between and", "Between 60 and 80 boats sank.", "60", 60, 80, "=", "count", "boat",
            "boats");
        row("to with unit", "The route is 252 to 287 miles long.", "252", 252, 287, "=", "measure",
            "mile", "miles");
        row("hyphen", "Expect 10-12 centimetres of rain.", "10", 10, 12, "=", "measure",
            "centimetre", "centimetres");
        // Partitives: two figures, each with its counted noun.
        row("partitive total", "Fourteen of the 23 people were treated.", "23", 23, NoHigh, "=",
            "count", "person", "people");
        row("out of part", "Some 72 out of the 550 drones got through.", "72", 72, NoHigh, "~",
            "count", "drone", "drones");
        row("out of total", "Some 72 out of the 550 drones got through.", "550", 550, NoHigh, "=",
            "count", "drone", "drones");
        row("possessive partitive", "Damage was found in six of the city's 10 districts.", "six", 6,
            NoHigh, "=", "count", "district", "districts");
        row("partitive plural", "Air defences downed two of the missiles.", "two", 2, NoHigh, "=",
            "count", "missile", "missiles");
        // Durations, ages, measures.
        row("duration", "The storm lasted 13 hours.", "13", 13, NoHigh, "=", "duration", "hour",
            "hours");
        row("more than eight hours", "Sirens sounded for more than eight hours.", "eight", 8,
            NoHigh, ">", "duration", "hour", "hours");
        row("hour-long", "They held a nearly hour-long call.", "hour-long", 1, NoHigh, "~",
            "duration", "hour", "hour");
        row("age", "A 40-year-old man was rescued.", "40", 40, NoHigh, "=", "age", "year of age",
            "year");
        row("age apposition", "The mayor, Elena Marsh, 52, spoke first.", "52", 52, NoHigh, "=",
            "age", "year of age", "");
        row("miles per hour", "Winds reached 87 mph overnight.", "87", 87, NoHigh, "=", "measure",
            "mile per hour", "mph");
        row("celsius", "It was 21°C at noon.", "21", 21, NoHigh, "=", "measure", "celsius", "°C");
        row("magnitude", "A magnitude 6.1 quake struck.", "6.1", 6.1, NoHigh, "=", "measure",
            "magnitude", "magnitude");
        // Counted nouns skip adjectives and join coordinated plurals.
        row("adjective skipped", "Russia launched 539 Russian drones overnight.", "539", 539,
            NoHigh, "=", "count", "drone", "drones");
        row("coordination", "The attack used 537 drones and missiles.", "537", 537, NoHigh, "=",
            "count", "missile", "drones and missiles");
        row("casualty verb", "The strike injured 14 and damaged a school.", "14", 14, NoHigh, "=",
            "count", "person", "people");
        row("ellipsis", "Strikes hit eight locations and debris fell in 33 more.", "33", 33, NoHigh,
            "=", "count", "location", "locations");
        row("noun glued to the next word", "It said 72 of the 550 dronespenetrating air defences.",
            "550", 550, NoHigh, "=", "count", "drone", "drones");
        row("fraction before a capitalised unit", "Top relievers: John Gant (0.5 WAR).", "0.5", 0.5,
            NoHigh, "=", "count", "war", "WAR");
        row("definite number refers back",
            "Fourteen people were injured; the 14 remain in hospital.", "14", 14, NoHigh, "=",
            "count", "person", "people");
        row("part of a total that refers back",
            "14 people were injured. Four of the 14 remain in hospital.", "Four", 4, NoHigh, "=",
            "count", "person", "people");
        row("elided noun before a verb",
            "Russia launched 550 drones, up from a record of 537 launched last Saturday night.",
            "537", 537, NoHigh, "=", "count", "drone", "drones");
    }

    void testFigure()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, number);
        QFETCH(double, value);
        QFETCH(double, valueHigh);
        QFETCH(QString, qualifier);
        QFETCH(QString, kind);
        QFETCH(QString, unit);
        QFETCH(QString, counted);

        const qsizetype at = sentence.indexOf(number);
        QVERIFY(at >= 0);
        const QList<Figure> figures = figuresOf(sentence);
        const Figure *found = nullptr;
        for (const Figure &figure : figures) {
            if (figure.range.contains(at)) {
                found = &figure;
            }
        }
        QVERIFY2(found,
            qPrintable(QStringLiteral("no figure covers '%1' (%2 found)")
                           .arg(number)
                           .arg(figures.size())));
        QCOMPARE(found->text, sentence.mid(found->range.start, found->range.length()));
        QVERIFY2(std::abs(found->value - value) < 1e-9 * std::max(1.0, std::abs(value)),
            qPrintable(QString::number(found->value)));
        if (valueHigh == NoHigh) {
            QVERIFY(!found->valueHigh);
        } else {
            QVERIFY(found->valueHigh);
            QCOMPARE(*found->valueHigh, valueHigh);
        }
        QCOMPARE(qualifierSymbol(found->qualifier), qualifier);
        QCOMPARE(figureKindName(found->kind), kind);
        QCOMPARE(found->unit, unit);
        QCOMPARE(found->counted, counted);
    }

    void testNotAFigure_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("date") << QStringLiteral("The storm hit on 4 July 2025.");
        QTest::newRow("month year") << QStringLiteral("The invasion began in February 2022.");
        QTest::newRow("clock time") << QStringLiteral("Sirens sounded until around 9am.");
        QTest::newRow("year") << QStringLiteral("The wall was built in 1886.");
        QTest::newRow("aircraft name") << QStringLiteral("Ukraine lost an F-16 pilot.");
        QTest::newRow("brand with digits") << QStringLiteral("Data came from Flightradar24.");
        QTest::newRow("group name") << QStringLiteral("The G7 leaders met.");
        QTest::newRow("superlative") << QStringLiteral("It was one of the largest attacks.");
        QTest::newRow("pronoun one") << QStringLiteral("No one was hurt.");
        QTest::newRow("score") << QStringLiteral("The match ended 2-2 on aggregate.");
        QTest::newRow("label") << QStringLiteral("Fans sat in Section 427 near the pitch.");
        QTest::newRow("model") << QStringLiteral("He bought an iPhone 11 yesterday.");
        QTest::newRow("model number before its name")
            << QStringLiteral("The debut of Boeing's own 787 Dreamliner.");
        QTest::newRow("vague plural") << QStringLiteral("Thousands of residents fled.");
        QTest::newRow("century") << QStringLiteral("It was built in the 19th century.");
    }

    void testNotAFigure()
    {
        QFETCH(QString, sentence);
        const QList<Figure> figures = figuresOf(sentence);
        QVERIFY2(
            figures.isEmpty(), qPrintable(figures.isEmpty() ? QString() : figures.first().text));
    }

    void testBoilerplateIsSkipped()
    {
        const QString text = QStringLiteral("12 people were hurt.\nRelated: 40 homes sold\n");
        const qsizetype furniture = text.indexOf(QLatin1String("Related"));
        const QList<Figure> figures
            = FigureExtractor::extract(text, {{furniture, text.size() - 1}}, {});
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().value, 12.0);
    }

    void testConceptAndAttribution()
    {
        const QString text = QStringLiteral(
            "Ukraine's Air Force said Russia had launched 539 drones in the attack.");
        const QList<Figure> figures = figuresOf(text);
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().conceptName, QStringLiteral("drones launched"));
        QCOMPARE(figures.first().attribution, QStringLiteral("Ukraine's Air Force"));

        const QList<Figure> injured = figuresOf(
            QStringLiteral("At least 23 people were injured, according to the city council."));
        QCOMPARE(injured.size(), 1);
        QCOMPARE(injured.first().conceptName, QStringLiteral("people injured"));
        QCOMPARE(injured.first().attribution, QStringLiteral("the city council"));

        // A pronoun names nobody, and with one for its subject the verb's object is no source.
        for (const char *sentence : {"It also confirmed a record, stating that 72 drones evaded "
                                     "air defences.",
                 "It said Russia also launched 11 missiles."}) {
            const QList<Figure> unnamed = figuresOf(QString::fromUtf8(sentence));
            QCOMPARE(unnamed.size(), 1);
            QCOMPARE(unnamed.first().attribution, QString());
        }
        QCOMPARE(figuresOf(QStringLiteral("“We saw 40 drones,” said a spokesman for the army."))
                     .first()
                     .attribution,
            QStringLiteral("a spokesman for the army"));
    }

    void testConceptOfAPartIsTheClauseVerb_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("concepts");
        // The participle and its agent describe the total; the clause's verb is the part's.
        QTest::newRow("part evaded, total launched")
            << QStringLiteral("It said 72 out of the 550 drones launched by Russia evaded air "
                              "defences.")
            << QStringList {QStringLiteral("drones evaded"), QStringLiteral("drones launched")};
        QTest::newRow("part hospitalised, total injured")
            << QStringLiteral("Fourteen of the 23 people injured in the strikes had been "
                              "hospitalised.")
            << QStringList {
                   QStringLiteral("people hospitalised"), QStringLiteral("people injured")};
        QTest::newRow("elided noun: the verb after the number")
            << QStringLiteral("Russia launched 550 drones, up from 537 launched a week ago.")
            << QStringList {QStringLiteral("drones launched"), QStringLiteral("drones launched")};
        QTest::newRow("no participle: the verb after the noun")
            << QStringLiteral("Officials said 14 of the 23 people were hospitalised.")
            << QStringList {
                   QStringLiteral("people hospitalised"), QStringLiteral("people hospitalised")};
    }

    void testConceptOfAPartIsTheClauseVerb()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, concepts);
        const QList<Figure> figures = figuresOf(text);
        QStringList found;
        for (const Figure &figure : figures) {
            found.append(figure.conceptName);
        }
        QCOMPARE(found, concepts);
    }

    void testSpansAreInTextOrder()
    {
        const QString text = QStringLiteral(
            "Crews rescued 112 people and a further 46 by boat; 340 homes flooded.");
        const QList<Figure> figures = figuresOf(text);
        QCOMPARE(figures.size(), 3);
        QVERIFY(figures[0].range.start < figures[1].range.start);
        QVERIFY(figures[1].range.start < figures[2].range.start);
    }

    void testLongTextIsLinear()
    {
        // A 5 MB text of numbers and nothing else finishes (no quadratic behaviour); speed
        // itself is measured by the benchmark.
        QString text;
        for (int i = 0; i < 200000; ++i) {
            text += QStringLiteral("12 34, ");
        }
        const QList<Figure> figures = figuresOf(text);
        QVERIFY(figures.size() > 100000);
    }
};

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
