#include "link/quoteagreement.h"
#include "link/quotewords.h"

#include <QTest>

using namespace factbench;

class TestQuoteAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testQuoteWords()
    {
        QCOMPARE(quoteWords(u"I didn’t make any progress with him at all,"),
            QStringList({QStringLiteral("i"), QStringLiteral("didn't"), QStringLiteral("make"),
                QStringLiteral("any"), QStringLiteral("progress"), QStringLiteral("with"),
                QStringLiteral("him"), QStringLiteral("at"), QStringLiteral("all")}));
        QCOMPARE(quoteWords(u"truly large-scale pressure."),
            QStringList({QStringLiteral("truly"), QStringLiteral("large-scale"),
                QStringLiteral("pressure")}));
        // Trailing apostrophes close a quotation, not a word; curly ones read as straight.
        QCOMPARE(quoteWords(u"‘Russia’s’ war- ’tis"),
            QStringList(
                {QStringLiteral("russia's"), QStringLiteral("war-"), QStringLiteral("tis")}));
    }

    void testSameWordsAgree()
    {
        // Punctuation and apostrophes are not wording.
        const QuoteVerdict verdict
            = QuoteAgreement::judge({{QStringLiteral("deliberately massive and cynical"), 0},
                {QStringLiteral("deliberately massive and cynical."), 1}});
        QCOMPARE(verdict.agreement, Agreement::Equal);
        QVERIFY(!verdict.divergent);
    }

    void testTruncatedQuoteIsNotDivergent()
    {
        const QuoteVerdict verdict
            = QuoteAgreement::judge({{QStringLiteral("very disappointed"), 0},
                {QStringLiteral("I’m very disappointed with the conversation I had today with "
                                "President Putin"),
                    1},
                {QStringLiteral("disappointed"), 2}});
        QCOMPARE(verdict.agreement, Agreement::Truncated);
        QVERIFY(!verdict.divergent);
    }

    void testDifferentWordingIsDivergentWithWordDiff()
    {
        const QuoteVerdict verdict = QuoteAgreement::judge(
            {{QStringLiteral("Russia will not change its dumb, destructive behaviour"), 0},
                {QStringLiteral("Russia will not change its stupid, destructive behaviour,"), 1}});
        QVERIFY(verdict.divergent);
        QCOMPARE(verdict.agreement, Agreement::Divergent);
        QVERIFY2(
            verdict.reason.endsWith(QStringLiteral(": dumb → stupid")), qPrintable(verdict.reason));
    }

    void testCutThatIsNotContainedIsDivergent()
    {
        // "no progress" is not in "I didn't make any progress": a paraphrase, not a cut.
        QVERIFY(QuoteAgreement::judge(
            {{QStringLiteral("no progress"), 0}, {QStringLiteral("I didn’t make any progress"), 1}})
                    .divergent);
    }

    void testWordDiff()
    {
        const auto words = [](const char *text) { return quoteWords(QString::fromUtf8(text)); };
        QCOMPARE(wordDiff(words("a hard sleepless night"), words("a harsh sleepless night")),
            QStringLiteral("hard → harsh"));
        QCOMPARE(wordDiff(words("make any progress with him at all"),
                     words("make any progress with him today at all")),
            QStringLiteral("+ today"));
        QCOMPARE(wordDiff(words("without truly large-scale pressure Russia will"),
                     words("without really large-scale pressure Russia will not")),
            QStringLiteral("truly → really"));
        QCOMPARE(wordDiff(words("the same"), words("the same")), QString());
    }
};

QTEST_GUILESS_MAIN(TestQuoteAgreement)
#include "tst_quoteagreement.moc"
