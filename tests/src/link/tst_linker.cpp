#include "extract/extractor.h"
#include "link/agglomerator.h"
#include "link/linker.h"

#include <QTest>

using namespace factbench;

namespace {

struct Run
{
    QList<Article> articles;
    QList<Extraction> extractions;
    QList<Fact> facts;

    explicit Run(const QStringList &texts)
    {
        for (const QString &text : texts) {
            Article article;
            article.source = QStringLiteral("article%1.txt").arg(articles.size());
            article.text = text;
            articles.append(article);
        }
        extractions = Extractor::extractAll(articles);
        facts = Linker::link(articles, extractions);
    }

    /// The fact holding the claim whose text is `text` in article `article`, or null.
    const Fact *factOf(int article, const QString &text) const
    {
        QString id;
        for (const Figure &figure : extractions[article].figures) {
            if (figure.text == text) {
                id = figure.id;
            }
        }
        for (const Quote &quote : extractions[article].quotes) {
            if (quote.text == text) {
                id = quote.id;
            }
        }
        for (const Fact &fact : facts) {
            if (fact.members.contains(id)) {
                return &fact;
            }
        }
        return nullptr;
    }

    QString describe() const
    {
        QStringList lines;
        for (const Fact &fact : facts) {
            lines.append(fact.id + QLatin1Char(' ') + fact.label + QLatin1String(": ")
                + fact.members.join(QLatin1Char(',')) + QLatin1String(" — ") + fact.reason);
        }
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

class TestLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFiguresOfOneFactLinkAcrossArticles()
    {
        const Run run({QStringLiteral(
                           "Russia launched 539 drones and 11 missiles overnight, the air "
                           "force said. At least 23 people were injured in the capital."),
            QStringLiteral("Russia fired a record 550 drones and 11 missiles at Ukraine. Officials "
                           "said 23 people were wounded."),
            QStringLiteral("The military said Russia launched a total of 539 drones and 11 "
                           "missiles, injuring 23 people.")});
        const Fact *drones = run.factOf(0, QStringLiteral("539"));
        QVERIFY2(drones, qPrintable(run.describe()));
        QCOMPARE(run.factOf(1, QStringLiteral("550")), drones);
        QCOMPARE(run.factOf(2, QStringLiteral("539")), drones);
        QVERIFY(drones->divergent);
        QCOMPARE(drones->reason, QStringLiteral("539 (2 sources) vs 550 (1 source)"));
        QCOMPARE(drones->label, QStringLiteral("drones launched"));

        const Fact *missiles = run.factOf(0, QStringLiteral("11"));
        QVERIFY(missiles && missiles != drones);
        QCOMPARE(missiles->members.size(), 3);
        QCOMPARE(missiles->agreement, Agreement::Equal);

        const Fact *injured = run.factOf(0, QStringLiteral("23"));
        QVERIFY2(injured, qPrintable(run.describe()));
        QCOMPARE(run.factOf(1, QStringLiteral("23")), injured);
        QCOMPARE(run.factOf(2, QStringLiteral("23")), injured);
        QCOMPARE(injured->agreement, Agreement::CompatibleQualifiers);
        QVERIFY(!injured->divergent);
    }

    void testDifferentActionsStayApart()
    {
        const Run run({QStringLiteral("Air defences intercepted 476 drones overnight."),
            QStringLiteral("Russia launched 539 drones overnight, the air force said.")});
        QVERIFY2(run.facts.isEmpty(), qPrintable(run.describe()));
    }

    void testPreviousRecordIsAnotherFact()
    {
        const Run run(
            {QStringLiteral("Russia launched 539 drones overnight, surpassing the previous record "
                            "of 537 drones a week ago."),
                QStringLiteral("Russia fired 550 drones at Kyiv. The previous record, 537 drones, "
                               "was set last week.")});
        const Fact *tonight = run.factOf(0, QStringLiteral("539"));
        const Fact *record = run.factOf(0, QStringLiteral("537"));
        QVERIFY2(tonight && record && tonight != record, qPrintable(run.describe()));
        QCOMPARE(run.factOf(1, QStringLiteral("550")), tonight);
        QCOMPARE(run.factOf(1, QStringLiteral("537")), record);
        QVERIFY(!record->divergent);
    }

    void testOneMemberPerArticleUnlessRepeated()
    {
        // Article 0 states two different tolls; only the repeated one joins the fact.
        const Run run({QStringLiteral("At least 23 people were injured in Kyiv. Earlier, the mayor "
                                      "said 14 people were injured. Officials said 23 people were "
                                      "injured overnight."),
            QStringLiteral("Officials said 23 people were injured in Kyiv overnight.")});
        const Fact *fact = run.factOf(1, QStringLiteral("23"));
        QVERIFY2(fact, qPrintable(run.describe()));
        QCOMPARE(fact->members.size(), 3);
        QVERIFY(!fact->divergent);
        QCOMPARE(run.factOf(0, QStringLiteral("14")), nullptr);
    }

    void testTollGivenAtTwoTimesIsOneDivergentFact()
    {
        // A live blog's first entry gives 14 injured, a later one 23: a toll rises as reports
        // come in, so both join the fact, which is divergent (one article cannot be ordered).
        const Run run({QStringLiteral("A Russian drone attack on Kyiv injured 14 people and "
                                      "sparked fires. Later, at least 23 people were injured in "
                                      "the attack on Kyiv, officials said."),
            QStringLiteral("At least 23 people were injured in the drone attack on Kyiv.")});
        const Fact *injured = run.factOf(1, QStringLiteral("23"));
        QVERIFY2(injured, qPrintable(run.describe()));
        QCOMPARE(run.factOf(0, QStringLiteral("23")), injured);
        QCOMPARE(run.factOf(0, QStringLiteral("14")), injured);
        QVERIFY(injured->divergent);
        QCOMPARE(injured->reason, QStringLiteral("≥23 (2 sources) vs 14 (1 source)"));
    }

    void testOtherCountsAtTwoValuesStayApart()
    {
        // Drones launched are no toll: 300 and 550 are two claims, not one told twice.
        const Run run({QStringLiteral("Russia launched 300 drones at Kyiv on Monday. On Friday, "
                                      "Russia launched 550 drones at Kyiv."),
            QStringLiteral("Russia launched 550 drones at Kyiv on Friday.")});
        const Fact *friday = run.factOf(1, QStringLiteral("550"));
        QVERIFY2(friday, qPrintable(run.describe()));
        QCOMPARE(run.factOf(0, QStringLiteral("550")), friday);
        QVERIFY(!friday->divergent);
        QCOMPARE(run.factOf(0, QStringLiteral("300")), nullptr);
    }

    void testQuoteWordedDifferentlyIsOneDivergentFact()
    {
        const Run run({QStringLiteral("“Russia will not change its dumb, destructive behaviour,” "
                                      "Zelensky said on Friday."),
            QStringLiteral("“All this is proof that without pressure, Russia will not change its "
                           "stupid, destructive behaviour,” President Volodymyr Zelenskyy said.")});
        QCOMPARE(run.facts.size(), 1);
        const Fact &fact = run.facts.first();
        QCOMPARE(fact.kind, FactKind::Quote);
        QVERIFY(fact.divergent);
        QVERIFY2(fact.reason.contains(QStringLiteral("dumb → stupid")), qPrintable(fact.reason));
        // One person, one name across the run, whatever the spelling.
        QCOMPARE(
            run.extractions[0].quotes.first().speaker, run.extractions[1].quotes.first().speaker);
        QVERIFY2(
            fact.label.startsWith(run.extractions[1].quotes.first().speaker + QLatin1Char(':')),
            qPrintable(fact.label));
    }

    void testTruncatedQuoteJoinsTheFullOne()
    {
        const Run run({QStringLiteral("Trump said he had “no progress at all” after the call."),
            QStringLiteral("“We made no progress at all with him,” Trump told reporters."),
            QStringLiteral("“I’m very disappointed,” Trump said.")});
        QCOMPARE(run.facts.size(), 1);
        QCOMPARE(run.facts.first().agreement, Agreement::Truncated);
        QVERIFY(!run.facts.first().divergent);
        QCOMPARE(run.facts.first().members.size(), 2);
    }

    void testFragmentsOfOneStatementJoinItsFact()
    {
        // One article quotes the statement in two cuts that share no word; a second quotes it
        // whole, a third only the second cut. The first cut matches only the whole quote.
        const Run run({QStringLiteral("Zelensky called for “truly large-scale pressure” on Moscow. "
                                      "He said Russia would “not change its dumb, destructive "
                                      "behaviour”."),
            QStringLiteral("“All this is obvious proof that without really large-scale pressure, "
                           "Russia will not change its stupid, destructive behaviour,” Zelensky "
                           "said."),
            QStringLiteral("Zelensky said Moscow would not change its “dumb, destructive "
                           "behavior”.")});
        const Fact *statement = run.factOf(1,
            QStringLiteral("All this is obvious proof that without really large-scale pressure, "
                           "Russia will not change its stupid, destructive behaviour,"));
        QVERIFY2(statement, qPrintable(run.describe()));
        QCOMPARE(run.factOf(2, QStringLiteral("dumb, destructive behavior")), statement);
        QCOMPARE(
            run.factOf(0, QStringLiteral("not change its dumb, destructive behaviour")), statement);
        QCOMPARE(run.factOf(0, QStringLiteral("truly large-scale pressure")), statement);
        QVERIFY(statement->divergent); // dumb / stupid, truly / really
    }

    void testShortQuoteJoinsTheStatementThatContinuesIt()
    {
        // "No." says nothing by its words; the same speaker's next quote in the paragraph
        // carries its meaning. Across a paragraph, or from another speaker, it stays alone.
        const QString full = QStringLiteral("I didn’t make any progress with him at all.");
        const Run run({QStringLiteral("Asked about progress, Trump said firmly: “No.” He added, "
                                      "“%1”")
                           .arg(full),
            QStringLiteral("“%1” Trump told reporters.").arg(full),
            QStringLiteral("Asked about a deal, Trump said: “No.”\n\nHe added, “%1”").arg(full),
            QStringLiteral("Asked about progress, Putin said: “No.” Trump said, “%1”").arg(full),
            QStringLiteral("Trump said: “No.”")});
        const Fact *statement = run.factOf(1, full);
        QVERIFY2(statement, qPrintable(run.describe()));
        QCOMPARE(run.factOf(0, QStringLiteral("No.")), statement);
        QCOMPARE(run.factOf(0, full), statement);
        QCOMPARE(run.factOf(2, full), statement);
        QCOMPARE(run.factOf(2, QStringLiteral("No.")), nullptr);
        QCOMPARE(run.factOf(3, QStringLiteral("No.")), nullptr);
        // Nor does a bare "No." meet another one: it says nothing to link by.
        QCOMPARE(run.factOf(4, QStringLiteral("No.")), nullptr);
    }

    void testSpeakersKeepQuotesApart()
    {
        // The same short words from two people are two statements.
        const Run run({QStringLiteral("“We will respond to this attack,” Zelensky said."),
            QStringLiteral("“We will respond to this attack,” Peskov told reporters.")});
        QVERIFY2(run.facts.isEmpty() || run.facts.first().members.size() == 2,
            qPrintable(run.describe()));
        const Run unrelated({QStringLiteral("“The night was long and hard,” Klitschko said."),
            QStringLiteral("“Sanctions must follow every strike,” Zelensky said.")});
        QVERIFY2(unrelated.facts.isEmpty(), qPrintable(unrelated.describe()));
    }

    void testNewsAgencyRelaysTheSpeakersWords()
    {
        // TASS carries Peskov's words: its version is compared as an unattributed one, and the
        // fact is labelled with the speaker, not the agency. Another person saying nearly the
        // same words is another statement.
        const QString peskov = QStringLiteral(
            "Peskov said Moscow would “continue the special military operation until all of its "
            "goals are achieved”.");
        const QString words
            = QStringLiteral("carry on the special operation until the goals are achieved");
        const QString tass = QStringLiteral("Moscow will “%1”, according to TASS.").arg(words);
        const Run relayed({peskov, tass});
        const Fact *statement = relayed.factOf(1, words);
        QVERIFY2(statement, qPrintable(relayed.describe()));
        QCOMPARE(statement->members.size(), 2);
        QVERIFY2(
            statement->label.startsWith(QStringLiteral("Peskov: ")), qPrintable(statement->label));

        QString other = tass;
        other.replace(QStringLiteral("according to TASS"), QStringLiteral("Lavrov said"));
        const Run twoPeople({peskov, other});
        QVERIFY2(twoPeople.facts.isEmpty(), qPrintable(twoPeople.describe()));
    }

    void testTranslationsSharingOneWordAreOneFact()
    {
        // One content word of three in common is enough for two quotes of one speaker.
        const Run run({QStringLiteral("Zelensky said Russia launched the “deliberately massive "
                                      "and cynical” strike overnight."),
            QStringLiteral("President Volodymyr Zelenskyy called the night's attack "
                           "“demonstratively significant and cynical”.")});
        QVERIFY2(run.facts.size() == 1, qPrintable(run.describe()));
        QCOMPARE(run.facts.first().kind, FactKind::Quote);
        QVERIFY(run.facts.first().divergent);
    }

    void testIdenticalFiguresOfManyArticlesAreOneFact()
    {
        // Two hundred outlets repeat two figures (every other one the toll): each is one fact
        // with all its members, whatever the words around it.
        const QStringList places = {QStringLiteral("Kyiv"), QStringLiteral("Lviv"),
            QStringLiteral("Odesa"), QStringLiteral("Brussels"), QStringLiteral("Warsaw")};
        QStringList texts;
        for (int a = 0; a < 200; ++a) {
            QString text = QStringLiteral("Russia launched 539 drones overnight, a correspondent "
                                          "reported from %1.")
                               .arg(places[a % places.size()]);
            if (a % 2 == 0) {
                text += QStringLiteral(" At least 23 people were injured, officials said.");
            }
            texts.append(text);
        }
        const Run run(texts);
        QVERIFY2(run.facts.size() == 2, qPrintable(run.describe()));
        QCOMPARE(run.facts[0].members.size(), 200);
        QCOMPARE(run.facts[0].agreement, Agreement::Equal);
        QCOMPARE(run.facts[1].members.size(), 100);
    }

    void testLabelsSayWhatIsCounted()
    {
        const Run run({QStringLiteral("Russia launched 11 missiles. The storm lasted nine hours, "
                                      "with gusts of up to 140 km/h."),
            QStringLiteral("There were also 11 missiles. Alerts sounded for more than eight hours "
                           "as winds reached 140 km/h."),
            QStringLiteral("There were 11 missiles in all. The raid lasted 9 hours; winds hit 140 "
                           "km/h.")});
        // One member names the action: it names the fact, though the bare noun is commoner.
        QCOMPARE(run.factOf(1, QStringLiteral("11"))->label, QStringLiteral("missiles launched"));
        // A bare unit says what it measures.
        QCOMPARE(run.factOf(0, QStringLiteral("nine hours"))->label,
            QStringLiteral("duration in hours"));
        QCOMPARE(run.factOf(1, QStringLiteral("140 km/h"))->label, QStringLiteral("speed in km/h"));
    }

    void testFactIdsFollowTheText()
    {
        const Run run({QStringLiteral("Russia launched 539 drones and 11 missiles overnight."),
            QStringLiteral("Russia launched 539 drones and 11 missiles at Ukraine.")});
        QCOMPARE(run.facts.size(), 2);
        QCOMPARE(run.facts[0].id, QStringLiteral("g1"));
        QCOMPARE(run.facts[1].id, QStringLiteral("g2"));
        QCOMPARE(
            run.facts[0].members, (QStringList {QStringLiteral("a0f1"), QStringLiteral("a1f1")}));
        QCOMPARE(
            run.facts[1].members, (QStringList {QStringLiteral("a0f2"), QStringLiteral("a1f2")}));
    }

    void testNoArticlesNoFacts()
    {
        QVERIFY(Linker::link({}, {}).isEmpty());
        const Run empty({QString(), QString()});
        QVERIFY(empty.facts.isEmpty());
    }

    void testAgglomeratorAveragesAcrossGroupsOnly()
    {
        // Items 0 and 1 are two fragments of one article (group 0) that both match item 2.
        Agglomerator agglomerator(QList<int> {0, 0, 1, 2});
        agglomerator.addPair(0, 2, 0.9);
        agglomerator.addPair(1, 2, 0.8);
        agglomerator.addPair(0, 1, 1.0); // same group: ignored
        agglomerator.addPair(2, 3, 0.3);
        QCOMPARE(agglomerator.run(0.5), (QList<QList<int>> {{0, 1, 2}, {3}}));
    }

    void testAgglomeratorRespectsTheSharedGroupCheck()
    {
        // Items 0 and 2 are in one group and may not share a cluster; 1 is the better partner
        // of 0 only by the order of the items.
        Agglomerator agglomerator(QList<int> {0, 1, 0});
        agglomerator.addPair(0, 1, 0.9);
        agglomerator.addPair(1, 2, 0.9);
        const auto apart = [](int a, int b) { return std::min(a, b) != 0 || std::max(a, b) != 2; };
        QCOMPARE(agglomerator.run(0.5, apart), (QList<QList<int>> {{0, 1}, {2}}));
        QCOMPARE(agglomerator.run(0.5), (QList<QList<int>> {{0, 1, 2}}));
    }

    void testAgglomeratorWeighsCollapsedItemsByTheirMembers()
    {
        // Item 2 stands for three identical claims of groups 2, 3 and 4. Item 0 matches item 1
        // well and item 2 poorly: averaged over members, (0.9 * 1 + 0.3 * 3) / 4 = 0.45, it
        // stays out of their cluster; averaged over items, (0.9 + 0.3) / 2 = 0.6, it would join.
        Agglomerator agglomerator(QList<QList<int>> {{0}, {1}, {2, 3, 4}, {5, 6}});
        agglomerator.addPair(1, 2, 0.95);
        agglomerator.addPair(0, 1, 0.9);
        agglomerator.addPair(0, 2, 0.3);
        QCOMPARE(agglomerator.run(0.5), (QList<QList<int>> {{0}, {1, 2}, {3}}));
        // A collapsed item whose members lie in two groups links across groups by itself.
        QCOMPARE(agglomerator.runAcrossGroups(0.5), (QList<QList<int>> {{1, 2}, {3}}));
    }
};

QTEST_GUILESS_MAIN(TestLinker)
#include "tst_linker.moc"
