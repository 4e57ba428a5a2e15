#include "projectfixture.h"

#include "review/project.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace factbench;

using Verb = std::function<bool(Project &)>;
Q_DECLARE_METATYPE(Verb)

namespace {

QString factLabelled(const Project &project, const QString &label)
{
    for (const ProjectFact &fact : project.facts()) {
        if (fact.label == label) {
            return fact.id;
        }
    }
    return {};
}

QString figureFact(const Project &project)
{
    return factLabelled(project, QStringLiteral("homes flooded"));
}

QString quoteFact(const Project &project)
{
    return factLabelled(project, QStringLiteral("mayor on the sea wall"));
}

/// A claim of `kind` that no fact holds.
QString looseClaim(const Project &project, ClaimKind kind)
{
    for (const Claim &claim : project.claims()) {
        if (claim.kind == kind && project.factOfClaim(claim.id).isEmpty()) {
            return claim.id;
        }
    }
    return {};
}

} // namespace

/// Every verb is one undo step that undoes to the exact data before and redoes to the exact
/// data after, review log included.
class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testEveryVerbUndoesAndRedoes_data()
    {
        QTest::addColumn<Verb>("setup");
        QTest::addColumn<Verb>("verb");
        const Verb none = [](Project &) { return true; };
        QTest::newRow("add article") << none << Verb([](Project &p) {
            return !p.addArticle(SampleArticles::load().first()).isEmpty();
        });
        QTest::newRow("remove article")
            << none << Verb([](Project &p) { return p.removeArticle(p.articles().first().id); });
        QTest::newRow("re-import article") << none << Verb([](Project &p) {
            Article changed = p.articles().first().article;
            changed.text.prepend(QStringLiteral("Updated at 9:00. "));
            return p.reimportArticle(p.articles().first().id, changed);
        });
        QTest::newRow("add claim") << none << Verb([](Project &p) {
            return !p.addClaim(p.articles().first().id, {0, 5}, ClaimKind::Quote).isEmpty();
        });
        QTest::newRow("correct claim") << none << Verb([](Project &p) {
            ClaimCorrection correction;
            correction.counted = QStringLiteral("houses");
            return p.correctClaim(p.claims().first().id, correction);
        });
        QTest::newRow("delete claim in a fact") << none << Verb([](Project &p) {
            return p.deleteClaim(p.fact(figureFact(p))->members.first());
        });
        QTest::newRow("move claim into a fact") << none << Verb([](Project &p) {
            return p.moveClaim(looseClaim(p, ClaimKind::Figure), figureFact(p));
        });
        QTest::newRow("move claim out of facts") << none << Verb([](Project &p) {
            return p.moveClaim(p.fact(figureFact(p))->members.first(), {});
        });
        QTest::newRow("split fact") << none << Verb([](Project &p) {
            const ProjectFact *fact = p.fact(figureFact(p));
            return !p.splitFact(fact->id, {fact->members.last()}).isEmpty();
        });
        QTest::newRow("merge facts") << Verb([](Project &p) {
            return !p.createFact({looseClaim(p, ClaimKind::Figure)}, QStringLiteral("extra"))
                        .isEmpty();
        }) << Verb([](Project &p) {
            return p.mergeFacts(figureFact(p), {factLabelled(p, QStringLiteral("extra"))});
        });
        QTest::newRow("create fact") << none << Verb([](Project &p) {
            return !p.createFact({looseClaim(p, ClaimKind::Quote)}, QStringLiteral("new"))
                        .isEmpty();
        });
        QTest::newRow("confirm") << none
                                 << Verb([](Project &p) { return p.confirmFact(quoteFact(p)); });
        QTest::newRow("reject") << none
                                << Verb([](Project &p) { return p.rejectFact(figureFact(p)); });
        QTest::newRow("dispute") << none << Verb([](Project &p) {
            return p.markFactDisputed(figureFact(p));
        });
        QTest::newRow("verified value") << none << Verb([](Project &p) {
            return p.setVerifiedValue(figureFact(p), QStringLiteral("342"));
        });
        QTest::newRow("verdict") << none << Verb([](Project &p) {
            return p.setVerdict(figureFact(p), QStringLiteral("misleading"));
        });
        QTest::newRow("note") << none << Verb([](Project &p) {
            return p.editNote(quoteFact(p), QStringLiteral("Same words in both."));
        });
        QTest::newRow("rename") << none << Verb([](Project &p) {
            return p.renameFact(figureFact(p), QStringLiteral("homes"));
        });
        QTest::newRow("rerun analysis") << none << Verb([](Project &p) {
            p.rerunAnalysis();
            return true;
        });
    }

    void testEveryVerbUndoesAndRedoes()
    {
        QFETCH(Verb, setup);
        QFETCH(Verb, verb);
        Project project;
        makeReviewedProject(project);
        QVERIFY(setup(project));
        const ProjectData before = project.data();
        const int steps = project.undoStack()->count();
        QVERIFY(verb(project));
        const ProjectData after = project.data();
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QVERIFY(after != before);
        QCOMPARE(project.log().size(), before.log.size() + 1);
        project.undoStack()->undo();
        QVERIFY(project.data() == before);
        project.undoStack()->redo();
        QVERIFY(project.data() == after);
    }

    void testVerbsNamingNothingPushNothing()
    {
        Project project;
        makeReviewedProject(project);
        const int steps = project.undoStack()->count();
        const QString nothing = QStringLiteral("x99");
        QVERIFY(!project.removeArticle(nothing));
        QVERIFY(!project.confirmFact(nothing));
        QVERIFY(!project.editNote(nothing, QStringLiteral("note")));
        QVERIFY(!project.moveClaim(nothing, figureFact(project)));
        QVERIFY(!project.deleteClaim(nothing));
        QVERIFY(
            project.addClaim(project.articles().first().id, {5, 1}, ClaimKind::Figure).isEmpty());
        QVERIFY(project.addClaim(project.articles().first().id, {0, 1 << 30}, ClaimKind::Figure)
                    .isEmpty());
        // A quote cannot join a figure fact; a fact cannot split off all its members.
        QVERIFY(!project.moveClaim(looseClaim(project, ClaimKind::Quote), figureFact(project)));
        QVERIFY(project.splitFact(figureFact(project), project.fact(figureFact(project))->members)
                    .isEmpty());
        QVERIFY(!project.mergeFacts(figureFact(project), {quoteFact(project)}));
        // Setting what is already set is no step either.
        QVERIFY(project.confirmFact(figureFact(project)));
        QCOMPARE(project.undoStack()->count(), steps);
    }

    void testTypingANoteIsOneUndoStep()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        const int steps = project.undoStack()->count();
        const qsizetype logSize = project.log().size();
        for (const QString &typed : {QStringLiteral("S"), QStringLiteral("Sa"),
                 QStringLiteral("Sam"), QStringLiteral("Same")}) {
            QVERIFY(project.editNote(fact, typed));
        }
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QCOMPARE(project.log().size(), logSize + 1);
        QCOMPARE(project.fact(fact)->note, QStringLiteral("Same"));
        project.undoStack()->undo();
        QCOMPARE(project.fact(fact)->note, QString());
        QCOMPARE(project.log().size(), logSize);
        project.undoStack()->redo();
        QCOMPARE(project.fact(fact)->note, QStringLiteral("Same"));
    }

    void testNoteOfAnotherFactIsAnotherStep()
    {
        Project project;
        makeReviewedProject(project);
        const int steps = project.undoStack()->count();
        QVERIFY(project.editNote(quoteFact(project), QStringLiteral("a")));
        QVERIFY(project.editNote(figureFact(project), QStringLiteral("b")));
        QVERIFY(project.editNote(quoteFact(project), QStringLiteral("ab")));
        QCOMPARE(project.undoStack()->count(), steps + 3);
    }

    void testReviewLogNamesEditorActionAndFact()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        QVERIFY(project.rejectFact(fact));
        const ReviewLogEntry &entry = project.log().last();
        QCOMPARE(entry.editor, QStringLiteral("Test Editor"));
        QCOMPARE(entry.action, QStringLiteral("reject"));
        QCOMPARE(entry.factId, fact);
        QVERIFY(qAbs(entry.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        project.undoStack()->undo();
        QVERIFY(project.log().isEmpty() || project.log().last().action != QLatin1String("reject"));
    }

    void testMovingTheLastMemberRemovesTheFact()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        const QStringList members = project.fact(fact)->members;
        QVERIFY(project.moveClaim(members.at(0), {}));
        QVERIFY(project.moveClaim(members.at(1), {}));
        QVERIFY(!project.fact(fact));
        project.undoStack()->undo();
        QCOMPARE(project.fact(fact)->members, QStringList {members.at(1)});
    }

    void testSplitKeepsOriginalAndNewFactTogether()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = figureFact(project);
        const QStringList members = project.fact(fact)->members;
        const QString split = project.splitFact(fact, {members.at(1), members.at(2)});
        QCOMPARE(project.fact(fact)->members, QStringList {members.at(0)});
        QCOMPARE(project.fact(split)->members, (QStringList {members.at(1), members.at(2)}));
        QCOMPARE(project.fact(split)->status, FactStatus::Proposed);
        QCOMPARE(project.rowOf(ProjectTable::Facts, split),
            project.rowOf(ProjectTable::Facts, fact) + 1);
        QVERIFY(project.mergeFacts(fact, {split}));
        QCOMPARE(project.fact(fact)->members, members);
        QVERIFY(!project.fact(split));
    }

    void testIdsAreNeverReused()
    {
        Project project;
        makeReviewedProject(project);
        const QString created = project.createFact(
            {looseClaim(project, ClaimKind::Figure)}, QStringLiteral("temporary"));
        QVERIFY(project.moveClaim(project.fact(created)->members.first(), figureFact(project)));
        QVERIFY(!project.fact(created));
        // The fact is gone but the history and the log still name it: a new fact must not take
        // its id.
        const QString next
            = project.createFact({looseClaim(project, ClaimKind::Figure)}, QStringLiteral("next"));
        QVERIFY(!next.isEmpty());
        QVERIFY(next != created);
    }

    void testCorrectionKeepsTheExtractedValue()
    {
        Project project;
        makeReviewedProject(project);
        const Claim *corrected = nullptr;
        for (const Claim &claim : project.claims()) {
            if (!claim.correction.isEmpty()) {
                corrected = &claim;
            }
        }
        QVERIFY(corrected);
        QCOMPARE(corrected->value(), 341.0);
        QVERIFY(corrected->figure.value != 341.0);
    }

    void testRerunKeepsEveryDecision()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectData before = project.data();
        project.rerunAnalysis();
        // Same texts, same extractor: no claim is added twice, nothing decided changes.
        QCOMPARE(project.claims().size(), before.claims.size());
        for (const ProjectFact &fact : before.facts) {
            QVERIFY(*project.fact(fact.id) == fact);
        }
        for (const Claim &claim : before.claims) {
            QVERIFY(*project.claim(claim.id) == claim);
        }
    }

    void testRerunProposesOnceAndNeverTouchesDecisions()
    {
        Project project;
        project.addArticles(SampleArticles::load());
        project.rerunAnalysis();
        const QList<ProjectFact> proposed = project.facts();
        QVERIFY(proposed.size() >= 2);
        for (const ProjectFact &fact : proposed) {
            QCOMPARE(fact.status, FactStatus::Proposed);
            QCOMPARE(fact.origin, Origin::Program);
        }
        const QString confirmed = proposed.at(0).id;
        QVERIFY(project.confirmFact(confirmed));
        QVERIFY(project.renameFact(confirmed, QStringLiteral("checked by hand")));
        const ProjectFact decided = *project.fact(confirmed);

        project.rerunAnalysis();
        QVERIFY(*project.fact(confirmed) == decided);
        QCOMPARE(project.facts().size(), proposed.size()); // Nothing proposed twice.
        QSet<QString> seen;
        for (const ProjectFact &fact : project.facts()) {
            for (const QString &member : fact.members) {
                QVERIFY2(!seen.contains(member), qPrintable(member));
                seen.insert(member);
            }
        }
    }

    void testReimportPlacesClaimsAgainAndOrphansTheLost()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectArticle original = project.articles().first();
        const QString fact = figureFact(project);
        const QString member = project.fact(fact)->members.first();
        const Claim before = *project.claim(member);
        QVERIFY(before.articleId == original.id);

        Article changed = original.article;
        const QString preamble = QStringLiteral("This story was updated on Sunday.\n\n");
        changed.text.prepend(preamble);
        QVERIFY(project.reimportArticle(original.id, changed));
        const Claim *moved = project.claim(member);
        QCOMPARE(moved->range.start, before.range.start + preamble.size());
        QCOMPARE(changed.text.mid(moved->range.start, moved->range.length()), before.text);
        QVERIFY(!moved->orphaned);
        QVERIFY(project.articles().first().sha256 != original.sha256);

        // The figure's words are gone from the next version: the claim stays, orphaned, in its
        // fact.
        Article rewritten = changed;
        rewritten.text.replace(before.text, QStringLiteral("several"));
        QVERIFY(project.reimportArticle(original.id, rewritten));
        QVERIFY(project.claim(member)->orphaned);
        QVERIFY(project.fact(fact)->members.contains(member));
        project.undoStack()->undo();
        QVERIFY(!project.claim(member)->orphaned);
    }

    void testRemovingAnArticleTakesItsClaimsOutOfFacts()
    {
        Project project;
        makeReviewedProject(project);
        const QString article = project.articles().first().id;
        QVERIFY(project.removeArticle(article));
        for (const Claim &claim : project.claims()) {
            QVERIFY(claim.articleId != article);
        }
        for (const ProjectFact &fact : project.facts()) {
            for (const QString &member : fact.members) {
                QVERIFY(project.claim(member));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
