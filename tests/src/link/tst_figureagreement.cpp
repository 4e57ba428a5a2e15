#include "link/figureagreement.h"

#include <QTest>

using namespace factbench;

namespace {

Figure figure(
    double value, Qualifier qualifier = Qualifier::Equal, FigureKind kind = FigureKind::Count)
{
    Figure f;
    f.value = value;
    f.qualifier = qualifier;
    f.kind = kind;
    return f;
}

/// Members over figures that outlive the call; `articles[i]` is figure i's article.
class Members
{
public:
    Members &add(const Figure &f, int article, std::optional<double> partOf = {},
        const QDateTime &published = {})
    {
        m_figures.append(f);
        m_articles.append(article);
        m_partOf.append(partOf);
        m_published.append(published);
        return *this;
    }

    FigureVerdict judge()
    {
        QList<FigureMember> members;
        for (qsizetype i = 0; i < m_figures.size(); ++i) {
            members.append({&m_figures[i], m_articles[i], m_published[i], m_partOf[i]});
        }
        return FigureAgreement::judge(members);
    }

private:
    QList<Figure> m_figures;
    QList<int> m_articles;
    QList<std::optional<double>> m_partOf;
    QList<QDateTime> m_published;
};

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestFigureAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEqualValuesAgree()
    {
        const FigureVerdict verdict
            = Members().add(figure(11), 0).add(figure(11), 1).add(figure(11), 2).judge();
        QCOMPARE(verdict.agreement, Agreement::Equal);
        QVERIFY(!verdict.divergent);
        QCOMPARE(verdict.values, QList<double> {11});
        QCOMPARE(verdict.reason, QStringLiteral("11 in all 3 sources"));
    }

    void testOneArticleIsNoComparison()
    {
        const FigureVerdict verdict = Members().add(figure(23), 0).add(figure(14), 0).judge();
        QCOMPARE(verdict.agreement, Agreement::Single);
        QVERIFY(!verdict.divergent);
    }

    void testCompatibleQualifiersAreNotDivergent_data()
    {
        QTest::addColumn<double>("stated");
        QTest::addColumn<Qualifier>("qualifier");
        QTest::addColumn<double>("exact");
        QTest::newRow("at least 23 / 23") << 23.0 << Qualifier::AtLeast << 23.0;
        QTest::newRow("more than 500 / 539") << 500.0 << Qualifier::MoreThan << 539.0;
        QTest::newRow("about 550 / 550") << 550.0 << Qualifier::Approximately << 550.0;
        QTest::newRow("about 550 / 539") << 550.0 << Qualifier::Approximately << 539.0;
        QTest::newRow("fewer than 10 / 8") << 10.0 << Qualifier::LessThan << 8.0;
        QTest::newRow("up to 40 / 40") << 40.0 << Qualifier::AtMost << 40.0;
        QTest::newRow("more than eight hours / 13") << 8.0 << Qualifier::MoreThan << 13.0;
    }

    void testCompatibleQualifiersAreNotDivergent()
    {
        QFETCH(double, stated);
        QFETCH(Qualifier, qualifier);
        QFETCH(double, exact);
        const FigureVerdict verdict
            = Members().add(figure(stated, qualifier), 0).add(figure(exact), 1).judge();
        QCOMPARE(verdict.agreement, Agreement::CompatibleQualifiers);
        QVERIFY(!verdict.divergent);
    }

    void testIncompatibleQualifiersAreDivergent()
    {
        // "more than 500" cannot be 480, and "at least 23" is not 14.
        QVERIFY(Members()
                    .add(figure(500, Qualifier::MoreThan), 0)
                    .add(figure(480), 1)
                    .judge()
                    .divergent);
        QVERIFY(
            Members().add(figure(23, Qualifier::AtLeast), 0).add(figure(14), 1).judge().divergent);
    }

    void testDifferentValuesAreDivergent()
    {
        const FigureVerdict verdict = Members()
                                          .add(figure(539), 0)
                                          .add(figure(539), 1)
                                          .add(figure(539), 2)
                                          .add(figure(550), 3)
                                          .add(figure(550), 4)
                                          .judge();
        QVERIFY(verdict.divergent);
        QCOMPARE(verdict.agreement, Agreement::Divergent);
        QCOMPARE(verdict.values, (QList<double> {539, 550}));
        QCOMPARE(verdict.reason, QStringLiteral("539 (3 sources) vs 550 (2 sources)"));
    }

