#include "extract/gluedwords.h"

#include <QTest>

using namespace factbench;

/// Splitting words that page scraping glued together, against Hunspell's English dictionaries.
class TestGluedWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!GluedWords::available()) {
            QSKIP("no English Hunspell dictionary installed (packaging/debian/build-deps lists "
                  "hunspell-en-us and hunspell-en-gb)");
        }
    }

    void testSplitPoint_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("first"); // empty: not split
        QTest::newRow("noun glued to a participle")
            << QStringLiteral("dronespenetrating") << QStringLiteral("drones");
        QTest::newRow("noun glued to a verb")
            << QStringLiteral("missilesstruck") << QStringLiteral("missiles");
        QTest::newRow("British spelling")
            << QStringLiteral("dronesneutralised") << QStringLiteral("drones");
        QTest::newRow("a word made of two words") << QStringLiteral("understanding") << QString();
        QTest::newRow("a long word") << QStringLiteral("penetrating") << QString();
        QTest::newRow("British word") << QStringLiteral("defences") << QString();
        QTest::newRow("a part shorter than four letters")
            << QStringLiteral("dronehit") << QString();
        QTest::newRow("a name") << QStringLiteral("Holosiivskyi") << QString();
        QTest::newRow("capitals") << QStringLiteral("Dronespenetrating") << QString();
        QTest::newRow("misspelt, not glued") << QStringLiteral("interceptted") << QString();
    }

    void testSplitPoint()
    {
        QFETCH(QString, word);
        QFETCH(QString, first);
        const qsizetype point = GluedWords::splitPoint(word);
        QCOMPARE(word.first(point), first);
        // The cache answers the same.
        QCOMPARE(GluedWords::splitPoint(word), point);
    }
};

QTEST_GUILESS_MAIN(TestGluedWords)
#include "tst_gluedwords.moc"
