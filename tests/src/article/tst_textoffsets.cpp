#include "article/textoffsets.h"

#include <QTest>

using namespace factbench;

/// Code point offsets are what the CLI prints; a QString index counts UTF-16 units.
class TestTextOffsets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testBasicMultilingualPlaneIsIdentity()
    {
        const TextOffsets offsets(QStringLiteral("Kyiv — “night of terror”"));
        for (qsizetype i = 0; i < 20; ++i) {
            QCOMPARE(offsets.toCodePoint(i), i);
            QCOMPARE(offsets.toUtf16(i), i);
        }
    }

    void testAstralCharactersCountOnce_data()
    {
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("codePoint");
        // "a😀b😀c": a=0, 😀=1..2, b=3, 😀=4..5, c=6 in UTF-16.
        QTest::newRow("before any") << qsizetype(0) << qsizetype(0);
        QTest::newRow("first emoji") << qsizetype(1) << qsizetype(1);
        QTest::newRow("after first emoji") << qsizetype(3) << qsizetype(2);
        QTest::newRow("second emoji") << qsizetype(4) << qsizetype(3);
        QTest::newRow("after second emoji") << qsizetype(6) << qsizetype(4);
        QTest::newRow("end") << qsizetype(7) << qsizetype(5);
    }

    void testAstralCharactersCountOnce()
    {
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, codePoint);
        const QString text = QStringLiteral("a\U0001F600b\U0001F600c");
        const TextOffsets offsets(text);
        QCOMPARE(offsets.toCodePoint(utf16), codePoint);
        QCOMPARE(offsets.toUtf16(codePoint), utf16);
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