    void testSumOfPartsIsNotDivergent()
    {
        // "downed 268 ... a further 208 failing to reach their targets" against "476".
        const FigureVerdict verdict
            = Members().add(figure(268), 0).add(figure(208), 0).add(figure(476), 1).judge();
        QCOMPARE(verdict.agreement, Agreement::SumOfParts);
        QVERIFY(!verdict.divergent);
        QCOMPARE(verdict.reason, QStringLiteral("268 + 208 = 476"));
    }

    void testPartsThatDoNotAddUpAreDivergent()
    {
        QVERIFY(Members()
                    .add(figure(268), 0)
                    .add(figure(200), 0)
                    .add(figure(476), 1)
                    .judge()
                    .divergent);
    }

    void testComplementIsNotDivergent()
    {
        // "72 out of the 550 drones got through" against another source's "478 intercepted".
        const FigureVerdict verdict
            = Members().add(figure(72), 0, 550.0).add(figure(478), 1).judge();
        QCOMPARE(verdict.agreement, Agreement::Complement);
        QVERIFY(!verdict.divergent);
        QCOMPARE(verdict.reason, QStringLiteral("550 − 72 = 478"));
    }

    void testComplementThatMissesIsDivergent()
    {
        // 550 - 72 is 478, not 476: the sources disagree.
        QVERIFY(Members().add(figure(72), 0, 550.0).add(figure(476), 1).judge().divergent);
    }

    void testPartitiveTotalIsNotDivergent()
    {
        // "Fourteen of the 23 people" beside another source's "23 people".
        const FigureVerdict verdict = Members().add(figure(14), 0, 23.0).add(figure(23), 1).judge();
        QCOMPARE(verdict.agreement, Agreement::PartitiveTotal);
        QVERIFY(!verdict.divergent);
    }

    void testRoundingIsNotDivergent()
    {
        const FigureVerdict verdict = Members().add(figure(550), 0).add(figure(548), 1).judge();
        QCOMPARE(verdict.agreement, Agreement::Rounding);
        QVERIFY(!verdict.divergent);
        QCOMPARE(verdict.reason, QStringLiteral("548 rounds to 550"));
    }

    void testSmallNumbersAreNotRoundings()
    {
        // 10 and 12 people are two counts, not one rounded.
        QVERIFY(Members().add(figure(10), 0).add(figure(12), 1).judge().divergent);
        // 539 is not 550 rounded: that is the Kyiv divergence.
        QVERIFY(Members().add(figure(550), 0).add(figure(539), 1).judge().divergent);
    }

    void testLaterLargerTollIsUpdated()
    {
        const FigureVerdict verdict = Members()
                                          .add(figure(14), 0, {}, at("2025-07-04T06:00:00Z"))
                                          .add(figure(23), 1, {}, at("2025-07-04T11:30:00Z"))
                                          .judge();
        QCOMPARE(verdict.agreement, Agreement::Updated);
        QVERIFY(!verdict.divergent);
    }

    void testLaterSmallerTollIsDivergent()
    {
        QVERIFY(Members()
                    .add(figure(23), 0, {}, at("2025-07-04T06:00:00Z"))
                    .add(figure(14), 1, {}, at("2025-07-04T11:30:00Z"))
                    .judge()
                    .divergent);
    }

    void testUnknownTimesAreNotUpdates()
    {
        // Without publication times nobody can say which toll came later.
        QVERIFY(Members()
                    .add(figure(14), 0, {}, at("2025-07-04T06:00:00Z"))
                    .add(figure(23), 1)
                    .judge()
                    .divergent);
    }

    void testOrdinalYearAgainstMoreYearsIsDivergent()
    {
        // "entered its third year" (more than two years, at most three) against "more than
        // three years".
        const FigureVerdict verdict
            = Members()
                  .add(figure(3, Qualifier::Equal, FigureKind::Ordinal), 0)
                  .add(figure(3, Qualifier::MoreThan, FigureKind::Duration), 1)
                  .judge();
        QVERIFY(verdict.divergent);
        QCOMPARE(verdict.reason, QStringLiteral("#3 (1 source) vs >3 (1 source)"));
    }

    void testValueText()
    {
        QCOMPARE(FigureAgreement::valueText(figure(23, Qualifier::AtLeast)), QStringLiteral("≥23"));
        QCOMPARE(FigureAgreement::valueText(figure(8, Qualifier::MoreThan)), QStringLiteral(">8"));
        Figure range = figure(60);
        range.valueHigh = 80;
        QCOMPARE(FigureAgreement::valueText(range), QStringLiteral("60–80"));
        QCOMPARE(FigureAgreement::valueText(figure(3.5)), QStringLiteral("3.5"));
    }
};

QTEST_GUILESS_MAIN(TestFigureAgreement)
#include "tst_figureagreement.moc"
