#include "review/textanchor.h"

#include <QTest>

using namespace factbench;

/// Claims are placed again in a re-imported text by their words and the words around them.
class TestTextAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testTextInsertedBeforeShiftsTheRange()
    {
        const QString old = QStringLiteral("Police said 23 people were injured.");
        const TextAnchor anchor(old, {12, 14});
        QCOMPARE(anchor.exact(), QStringLiteral("23"));
        const QString updated = QStringLiteral("UPDATE: ") + old;
        QCOMPARE(anchor.locate(updated), std::optional<TextRange>(TextRange {20, 22}));
    }

    void testContextPicksTheRightRepetition()
    {
        const QString old
            = QStringLiteral("23 drones were shot down. Officials said 23 people were injured.");
        const TextAnchor anchor(old, {41, 43});
        // The first sentence moved to the end: the occurrence with "people were injured" after it
        // is the claim, though the other comes first and is nearer the old position.
        const QString updated = QStringLiteral(
            "Officials said 23 people were injured. Later, 23 drones were shot down.");
        QCOMPARE(anchor.locate(updated), std::optional<TextRange>(TextRange {15, 17}));
    }

    void testWordsGoneGiveNothing()
    {
        const QString old = QStringLiteral("Officials said 23 people were injured.");
        const TextAnchor anchor(old, {15, 17});
        QCOMPARE(anchor.locate(QStringLiteral("Officials said dozens of people were injured.")),
            std::nullopt);
    }

    void testWithoutContextOnlyAUniqueMatchPlaces()
    {
        const TextAnchor anchor(QStringLiteral("night of terror"));
        QCOMPARE(anchor.locate(QStringLiteral("It was a night of terror.")),
            std::optional<TextRange>(TextRange {9, 24}));
        QCOMPARE(
            anchor.locate(QStringLiteral("a night of terror, a night of terror")), std::nullopt);
    }

    void testEmptyPassageNeverPlaces()
    {
        QCOMPARE(TextAnchor(QString()).locate(QStringLiteral("text")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
